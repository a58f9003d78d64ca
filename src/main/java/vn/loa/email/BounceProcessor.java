package vn.loa.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryLog;
import vn.loa.subscriber.SubscriberStatus;
import vn.loa.subscriber.Subscribers;

/**
 * Handles one message from the bounce mailbox (the {@code bounces} route). A hard bounce (5.x.x) of one of Loa's
 * emails marks its delivery failed, never retried, and counts against the recipient, who is marked
 * {@code bounced} at {@code bounces.hard_limit}. A soft bounce (4.x.x, delayed) is only logged; anything that is
 * not a bounce is ignored. The same bounce read twice counts once.
 */
public final class BounceProcessor {

    /** What became of a message. */
    public enum Outcome {
        /** Not a bounce: an ordinary message, an auto-reply, a success notification, or unreadable. */
        IGNORED,
        /** A bounce that names no email delivery of Loa. */
        UNMATCHED,
        /** A temporary failure: logged, the delivery left as it is. */
        SOFT,
        /** A permanent failure: recorded on the delivery and the subscriber. */
        HARD,
        /** A hard bounce already recorded for that delivery. */
        ALREADY_RECORDED
    }

    private static final Logger LOG = LoggerFactory.getLogger(BounceProcessor.class);

    private final LoaConfig config;
    private final DeliveryLog deliveries;
    private final Subscribers subscribers;
    private final BounceParser parser = new BounceParser();

    public BounceProcessor(LoaConfig config, DeliveryLog deliveries, Subscribers subscribers) {
        this.config = config;
        this.deliveries = deliveries;
        this.subscribers = subscribers;
    }

    public Outcome process(Message message) {
        Optional<Bounce> parsed;
        try {
            parsed = parser.parse(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warn("bounce mailbox: cannot read message {} ({}); ignored", describe(message), e.toString());
            return Outcome.IGNORED;
        }
        if (parsed.isEmpty()) {
            LOG.debug("bounce mailbox: message {} is not a bounce", describe(message));
            return Outcome.IGNORED;
        }
        Bounce bounce = parsed.get();
        Optional<Delivery> delivery = bounce.deliveryId() == null ? Optional.empty() : deliveries.queries().get(bounce.deliveryId())
                .filter(d -> d.channel() == Channel.EMAIL)
                .filter(d -> bounce.contentId() == null || bounce.contentId().equals(d.contentId()));
        if (delivery.isEmpty()) {
            LOG.info("bounce mailbox: a bounce ({}) names no email delivery of Loa (message {}, delivery {})",
                    bounce.reason(), describe(message), bounce.deliveryId());
            return Outcome.UNMATCHED;
        }
        Delivery d = delivery.get();
        if (!bounce.hard()) {
            LOG.info("bounce mailbox: {} bounce for delivery {} to {}: {}", bounce.soft() ? "soft" : "unclassified",
                    d.id(), d.recipient(), bounce.reason());
            return Outcome.SOFT;
        }
        if (!deliveries.outcomes().markBounced(d.id(), bounce.reason())) {
            LOG.debug("bounce mailbox: the bounce of delivery {} was already recorded", d.id());
            return Outcome.ALREADY_RECORDED;
        }
        Optional<MailList> list = config.list(d.target());
        Optional<SubscriberStatus> status = list.flatMap(l ->
                subscribers.recordHardBounce(l, d.recipient(), bounce.reason(), config.bounces().hardLimit()));
        LOG.info("bounce mailbox: delivery {} to {} bounced ({}); subscriber now {}", d.id(), d.recipient(),
                bounce.reason(), status.map(SubscriberStatus::key).orElse("not on list " + d.target()));
        return Outcome.HARD;
    }

    private static String describe(Message message) {
        try {
            String[] id = message.getHeader("Message-ID");
            return (id == null || id.length == 0 ? "without Message-ID" : id[0]) + " \"" + message.getSubject() + "\"";
        } catch (MessagingException e) {
            return "#" + message.getMessageNumber();
        }
    }
}
