package vn.loa.delivery;

import java.util.Arrays;

/**
 * What a delivery carries: the item itself ({@link #PUBLISH}), or a message about it or about a subscription. Kinds
 * other than {@code PUBLISH} are sent by the channels registered for them in {@link DeliveryRoutes}.
 */
public enum DeliveryKind {
    /** The item (article or bulletin issue) to a feed, a list member or a chat. */
    PUBLISH("publish", true),
    /** A correction of an item someone was sent: an edit in place, or a notice. */
    CORRECTION("correction", true),
    /** The withdrawal of an item someone was sent: a delete, or a notice. */
    WITHDRAWAL("withdrawal", true),
    /** A subscription's confirmation email (double opt-in); {@code content_id} names what it confirms. */
    CONFIRMATION("confirmation", false),
    /** A message to staff (an issue waiting for sign-off, say); {@code content_id} names what it is about. */
    NOTICE("notice", false);

    private final String key;
    private final boolean aboutStoredItem;

    DeliveryKind(String key, boolean aboutStoredItem) {
        this.key = key;
        this.aboutStoredItem = aboutStoredItem;
    }

    public String key() {
        return key;
    }

    /** Whether {@code content_id} is a stored item, read before the delivery is attempted. */
    public boolean aboutStoredItem() {
        return aboutStoredItem;
    }

    public static DeliveryKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery kind '" + key + "'"));
    }
}
