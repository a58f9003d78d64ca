package vn.loa.delivery;

import java.time.Duration;

/**
 * A delivery attempt that did not succeed. A temporary one is tried again later with backoff (or after the wait
 * the remote side asked for); a permanent one fails the delivery until {@code retry}; a skipped one ends it
 * without sending.
 */
public class DeliveryException extends Exception {

    private final boolean permanent;
    private final boolean skipped;
    private final Duration retryAfter;

    private DeliveryException(String message, boolean permanent, boolean skipped, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.skipped = skipped;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException temporary(String message, Throwable cause) {
        return new DeliveryException(message, false, false, null, cause);
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(message, true, false, null, null);
    }

    /**
     * A temporary failure whose retry time the remote side named (a 429 with Retry-After, a platform's quiet hours):
     * tried again after {@code wait} instead of the usual backoff.
     */
    public static DeliveryException retryAfter(String message, Duration wait) {
        return new DeliveryException(message, false, false, wait, null);
    }

    /** Nothing to send any more (say, the member unsubscribed meanwhile): the delivery is {@code skipped}. */
    public static DeliveryException skipped(String reason) {
        return new DeliveryException(reason, true, true, null, null);
    }

    /** The wait the remote side asked for, or null for the configured backoff. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isSkipped() {
        return skipped;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
