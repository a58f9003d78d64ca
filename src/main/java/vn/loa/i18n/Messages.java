package vn.loa.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording staff and subscribers read, in their language: {@code i18n/AREA_vi.properties} and
 * {@code i18n/AREA_en.properties}, where AREA is the key's first segment ({@code cli.publish.summary} is in
 * {@code i18n/cli_*.properties}). Values are {@link MessageFormat} patterns, so numbers are grouped the way the
 * language writes them and plurals use {@code {0,choice,…}}.
 */
public final class Messages {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private static volatile Messages current = of(VIETNAMESE);

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
    }

    /** The messages of {@code language} ({@code vi} or {@code en}; anything else is Vietnamese). */
    public static Messages of(String language) {
        return new Messages(ENGLISH.equalsIgnoreCase(language == null ? "" : language.strip())
                ? Locale.ENGLISH : Locale.forLanguageTag(VIETNAMESE));
    }

    /**
     * The language of this process: {@code LOA_LANG} when set, else {@code site.language}; set once the
     * configuration is read.
     */
    public static void use(String siteLanguage, String envLanguage) {
        current = of(envLanguage != null && !envLanguage.isBlank() ? envLanguage : siteLanguage);
    }

    /** The messages of this process (Vietnamese until {@link #use} says otherwise). */
    public static Messages current() {
        return current;
    }

    /** Shorthand for {@code current().get(key, args)}. */
    public static String t(String key, Object... args) {
        return current.get(key, args);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The message {@code key} with {@code args} filled in; a missing key is a bug and throws. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code key} exists in this language. */
    public boolean has(String key) {
        try {
            pattern(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("message key without an area: " + key, Messages.class.getName(), key);
        }
        String area = key.substring(0, dot);
        ResourceBundle bundle = bundles.computeIfAbsent(area, a -> ResourceBundle.getBundle("i18n/" + a, locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        return bundle.getString(key);
    }
}
