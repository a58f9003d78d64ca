package vn.loa.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.feed.FeedPublisher;

/**
 * The feed deliveries of a hand-off of several items ({@code contentId@version}, one per line), done together: each
 * unit's feeds are rewritten once for all its items, then all their deliveries are recorded sent in one transaction,
 * only after the files are durably in place. A unit whose feeds cannot be written keeps its deliveries pending,
 * unclaimed, for the dispatcher, which records the failure and retries as for any delivery.
 */
public final class FeedBatchDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(FeedBatchDelivery.class);

    private final DeliveryLog log;
    private final FeedPublisher feeds;

    public FeedBatchDelivery(DeliveryLog log, FeedPublisher feeds) {
        this.log = log;
        this.feeds = feeds;
    }

    /** Delivers the feed deliveries of the handed-off items; returns those of the items that still have others pending. */
    public String deliver(String handoff) {
        List<Handoff> items = Handoff.lines(handoff);
        if (items.isEmpty()) {
            return "";
        }
        List<Delivery> claimed = log.leases().claimPendingFeeds(items);
        if (!claimed.isEmpty()) {
            Map<String, List<Delivery>> byUnit = claimed.stream()
                    .collect(Collectors.groupingBy(Delivery::target, LinkedHashMap::new, Collectors.toList()));
            Map<String, RuntimeException> failed = feeds.writeAll(byUnit.keySet());
            Map<Long, String> sent = new LinkedHashMap<>();
            byUnit.forEach((unit, deliveries) -> {
                if (!failed.containsKey(unit)) {
                    deliveries.forEach(d -> sent.put(d.id(), "feeds/" + unit + "/"));
                }
            });
            log.outcomes().markAllSent(sent);
            if (!failed.isEmpty()) {
                failed.forEach((unit, e) -> LOG.warn("feeds of {} not written, left to the dispatcher: {}", unit, e.getMessage()));
                log.leases().release(claimed.stream().filter(d -> failed.containsKey(d.target())).toList());
            }
        }
        return Handoff.body(log.queries().withPending(items));
    }
}
