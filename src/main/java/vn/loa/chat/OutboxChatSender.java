package vn.loa.chat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.feed.Links;
import vn.loa.storage.Json;
import vn.loa.storage.StoredContent;
import vn.loa.storage.AtomicFiles;

/** The chat channel while no platform sender is wired: each message is written to {@code content/outbox/} as JSON. */
public final class OutboxChatSender implements DeliveryChannel {

    private final LoaConfig config;
    private final Links links;

    public OutboxChatSender(LoaConfig config, Links links) {
        this.config = config;
        this.links = links;
    }

    @Override
    public String send(Delivery delivery, StoredContent content) throws DeliveryException {
        Chat chat = config.chat(delivery.target())
                .orElseThrow(() -> DeliveryException.permanent("chat " + delivery.target() + " is not configured"));
        Article a = content.article();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("delivery_id", delivery.id());
        message.put("chat", chat.id());
        message.put("type", chat.type());
        if (!delivery.recipient().isEmpty()) {
            message.put("recipient", delivery.recipient());
        }
        if (delivery.kind() != vn.loa.delivery.DeliveryKind.PUBLISH) {
            message.put("kind", delivery.kind().key());
        }
        message.put("content_id", a.id());
        message.put("content_version", a.version());
        message.put("units", a.units().stream().map(id -> config.unit(id).map(u -> u.name()).orElse(id)).toList());
        message.put("title", a.title());
        message.put("summary", a.summary());
        message.put("url", links.of(a));
        if (a.image() != null) {
            message.put("image", a.image());
        }
        String name = delivery.id() + "-" + a.id() + "-" + chat.id() + ".json";
        Path file = config.paths().outbox().resolve(name);
        try {
            AtomicFiles.write(file, Json.write(message));
        } catch (UncheckedIOException e) {
            throw DeliveryException.temporary("cannot write " + file + ": " + e.getCause().getMessage(), e);
        }
        return "outbox/" + name;
    }
}
