package vn.loa.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.i18n.Messages;

class BulletinScheduleTest {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final BulletinSchedule FOUR_A_MONTH = BulletinSchedule.parse("0 0 8 1,8,15,22 * ?", HCM);

    static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(HCM);
    }

    static ZonedDateTime latest(BulletinSchedule schedule, String local) {
        return schedule.latestAtOrBefore(at(local).toInstant()).orElseThrow();
    }

    @Test
    void fourAMonth_firesFourTimesInAMonth_at8InHoChiMinh() {
        List<ZonedDateTime> fires = new ArrayList<>();
        Instant cursor = at("2026-12-31T23:59:59").toInstant();
        while (true) {
            ZonedDateTime fire = FOUR_A_MONTH.latestAtOrBefore(cursor).orElseThrow();
            if (fire.getMonthValue() != 12) {
                break;
            }
            fires.add(fire);
            cursor = fire.toInstant().minusSeconds(1);
        }
        assertThat(fires).containsExactly(at("2026-12-22T08:00"), at("2026-12-15T08:00"), at("2026-12-08T08:00"),
                at("2026-12-01T08:00"));
        assertThat(fires.get(0).toInstant()).isEqualTo(Instant.parse("2026-12-22T01:00:00Z"));
    }

    @Test
    void latestFire_isTheFireItself_atTheExactSecond() {
        assertThat(latest(FOUR_A_MONTH, "2026-11-08T08:00:00")).isEqualTo(at("2026-11-08T08:00"));
        assertThat(latest(FOUR_A_MONTH, "2026-11-08T07:59:59")).isEqualTo(at("2026-11-01T08:00"));
    }

    @Test
    void latestFire_crossesMonthAndYearEnds() {
        assertThat(latest(FOUR_A_MONTH, "2026-12-01T07:00")).isEqualTo(at("2026-11-22T08:00"));
        assertThat(latest(FOUR_A_MONTH, "2027-01-01T07:59:59")).isEqualTo(at("2026-12-22T08:00"));
        assertThat(latest(FOUR_A_MONTH, "2027-01-01T08:00:01")).isEqualTo(at("2027-01-01T08:00"));
    }

    @Test
    void lastDayOfMonth_rangesStepsAndNames_areUnderstood() {
        BulletinSchedule last = BulletinSchedule.parse("0 30 17 L * ?", HCM);
        assertThat(latest(last, "2028-03-15T00:00")).isEqualTo(at("2028-02-29T17:30"));
        BulletinSchedule weekdays = BulletinSchedule.parse("0 0/15 9-10 ? JAN-DEC MON-FRI", HCM);
        // 2026-11-22 is a Sunday: the latest fire is Friday 20th at 10:45
        assertThat(latest(weekdays, "2026-11-22T12:00")).isEqualTo(at("2026-11-20T10:45"));
        BulletinSchedule mondays = BulletinSchedule.parse("0 0 8 ? * 2 2026", HCM);
        assertThat(latest(mondays, "2027-06-01T00:00")).isEqualTo(at("2026-12-28T08:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0 0 8 * *", "0 0 8 1,8 * MON", "0 0 8 * * *", "0 0 25 1 * ?", "0 0 8 15W * ?",
        "0 0 8 ? * 6#3", "0 0 8 1-x * ?", "0 0 8 9-2 * ?", "0 0 8 1 13 ?", "a b c d e f"})
    void invalidExpression_isRejectedWithTheExpressionAndWhy(String expression) {
        assertThatThrownBy(() -> BulletinSchedule.parse(expression, HCM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + expression + "'");
    }

    @Test
    void unsupportedToken_namesTheField() {
        assertThatThrownBy(() -> BulletinSchedule.parse("0 0 8 15W * ?", HCM))
                .hasMessage("'0 0 8 15W * ?': trường ngày-trong-tháng '15W': '15W' không được hỗ trợ (hãy dùng số, *, ?,"
                        + " danh sách, khoảng, bước nhảy hoặc chỉ một chữ L)");
        assertThatThrownBy(() -> BulletinSchedule.parse("0 0 8 15W * ?", HCM, Messages.of("en")))
                .hasMessage("'0 0 8 15W * ?': day-of-month field '15W': '15W' is not supported (use numbers, *, ?, lists,"
                        + " ranges, steps or L alone)");
    }
}
