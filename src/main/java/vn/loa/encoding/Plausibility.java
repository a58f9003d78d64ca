package vn.loa.encoding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a file in one encoding ({@link Score}). Words are cut from the bytes, not from the text, so every encoding is
 * judged on the same words: a word is a run of ASCII letters, bytes beyond ASCII and C0 bytes that VN1 uses for
 * letters; everything else in ASCII separates words. Only words with a byte beyond ASCII count: the others read the
 * same in every encoding.
 */
final class Plausibility {

    /** What one word reads as. */
    enum Reading { SYLLABLE, COMMON_SYLLABLE, NOT_A_SYLLABLE, NOT_COUNTED }

    /** A word of the file: bytes {@code [start, end)}. */
    record Word(int start, int end) {
    }

    private Plausibility() {
    }

    /** The words of {@code bytes} that hold a byte beyond ASCII. */
    static List<Word> words(byte[] bytes) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < bytes.length; ) {
            if (!inWord(bytes[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean beyondAscii = false;
            while (i < bytes.length && inWord(bytes[i])) {
                int u = bytes[i] & 0xFF;
                beyondAscii |= u >= 0x80 || u < 0x20;
                i++;
            }
            if (beyondAscii) {
                words.add(new Word(start, i));
            }
        }
        return words;
    }

    static Score score(byte[] bytes, List<Word> words, LegacyEncoding encoding) {
        int valid = 0;
        int common = 0;
        int invalid = 0;
        for (Word word : words) {
            switch (read(bytes, word, encoding)) {
                case COMMON_SYLLABLE -> {
                    valid++;
                    common++;
                }
                case SYLLABLE -> valid++;
                case NOT_A_SYLLABLE -> invalid++;
                case NOT_COUNTED -> { }
            }
        }
        return new Score(encoding, valid, common, invalid);
    }

    /**
     * What {@code word} reads as: a syllable, or not (letters out of place, a stray mark or symbol, a byte the
     * encoding does not define); not counted when it is only punctuation, or an abbreviation without a vowel (QĐ).
     */
    static Reading read(byte[] bytes, Word word, LegacyEncoding encoding) {
        Decoded decoded = encoding.decode(bytes, word.start(), word.end());
        String core = strip(decoded.text());
        if (core.isEmpty()) {
            return Reading.NOT_COUNTED;
        }
        if (decoded.unplaced() > 0 || !lettersOnly(core)) {
            return Reading.NOT_A_SYLLABLE;
        }
        if (!hasVowel(core)) {
            return Reading.NOT_COUNTED;
        }
        if (!wellCased(core) || !Syllables.valid(core)) {
            return Reading.NOT_A_SYLLABLE;
        }
        return CommonSyllables.ALL.contains(core.toLowerCase(Locale.ROOT)) ? Reading.COMMON_SYLLABLE : Reading.SYLLABLE;
    }

    /**
     * Small letters, a capital and small letters, or capitals ("chÊm" is none of them); a small letter with a tone mark
     * may stand for a capital, as TCVN3's capital font makes it ("ủY" is "ỦY").
     */
    static boolean wellCased(String word) {
        boolean capitalAfterFirst = false;
        boolean smallAfterFirst = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            capitalAfterFirst |= Character.isUpperCase(c);
            smallAfterFirst |= Character.isLowerCase(c) && !toned(c);
        }
        char first = word.charAt(0);
        return !capitalAfterFirst || !smallAfterFirst && (Character.isUpperCase(first) || toned(first));
    }

    private static boolean toned(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 1; i < d.length(); i++) {
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean inWord(byte b) {
        int u = b & 0xFF;
        return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                || (u >= 0x01 && u <= 0x08) || (u >= 0x0E && u <= 0x17);
    }

    /** The word without quotes, dashes, ellipses, bullets and spaces around it, as text has them. */
    private static String strip(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && punctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && punctuation(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean punctuation(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.SPACE_SEPARATOR || c == '…' || c == '•';
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (int i = 0; i < lower.length(); i++) {
            if ("aeiouy".indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
