package dev.gonogo.parse;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kinds of table column a matrix is made of. Declaration order is the order headers are tried in, so that
 * "Weighted Score" is not taken for a score nor "Target Score" for the score itself.
 */
public enum ColumnKind {
    @JsonProperty("weightedScore") WEIGHTED_SCORE,
    @JsonProperty("weight") WEIGHT,
    @JsonProperty("target") TARGET,
    @JsonProperty("score") SCORE,
    @JsonProperty("status") STATUS,
    @JsonProperty("criterion") CRITERION,
    /** The name of a measured quantity, in a table of metrics. */
    @JsonProperty("metric") METRIC,
    /** The measured value, in a table of metrics. */
    @JsonProperty("value") VALUE,
    /** Any other column (comments, owners …). */
    @JsonProperty("other") OTHER
}
