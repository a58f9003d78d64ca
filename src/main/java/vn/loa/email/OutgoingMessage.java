package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The message as it goes on the wire: the prepared (and possibly signed) bytes written as they are, never parsed
 * or re-encoded, so every attempt sends the same bytes with the same Message-ID. Only the sender is set as a
 * header object, for the envelope (MAIL FROM). Notes when its content starts to go out after DATA was accepted,
 * so that a send is repeated only when the server cannot have received the message.
 */
final class OutgoingMessage extends MimeMessage {

    private final byte[] bytes;
    private volatile boolean contentStarted;

    OutgoingMessage(Session session, byte[] bytes, InternetAddress sender) throws MessagingException {
        super(session);
        this.bytes = bytes;
        if (sender != null) {
            setFrom(sender);
        }
    }

    @Override
    public void writeTo(OutputStream os) throws IOException {
        writeTo(os, null);
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
        contentStarted = true;
        os.write(bytes);
    }

    /** Whether the transport has begun writing the content, i.e. the server accepted DATA. */
    boolean contentStarted() {
        return contentStarted;
    }
}
