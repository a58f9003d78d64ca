package vn.loa.delivery;

import vn.loa.storage.StoredContent;

/**
 * One way out (feed, email, chat) for one {@link DeliveryKind}: attempts one delivery and answers the remote id, or
 * throws. {@code content} is the stored item for kinds {@link DeliveryKind#aboutStoredItem() about one}, else null.
 */
public interface DeliveryChannel {

    String send(Delivery delivery, StoredContent content) throws DeliveryException;
}
