package vn.loa.delivery;

import vn.loa.storage.StoredContent;

/** One way out (feed, email, chat): attempts one delivery and answers the remote id, or throws. */
public interface DeliveryChannel {

    String send(Delivery delivery, StoredContent content) throws DeliveryException;
}
