package vn.loa.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Zalo's night window, in which it refuses some OA messages with error -234 ("This message cannot be sent at night
 * (10:00PM - 6:00AM)"): 22:00 to 06:00 Vietnam time, whatever the site's time zone.
 */
final class ZaloNightWindow {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime START = LocalTime.of(22, 0);
    static final LocalTime END = LocalTime.of(6, 0);
    /** When Zalo says night but our clock says day, the clocks disagree by a little: try again soon. */
    static final Duration CLOCK_SKEW_WAIT = Duration.ofMinutes(10);

    private ZaloNightWindow() {
    }

    /** The wait from {@code now} until the window ends (the next 06:00 in Vietnam). */
    static Duration untilMorning(Instant now) {
        ZonedDateTime local = now.atZone(VIETNAM);
        LocalTime time = local.toLocalTime();
        ZonedDateTime morning;
        if (!time.isBefore(START)) {
            morning = local.toLocalDate().plusDays(1).atTime(END).atZone(VIETNAM);
        } else if (time.isBefore(END)) {
            morning = local.toLocalDate().atTime(END).atZone(VIETNAM);
        } else {
            return CLOCK_SKEW_WAIT;
        }
        return Duration.between(now, morning.toInstant());
    }
}
