package dev.gonogo.check;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in every output format and in configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
