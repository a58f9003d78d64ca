package vn.loa.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.loa.delivery.DeliveryException;

/**
 * A finished message: the bytes that go after DATA (or into the outbox), its envelope sender and recipients, and
 * its Message-ID. Mailers send these bytes as they are.
 */
public record RawEmail(byte[] bytes, InternetAddress sender, InternetAddress[] recipients, String messageId) {

    /** The recipients for logs and errors, comma-separated. */
    public String to() {
        return Arrays.stream(recipients).map(InternetAddress::getAddress).collect(Collectors.joining(", "));
    }

    /**
     * The bytes of a message built with Jakarta Mail, saved first if it never was (saving replaces the Message-ID
     * unless the message class keeps its own; a Message-ID set by hand is kept). A header with a line break or a
     * control character, or a message with no recipient, is a permanent failure: nothing is sent.
     */
    public static RawEmail of(MimeMessage message, String name) throws DeliveryException {
        InternetAddress[] recipients = recipients(message, name);
        String to = Arrays.stream(recipients).map(InternetAddress::getAddress).collect(Collectors.joining(", "));
        try {
            String unsafe = HeaderGuard.unsafeHeader(message);
            if (unsafe != null) {
                throw DeliveryException.permanent("message " + name + " to " + to + " not sent: header " + unsafe
                        + " contains a line break or control character");
            }
            String id = message.getMessageID();
            if (id == null || message.getHeader("MIME-Version") == null) {
                message.saveChanges();
                if (id == null) {
                    id = message.getMessageID();
                } else {
                    message.setHeader("Message-ID", id);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            message.writeTo(bytes);
            if (!id.equals(message.getMessageID())) {
                // it was not saved after all, and writing saved it with a new Message-ID: restore it, write again
                message.setHeader("Message-ID", id);
                bytes.reset();
                message.writeTo(bytes);
            }
            Address[] from = message.getFrom();
            InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
            return new RawEmail(bytes.toByteArray(), sender, recipients, id);
        } catch (MessagingException | IOException e) {
            throw DeliveryException.permanent("cannot prepare message " + name + " to " + to + ": " + e.getMessage());
        }
    }

    private static InternetAddress[] recipients(MimeMessage message, String name) throws DeliveryException {
        try {
            Address[] all = message.getAllRecipients();
            if (all == null || all.length == 0) {
                throw DeliveryException.permanent("message " + name + " has no recipient");
            }
            InternetAddress[] out = new InternetAddress[all.length];
            for (int i = 0; i < all.length; i++) {
                if (!(all[i] instanceof InternetAddress a)) {
                    throw DeliveryException.permanent("message " + name + " has a recipient that is not an email address: " + all[i]);
                }
                out[i] = a;
            }
            return out;
        } catch (MessagingException e) {
            throw DeliveryException.permanent("message " + name + " has a bad recipient: " + e.getMessage());
        }
    }
}
