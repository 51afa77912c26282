package dev.gonogo.site.page;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The interface labels of one language, read from the {@code messages} bundles beside this class. A missing key
 * fails the build (a template bug), it never shows up as a blank label.
 */
public final class Messages {
    private static final String BUNDLE = "dev.gonogo.site.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * The labels for a language; anything but Russian falls back to English.
     * The no-fallback control keeps the JVM's default locale out of the lookup, so output never depends on it.
     */
    public static Messages forLanguage(Locale language) {
        Locale chosen = "ru".equals(language.getLanguage()) ? new Locale("ru") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(chosen, bundle);
    }

    /** The language tag for the {@code lang} attribute ({@code en}, {@code ru}). */
    public String language() {
        return locale.getLanguage();
    }

    /** The label for a key. */
    public String text(String key) {
        Objects.requireNonNull(key, "key");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no interface label '" + key + "' for language " + language(), e);
        }
    }

    /** The label for a key with {@code {0}}, {@code {1}}… replaced by the arguments, which are passed as text. */
    public String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(text(key), locale).format(texts);
    }
}
