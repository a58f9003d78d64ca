package vn.loa.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.content.Channel;
import vn.loa.storage.Timestamps;

/**
 * One row of the delivery log (SPEC §8), with its {@link DeliveryKind} and {@code receipt}: what a sent delivery left on
 * the platform (JSON, see {@link Receipt}), or null. {@code recipient} is empty for a whole feed or chat channel.
 */
public record Delivery(long id, String contentId, String contentVersion, Channel channel, String target,
                       String recipient, DeliveryStatus status, int attempts, String lastError,
                       Instant createdAt, Instant updatedAt, Instant sentAt, String remoteId, DeliveryKind kind,
                       String receipt) {

    /** The names of {@link #columns()}, in order: SPEC §8's, then {@code kind}. */
    public static final List<String> COLUMNS = List.of("id", "content_id", "content_version", "channel", "target",
            "recipient", "status", "attempts", "last_error", "created_at", "updated_at", "sent_at", "remote_id", "kind");

    /** A delivery without a receipt. */
    public Delivery(long id, String contentId, String contentVersion, Channel channel, String target, String recipient,
                    DeliveryStatus status, int attempts, String lastError, Instant createdAt, Instant updatedAt,
                    Instant sentAt, String remoteId, DeliveryKind kind) {
        this(id, contentId, contentVersion, channel, target, recipient, status, attempts, lastError, createdAt,
                updatedAt, sentAt, remoteId, kind, null);
    }

    /** A delivery of the item itself ({@link DeliveryKind#PUBLISH}). */
    public Delivery(long id, String contentId, String contentVersion, Channel channel, String target, String recipient,
                    DeliveryStatus status, int attempts, String lastError, Instant createdAt, Instant updatedAt,
                    Instant sentAt, String remoteId) {
        this(id, contentId, contentVersion, channel, target, recipient, status, attempts, lastError, createdAt,
                updatedAt, sentAt, remoteId, DeliveryKind.PUBLISH);
    }

    /** The same delivery, of another version of its item. */
    public Delivery ofVersion(String version) {
        return new Delivery(id, contentId, version, channel, target, recipient, status, attempts, lastError, createdAt,
                updatedAt, sentAt, remoteId, kind, receipt);
    }

    /** What the receipt says was done ({@code "action"}: edit, delete, reply, post, email, event, outbox), or null. */
    public String action() {
        return Receipt.action(receipt);
    }

    /** The row with the column names of SPEC §8, every key present (null where empty), for JSON. */
    public Map<String, Object> columns() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("content_id", contentId);
        m.put("content_version", contentVersion);
        m.put("channel", channel.key());
        m.put("target", target);
        m.put("recipient", recipient);
        m.put("status", status.key());
        m.put("attempts", attempts);
        m.put("last_error", lastError);
        m.put("created_at", Timestamps.format(createdAt));
        m.put("updated_at", Timestamps.format(updatedAt));
        m.put("sent_at", Timestamps.format(sentAt));
        m.put("remote_id", remoteId);
        m.put("kind", kind.key());
        return m;
    }
}
