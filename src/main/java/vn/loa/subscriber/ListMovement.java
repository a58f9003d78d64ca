package vn.loa.subscriber;

/**
 * How a list's confirmed membership moved over a period, from the consent records: members at its start and end,
 * changes into {@code confirmed} (joined), from it to {@code bounced} (bounced) and from it to anything else (left).
 */
public record ListMovement(int atStart, int joined, int left, int bounced, int atEnd) {
}
