package vn.loa.delivery;

import java.time.Instant;
import vn.loa.content.Channel;

/** One row of the delivery log (SPEC §8). {@code recipient} is empty for a whole feed or chat channel. */
public record Delivery(long id, String contentId, String contentVersion, Channel channel, String target,
                       String recipient, DeliveryStatus status, int attempts, String lastError,
                       Instant createdAt, Instant updatedAt, Instant sentAt, String remoteId) {
}
