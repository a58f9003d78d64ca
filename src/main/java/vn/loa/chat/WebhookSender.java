package vn.loa.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * A generic webhook: the article as JSON ({@code type: article.published}, {@code timestamp}, {@code data}), signed
 * per Standard Webhooks with the chat's {@code secret}. {@code webhook-id} is the delivery's id, the same on every
 * retry so the receiver can drop duplicates; {@code webhook-timestamp} is this attempt's time. Any 2xx is success,
 * and the webhook id is the remote id.
 */
final class WebhookSender implements ChatSender {

    static final String EVENT = "article.published";
    /** The events of a correction and a withdrawal, with the item's id and its new (or withdrawal's) version. */
    static final String CORRECTED = "article.corrected";
    static final String WITHDRAWN = "article.withdrawn";

    private final ChatHttp http;
    private final Clock clock;

    WebhookSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        WebhookSignature signature = new WebhookSignature(ChatHttp.required(chat, chat.secret(), "secret"));
        if (!signature.hasKey()) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "the secret decodes to an empty key");
        }
        String id = id(delivery);
        long timestamp = clock.instant().getEpochSecond();
        String body = payload(chat, message, event(delivery));
        ChatHttp.Reply reply = http.postJson(chat, url, body, Map.of(
                "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature.sign(id, timestamp, body)));
        if (reply.isSuccess()) {
            return id;
        }
        if (reply.status() == 410) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "HTTP 410: the receiver has removed this"
                    + " endpoint; stop sending to it or configure its new URL");
        }
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
    }

    /** The delivery's id: stable across retries, and without the '.' that separates the signed parts. */
    static String id(Delivery delivery) {
        return Long.toString(delivery.id());
    }

    static String event(Delivery delivery) {
        return switch (delivery.kind()) {
            case CORRECTION -> CORRECTED;
            case WITHDRAWAL -> WITHDRAWN;
            default -> EVENT;
        };
    }

    static String payload(Chat chat, ChatMessage m) {
        return payload(chat, m, EVENT);
    }

    static String payload(Chat chat, ChatMessage m, String event) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("type", event);
        root.put("timestamp", (m.published() == null ? Instant.EPOCH : m.published()).toString());
        ObjectNode data = root.putObject("data")
                .put("id", m.contentId())
                .put("version", m.version())
                .put("title", m.title())
                .put("summary", m.summary())
                .put("url", m.link());
        if (m.hasImage()) {
            data.put("image", m.image());
        } else {
            data.putNull("image");
        }
        ArrayNode units = data.putArray("units");
        for (int i = 0; i < m.unitIds().size(); i++) {
            units.addObject().put("id", m.unitIds().get(i)).put("name", m.unitNames().get(i));
        }
        if (m.author() != null) {
            data.put("author", m.author());
        }
        ArrayNode tags = data.putArray("tags");
        m.tags().forEach(tags::add);
        data.put("chat", chat.id());
        return Json.write(root);
    }
}
