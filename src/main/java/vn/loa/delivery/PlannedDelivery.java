package vn.loa.delivery;

import vn.loa.content.Channel;

/**
 * A delivery to record before any is attempted; {@code listId} non-null means "one per confirmed member of
 * that list", with the members as recipients. {@code note} is the reason of a {@code skipped} one.
 */
public record PlannedDelivery(Channel channel, String target, String recipient, String listId,
                              DeliveryStatus status, String note) {

    public static PlannedDelivery of(Channel channel, String target) {
        return new PlannedDelivery(channel, target, "", null, DeliveryStatus.PENDING, null);
    }

    public static PlannedDelivery toMembers(Channel channel, String target, String listId) {
        return new PlannedDelivery(channel, target, null, listId, DeliveryStatus.PENDING, null);
    }

    public static PlannedDelivery skipped(Channel channel, String target, String note) {
        return new PlannedDelivery(channel, target, "", null, DeliveryStatus.SKIPPED, note);
    }
}
