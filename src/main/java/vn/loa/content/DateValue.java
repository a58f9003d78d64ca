package vn.loa.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/** ISO-8601 dates and date-times of the front matter; a value without an offset is in the site's time zone. */
final class DateValue {

    private static final Pattern SPACE_SEPARATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:.*)$");

    private DateValue() {
    }

    /** The instant, or null when {@code text} is not a valid date (such as 2025-02-30). */
    static Instant parse(String text, ZoneId zone) {
        String iso = SPACE_SEPARATED.matcher(text).replaceFirst("$1T$2");
        try {
            if (!iso.contains("T")) {
                return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso,
                    ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            return ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
