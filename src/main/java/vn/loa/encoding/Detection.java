package vn.loa.encoding;

import java.util.List;
import java.util.Locale;
import vn.loa.i18n.Messages;

/**
 * What {@link EncodingDetector} made of a file that is not UTF-8.
 *
 * @param verdict  whether it was converted, and if not why
 * @param encoding the encoding it was read in, or null when it was not converted
 * @param text     the text (NFC, line endings as in the file), or null when it was not converted
 * @param scores   every distinct reading, one per family of encodings, strongest first
 * @param margin   how much stronger ({@link Score#strength}) the best reading is than the next, on the words the two
 *                 read differently
 * @param utf8     how much of it is UTF-8
 */
public record Detection(Verdict verdict, LegacyEncoding encoding, String text, List<Score> scores, double margin,
                        Utf8Evidence utf8) {

    /** Why a file was or was not converted. */
    public enum Verdict {
        /** Read in one encoding, clearly more Vietnamese than in any other (or in the one asked for). */
        CONVERTED,
        /** Two readings are about as plausible. */
        AMBIGUOUS,
        /** Too few words with diacritics to tell. */
        TOO_LITTLE_TEXT,
        /** No reading is Vietnamese. */
        NOT_VIETNAMESE,
        /** UTF-8 with invalid bytes here and there: broken, not legacy. */
        DAMAGED_UTF8,
        /** Partly UTF-8, partly a legacy encoding. */
        MIXED
    }

    public boolean converted() {
        return verdict == Verdict.CONVERTED;
    }

    /** The reading chosen (or the most plausible one), or null when no reading was scored. */
    public Score best() {
        return scores.isEmpty() ? null : scores.get(0);
    }

    /** Why the file was not converted, for staff; with no line number, as the file has no line it is about. */
    public String reason() {
        Messages m = Messages.current();
        return switch (verdict) {
            case CONVERTED -> encoding.conversionNote();
            case AMBIGUOUS -> m.get("encoding.rejected.ambiguous", likely(m, 0.5));
            case TOO_LITTLE_TEXT -> m.get("encoding.rejected.little", likely(m, 0.5));
            case NOT_VIETNAMESE -> m.get("encoding.rejected.unknown", hex(), utf8.firstLine());
            case DAMAGED_UTF8 -> m.get("encoding.rejected.damaged", hex(), utf8.firstInvalid(), utf8.firstLine());
            case MIXED -> m.get("encoding.rejected.mixed", hex(), utf8.firstLine());
        } + (verdict == Verdict.CONVERTED ? "" : "; " + m.get("encoding.howto", LegacyEncoding.keys()));
    }

    /** The readings at least {@code floor} plausible (the best one whatever its plausibility), with their share. */
    private String likely(Messages m, double floor) {
        List<String> names = scores.stream().filter(s -> s == scores.get(0) || s.plausibility() >= floor)
                .map(s -> m.get("encoding.likely", s.encoding().label(), Math.round(100 * s.plausibility()))).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + m.get("encoding.or") + " "
                + names.get(names.size() - 1);
    }

    private String hex() {
        return String.format(Locale.ROOT, "%02X", utf8.firstByte());
    }
}
