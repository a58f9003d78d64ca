package vn.loa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Every period form under the Decree 09/2019 cut-off, calendar dates and another cut-off day. */
class PeriodTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void official_quartersHalvesNineMonthsYearAndMonth_runFromThe15thToThe14th() {
        assertThat(Period.parse("2026-Q1")).isEqualTo(new Period("2026-Q1", Period.Kind.QUARTER, 2026, 1, d(2025, 12, 15),
                d(2026, 3, 14), Period.Basis.CUT_OFF));
        assertThat(Period.parse("2026-q3")).extracting(Period::first, Period::last).containsExactly(d(2026, 6, 15), d(2026, 9, 14));
        assertThat(Period.parse("2026-Q4")).extracting(Period::first, Period::last).containsExactly(d(2026, 9, 15), d(2026, 12, 14));
        assertThat(Period.parse("2026-H1")).extracting(Period::first, Period::last).containsExactly(d(2025, 12, 15), d(2026, 6, 14));
        assertThat(Period.parse("2026-H2")).extracting(Period::first, Period::last).containsExactly(d(2026, 6, 15), d(2026, 12, 14));
        assertThat(Period.parse("2026-9M")).extracting(Period::kind, Period::first, Period::last)
                .containsExactly(Period.Kind.NINE_MONTHS, d(2025, 12, 15), d(2026, 9, 14));
        assertThat(Period.parse("2026")).extracting(Period::first, Period::last).containsExactly(d(2025, 12, 15), d(2026, 12, 14));
        assertThat(Period.parse("2026-01")).extracting(Period::kind, Period::first, Period::last)
                .containsExactly(Period.Kind.MONTH, d(2025, 12, 15), d(2026, 1, 14));
    }

    @Test
    void calendar_givesWholeMonths() {
        assertThat(Period.parse("2026-Q3", PeriodRule.CALENDAR)).isEqualTo(new Period("2026-Q3", Period.Kind.QUARTER, 2026, 3,
                d(2026, 7, 1), d(2026, 9, 30), Period.Basis.CALENDAR));
        assertThat(Period.parse("2026-H1", PeriodRule.CALENDAR).last()).isEqualTo(d(2026, 6, 30));
        assertThat(Period.parse("2026-9M", PeriodRule.CALENDAR).last()).isEqualTo(d(2026, 9, 30));
        assertThat(Period.parse("2024-02", PeriodRule.CALENDAR).last()).isEqualTo(d(2024, 2, 29));
        assertThat(Period.parse("2026", PeriodRule.CALENDAR)).extracting(Period::first, Period::last)
                .containsExactly(d(2026, 1, 1), d(2026, 12, 31));
    }

    @Test
    void anotherCutOffDay_andARangeAsWritten() {
        assertThat(Period.parse("2026-Q3", new PeriodRule(false, 20))).extracting(Period::first, Period::last)
                .containsExactly(d(2026, 6, 21), d(2026, 9, 20));
        assertThat(Period.parse("2026-07-01..2026-09-30", PeriodRule.OFFICIAL)).isEqualTo(new Period(
                "2026-07-01..2026-09-30", Period.Kind.RANGE, 2026, 0, d(2026, 7, 1), d(2026, 9, 30), Period.Basis.DAYS));
    }

    @Test
    void startAndEnd_areMidnightInTheSiteTimeZone() {
        ZoneId hcm = ZoneId.of("Asia/Ho_Chi_Minh");
        Period q3 = Period.parse("2026-Q3");

        assertThat(q3.start(hcm)).isEqualTo(Instant.parse("2026-06-14T17:00:00Z"));
        assertThat(q3.end(hcm)).isEqualTo(Instant.parse("2026-09-14T17:00:00Z"));
    }

    @Test
    void otherText_isRefusedNamingTheForms() {
        for (String bad : new String[] {"2026-Q5", "Q3", "2026-13", "2026-H3", "2026-02-30..2026-03-01",
                "2026-09-30..2026-07-01", "", "2026-10M"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse("2026-Q5")).hasMessage(
                "không hiểu kỳ báo cáo '2026-Q5': dùng 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-07 hoặc 2026-07-01..2026-09-30");
        assertThatThrownBy(() -> new PeriodRule(false, 29)).isInstanceOf(IllegalArgumentException.class);
    }
}
