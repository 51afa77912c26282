package dev.gonogo.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the charts (titles, descriptions, table headers, legends) in the interface language, from the
 * {@code dev/gonogo/chart/messages} bundle. Arguments are strings already formatted with {@code Locale.ROOT},
 * so numbers read the same in every language. Patterns follow {@link MessageFormat}: a quote is written {@code ''}.
 */
final class ChartText {

    private final ResourceBundle bundle;

    ChartText(Locale language) {
        Objects.requireNonNull(language, "language");
        // Without the no-fallback control a missing language would fall back to the JVM's default locale.
        this.bundle = ResourceBundle.getBundle("dev.gonogo.chart.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments. */
    String get(String key, Object... arguments) {
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(strings);
    }
}
