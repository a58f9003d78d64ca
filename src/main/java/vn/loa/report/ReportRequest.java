package vn.loa.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report is asked for: the period, one unit or every unit (null), the language, and what the letterhead takes
 * from the caller rather than from {@code loa.yaml}. A null field means "from the configuration" (or today, for the
 * date).
 *
 * @param number     the number the clerk gave ({@code 12} or {@code 12/BC-BNV}); null leaves room to write it
 * @param recipients "Nơi nhận" lines replacing the unit's
 * @param to         "Kính gửi" addressees replacing the unit's
 */
public record ReportRequest(Period period, String unitId, String language, String number, LocalDate date,
                            String place, String signerAuthority, String signerTitle, String signerName,
                            List<String> to, List<String> recipients) {

    public static ReportRequest of(Period period, String unitId) {
        return new ReportRequest(period, unitId, null, null, null, null, null, null, null, null, null);
    }

    public ReportRequest withLanguage(String value) {
        return new ReportRequest(period, unitId, value, number, date, place, signerAuthority, signerTitle, signerName,
                to, recipients);
    }

    public ReportRequest withNumber(String value) {
        return new ReportRequest(period, unitId, language, value, date, place, signerAuthority, signerTitle, signerName,
                to, recipients);
    }

    public ReportRequest withDate(LocalDate value) {
        return new ReportRequest(period, unitId, language, number, value, place, signerAuthority, signerTitle, signerName,
                to, recipients);
    }

    /** Overrides of the signer block and recipients; null keeps the configured value. */
    public ReportRequest withLetterhead(String newPlace, String authority, String title, String name,
                                        List<String> newTo, List<String> newRecipients) {
        return new ReportRequest(period, unitId, language, number, date, newPlace, authority, title, name, newTo,
                newRecipients);
    }
}
