package vn.loa.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which legacy encoding a file that is not UTF-8 is in: reads it in each ({@link LegacyEncoding}) and keeps
 * the reading that is clearly the most Vietnamese ({@link Plausibility}). Readings that give the same text (a TCVN3
 * file without VN1's extra capitals reads alike in both) are one reading, named by the better scored encoding.
 *
 * <p>The thresholds are constants, not settings: they are properties of Vietnamese and of the tables, not of a
 * site. A right reading of real text scores 0.95 to 1 (typing errors and foreign names aside), a wrong one below 0.45
 * (see the README's measurements); a file that falls between is better refused with a clear message, and the
 * operator's knob is {@code loa convert --from}, not a number.
 */
public final class EncodingDetector {

    /** Share of words that must be Vietnamese syllables in the chosen reading. */
    public static final double MIN_PLAUSIBILITY = 0.8;
    /** How much stronger ({@link Score#strength}) the chosen reading must be than the next one, where they differ. */
    static final double MIN_MARGIN = 0.5;
    /** Valid words (common ones counted twice) the choice must rest on: "Tin mới của Bộ" is just enough. */
    static final int MIN_EVIDENCE = 4;
    /** Well-formed UTF-8 sequences that make a file broken UTF-8 rather than legacy: one per this many bad bytes. */
    static final int MIXED_RATIO = 20;

    private EncodingDetector() {
    }

    /** Whether {@code bytes} are UTF-8 throughout (ASCII is): nothing to convert. */
    public static boolean isUtf8(byte[] bytes) {
        return Utf8Evidence.of(bytes).invalid() == 0;
    }

    /** Reads a file that is not UTF-8 in the encoding it is most clearly in, or says why none is clear. */
    public static Detection detect(byte[] bytes) {
        Utf8Evidence utf8 = Utf8Evidence.of(bytes);
        if (utf8.sequences() > 0 && utf8.sequences() >= utf8.invalid()) {
            return new Detection(Detection.Verdict.DAMAGED_UTF8, null, null, List.of(), 0, utf8);
        }
        if (utf8.sequences() > 0 && utf8.sequences() * MIXED_RATIO >= utf8.invalid()) {
            return new Detection(Detection.Verdict.MIXED, null, null, List.of(), 0, utf8);
        }
        List<Plausibility.Word> words = Plausibility.words(bytes);
        List<Score> scores = scores(bytes, words, Arrays.asList(LegacyEncoding.values()));
        Score best = scores.get(0);
        double margin = scores.size() < 2 ? best.plausibility()
                : margin(bytes, words, best.encoding(), scores.get(1).encoding());
        Detection.Verdict verdict;
        if (best.plausibility() < MIN_PLAUSIBILITY) {
            verdict = best.evidence() < MIN_EVIDENCE && best.plausibility() >= 0.5
                    ? Detection.Verdict.TOO_LITTLE_TEXT : Detection.Verdict.NOT_VIETNAMESE;
        } else if (best.evidence() < MIN_EVIDENCE) {
            verdict = Detection.Verdict.TOO_LITTLE_TEXT;
        } else if (margin < MIN_MARGIN) {
            verdict = Detection.Verdict.AMBIGUOUS;
        } else {
            verdict = Detection.Verdict.CONVERTED;
        }
        return verdict == Detection.Verdict.CONVERTED
                ? new Detection(verdict, best.encoding(), best.encoding().read(bytes), scores, margin, utf8)
                : new Detection(verdict, null, null, scores, margin, utf8);
    }

    /**
     * Reads a file in the encoding the operator named ({@code tcvn3}, {@code vni}, {@code cp1258}), however it scores;
     * for tcvn3, in TCVN3 or VN1, whichever reads better.
     */
    public static Detection decodeAs(byte[] bytes, String key) {
        List<LegacyEncoding> named = LegacyEncoding.named(key);
        if (named.isEmpty()) {
            throw new IllegalArgumentException("unknown encoding " + key + "; use " + LegacyEncoding.keys());
        }
        List<Score> scores = scores(bytes, Plausibility.words(bytes), named);
        LegacyEncoding chosen = scores.get(0).encoding();
        return new Detection(Detection.Verdict.CONVERTED, chosen, chosen.read(bytes), scores, 0, Utf8Evidence.of(bytes));
    }

    /**
     * One score per family of encodings ({@link LegacyEncoding#key()}) that gives a text of its own, strongest first
     * (then the one with more evidence, then table order). Of TCVN3 and VN1, VN1 stands for the family only
     * when it makes syllables of more words TCVN3 cannot read than the other way round: TCVN3 is what offices wrote,
     * and a dash TCVN3 reads as a dash is no worse for being a letter in VN1.
     */
    private static List<Score> scores(byte[] bytes, List<Plausibility.Word> words, List<LegacyEncoding> encodings) {
        Map<String, Score> readings = new LinkedHashMap<>();
        for (LegacyEncoding encoding : encodings) {
            if (encoding.available()) {
                // the same text twice (VNI and Windows-1258 agree on Latin-1 letters) is one reading: the better scored
                readings.merge(encoding.decode(bytes, 0, bytes.length).text(), Plausibility.score(bytes, words, encoding),
                        (first, other) -> other.strength() > first.strength() ? other : first);
            }
        }
        Map<String, Score> families = new LinkedHashMap<>();
        for (Score score : readings.values()) {
            families.merge(score.encoding().key(), score,
                    (first, other) -> repairs(bytes, words, other.encoding(), first.encoding()) ? other : first);
        }
        List<Score> scores = new ArrayList<>(families.values());
        scores.sort(Comparator.comparingDouble(Score::strength).reversed()
                .thenComparing(Comparator.comparingInt(Score::evidence).reversed())
                .thenComparing(s -> s.encoding().ordinal()));
        return List.copyOf(scores);
    }

    /** Whether {@code variant} reads more words as syllables that {@code first} cannot read than it breaks. */
    private static boolean repairs(byte[] bytes, List<Plausibility.Word> words, LegacyEncoding variant,
                                   LegacyEncoding first) {
        int balance = 0;
        for (Plausibility.Word word : words) {
            boolean firstReads = Plausibility.read(bytes, word, first) != Plausibility.Reading.NOT_A_SYLLABLE;
            boolean variantReads = Plausibility.read(bytes, word, variant) != Plausibility.Reading.NOT_A_SYLLABLE;
            balance += firstReads == variantReads ? 0 : variantReads ? 1 : -1;
        }
        return balance > 0;
    }

    /** How much stronger ({@link Score#strength}) {@code a} is than {@code b} on the words the two read differently. */
    static double margin(byte[] bytes, List<Plausibility.Word> words, LegacyEncoding a, LegacyEncoding b) {
        List<Plausibility.Word> differing = new ArrayList<>();
        for (Plausibility.Word word : words) {
            if (!a.decode(bytes, word.start(), word.end()).text().equals(b.decode(bytes, word.start(), word.end()).text())) {
                differing.add(word);
            }
        }
        return Plausibility.score(bytes, differing, a).strength() - Plausibility.score(bytes, differing, b).strength();
    }
}
