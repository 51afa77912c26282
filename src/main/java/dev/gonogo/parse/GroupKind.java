package dev.gonogo.parse;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of bold lead-in paragraph ({@code **Условия для Go:**}) whose lists state criteria, not facts. */
public enum GroupKind {
    @JsonProperty("noGo") NO_GO,
    @JsonProperty("conditions") CONDITIONS
}
