package vn.loa.delivery;

import java.time.Instant;
import vn.loa.content.Channel;

/** What {@code log} and {@code GET /api/deliveries} ask for; null fields do not filter. */
public record DeliveryFilter(String contentId, Channel channel, DeliveryStatus status, Instant since, Integer limit) {

    public static DeliveryFilter all() {
        return new DeliveryFilter(null, null, null, null, null);
    }
}
