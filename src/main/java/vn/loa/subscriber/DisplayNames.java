package vn.loa.subscriber;

import java.text.Normalizer;

/**
 * Members' names as stored: NFC, control characters (line breaks) and runs of white space made one space, trimmed,
 * at most {@value #MAX} characters; null when blank.
 */
final class DisplayNames {

    static final int MAX = 200;

    private DisplayNames() {
    }

    static String clean(String name) {
        String text = collapse(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX ? text : text.substring(0, MAX);
    }

    /** Whether a name is longer than {@value #MAX} characters once cleaned. */
    static boolean tooLong(String name) {
        String text = collapse(name);
        return text != null && text.length() > MAX;
    }

    private static String collapse(String name) {
        return name == null ? null
                : Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
    }
}
