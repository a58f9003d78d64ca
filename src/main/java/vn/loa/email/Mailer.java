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
     * Sends {@code email} to its recipients and answers an id for the delivery log (the Message-ID, or the
     * outbox file). A 4xx reply, a timeout or a dropped connection is a temporary DeliveryException; a 5xx reply
     * for the recipient is a permanent one.
     *
     * @param name a file-name-safe hint for the outbox, e.g. {@code 42-tin-bnv-lanh-dao}
     */
    String send(RawEmail email, String name) throws DeliveryException;

    /** Sends a message built with Jakarta Mail: its bytes as {@link RawEmail#of} makes them. */
    default String send(MimeMessage message, String name) throws DeliveryException {
        return send(RawEmail.of(message, name), name);
    }

    @Override
    default void close() {
    }
}
