package vn.loa.email;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import vn.loa.delivery.DeliveryException;

/**
 * Hands one finished message to its way out: an SMTP relay, or the outbox folder when none is configured.
 * Implementations are thread-safe.
 */
public interface Mailer extends AutoCloseable {

    /** The session messages are built in. */
    Session session();

    /**
     * Sends {@code message} to its recipients and answers an id for the delivery log (the Message-ID, or the
     * outbox file). A 4xx reply, a timeout or a dropped connection is a temporary DeliveryException; a 5xx reply
     * for the recipient is a permanent one.
     *
     * @param name a file-name-safe hint for the outbox, e.g. {@code 42-tin-bnv-lanh-dao}
     */
    String send(MimeMessage message, String name) throws DeliveryException;

    @Override
    default void close() {
    }
}
