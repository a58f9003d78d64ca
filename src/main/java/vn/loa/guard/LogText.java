package vn.loa.guard;

/**
 * Text from outside Loa (file names, header values, exception messages that quote them) made safe for one line of a
 * log or a problem file: control characters, line and paragraph separators and bidirectional overrides are written
 * as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u202E}), so a file name can neither start a forged line nor
 * reorder what a reader sees. Everything else, Vietnamese and emoji included, stays as it is.
 */
public final class LogText {

    private LogText() {
    }

    /** {@code text} with every unsafe character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} must be escaped: a lone surrogate half is, a pair (an emoji) is not. */
    private static boolean isUnsafe(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isUnsafe(c);
    }

    /** C0 and C1 controls and DEL, U+2028/U+2029, and the bidirectional marks, embeddings, overrides and isolates. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
