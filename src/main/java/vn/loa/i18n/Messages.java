package vn.loa.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
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

    private static final Messages VI = new Messages(Locale.forLanguageTag(VIETNAMESE));
    private static final Messages EN = new Messages(Locale.ENGLISH);
    /** Marks where an argument goes in {@link #html}: private-use characters that no message or escaping contains. */
    private static final char ARG_START = '\uE000';
    private static final char ARG_END = '\uE001';

    private static volatile Messages current = VI;

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
    }

    /** The messages of {@code language} ({@code vi} or {@code en}; anything else is Vietnamese). */
    public static Messages of(String language) {
        return ENGLISH.equalsIgnoreCase(language == null ? "" : language.strip()) ? EN : VI;
    }

    /** {@code LOA_LANG} when set, else {@code site.language}. */
    public static Messages of(String siteLanguage, String envLanguage) {
        return of(envLanguage != null && !envLanguage.isBlank() ? envLanguage : siteLanguage);
    }

    /**
     * The language of this process: {@code LOA_LANG} when set, else {@code site.language}; set once the
     * configuration is read.
     */
    public static void use(String siteLanguage, String envLanguage) {
        current = of(siteLanguage, envLanguage);
    }

    /** Makes {@code messages} the messages of this process; answers the ones it replaces, to restore them later. */
    public static Messages use(Messages messages) {
        Messages previous = current;
        current = messages;
        return previous;
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

    /**
     * The message {@code key} as HTML: its text and every argument escaped, except arguments given as {@link Html},
     * which are markup already. Numbers stay numbers, so {@code {0,number,integer}} and {@code {0,choice,…}} work.
     */
    public String html(String key, Object... args) {
        Object[] marked = new Object[args.length];
        String[] inserted = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number) {
                marked[i] = args[i];
            } else {
                marked[i] = ARG_START + Integer.toString(i) + ARG_END;
                inserted[i] = args[i] instanceof Html html ? html.markup() : Html.escape(String.valueOf(args[i]));
            }
        }
        String text = Html.escape(get(key, marked));
        if (text.indexOf(ARG_START) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int start = text.indexOf(ARG_START); start >= 0; start = text.indexOf(ARG_START, at)) {
            int end = text.indexOf(ARG_END, start);
            out.append(text, at, start).append(inserted[Integer.parseInt(text.substring(start + 1, end))]);
            at = end + 1;
        }
        return out.append(text, at, text.length()).toString();
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

    /** The keys of {@code area} ({@code i18n/AREA_*.properties}), each starting with {@code AREA.}. */
    public Set<String> keys(String area) {
        return bundle(area).keySet();
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("message key without an area: " + key, Messages.class.getName(), key);
        }
        return bundle(key.substring(0, dot)).getString(key);
    }

    private ResourceBundle bundle(String area) {
        return bundles.computeIfAbsent(area, a -> ResourceBundle.getBundle("i18n/" + a, locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
