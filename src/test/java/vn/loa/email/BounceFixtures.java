package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The bounce messages of {@code src/test/resources/bounces/}, with the delivery and content they name filled in. */
final class BounceFixtures {

    private BounceFixtures() {
    }

    static String text(String name, long delivery, String content) {
        try (InputStream in = BounceFixtures.class.getResourceAsStream("/bounces/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture bounces/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${delivery}", Long.toString(delivery)).replace("${content}", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture parsed from its bytes, as a message read from a mailbox is. */
    static MimeMessage message(String name, long delivery, String content) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(text(name, delivery, content).getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot parse bounces/" + name, e);
        }
    }
}
