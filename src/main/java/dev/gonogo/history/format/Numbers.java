package dev.gonogo.history.format;

import dev.gonogo.history.ScoreChange;
import java.math.BigDecimal;

/** Numbers as the diff shows them: plain, without trailing zeros, a sign on every delta. */
final class Numbers {
    private Numbers() {
    }

    static String plain(BigDecimal number) {
        if (number == null) {
            return "—";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String delta(ScoreChange change) {
        return change.delta().map(d -> (d.signum() > 0 ? "+" : "") + plain(d)).orElse("");
    }

    /** {@code 83.5 → 87.2 (+3.7)}, or one number when unchanged. */
    static String change(ScoreChange change) {
        if (!change.changed()) {
            return plain(change.after());
        }
        String delta = delta(change);
        return plain(change.before()) + " → " + plain(change.after()) + (delta.isEmpty() ? "" : " (" + delta + ")");
    }
}
