package dev.gonogo.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the rules are run: severity overrides, disabled rules and the settings some rules take.
 *
 * @param severities rule id → severity replacing the rule's default
 * @param disabled   ids of rules that do not run at all
 * @param tolerance  how far (in points of a 100-point scale) an approximate score ({@code ~70%}) may be from the
 *                   computed one
 * @param bands      verdict bands, highest minimum first; empty when none are configured
 */
public record CheckSettings(Map<String, Severity> severities, Set<String> disabled, BigDecimal tolerance,
                            List<VerdictBand> bands) {

    /** The tolerance for approximate scores unless configured otherwise. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("2.5");

    public CheckSettings {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        bands = bands.stream().sorted(VerdictBand.HIGHEST_FIRST).toList();
    }

    /** Every rule at its default severity, tolerance ±2.5, no verdict bands. */
    public static CheckSettings defaults() {
        return new CheckSettings(Map.of(), Set.of(), DEFAULT_TOLERANCE, List.of());
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The severity a rule's findings get: the configured one, else the rule's default. */
    public Severity severityOf(RuleInfo rule) {
        return Optional.ofNullable(severities.get(rule.id())).orElse(rule.defaultSeverity());
    }
}
