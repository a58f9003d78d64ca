package vn.loa.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Retries;
import vn.loa.content.Channel;
import vn.loa.storage.ContentStore;
import vn.loa.storage.StoredContent;

/** Attempts one claimed delivery through its channel and records the outcome in the delivery log. */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Map<Channel, DeliveryChannel> channels;
    private final DeliveryLog log;
    private final ContentStore contents;
    private final Retries retries;
    private final Clock clock;

    public Dispatcher(Map<Channel, DeliveryChannel> channels, DeliveryLog log, ContentStore contents,
                      Retries retries, Clock clock) {
        this.channels = Map.copyOf(channels);
        this.log = log;
        this.contents = contents;
        this.retries = retries;
        this.clock = clock;
    }

    public void deliver(Delivery delivery) {
        Optional<StoredContent> content = contents.find(delivery.contentId());
        try {
            if (content.isEmpty()) {
                throw DeliveryException.permanent("content " + delivery.contentId() + " is not stored");
            }
            String remoteId = channels.get(delivery.channel()).send(delivery, content.get());
            log.markSent(delivery.id(), remoteId);
        } catch (DeliveryException e) {
            if (e.isSkipped()) {
                log.markSkipped(delivery.id(), e.getMessage());
                LOG.info("delivery {} skipped: {}", describe(delivery), e.getMessage());
                return;
            }
            failed(delivery, e.getMessage(), e.isPermanent(), e.retryAfter());
        } catch (RuntimeException e) {
            LOG.error("delivery {} failed unexpectedly", describe(delivery), e);
            failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), false, null);
        }
    }

    private void failed(Delivery delivery, String error, boolean permanent, Duration askedWait) {
        int attempt = delivery.attempts() + 1;
        boolean dead = !permanent && attempt >= retries.maxAttempts();
        Duration wait = askedWait != null ? askedWait : retries.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        var retryAt = permanent || dead ? null : clock.instant().plus(wait);
        log.markFailed(delivery.id(), error, retryAt, dead);
        LOG.warn("delivery {} {} (attempt {}): {}", describe(delivery),
                dead ? "is dead" : permanent ? "failed" : "failed, retry at " + retryAt, attempt, error);
    }

    private static String describe(Delivery d) {
        return "#" + d.id() + " " + d.channel().key() + " " + d.contentId() + " → " + d.target()
                + (d.recipient().isEmpty() ? "" : " (" + d.recipient() + ")");
    }
}
