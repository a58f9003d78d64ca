package vn.loa.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.loa.content.Channel;

/**
 * How far the deliveries of one item version to one target (a list, a chat, a unit feed) have come: counts by
 * outcome, the recent rate and the time left at that rate.
 *
 * @param perSecond messages sent a second over the last minute (over the whole send once it is finished)
 */
public record SendProgress(String contentId, String version, Channel channel, String target, int total, int sent,
                           int failed, int skipped, int pending, Instant firstSentAt, Instant lastSentAt,
                           double perSecond) {

    public boolean finished() {
        return pending == 0;
    }

    /** At the current rate; null when nothing is being sent. */
    public Duration timeLeft() {
        if (finished()) {
            return Duration.ZERO;
        }
        return perSecond > 0 ? Duration.ofMillis(Math.round(pending / perSecond * 1000)) : null;
    }

    /** {@code bench-bai-dai email → ban-tin: 45,000/100,000 sent (45%), 0 failed, 1,020/s, about 54 s left}. */
    public String describe() {
        StringBuilder out = new StringBuilder(contentId).append(' ').append(channel.key()).append(" → ").append(target)
                .append(": ").append(number(sent)).append('/').append(number(total)).append(" sent (")
                .append(total == 0 ? 100 : sent * 100L / total).append("%)");
        if (failed > 0) {
            out.append(", ").append(number(failed)).append(" failed");
        }
        if (skipped > 0) {
            out.append(", ").append(number(skipped)).append(" skipped");
        }
        out.append(", ").append(rate()).append("/s");
        if (finished()) {
            out.append(", finished");
            if (firstSentAt != null && lastSentAt != null) {
                out.append(" in ").append(duration(Duration.between(firstSentAt, lastSentAt)));
            }
        } else {
            Duration left = timeLeft();
            out.append(", ").append(number(pending)).append(" to go")
                    .append(left == null ? "" : ", about " + duration(left) + " left");
        }
        return out.toString();
    }

    public String rate() {
        return perSecond >= 10 ? number(Math.round(perSecond)) : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** The columns for CSV and JSON. */
    public Map<String, Object> columns() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content_id", contentId);
        out.put("content_version", version);
        out.put("channel", channel.key());
        out.put("target", target);
        out.put("total", total);
        out.put("sent", sent);
        out.put("failed", failed);
        out.put("skipped", skipped);
        out.put("pending", pending);
        out.put("per_second", Math.round(perSecond * 10) / 10.0);
        Duration left = timeLeft();
        out.put("seconds_left", left == null ? null : left.toSeconds());
        out.put("first_sent_at", firstSentAt == null ? null : firstSentAt.toString());
        out.put("last_sent_at", lastSentAt == null ? null : lastSentAt.toString());
        return out;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 54 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
}
