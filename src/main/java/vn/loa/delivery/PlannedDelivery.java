package vn.loa.delivery;

import vn.loa.content.Channel;

/**
 * A delivery to record before any is attempted; {@code listId} non-null means "one per confirmed member of
 * that list", with the members as recipients. {@code note} is the reason of a {@code skipped} one.
 */
public record PlannedDelivery(Channel channel, String target, String recipient, String listId,
                              DeliveryStatus status, String note, DeliveryKind kind) {

    public static PlannedDelivery of(Channel channel, String target) {
        return new PlannedDelivery(channel, target, "", null, DeliveryStatus.PENDING, null, DeliveryKind.PUBLISH);
    }

    public static PlannedDelivery toMembers(Channel channel, String target, String listId) {
        return new PlannedDelivery(channel, target, null, listId, DeliveryStatus.PENDING, null, DeliveryKind.PUBLISH);
    }

    public static PlannedDelivery skipped(Channel channel, String target, String note) {
        return new PlannedDelivery(channel, target, "", null, DeliveryStatus.SKIPPED, note, DeliveryKind.PUBLISH);
    }

    /** The same delivery, of another kind. */
    public PlannedDelivery as(DeliveryKind other) {
        return new PlannedDelivery(channel, target, recipient, listId, status, note, other);
    }

    /** The same delivery, to one recipient. */
    public PlannedDelivery to(String oneRecipient) {
        return new PlannedDelivery(channel, target, oneRecipient, null, status, note, kind);
    }
}
