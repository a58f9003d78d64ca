package vn.loa.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.i18n.Messages;

/**
 * A reporting period: the days whose data a report counts, both included, in the site's time zone. A month
 * ({@code 2026-07}), quarter ({@code 2026-Q3}), half-year ({@code 2026-H1}), nine months ({@code 2026-9M}) or year
 * ({@code 2026}) follows the {@link PeriodRule} (the data cut-off of Decree 09/2019/NĐ-CP, or calendar dates); a
 * range of days ({@code 2026-07-01..2026-09-30}) is taken as written.
 *
 * @param label the period as asked, normalised ({@code 2026-Q3})
 * @param index the month (1–12), quarter (1–4) or half (1–2) within {@code year}; 0 for a year, nine months or range
 */
public record Period(String label, Kind kind, int year, int index, LocalDate first, LocalDate last, Basis basis) {

    /** What a period is a part of the year. */
    public enum Kind { MONTH, QUARTER, HALF, NINE_MONTHS, YEAR, RANGE }

    /** How its first and last days were chosen. */
    public enum Basis { CUT_OFF, CALENDAR, DAYS }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** {@code text} under the official cut-off ({@link PeriodRule#OFFICIAL}). */
    public static Period parse(String text) {
        return parse(text, PeriodRule.OFFICIAL);
    }

    /** @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them */
    public static Period parse(String text, PeriodRule rule) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = MONTH.matcher(t)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException(Messages.t("report.period.unknown", text));
                }
                return months(t, Kind.MONTH, year(m), month, month, month, rule);
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int q = Integer.parseInt(m.group(2));
                return months(t, Kind.QUARTER, year(m), q, 3 * q - 2, 3 * q, rule);
            }
            if ((m = HALF.matcher(t)).matches()) {
                int h = Integer.parseInt(m.group(2));
                return months(t, Kind.HALF, year(m), h, h == 1 ? 1 : 7, h == 1 ? 6 : 12, rule);
            }
            if ((m = NINE.matcher(t)).matches()) {
                return months(t, Kind.NINE_MONTHS, year(m), 0, 1, 9, rule);
            }
            if (YEAR.matcher(t).matches()) {
                return months(t, Kind.YEAR, Integer.parseInt(t), 0, 1, 12, rule);
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate first = LocalDate.parse(m.group(1));
                LocalDate last = LocalDate.parse(m.group(2));
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException(Messages.t("report.period.backwards", text));
                }
                return new Period(m.group(1) + ".." + m.group(2), Kind.RANGE, first.getYear(), 0, first, last, Basis.DAYS);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.t("report.period.noSuchDate", text, e.getMessage()));
        }
        throw new IllegalArgumentException(Messages.t("report.period.unknown", text));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    /**
     * Months {@code from}..{@code to} of {@code year}: calendar dates, or under the cut-off from the day after the
     * cut-off day of the month before {@code from} to the cut-off day of {@code to}.
     */
    private static Period months(String label, Kind kind, int year, int index, int from, int to, PeriodRule rule) {
        YearMonth firstMonth = YearMonth.of(year, from);
        YearMonth lastMonth = YearMonth.of(year, to);
        if (rule.calendar()) {
            return new Period(label, kind, year, index, firstMonth.atDay(1), lastMonth.atEndOfMonth(), Basis.CALENDAR);
        }
        return new Period(label, kind, year, index, firstMonth.minusMonths(1).atDay(rule.cutoffDay() + 1),
                lastMonth.atDay(rule.cutoffDay()), Basis.CUT_OFF);
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
