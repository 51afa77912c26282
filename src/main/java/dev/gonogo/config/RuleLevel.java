package dev.gonogo.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gonogo.check.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a rule is set to in {@code gonogo.yml}: a severity, or {@code off}. */
public enum RuleLevel {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    OFF(null);

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    /**
     * Reads a level. YAML 1.1 reads an unquoted {@code off} as the boolean {@code false}; it means {@code off} here.
     *
     * @throws IllegalArgumentException for anything else, naming the levels allowed
     */
    @JsonCreator
    public static RuleLevel of(Object value) {
        if (Boolean.FALSE.equals(value)) {
            return OFF;
        }
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.id().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of " + allowed()));
    }

    /** The name written in gonogo.yml. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name written in gonogo.yml; also what the generated schema lists. */
    @Override
    public String toString() {
        return id();
    }

    /** {@code error, warning, info, off}. */
    public static String allowed() {
        return Arrays.stream(values()).map(RuleLevel::id).collect(Collectors.joining(", "));
    }

    /** The severity findings get; empty for {@code off}. */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }
}
