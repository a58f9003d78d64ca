package vn.loa.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
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
    public String send(RawEmail email, String name) throws DeliveryException {
        try {
            return sendNow(email, name);
        } catch (DeliveryException e) {
            DeliveryException safe = withoutPassword(e);
            LOG.debug("{} ({})", safe.getMessage(), safe.isPermanent() ? "permanent" : "temporary");
            throw safe;
        }
    }

    private String sendNow(RawEmail email, String name) throws DeliveryException {
        String to = email.to();
        OutgoingMessage outgoing;
        try {
            outgoing = new OutgoingMessage(session, dkim == null ? email.bytes() : dkim.sign(session, email.bytes()),
                    email.sender());
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
            deliver(connection, outgoing, email.recipients(), to);
        } finally {
            pool.release(connection);
        }
        LOG.debug("sent {} ({}) to {} via {}", email.messageId(), name, to, server);
        return email.messageId();
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
