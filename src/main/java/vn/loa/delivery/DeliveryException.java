package vn.loa.delivery;

/**
 * A delivery attempt that did not succeed. A temporary one is tried again later with backoff; a permanent one
 * fails the delivery until {@code retry}.
 */
public class DeliveryException extends Exception {

    private final boolean permanent;

    private DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryException temporary(String message, Throwable cause) {
        return new DeliveryException(message, false, cause);
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(message, true, null);
    }

    public boolean isPermanent() {
        return permanent;
    }
}
