package vn.loa.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import vn.loa.delivery.DeliveryException;

/**
 * What a failed SMTP exchange means for one message. Angus reports the server's reply as the return code of an
 * {@link SMTPAddressFailedException} (RCPT), {@link SMTPSenderFailedException} (MAIL) or
 * {@link SMTPSendFailedException} (MAIL, DATA, the final "."), somewhere in the chain of next exceptions.
 * A 5xx reply to the message's own transaction is permanent; a 4xx reply, a dropped connection, a timeout or
 * a refused login is temporary.
 */
final class SmtpFailure {

    /** Replies about the relay's login rather than this message: retried once the credentials are fixed. */
    private static final Set<Integer> LOGIN_REPLIES = Set.of(530, 534, 535, 538);

    private static final int MAX_CHAIN = 16;

    /** A server reply: its code ({@code -1} at end of stream) and its text on one line. */
    record Reply(int code, String text) {
    }

    private SmtpFailure() {
    }

    /** The failure of a send on an open connection. */
    static DeliveryException ofSend(Exception e, String server, String recipient) {
        Reply reply = reply(e);
        if (reply != null && reply.code() >= 500 && reply.code() <= 599 && !LOGIN_REPLIES.contains(reply.code())) {
            return DeliveryException.permanent(server + " rejected the message to " + recipient + ": " + reply.text());
        }
        if (reply != null && reply.code() >= 400) {
            return DeliveryException.temporary(server + " deferred the message to " + recipient + ": "
                    + reply.text(), e);
        }
        return DeliveryException.temporary("connection to " + server + " failed while sending to " + recipient
                + ": " + describe(e), e);
    }

    /** The failure to open (connect, TLS, login) a connection. */
    static DeliveryException ofConnect(MessagingException e, String server, String username, String recipient) {
        if (e instanceof AuthenticationFailedException) {
            return DeliveryException.temporary("login to " + server + " as " + username + " was refused ("
                    + oneLine(e.getMessage()) + ") while sending to " + recipient
                    + "; check smtp.username and smtp.password", e);
        }
        return DeliveryException.temporary("cannot connect to " + server + " to send to " + recipient + ": "
                + describe(e), e);
    }

    /**
     * Whether the connection itself is gone: an I/O error, end of stream, a 421 (the server closes the channel)
     * or a transport that is no longer connected.
     */
    static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException || t instanceof IllegalStateException) {
                return true;
            }
        }
        Reply reply = reply(e);
        return reply != null && (reply.code() <= 0 || reply.code() == 421);
    }

    /** The first server reply in the exception chain, or null if the server gave none. */
    static Reply reply(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < MAX_CHAIN; t = next(t)) {
            if (t instanceof SMTPAddressFailedException a) {
                return new Reply(a.getReturnCode(), oneLine(a.getMessage()));
            }
            if (t instanceof SMTPSenderFailedException s) {
                return new Reply(s.getReturnCode(), oneLine(s.getMessage()));
            }
            if (t instanceof SMTPSendFailedException s) {
                return new Reply(s.getReturnCode(), oneLine(s.getMessage()));
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The exception and its causes on one line, e.g. "Could not connect to SMTP host: h, port: 25: Connection refused". */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < MAX_CHAIN; t = next(t)) {
            String text = t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage());
            if (out.indexOf(text) < 0) {
                out.append(out.isEmpty() ? "" : ": ").append(text);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
