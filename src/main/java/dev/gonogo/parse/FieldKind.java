package dev.gonogo.parse;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The header fields the parser reads a meaning from. */
public enum FieldKind {
    @JsonProperty("date") DATE,
    @JsonProperty("version") VERSION,
    @JsonProperty("system") SYSTEM,
    @JsonProperty("status") STATUS
}
