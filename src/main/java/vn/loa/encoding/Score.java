package vn.loa.encoding;

/**
 * How Vietnamese a file reads in one encoding, counted over its words that hold a byte beyond ASCII (the others read
 * the same in every encoding): abbreviations without a vowel (QĐ, HĐND) and bare punctuation are not counted.
 *
 * @param valid   words that are Vietnamese syllables
 * @param common  of those, the common syllables of administrative news ({@link CommonSyllables})
 * @param invalid words that are not: impossible letter sequences, letters Vietnamese has not, stray marks or symbols
 */
public record Score(LegacyEncoding encoding, int valid, int common, int invalid) {

    /** The share of counted words that are Vietnamese syllables, 0 when none is counted. */
    public double plausibility() {
        int words = valid + invalid;
        return words == 0 ? 0 : (double) valid / words;
    }

    /**
     * The plausibility plus the share of counted words that are common syllables (0 to 2): what readings are ranked
     * and compared by. Two readings can both be syllables throughout ("Một số bộ" in TCVN3 reads "Mét sè bé" in
     * Windows-1258), but only the right one is made of the words administrative news is made of.
     */
    public double strength() {
        int words = valid + invalid;
        return words == 0 ? 0 : plausibility() + (double) common / words;
    }

    /** Valid words, the common ones counted twice: how much the plausibility rests on. */
    public int evidence() {
        return valid + common;
    }

    public int words() {
        return valid + invalid;
    }
}
