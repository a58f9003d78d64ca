package vn.loa.delivery;

import vn.loa.storage.StoredContent;

/**
 * One way out (feed, email, chat) for one {@link DeliveryKind}: attempts one delivery and answers the remote id, or
 * throws. {@code content} is the stored item for kinds {@link DeliveryKind#aboutStoredItem() about one}, else null.
 * A channel that keeps more than the remote id (what a correction needs later) answers a {@link Receipt} from
 * {@link #deliver}.
 */
public interface DeliveryChannel {

    String send(Delivery delivery, StoredContent content) throws DeliveryException;

    /** What the dispatcher calls: the remote id and what else the delivery left on the platform. */
    default Receipt deliver(Delivery delivery, StoredContent content) throws DeliveryException {
        return Receipt.of(send(delivery, content));
    }
}
