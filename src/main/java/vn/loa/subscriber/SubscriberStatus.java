package vn.loa.subscriber;

import java.util.Locale;

/** Where a list member stands; the lower-case name is stored. Only {@code confirmed} members receive anything. */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED, BOUNCED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriberStatus of(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }

    /** The person said no, or their mailbox does not exist: no import or operator brings the address back silently. */
    public boolean isEnded() {
        return this == UNSUBSCRIBED || this == BOUNCED;
    }
}
