package vn.loa.email;

import jakarta.mail.MessagingException;
import java.io.IOException;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.StoredContent;
import vn.loa.subscriber.Subscribers;

/**
 * The email channel: one message per list member, sent by the configured {@link Mailer}. The member's status is
 * read again right before sending, so an address that unsubscribed during a send gets nothing more.
 */
public final class EmailChannel implements DeliveryChannel {

    private final LoaConfig config;
    private final ArticleEmail emails;
    private final Mailer mailer;
    private final Subscribers subscribers;

    public EmailChannel(LoaConfig config, ArticleEmail emails, Mailer mailer, Subscribers subscribers) {
        this.config = config;
        this.emails = emails;
        this.mailer = mailer;
        this.subscribers = subscribers;
    }

    @Override
    public String send(Delivery delivery, StoredContent content) throws DeliveryException {
        MailList list = config.list(delivery.target())
                .orElseThrow(() -> DeliveryException.permanent("list " + delivery.target() + " is not configured"));
        if (!content.isPublished()) {
            throw DeliveryException.skipped(content.isWithdrawn() ? "the item was withdrawn" : "the item is not published");
        }
        if (!subscribers.isConfirmed(list, delivery.recipient())) {
            throw DeliveryException.skipped("the address is no longer a confirmed member of " + delivery.target());
        }
        try {
            return mailer.send(emails.render(delivery, content),
                    delivery.id() + "-" + delivery.contentId() + "-" + delivery.target());
        } catch (MessagingException | IOException e) {
            throw DeliveryException.permanent("cannot build the email for " + delivery.recipient() + ": " + e.getMessage());
        }
    }
}
