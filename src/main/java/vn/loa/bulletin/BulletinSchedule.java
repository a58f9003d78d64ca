package vn.loa.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Optional;
import vn.loa.i18n.Messages;

/**
 * A Quartz cron expression ({@code sec min hour day-of-month month day-of-week [year]}) evaluated in a time zone.
 * Supported: {@code *}, {@code ?}, numbers, lists {@code 1,8,15}, ranges {@code 1-5}, steps {@code 0/15} and
 * {@code 1-20/5}, month and day names ({@code JAN}, {@code MON}), and {@code L} alone in day-of-month (the last
 * day). Anything else ({@code W}, {@code #}, {@code nL}) is rejected with a {@link IllegalArgumentException}.
 */
public final class BulletinSchedule {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** How far back {@link #latestAtOrBefore} looks: a schedule that fires less often than this never fires. */
    private static final int SEARCH_DAYS = 366 * 5;

    private final String expression;
    private final ZoneId zone;
    /** The language of the parse errors. */
    private final Messages messages;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final boolean lastDayOfMonth;
    private final boolean anyDayOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfWeek;
    private final BitSet years;

    private BulletinSchedule(String expression, ZoneId zone, Messages messages) {
        this.expression = expression;
        this.zone = zone;
        this.messages = messages;
        String[] f = expression == null ? new String[0] : expression.strip().split("\\s+");
        if (f.length < 6 || f.length > 7) {
            throw new IllegalArgumentException(messages.get("config.schedule.fields", expression));
        }
        seconds = field(f[0], "second", 0, 59, null);
        minutes = field(f[1], "minute", 0, 59, null);
        hours = field(f[2], "hour", 0, 23, null);
        lastDayOfMonth = f[3].equalsIgnoreCase("L");
        anyDayOfMonth = f[3].equals("?");
        daysOfMonth = lastDayOfMonth || anyDayOfMonth ? new BitSet() : field(f[3], "day-of-month", 1, 31, null);
        months = field(f[4], "month", 1, 12, MONTHS);
        anyDayOfWeek = f[5].equals("?");
        daysOfWeek = anyDayOfWeek ? new BitSet() : field(f[5], "day-of-week", 1, 7, DAYS);
        years = f.length == 7 ? field(f[6], "year", 1970, 2199, null) : null;
        if (anyDayOfMonth == anyDayOfWeek) {
            throw new IllegalArgumentException(messages.get("config.schedule.one_any", expression));
        }
    }

    /** Parses {@code expression}; the message of the exception says what is wrong with it. */
    public static BulletinSchedule parse(String expression, ZoneId zone) {
        return parse(expression, zone, Messages.current());
    }

    /** {@link #parse(String, ZoneId)} with the exception's message in the language of {@code messages}. */
    public static BulletinSchedule parse(String expression, ZoneId zone, Messages messages) {
        return new BulletinSchedule(expression, zone, messages);
    }

    public String expression() {
        return expression;
    }

    /** The latest fire time at or before {@code now}, if the schedule fired in the last five years. */
    public Optional<ZonedDateTime> latestAtOrBefore(java.time.Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime until = local.toLocalTime();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.minusDays(1)) {
            if (matchesDay(day)) {
                Optional<LocalTime> time = latestTime(i == 0 ? until : LocalTime.MAX);
                if (time.isPresent()) {
                    ZonedDateTime fire = ZonedDateTime.ofLocal(LocalDateTime.of(day, time.get()), zone, null);
                    if (!fire.toInstant().isAfter(now)) {
                        return Optional.of(fire);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean matchesDay(LocalDate day) {
        if (years != null && !years.get(day.getYear())) {
            return false;
        }
        if (!months.get(day.getMonthValue())) {
            return false;
        }
        if (anyDayOfMonth) {
            return daysOfWeek.get(quartzDayOfWeek(day.getDayOfWeek()));
        }
        if (lastDayOfMonth) {
            return day.getDayOfMonth() == YearMonth.from(day).lengthOfMonth();
        }
        return daysOfMonth.get(day.getDayOfMonth());
    }

    /** The latest time of day on the schedule at or before {@code until} (to the second). */
    private Optional<LocalTime> latestTime(LocalTime until) {
        for (int h = until.getHour(); h >= 0; h--) {
            if (!hours.get(h)) {
                continue;
            }
            int mFrom = h == until.getHour() ? until.getMinute() : 59;
            for (int m = mFrom; m >= 0; m--) {
                if (!minutes.get(m)) {
                    continue;
                }
                int sFrom = h == until.getHour() && m == until.getMinute() ? until.getSecond() : 59;
                int s = seconds.previousSetBit(sFrom);
                if (s >= 0) {
                    return Optional.of(LocalTime.of(h, m, s));
                }
            }
        }
        return Optional.empty();
    }

    /** Quartz numbers days 1 (Sunday) to 7 (Saturday). */
    private static int quartzDayOfWeek(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private BitSet field(String text, String name, int min, int max, String[] names) {
        BitSet set = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), name, 1, max, null, text);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) {
                    throw invalid(name, text, messages.get("config.schedule.not_range", part));
                }
                from = number(ends[0], name, min, max, names, text);
                to = number(ends[1], name, min, max, names, text);
                if (from > to) {
                    throw invalid(name, text, messages.get("config.schedule.backwards", part));
                }
            } else {
                from = number(range, name, min, max, names, text);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private int number(String text, String name, int min, int max, String[] names, String field) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(text)) {
                    return i + 1;
                }
            }
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw invalid(name, field, messages.get(name.equals("day-of-month") ? "config.schedule.unsupported_day"
                    : "config.schedule.unsupported", text));
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw invalid(name, field, messages.get("config.schedule.outside", value, min, max));
        }
        return value;
    }

    private IllegalArgumentException invalid(String name, String field, String why) {
        return new IllegalArgumentException(messages.get("config.schedule.field", expression,
                messages.get("config.schedule.name." + name), field, why));
    }
}
