package vn.loa.encoding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings back the capitals a TCVN3 file lost. TCVN3 has no bytes for capitals with tone marks: typists switched to a
 * capital font (.VnTimeH), which shows the small letter's byte as a capital, so "Ủy" is stored as "ủy". The font is
 * not in the text, so this reads the context, as a person would: a small toned letter becomes a capital in a word
 * written in capitals ("KẾT QUẢ"; also "Bộ" between such words) and as the first letter of a sentence (the start of a
 * paragraph, heading or list item, of the title, summary or a name in the front matter, after a line ending in . ! ? … or :, or after . ! ? … in a
 * line). A capital in the middle of a sentence ("do Ủy ban tỉnh") cannot be told from a small letter and stays small.
 */
final class CapitalFont {

    private static final String SENTENCE_KEYS = "(title|summary|author|approved_by)\\s*:.*";

    private enum Kind { CAPITALS, SMALL, EITHER }

    /** A word of a line; {@code typed} when it holds a letter only TCVN3's fonts write (ủ, Đ), not only ASCII. */
    private record Word(int start, int end, Kind kind, boolean typed) {
    }

    private CapitalFont() {
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean frontMatter = false;
        boolean sentenceEnded = true;
        int start = 0;
        for (int lineNo = 0; start <= text.length(); lineNo++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (line.equals("---") && (lineNo == 0 || frontMatter)) {
                frontMatter = lineNo == 0;
                sentenceEnded = true;
            } else if (line.isEmpty()) {
                sentenceEnded = true;
            } else {
                if (frontMatter) {
                    // a name or a sentence: capitalised; other values (tags, ids) are as they are
                    restoreLine(out, text, valueStart(text, start, end), end, line.matches(SENTENCE_KEYS));
                } else {
                    restoreLine(out, text, start, end, sentenceEnded || startsBlock(line));
                }
                sentenceEnded = endsSentence(line, ".!?…:");
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static void restoreLine(StringBuilder out, String text, int from, int to, boolean startsSentence) {
        List<Word> words = words(text, from, to);
        List<Kind> kinds = new ArrayList<>();
        for (Word word : words) {
            // an acronym in ASCII ("QR", "UBND") says nothing of the font its neighbours were typed in
            kinds.add(word.kind() == Kind.CAPITALS && !word.typed() ? Kind.EITHER : word.kind());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) == Kind.EITHER && words.get(i).typed() && neighbouredByCapitals(kinds, i)) {
                    kinds.set(i, Kind.CAPITALS);
                    changed = true;
                }
            }
        }
        boolean sentenceStart = startsSentence;
        int previousEnd = from;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (endsSentence(text.substring(previousEnd, word.start()), ".!?…")) {
                sentenceStart = true;
            }
            if (kinds.get(i) == Kind.CAPITALS || word.kind() == Kind.CAPITALS) {
                for (int k = word.start(); k < word.end(); k++) {
                    if (lostCapital(text.charAt(k))) {
                        out.setCharAt(k, Character.toUpperCase(text.charAt(k)));
                    }
                }
            } else if (sentenceStart && lostCapital(text.charAt(word.start()))) {
                out.setCharAt(word.start(), Character.toUpperCase(text.charAt(word.start())));
            }
            sentenceStart = false;
            previousEnd = word.end();
        }
    }

    private static boolean neighbouredByCapitals(List<Kind> kinds, int i) {
        Kind before = i > 0 ? kinds.get(i - 1) : null;
        Kind after = i + 1 < kinds.size() ? kinds.get(i + 1) : null;
        return (before == Kind.CAPITALS || after == Kind.CAPITALS) && before != Kind.SMALL && after != Kind.SMALL;
    }

    private static List<Word> words(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        for (int i = from; i < to; ) {
            int tagEnd = text.charAt(i) == '<' ? text.indexOf('>', i) : -1;
            if (tagEnd > i && tagEnd < to) {
                i = tagEnd + 1;   // an HTML tag's name and attributes are not words
                continue;
            }
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int capitals = 0;
            boolean capitalInside = false;
            boolean small = false;
            boolean typed = false;
            for (; i < to && Character.isLetter(text.charAt(i)); i++) {
                char c = text.charAt(i);
                typed |= c >= 0x80;
                if (Character.isUpperCase(c)) {
                    capitals++;
                    capitalInside |= i > start;
                } else if (!lostCapital(c)) {
                    small = true;
                }
            }
            Kind kind = small ? Kind.SMALL : capitalInside || capitals >= 2 ? Kind.CAPITALS : Kind.EITHER;
            words.add(new Word(start, i, kind, typed));
        }
        return words;
    }

    /** A small letter with a tone mark: TCVN3 stores its capital with the same byte. */
    private static boolean lostCapital(char c) {
        if (!Character.isLowerCase(c) || c < 0xC0) {
            return false;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 1; i < d.length(); i++) {
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where a front-matter line's value starts: after {@code key:}. */
    private static int valueStart(String text, int start, int end) {
        int colon = text.indexOf(':', start);
        return colon >= 0 && colon < end ? colon + 1 : start;
    }

    /** A heading, quote, list item or table row. */
    private static boolean startsBlock(String line) {
        char first = line.charAt(0);
        return first == '#' || first == '>' || first == '-' || first == '*' || first == '+' || first == '|'
                || first == '<' || line.matches("\\d+[.)]\\s.*");
    }

    /** Whether {@code text} ends with one of {@code marks}, quotes, brackets and HTML tags aside. */
    private static boolean endsSentence(String text, String marks) {
        String gap = text.replaceAll("<[^<>]*>", " ");
        for (int i = gap.length() - 1; i >= 0; i--) {
            char c = gap.charAt(i);
            if (marks.indexOf(c) >= 0) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
