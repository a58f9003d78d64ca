package vn.loa.email;

import jakarta.mail.Session;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.AtomicFiles;

/** The mailer with no SMTP host: each message is written to {@code content/outbox/NAME.eml}. */
public final class OutboxMailer implements Mailer {

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    public OutboxMailer(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(RawEmail email, String name) throws DeliveryException {
        Path file = outbox.resolve(name + ".eml");
        try {
            AtomicFiles.write(file, email.bytes());
            return email.messageId();
        } catch (UncheckedIOException e) {
            throw DeliveryException.temporary("cannot write " + file + ": " + e.getCause().getMessage(), e);
        }
    }
}
