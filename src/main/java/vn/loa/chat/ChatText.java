package vn.loa.chat;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Text for chat platforms: escaping for each platform's markup, and cutting at a limit on a word with "…".
 * Lengths are counted in UTF-16 units ({@link String#length()}), never less than a platform's own count of
 * code points or graphemes, so a cut text fits everywhere. A cut never splits a surrogate pair or a grapheme
 * (a letter with its combining marks, an emoji with its modifiers or joiners, a flag).
 */
final class ChatText {

    static final String ELLIPSIS = "…";

    private ChatText() {
    }

    /** {@code text} when it fits in {@code max}, else its longest prefix ending at a word (or grapheme), plus "…". */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return max == ELLIPSIS.length() ? ELLIPSIS : "";
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int end = boundaryAtOrBefore(text, graphemes, max - ELLIPSIS.length());
        String head = trimEnd(text.substring(0, wordEnd(text, graphemes, end)));
        if (head.isEmpty()) {
            head = trimEnd(text.substring(0, end));
        }
        return head + ELLIPSIS;
    }

    /**
     * The escaped form of {@code text}, cut so that the escaped text itself fits in {@code max}: the longest cut
     * whose escaped form fits (escaping only lengthens text, and a longer cut never escapes shorter).
     */
    static String fit(String text, int max, UnaryOperator<String> escape) {
        String whole = escape.apply(cut(text, max));
        if (whole.length() <= max) {
            return whole;
        }
        int low = 0;
        int high = max;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (escape.apply(cut(text, mid)).length() <= max) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return escape.apply(cut(text, low));
    }

    /** Slack mrkdwn: only {@code &}, {@code <} and {@code >} are control characters. */
    static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** HTML text and attribute values (Telegram's HTML parse mode, Google Chat card text). */
    static String html(String text) {
        return slack(text).replace("\"", "&quot;");
    }

    /**
     * CommonMark-style Markdown (Discord, Mattermost): a backslash before every character that could start
     * emphasis, code, a link, a spoiler, a mention or a heading, and before list markers at a line start.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*_~`|[]()<>#".indexOf(c) >= 0 || lineStart && (c == '-' || c == '+')) {
                out.append('\\');
            } else if (lineStart && Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    out.append(text, i, j).append('\\').append(text.charAt(j));
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
            out.append(c);
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return out.toString();
    }

    /** The last whitespace position at or before {@code end} that is a grapheme boundary, or {@code end}. */
    private static int wordEnd(String text, BreakIterator graphemes, int end) {
        if (end < text.length() && isSpace(text.charAt(end))) {
            return end;
        }
        for (int i = end - 1; i > 0; i--) {
            if (isSpace(text.charAt(i)) && isSafeBoundary(text, graphemes, i)) {
                return i;
            }
        }
        return 0;
    }

    private static int boundaryAtOrBefore(String text, BreakIterator graphemes, int index) {
        int b = graphemes.isBoundary(index) ? index : graphemes.preceding(index);
        while (b > 0 && !isSafeBoundary(text, graphemes, b)) {
            b = graphemes.preceding(b);
        }
        return Math.max(b, 0);
    }

    /**
     * A grapheme boundary that also keeps together what older BreakIterators split: emoji joined by ZWJ,
     * skin-tone modifiers, variation selectors, tag sequences and regional-indicator pairs (flags).
     */
    private static boolean isSafeBoundary(String text, BreakIterator graphemes, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        if (!graphemes.isBoundary(i)) {
            return false;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i);
        if (before == 0x200D || joinsPrevious(after)) {
            return false;
        }
        if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
            int run = 0;
            for (int j = i; j > 0 && isRegionalIndicator(text.codePointBefore(j)); j -= Character.charCount(text.codePointBefore(j))) {
                run++;
            }
            return run % 2 == 0;
        }
        return true;
    }

    private static boolean joinsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp == 0x200D
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Without trailing spaces and the punctuation that would sit oddly before "…". */
    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && (isSpace(text.charAt(end - 1)) || ",;:.-–—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
