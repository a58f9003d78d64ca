package vn.loa.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.loa.content.Channel;

/** What {@code log} and {@code GET /api/deliveries} ask for; null fields do not filter. */
public record DeliveryFilter(String contentId, Channel channel, DeliveryStatus status, Instant since, Integer limit) {

    public static DeliveryFilter all() {
        return new DeliveryFilter(null, null, null, null, null);
    }

    /**
     * A time as people write it: an instant ({@code 2026-11-22T01:00:00Z}), a local date or date-time in
     * {@code zone} ({@code 2026-11-22}, {@code 2026-11-22T08:00}), or a duration back from {@code now} ({@code PT1H}).
     *
     * @throws java.time.format.DateTimeParseException when it is none of these
     */
    public static Instant parseTime(String text, ZoneId zone, Instant now) {
        if (text.startsWith("P")) {
            return now.minus(Duration.parse(text));
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        return LocalDateTime.parse(text).atZone(zone).toInstant();
    }
}
