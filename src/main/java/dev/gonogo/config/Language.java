package dev.gonogo.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The language of the published site's own words (headings, labels): English or Russian. */
public enum Language {
    @JsonProperty("en") EN,
    @JsonProperty("ru") RU;

    /** The code written in gonogo.yml ({@code en}, {@code ru}); also what the generated schema lists. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
