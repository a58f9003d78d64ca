package vn.loa.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Smtp;
import vn.loa.delivery.DeliveryException;

/**
 * Sends each message through the SMTP relay of {@code smtp}: over a pool of reused connections, at most
 * {@code per_second} messages a second, DKIM-signed when {@code smtp.dkim} is set, with the caller's Message-ID
 * kept as is. A 5xx reply to the message fails it permanently and leaves the connection usable for the next one;
 * a 4xx reply, a timeout or a refused connection is temporary. A pooled connection found closed by the server is
 * replaced and the message sent once more, unless its content had already gone out.
 */
public final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Smtp smtp;
    private final String server;
    private final Session session;
    private final SendRate rate;
    private final DkimSigning dkim;
    private final TransportPool pool;

    public SmtpMailer(Smtp smtp) {
        this(smtp, SendRate.perSecond(smtp.perSecond()));
    }

    SmtpMailer(Smtp smtp, SendRate rate) {
        if (smtp.toOutbox()) {
            throw new IllegalArgumentException("smtp.host is empty: use the OutboxMailer");
        }
        this.smtp = smtp;
        this.server = smtp.host() + ":" + smtp.port();
        this.session = SmtpSettings.session(smtp);
        this.rate = rate;
        this.dkim = smtp.dkim().enabled() ? new DkimSigning(smtp.dkim()) : null;
        this.pool = new TransportPool(session, smtp.host(), smtp.port(),
                smtp.hasLogin() ? smtp.username() : null, smtp.hasLogin() ? smtp.password() : null,
                smtp.connections());
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(MimeMessage message, String name) throws DeliveryException {
        try {
            return sendNow(message, name);
        } catch (DeliveryException e) {
            DeliveryException safe = withoutPassword(e);
            LOG.debug("{} ({})", safe.getMessage(), safe.isPermanent() ? "permanent" : "temporary");
            throw safe;
        }
    }

    private String sendNow(MimeMessage message, String name) throws DeliveryException {
        Address[] recipients = recipients(message, name);
        String to = Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
        String id;
        OutgoingMessage outgoing;
        try {
            String unsafe = HeaderGuard.unsafeHeader(message);
            if (unsafe != null) {
                throw DeliveryException.permanent("message " + name + " to " + to + " not sent: header " + unsafe
                        + " contains a line break or control character");
            }
            id = messageId(message);
            outgoing = prepare(message, id);
        } catch (MessagingException | IOException e) {
            throw DeliveryException.permanent("cannot prepare message " + name + " to " + to + ": " + e.getMessage());
        }

        try {
            rate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary("interrupted before sending to " + to + " via " + server, e);
        }
        TransportPool.Connection connection;
        try {
            connection = pool.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary("interrupted before sending to " + to + " via " + server, e);
        } catch (IllegalStateException e) {
            throw DeliveryException.temporary(e.getMessage() + "; not sent to " + to, e);
        }
        try {
            deliver(connection, outgoing, recipients, to);
        } finally {
            pool.release(connection);
        }
        LOG.debug("sent {} ({}) to {} via {}", id, name, to, server);
        return id;
    }

    private void deliver(TransportPool.Connection connection, OutgoingMessage outgoing, Address[] recipients,
                         String to) throws DeliveryException {
        boolean reused = connection.isOpen();
        if (!reused) {
            open(connection, to);
        }
        try {
            connection.send(outgoing, recipients);
            return;
        } catch (MessagingException | IllegalStateException e) {
            boolean lost = SmtpFailure.connectionLost(e);
            if (!reused || !lost || outgoing.contentStarted()) {
                connection.keepIfAlive(lost);
                throw SmtpFailure.ofSend(e, server, to);
            }
            LOG.info("connection to {} was closed by the server; sending to {} on a new one", server, to);
        }
        connection.discard();
        open(connection, to);
        try {
            connection.send(outgoing, recipients);
        } catch (MessagingException | IllegalStateException e) {
            connection.keepIfAlive(SmtpFailure.connectionLost(e));
            throw SmtpFailure.ofSend(e, server, to);
        }
    }

    private void open(TransportPool.Connection connection, String to) throws DeliveryException {
        try {
            connection.open();
            LOG.debug("connected to {}", server);
        } catch (MessagingException e) {
            throw SmtpFailure.ofConnect(e, server, smtp.username(), to);
        }
    }

    /**
     * The message's Message-ID, saving the message first if it never was: writing an unsaved message saves it,
     * and saving replaces the Message-ID unless the message class keeps its own.
     */
    private static String messageId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        if (id == null || message.getHeader("MIME-Version") == null) {
            message.saveChanges();
            if (id == null) {
                id = message.getMessageID();
            } else {
                message.setHeader("Message-ID", id);
            }
        }
        return id;
    }

    /** The bytes to send, signed if configured, parsed into the message that goes on the wire. */
    private OutgoingMessage prepare(MimeMessage message, String id) throws MessagingException, IOException {
        OutgoingMessage outgoing = new OutgoingMessage(session, render(message), id);
        if (!id.equals(outgoing.getMessageID())) {
            // The message was not saved after all and writing it saved it with a new Message-ID: restore, redo.
            message.setHeader("Message-ID", id);
            outgoing = new OutgoingMessage(session, render(message), id);
        }
        return outgoing;
    }

    private byte[] render(MimeMessage message) throws MessagingException, IOException {
        if (dkim != null) {
            return dkim.sign(message);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    private static Address[] recipients(MimeMessage message, String name) throws DeliveryException {
        try {
            Address[] recipients = message.getAllRecipients();
            if (recipients == null || recipients.length == 0) {
                throw DeliveryException.permanent("message " + name + " has no recipient");
            }
            return recipients;
        } catch (MessagingException e) {
            throw DeliveryException.permanent("message " + name + " has a bad recipient: " + e.getMessage());
        }
    }

    /** The error without the password, should a server or library ever echo it. */
    private DeliveryException withoutPassword(DeliveryException e) {
        String password = smtp.password();
        if (password == null || password.isEmpty() || e.getMessage() == null || !e.getMessage().contains(password)) {
            return e;
        }
        String text = e.getMessage().replace(password, "***");
        return e.isPermanent() ? DeliveryException.permanent(text) : DeliveryException.temporary(text, null);
    }

    /** Closes every pooled connection (busy ones as soon as their message is sent). */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "SmtpMailer[" + server + "]";
    }
}
