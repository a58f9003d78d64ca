package vn.loa.delivery;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.loa.content.Channel;

/** Which {@link DeliveryChannel} attempts a delivery of each kind on each channel. */
public final class DeliveryRoutes {

    private final Map<DeliveryKind, Map<Channel, DeliveryChannel>> routes = new EnumMap<>(DeliveryKind.class);

    /** The channels that send items ({@link DeliveryKind#PUBLISH}). */
    public static DeliveryRoutes publishing(Map<Channel, DeliveryChannel> channels) {
        DeliveryRoutes routes = new DeliveryRoutes();
        channels.forEach((channel, sender) -> routes.add(DeliveryKind.PUBLISH, channel, sender));
        return routes;
    }

    public DeliveryRoutes add(DeliveryKind kind, Channel channel, DeliveryChannel sender) {
        routes.computeIfAbsent(kind, k -> new EnumMap<>(Channel.class)).put(channel, sender);
        return this;
    }

    public Optional<DeliveryChannel> of(DeliveryKind kind, Channel channel) {
        return Optional.ofNullable(routes.getOrDefault(kind, Map.of()).get(channel));
    }
}
