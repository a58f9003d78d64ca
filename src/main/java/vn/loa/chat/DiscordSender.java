package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * Discord webhook, executed with {@code ?wait=true} so Discord confirms the message and answers its id: one rich
 * embed (title linking to the article, summary, image, units in the footer, publication time), no mentions.
 */
final class DiscordSender implements ChatSender {

    static final int TITLE_MAX = 256;
    static final int DESCRIPTION_MAX = 4096;
    static final int FOOTER_MAX = 2048;

    private final ChatHttp http;
    private final Clock clock;
    /** Discord asks for "DiscordBot ($url, $version)"; requests without it may be blocked by Cloudflare. */
    private final String userAgent;

    DiscordSender(ChatHttp http, Clock clock, String siteUrl) {
        this.http = http;
        this.clock = clock;
        this.userAgent = "DiscordBot (" + siteUrl + ", 0.1)";
    }

    @Override
    public String type() {
        return "discord";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        ChatHttp.Reply reply = http.postJson(chat, withWait(url), payload(message), Map.of("User-Agent", userAgent));
        JsonNode body = reply.json();
        if (reply.isSuccess()) {
            // 200 with the saved message; a bare 2xx is still a post, and retrying it would post it twice
            return body.path("id").isTextual() ? body.path("id").asText() : null;
        }
        Duration wait = body.path("retry_after").isNumber()
                ? ChatFailures.seconds(body.path("retry_after").asDouble()) : null;
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), wait, clock);
    }

    /** {@code PATCH /webhooks/{id}/{token}/messages/{message.id}}; false when Discord no longer has the message. */
    @Override
    public boolean edit(Chat chat, Delivery original, ChatMessage corrected) throws DeliveryException {
        if (original.remoteId() == null) {
            return false;
        }
        ChatHttp.Reply reply = http.request(chat, "PATCH", messageUrl(ChatHttp.required(chat, chat.url(), "url"),
                original.remoteId()), payload(corrected), Map.of("User-Agent", userAgent));
        return amended(chat, reply, false);
    }

    /** {@code DELETE} of the same path; a message Discord no longer has is gone already. */
    @Override
    public boolean delete(Chat chat, Delivery original) throws DeliveryException {
        if (original.remoteId() == null) {
            return false;
        }
        ChatHttp.Reply reply = http.request(chat, "DELETE", messageUrl(ChatHttp.required(chat, chat.url(), "url"),
                original.remoteId()), null, Map.of("User-Agent", userAgent));
        return amended(chat, reply, true);
    }

    private boolean amended(Chat chat, ChatHttp.Reply reply, boolean goneIsDone) throws DeliveryException {
        if (reply.isSuccess()) {
            return true;
        }
        if (reply.status() == 404) {
            return goneIsDone;
        }
        JsonNode body = reply.json();
        Duration wait = body.path("retry_after").isNumber()
                ? ChatFailures.seconds(body.path("retry_after").asDouble()) : null;
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), wait, clock);
    }

    /** The webhook URL with {@code /messages/ID} before its query (a {@code thread_id} stays). */
    static String messageUrl(String url, String messageId) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.replaceAll("/+$", "") + "/messages/" + messageId + (query < 0 ? "" : url.substring(query));
    }

    static String withWait(String url) {
        return url + (url.contains("?") ? "&" : "?") + "wait=true";
    }

    /** The summary is escaped as Markdown; title and footer are plain text in an embed. */
    static String payload(ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode embed = root.putArray("embeds").addObject()
                .put("title", m.title(TITLE_MAX))
                .put("url", m.link());
        if (m.hasSummary()) {
            embed.put("description", ChatText.fit(m.summary(), DESCRIPTION_MAX, ChatText::markdown));
        }
        if (m.hasImage()) {
            embed.putObject("image").put("url", m.image());
        }
        if (m.published() != null) {
            embed.put("timestamp", m.published().toString());
        }
        if (!m.unitNames().isEmpty()) {
            embed.putObject("footer").put("text", ChatText.cut(m.units(), FOOTER_MAX));
        }
        root.putObject("allowed_mentions").putArray("parse");
        return Json.write(root);
    }
}
