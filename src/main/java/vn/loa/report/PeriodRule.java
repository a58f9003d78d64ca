package vn.loa.report;

/**
 * How the days of a month, quarter, half-year, nine months or year are chosen: calendar dates, or the data cut-off of
 * the periodic reporting regime (Decree 09/2019/NĐ-CP Art. 12), where a period's data end on {@code cutoffDay} of its
 * last month and start the day after it in the month before its first month (cut-off 14: Q3 runs from 15 June to
 * 14 September, the year from 15 December of the year before to 14 December).
 */
public record PeriodRule(boolean calendar, int cutoffDay) {

    /** The Decree 09/2019 cut-off: the 14th. */
    public static final int DECREE_CUTOFF_DAY = 14;

    public static final PeriodRule OFFICIAL = new PeriodRule(false, DECREE_CUTOFF_DAY);
    public static final PeriodRule CALENDAR = new PeriodRule(true, DECREE_CUTOFF_DAY);

    public PeriodRule {
        if (cutoffDay < 1 || cutoffDay > 28) {
            throw new IllegalArgumentException("cut-off day " + cutoffDay + " is not within 1..28");
        }
    }
}
