package vn.loa.delivery;

import java.io.UncheckedIOException;
import vn.loa.feed.FeedPublisher;
import vn.loa.storage.StoredContent;

/** The feed channel: a delivery to a unit rewrites that unit's feed files. */
public final class FeedDelivery implements DeliveryChannel {

    private final FeedPublisher feeds;

    public FeedDelivery(FeedPublisher feeds) {
        this.feeds = feeds;
    }

    @Override
    public String send(Delivery delivery, StoredContent content) throws DeliveryException {
        try {
            feeds.write(delivery.target());
            return "feeds/" + delivery.target() + "/";
        } catch (UncheckedIOException e) {
            throw DeliveryException.temporary("cannot write the feeds of " + delivery.target() + ": "
                    + e.getCause().getMessage(), e);
        }
    }
}
