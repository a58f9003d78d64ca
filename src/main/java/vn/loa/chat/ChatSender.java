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

    /**
     * Replaces the sent message {@code original} with {@code corrected}, where the platform lets Loa edit it; false
     * when it does not (an incoming webhook, a message past the platform's limit, one already gone): a notice is
     * posted instead.
     */
    default boolean edit(Chat chat, Delivery original, ChatMessage corrected) throws DeliveryException {
        return false;
    }

    /** Deletes the sent message {@code original} where the platform lets Loa; false when a notice must say it. */
    default boolean delete(Chat chat, Delivery original) throws DeliveryException {
        return false;
    }

    /**
     * Posts {@code notice} (a correction or withdrawal) about {@code original}: as a reply to it where the platform
     * threads, else as a new message. Answers the notice's remote id.
     */
    default String notice(Chat chat, Delivery delivery, Delivery original, ChatMessage notice) throws DeliveryException {
        return send(chat, delivery, notice);
    }
}
