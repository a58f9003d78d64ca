package vn.loa.bulletin;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code bulletin_issues}: a compiled (then sent) issue, or a skipped fire time.
 *
 * @param slot the cron fire time it answers, or the time of a manual run
 * @param view what the templates render; null when skipped
 */
public record IssueRecord(String bulletinId, Instant slot, Integer year, Integer number, String status,
                          Instant periodFrom, Instant periodTo, List<String> articles, List<String> noteIds,
                          String contentId, String reason, IssueView view, Instant createdAt, Instant sentAt) {

    public static final String COMPILED = "compiled";
    public static final String SKIPPED = "skipped";
    public static final String SENT = "sent";

    public boolean skipped() {
        return SKIPPED.equals(status);
    }

    /** {@code 2026-12}: the issue's name in web paths. */
    public String issue() {
        return year + "-" + number;
    }
}
