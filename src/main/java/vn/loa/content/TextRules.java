package vn.loa.content;

import java.text.Normalizer;
import vn.loa.i18n.Messages;

/** Character rules for content text: what is stripped everywhere, what is unsafe in a header, what trimming removes. */
final class TextRules {

    private TextRules() {
    }

    /**
     * Removes what XML 1.0 forbids (C0 controls but tab and LF, U+FFFE, U+FFFF, lone surrogates) and the other
     * controls YAML refuses (DEL, C1 but U+0085), so every output stays well-formed.
     */
    static String stripInvalid(String text) {
        int first = 0;
        while (first < text.length() && isAllowedChar(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isAllowed(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }

    /** Fast path: a char that is allowed on its own (surrogates take the slow path, which checks the pairs). */
    private static boolean isAllowedChar(char c) {
        return c >= 0xA0 ? c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && c < 0xFFFE)
                : c >= 0x20 ? c != 0x7F && (c < 0x80 || c == 0x85) : c == '\t' || c == '\n';
    }

    /** A lone surrogate arrives here as its own code point, so the surrogate range test catches it. */
    private static boolean isAllowed(int c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85)) {
            return false;
        }
        return !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && c != 0xFFFE && c != 0xFFFF;
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The first character that could split or spoof a mail header or chat line, or -1 when there is none. */
    static int firstHeaderUnsafe(String text) {
        return text.codePoints().filter(TextRules::isHeaderUnsafe).findFirst().orElse(-1);
    }

    static boolean isHeaderUnsafe(int c) {
        return c == '\r' || c == '\n' || c == 0x0B || c == 0x85 || c == 0x2028 || c == 0x2029
                || isBidiControl(c);
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A plain-words name for a header-unsafe character. */
    static String describe(int c) {
        return Messages.t(isBidiControl(c) ? "content.char.bidi" : "content.char.line_break", String.format("U+%04X", c));
    }

    /** Removes whitespace (including no-break spaces) and invisible format characters (zero-width, BOM) at both ends. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isTrimmed(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** Line breaks become spaces and text-direction controls go, so the text is safe in a header or chat line. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBidiControl(c)).forEach(c -> out.appendCodePoint(isHeaderUnsafe(c) ? ' ' : c));
        return collapseWhitespace(out.toString());
    }

    /** Runs of whitespace become one space, and the ends are trimmed. */
    static String collapseWhitespace(String text) {
        return trim(text.replaceAll("[\\s\\p{Z}]+", " "));
    }

    /** A value quoted for an error message: one line, controls shown as {@code \\uXXXX}, long values cut. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (++shown > 80) {
                out.append('…');
                break;
            }
            if (Character.isISOControl(c) || isHeaderUnsafe(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append('\'').toString();
    }
}
