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
    private final boolean waiting;
    private final Duration retryAfter;

    private DeliveryException(String message, boolean permanent, boolean skipped, Duration retryAfter, Throwable cause) {
        this(message, permanent, skipped, false, retryAfter, cause);
    }

    private DeliveryException(String message, boolean permanent, boolean skipped, boolean waiting, Duration retryAfter,
                              Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.skipped = skipped;
        this.waiting = waiting;
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

    /**
     * Not yet: the delivery depends on another that is still being attempted (a correction of a message still being
     * sent). Tried again after {@code wait}, without using up an attempt.
     */
    public static DeliveryException notYet(String reason, Duration wait) {
        return new DeliveryException(reason, false, false, true, wait, null);
    }

    /** Whether this is a {@link #notYet} wait, which does not count as an attempt. */
    public boolean isWaiting() {
        return waiting;
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
