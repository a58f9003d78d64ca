package vn.loa.config;

/**
 * How the inbox is read: a file must be unchanged for {@code stableMillis} before it is read, and
 * files larger than {@code maxBytes} are refused unread.
 */
public record Intake(Long stableMillis, Long maxBytes, Long pollMillis) {

    public Intake {
        stableMillis = stableMillis == null ? 1000L : stableMillis;
        maxBytes = maxBytes == null ? 2L * 1024 * 1024 : maxBytes;
        pollMillis = pollMillis == null ? 500L : pollMillis;
    }

    public static Intake defaults() {
        return new Intake(null, null, null);
    }
}
