package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The message as it goes on the wire: parsed from the prepared (and possibly signed) bytes, its Message-ID kept
 * through any {@code saveChanges} (Angus saves again after converting parts to 8-bit, which would otherwise
 * replace the Message-ID), and noting when its content starts to go out after DATA was accepted, so that a send
 * is repeated only when the server cannot have received the message.
 */
final class OutgoingMessage extends MimeMessage {

    private final String messageId;
    private volatile boolean contentStarted;

    OutgoingMessage(Session session, byte[] bytes, String messageId) throws MessagingException {
        super(session, new ByteArrayInputStream(bytes));
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
        contentStarted = true;
        super.writeTo(os, ignoreList);
    }

    /** Whether the transport has begun writing the content, i.e. the server accepted DATA. */
    boolean contentStarted() {
        return contentStarted;
    }
}
