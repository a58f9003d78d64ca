package vn.loa.report;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryStatus;

/** What one unit published and delivered in a period; a parent's figures include its descendants'. */
public final class UnitFigures {

    private final String unitId;
    private final String name;
    private int items;
    private int bulletinIssues;
    private final Map<Channel, Map<DeliveryStatus, Integer>> deliveries = new EnumMap<>(Channel.class);
    private final Set<String> recipients = new HashSet<>();

    UnitFigures(String unitId, String name) {
        this.unitId = unitId;
        this.name = name;
    }

    void addItem(boolean bulletinIssue) {
        if (bulletinIssue) {
            bulletinIssues++;
        } else {
            items++;
        }
    }

    void addDelivery(Channel channel, DeliveryStatus status, String recipient) {
        deliveries.computeIfAbsent(channel, c -> new EnumMap<>(DeliveryStatus.class)).merge(status, 1, Integer::sum);
        if (status == DeliveryStatus.SENT && channel != Channel.FEED && recipient != null && !recipient.isEmpty()) {
            recipients.add(channel.key() + ":" + recipient);
        }
    }

    void addAll(UnitFigures child) {
        items += child.items;
        bulletinIssues += child.bulletinIssues;
        child.deliveries.forEach((channel, counts) -> counts.forEach((status, n) ->
                deliveries.computeIfAbsent(channel, c -> new EnumMap<>(DeliveryStatus.class)).merge(status, n, Integer::sum)));
        recipients.addAll(child.recipients);
    }

    public String unitId() {
        return unitId;
    }

    public String name() {
        return name;
    }

    public int items() {
        return items;
    }

    public int bulletinIssues() {
        return bulletinIssues;
    }

    public int count(Channel channel, DeliveryStatus status) {
        return deliveries.getOrDefault(channel, Map.of()).getOrDefault(status, 0);
    }

    /** Distinct email addresses and chat recipients that received at least one message. */
    public int recipients() {
        return recipients.size();
    }
}
