package vn.loa.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Up to {@code size} SMTP connections, each used by one sender at a time and kept open across messages. The most
 * recently used connection is handed out first, so a slow trickle of messages keeps one connection warm instead
 * of waking them all. Connections open lazily and are replaced when dropped.
 */
final class TransportPool implements AutoCloseable {

    private final Session session;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private boolean closed;

    TransportPool(Session session, String host, int port, String username, String password, int size) {
        this.session = session;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        for (int i = 0; i < Math.max(1, size); i++) {
            idle.add(new Connection());
        }
    }

    /** Waits for a free connection (open or not yet opened). */
    Connection borrow() throws InterruptedException {
        Connection connection = idle.takeFirst();
        synchronized (this) {
            if (closed) {
                idle.offerFirst(connection);
                throw new IllegalStateException("the mailer for " + host + ":" + port + " is closed");
            }
        }
        return connection;
    }

    void release(Connection connection) {
        synchronized (this) {
            if (closed) {
                connection.discard();
            }
            idle.offerFirst(connection);
        }
    }

    /** Closes the idle connections now and the busy ones when their senders give them back. */
    @Override
    public synchronized void close() {
        closed = true;
        idle.forEach(Connection::discard);
    }

    /** One pooled SMTP connection; used by one thread at a time. */
    final class Connection {

        private Transport transport;

        boolean isOpen() {
            return transport != null;
        }

        /** Connects, upgrades to TLS and logs in as configured. */
        void open() throws MessagingException {
            Transport fresh = session.getTransport("smtp");
            fresh.connect(host, port, username, password);
            transport = fresh;
        }

        void reopen() throws MessagingException {
            discard();
            open();
        }

        void send(MimeMessage message, Address[] recipients) throws MessagingException {
            transport.sendMessage(message, recipients);
        }

        /**
         * After a failed send: keep the connection only when it is not known to be lost and still answers NOOP
         * (Angus sends RSET after a rejected command, so the next message starts a clean transaction).
         */
        void keepIfAlive(boolean lost) {
            if (transport != null && (lost || !transport.isConnected())) {
                discard();
            }
        }

        void discard() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    // already gone; the socket is closed either way
                }
                transport = null;
            }
        }
    }
}
