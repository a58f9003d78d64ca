package vn.loa.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Retries;
import vn.loa.content.Channel;
import vn.loa.storage.ContentStore;
import vn.loa.storage.StoredContent;

/**
 * Attempts one claimed delivery through its channel and records the outcome: {@code sent}; after a temporary
 * failure still {@code pending} with a later attempt (backoff with jitter, or the wait the remote side asked for),
 * {@code dead} once the attempts are used up; {@code failed} after a permanent one; {@code skipped} when there is
 * nothing left to send. A target that keeps failing is paused by its circuit breaker.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final Duration PAUSE = Duration.ofSeconds(30);

    private final DeliveryRoutes routes;
    private final DeliveryOutcomes log;
    private final ContentStore contents;
    private final Retries retries;
    private final Clock clock;
    private final TargetBreakers breakers;
    /**
     * The stored items being delivered, read once for the many deliveries of a fan-out instead of once each; an
     * item stored again is seen within a second.
     */
    private final Cache<String, Optional<StoredContent>> recent = Caffeine.newBuilder()
            .maximumSize(256).expireAfterWrite(Duration.ofSeconds(1)).build();

    /** With the channels that publish items, and no other kind of delivery. */
    public Dispatcher(Map<Channel, DeliveryChannel> channels, DeliveryOutcomes log, ContentStore contents,
                      Retries retries, Clock clock) {
        this(DeliveryRoutes.publishing(channels), log, contents, retries, clock);
    }

    public Dispatcher(DeliveryRoutes routes, DeliveryOutcomes log, ContentStore contents, Retries retries, Clock clock) {
        this.routes = routes;
        this.log = log;
        this.contents = contents;
        this.retries = retries;
        this.clock = clock;
        this.breakers = new TargetBreakers(clock, PAUSE);
    }

    public void deliver(Delivery delivery) {
        CircuitBreaker breaker = breakers.of(delivery);
        if (!breaker.tryAcquirePermission()) {
            log.markDeferred(delivery.id(), "paused: " + breaker.getName() + " failed " + TargetBreakers.FAILURES
                    + " times in a row; next try after " + breakers.openFor().toSeconds() + " s",
                    clock.instant().plus(breakers.openFor()), false);
            return;
        }
        long started = System.nanoTime();
        try {
            DeliveryChannel channel = routes.of(delivery.kind(), delivery.channel()).orElseThrow(() ->
                    DeliveryException.permanent("no " + delivery.channel().key() + " channel sends deliveries of kind "
                            + delivery.kind().key()));
            StoredContent content = null;
            Delivery attempted = delivery;
            if (delivery.kind().aboutStoredItem()) {
                content = current(delivery);
                attempted = carryingCurrentVersion(delivery, content);
            }
            Receipt receipt = channel.deliver(attempted, content);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            log.markDelivered(delivery.id(), receipt);
        } catch (DeliveryException e) {
            if (e.isWaiting()) {
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                log.markDeferred(delivery.id(), e.getMessage(), clock.instant().plus(e.retryAfter()), false);
                LOG.debug("delivery {} waits: {}", describe(delivery), e.getMessage());
                return;
            }
            if (e.isPermanent()) {
                // the target answered: it is up, only this delivery cannot go
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } else {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            }
            if (e.isSkipped()) {
                log.markSkipped(delivery.id(), e.getMessage());
                LOG.info("delivery {} skipped: {}", describe(delivery), e.getMessage());
                return;
            }
            failed(delivery, e.getMessage(), e.isPermanent(), e.retryAfter());
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            LOG.error("delivery {} failed unexpectedly", describe(delivery), e);
            failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), false, null);
        }
    }

    /**
     * The stored item of {@code delivery}: the copy read for its fan-out, unless that copy predates the correction or
     * withdrawal the delivery is about (it was read while the amendment was being stored): then it is read again.
     */
    private StoredContent current(Delivery delivery) throws DeliveryException {
        Optional<StoredContent> found = recent.get(delivery.contentId(), contents::find);
        if (found.isPresent() && !knows(found.get(), delivery)) {
            found = contents.find(delivery.contentId());
            recent.put(delivery.contentId(), found);
        }
        return found.orElseThrow(() -> DeliveryException.permanent("content " + delivery.contentId() + " is not stored"));
    }

    /** Whether {@code content} is at least as new as the amendment {@code delivery} is about. */
    private static boolean knows(StoredContent content, Delivery delivery) {
        return switch (delivery.kind()) {
            case WITHDRAWAL -> content.withdrawal() != null
                    && delivery.contentVersion().equals(content.withdrawal().version());
            case CORRECTION -> content.isWithdrawn() || delivery.contentVersion().equals(content.version());
            default -> true;
        };
    }

    /** Forgets what it read of an item, so that a correction or withdrawal just stored is seen at once. */
    public void forget(String contentId) {
        recent.invalidate(contentId);
    }

    /**
     * A message of an item (the item to a person or chat, or a correction notice) carries the item's current version,
     * whatever version it was recorded for: it moves to that version first. A correction notice that cannot move (the
     * same person already has the notice of a later correction) is superseded; the item itself is sent as it is.
     */
    private Delivery carryingCurrentVersion(Delivery delivery, StoredContent content) throws DeliveryException {
        boolean follows = delivery.kind() == DeliveryKind.CORRECTION
                || delivery.kind() == DeliveryKind.PUBLISH && delivery.channel() != Channel.FEED;
        if (!follows || !content.isPublished() || delivery.contentVersion().equals(content.version())) {
            return delivery;
        }
        if (log.carryVersion(delivery.id(), content.version())) {
            return delivery.ofVersion(content.version());
        }
        if (delivery.kind() == DeliveryKind.CORRECTION) {
            throw DeliveryException.skipped("superseded: the recipient gets the notice of a later correction");
        }
        return delivery;
    }

    private void failed(Delivery delivery, String error, boolean permanent, Duration askedWait) {
        int attempt = delivery.attempts() + 1;
        if (permanent || attempt >= retries.maxAttempts()) {
            log.markFailed(delivery.id(), error, !permanent);
            LOG.warn("delivery {} {} (attempt {}): {}", describe(delivery), permanent ? "failed" : "is dead", attempt, error);
            return;
        }
        Duration wait = askedWait != null ? askedWait : retries.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        var retryAt = clock.instant().plus(wait);
        log.markDeferred(delivery.id(), error, retryAt, true);
        LOG.warn("delivery {} failed for now (attempt {}), next try at {}: {}", describe(delivery), attempt, retryAt, error);
    }

    private static String describe(Delivery d) {
        return "#" + d.id() + " " + d.channel().key() + (d.kind() == DeliveryKind.PUBLISH ? "" : " " + d.kind().key())
                + " " + d.contentId() + " → " + d.target()
                + (d.recipient().isEmpty() ? "" : " (" + d.recipient() + ")");
    }
}
