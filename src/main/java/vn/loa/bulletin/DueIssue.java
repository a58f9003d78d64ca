package vn.loa.bulletin;

import java.time.Instant;

/** A bulletin whose schedule fired at {@code slot} and that has no issue for it yet. */
public record DueIssue(String bulletinId, Instant slot) {
}
