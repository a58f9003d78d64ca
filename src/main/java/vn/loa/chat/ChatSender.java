package vn.loa.chat;

import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;

/** Posts one article to one chat target of one platform, and answers the platform's message id (or null if it has none). */
interface ChatSender {

    /** The chat {@code type} this sender serves. */
    String type();

    /**
     * Sends {@code message} to {@code chat}; success only on the platform's own success signal. Throws a temporary
     * failure for server trouble, a timed retry when the platform asks to wait, a permanent one otherwise.
     */
    String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException;
}
