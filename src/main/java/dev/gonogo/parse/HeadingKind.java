package dev.gonogo.parse;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of section the parser gives meaning to, recognised by heading synonyms. */
public enum HeadingKind {
    @JsonProperty("metrics") METRICS,
    @JsonProperty("tests") TESTS,
    @JsonProperty("timeline") TIMELINE,
    @JsonProperty("risks") RISKS,
    @JsonProperty("actionItems") ACTION_ITEMS,
    @JsonProperty("notes") NOTES,
    @JsonProperty("recommendation") RECOMMENDATION,
    @JsonProperty("noGo") NO_GO,
    /** "Go/No-Go": the decision as a whole; a title naming it is not about the no-go side. */
    @JsonProperty("goNoGo") GO_NO_GO,
    @JsonProperty("conditions") CONDITIONS,
    @JsonProperty("decisionMatrix") DECISION_MATRIX,
    /** Summaries, where a bare "Score:" states the overall result. */
    @JsonProperty("summary") SUMMARY
}
