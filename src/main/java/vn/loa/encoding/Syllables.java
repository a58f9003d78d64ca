package vn.loa.encoding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel sequence, an optional
 * final consonant, and at most one tone mark, on a vowel. The sequences and the rules joining them are UniKey's
 * (vn-input/ibus-unikey {@code ukengine/ukengine.cpp}: the complete entries of {@code VSeqList}, {@code CSeqList},
 * {@code VCPairList}, {@code isValidCV}, {@code isValidVC}, {@code isValidCVC}); to them this adds two rules of the
 * orthography: a syllable ending in c, ch, p or t has the sắc or nặng tone; ă, â, iê, yê, uô, ươ and the sequences
 * ending in them end in a consonant (UniKey accepts "tiê" as a word being typed); the tone mark sits on the main
 * vowel (cáu, của, người, tuyến; hòa and hoà, thủy and thuỷ both); gh, ngh come only before e, ê, i while c comes
 * never before them.
 */
final class Syllables {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String ACUTE_OR_DOT = "\u0301\u0323";
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String LETTERS = "abcdđeghiklmnopqrstuvxyăâêôơư";

    private static final Set<String> INITIALS = Set.of("b", "c", "ch", "d", "đ", "dz", "g", "gh", "gi", "h", "k", "kh",
            "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** The finals each complete vowel sequence takes (VCPairList); a sequence absent takes none (conSuffix 0). */
    private static final Map<String, Set<String>> VOWEL_FINALS = Map.ofEntries(
            Map.entry("a", Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t")),
            Map.entry("â", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("ă", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("e", Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t")),
            Map.entry("ê", Set.of("c", "ch", "m", "n", "nh", "p", "t")),
            Map.entry("i", Set.of("c", "ch", "m", "n", "nh", "p", "t")),
            Map.entry("o", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("ô", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("ơ", Set.of("m", "n", "p", "t")),
            Map.entry("u", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("ư", Set.of("c", "m", "n", "ng", "t")),
            Map.entry("y", Set.of("t")),
            Map.entry("iê", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("oa", Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t")),
            Map.entry("oă", Set.of("c", "m", "n", "ng", "t")),
            Map.entry("oe", Set.of("n", "t")),
            Map.entry("ua", Set.of("n", "ng", "t")),
            Map.entry("uâ", Set.of("n", "ng", "t")),
            Map.entry("uê", Set.of("c", "ch", "n", "nh")),
            Map.entry("uô", Set.of("c", "m", "n", "ng", "t")),
            Map.entry("uơ", Set.of()),
            Map.entry("ươ", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("uy", Set.of("c", "ch", "n", "nh", "p", "t")),
            Map.entry("yê", Set.of("m", "n", "ng", "t")),
            Map.entry("uyê", Set.of("n", "t")));

    /** The complete vowel sequences that take no final consonant. */
    private static final Set<String> OPEN_VOWELS = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ui", "ưa", "ưi", "ưu", "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi",
            "ươu", "yêu");

    /** The vowel sequences k goes with (isValidCV), complete ones only. */
    private static final Set<String> AFTER_K = Set.of("e", "i", "y", "ê", "eo", "êu", "ia", "iê", "iêu");

    private static final Set<String> FINALS = Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t");

    /** Vowel sequences that never end a syllable. */
    private static final Set<String> CLOSED_VOWELS = Set.of("ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê");

    /** Sequences whose tone sits on the second vowel (the third in uyê); the others' sits on the first. */
    private static final Set<String> TONE_ON_SECOND = Set.of("iê", "yê", "uô", "ươ", "uâ", "uê", "uơ", "oă", "iêu", "yêu",
            "uôi", "ươi", "ươu", "oai", "oay", "oeo", "uây", "uya", "uyu");

    /** Sequences whose tone may sit on either vowel when no consonant follows: old style hoà, new style hòa. */
    private static final Set<String> TONE_ON_EITHER = Set.of("oa", "oe", "uy");

    private Syllables() {
    }

    /** Whether {@code candidate} (letters only, any case) is a Vietnamese syllable. */
    static boolean valid(String candidate) {
        String decomposed = Normalizer.normalize(candidate.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        int toneAt = -1;
        int letters = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0 || i == 0 || !isVowelBase(decomposed, i)) {
                    return false;
                }
                tone = c;
                toneAt = letters - 1;
            } else {
                base.append(c);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    letters++;
                }
            }
        }
        String word = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (int i = 0; i < word.length(); i++) {
            if (LETTERS.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        for (int start = 0; start <= Math.min(3, word.length()); start++) {
            String initial = word.substring(0, start);
            if (start > 0 && !INITIALS.contains(initial)) {
                continue;
            }
            for (int end = word.length(); end > start; end--) {
                String coda = word.substring(end);
                if ((coda.isEmpty() || FINALS.contains(coda)) && valid(initial, word.substring(start, end), coda, tone)
                        && (tone == 0 || toneFits(word.substring(start, end), coda, toneAt - start))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a tone on the vowel at {@code position} of the sequence {@code vowel} is where Vietnamese puts it. */
    private static boolean toneFits(String vowel, String coda, int position) {
        if (vowel.length() == 1) {
            return position == 0;
        }
        if (TONE_ON_EITHER.contains(vowel)) {
            return position == 1 || position == 0 && coda.isEmpty();
        }
        if (vowel.equals("uyê")) {
            return position == 2;
        }
        return position == (TONE_ON_SECOND.contains(vowel) ? 1 : 0);
    }

    /** Whether the letter a tone mark at {@code i} of an NFD string sits on is a vowel. */
    private static boolean isVowelBase(String decomposed, int i) {
        int j = i - 1;
        while (j > 0 && Character.getType(decomposed.charAt(j)) == Character.NON_SPACING_MARK) {
            j--;
        }
        return "aeiouy".indexOf(decomposed.charAt(j)) >= 0;
    }

    private static boolean valid(String initial, String vowel, String coda, char tone) {
        Set<String> finals = VOWEL_FINALS.get(vowel);
        if (finals == null && !OPEN_VOWELS.contains(vowel)) {
            return false;
        }
        if (!coda.isEmpty() && (coda.equals("c") || coda.equals("ch") || coda.equals("p") || coda.equals("t"))
                && (tone == 0 || ACUTE_OR_DOT.indexOf(tone) < 0)) {
            return false;
        }
        if (coda.isEmpty() && CLOSED_VOWELS.contains(vowel)) {
            return false;
        }
        boolean vc = coda.isEmpty() || finals != null && finals.contains(coda);
        if (!vc && !exception(initial, vowel, coda)) {
            return false;
        }
        return validCv(initial, vowel);
    }

    /** UniKey's isValidCV, and the spelling of gh, ngh and c. */
    private static boolean validCv(String initial, String vowel) {
        char first = vowel.charAt(0);
        return switch (initial) {
            case "gi" -> first != 'i';
            case "qu" -> first != 'u';
            case "k" -> AFTER_K.contains(vowel);
            case "gh", "ngh" -> first == 'e' || first == 'ê' || first == 'i';
            case "c" -> first != 'e' && first != 'ê' && first != 'i' && first != 'y';
            default -> VOWELS.indexOf(first) >= 0;
        };
    }

    /** isValidCVC's exceptions: quyn, quynh; giêng, gieng. */
    private static boolean exception(String initial, String vowel, String coda) {
        return initial.equals("qu") && vowel.equals("y") && (coda.equals("n") || coda.equals("nh"))
                || initial.equals("gi") && (vowel.equals("e") || vowel.equals("ê")) && (coda.equals("n") || coda.equals("ng"));
    }
}
