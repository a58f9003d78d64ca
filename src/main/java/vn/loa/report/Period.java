package vn.loa.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.i18n.Messages;

/**
 * A reporting period in the site's time zone: a quarter ({@code 2026-Q3}), a half-year ({@code 2026-H1}), a year
 * ({@code 2026}) or a range of days ({@code 2026-07-01..2026-09-30}, both days included).
 */
public record Period(String label, LocalDate first, LocalDate last) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** @throws IllegalArgumentException with the accepted forms when {@code text} is none of them */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase();
        try {
            Matcher m;
            if ((m = QUARTER.matcher(t)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return new Period(t, first, first.plusMonths(3).minusDays(1));
            }
            if ((m = HALF.matcher(t)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
                return new Period(t, first, first.plusMonths(6).minusDays(1));
            }
            if (YEAR.matcher(t).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(t), 1, 1);
                return new Period(t, first, first.plusYears(1).minusDays(1));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate first = LocalDate.parse(m.group(1));
                LocalDate last = LocalDate.parse(m.group(2));
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException(Messages.t("report.period.backwards", text));
                }
                return new Period(m.group(1) + ".." + m.group(2), first, last);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.t("report.period.no_date", text, e.getMessage()));
        }
        throw new IllegalArgumentException(Messages.t("report.period.unknown", text));
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
