package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.AtomicFiles;
import vn.loa.storage.StoredContent;

/** The email channel with no SMTP host: each message is written to {@code content/outbox/} as an {@code .eml} file. */
public final class OutboxEmailSender implements DeliveryChannel {

    private final LoaConfig config;
    private final ArticleEmail emails;
    private final Session session = Session.getInstance(new Properties());

    public OutboxEmailSender(LoaConfig config, ArticleEmail emails) {
        this.config = config;
        this.emails = emails;
    }

    @Override
    public String send(Delivery delivery, StoredContent content) throws DeliveryException {
        String name = delivery.id() + "-" + delivery.contentId() + "-" + delivery.target() + ".eml";
        Path file = config.paths().outbox().resolve(name);
        try {
            MimeMessage message = emails.render(session, delivery, content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            AtomicFiles.write(file, bytes.toByteArray());
            return message.getMessageID();
        } catch (MessagingException | IOException e) {
            throw DeliveryException.permanent("cannot build the email for " + delivery.recipient() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw DeliveryException.temporary("cannot write " + file + ": " + e.getCause().getMessage(), e);
        }
    }
}
