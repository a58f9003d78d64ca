package vn.loa.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * Mattermost incoming webhook: one message attachment (title linking to the article, Markdown summary, image,
 * units in the footer) with a plain-text fallback. Success is HTTP 200 with the body {@code ok}; there is no id.
 */
final class MattermostSender implements ChatSender {

    /** Far below the 16,383 characters of a post; a longer text would be split into several posts. */
    static final int TEXT_MAX = 4000;
    static final int FOOTER_MAX = 300;
    static final int TITLE_MAX = 300;

    private final ChatHttp http;
    private final Clock clock;

    MattermostSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "mattermost";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        ChatHttp.Reply reply = http.postJson(chat, url, payload(message), Map.of());
        if (reply.status() == 200 && reply.body().strip().equals("ok")) {
            return null;
        }
        if (reply.isSuccess()) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "HTTP " + reply.status()
                    + " without Mattermost's ok: " + ChatFailures.platformMessage(reply.body()));
        }
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
    }

    static String payload(ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode attachment = root.putArray("attachments").addObject()
                .put("fallback", m.title(TITLE_MAX) + " – " + m.link())
                .put("title", m.title(TITLE_MAX))
                .put("title_link", m.link());
        if (m.hasSummary()) {
            attachment.put("text", ChatText.fit(m.summary(), TEXT_MAX, ChatText::markdown));
        }
        if (m.hasImage()) {
            attachment.put("image_url", m.image());
        }
        if (!m.unitNames().isEmpty()) {
            attachment.put("footer", ChatText.cut(m.units(), FOOTER_MAX));
        }
        return Json.write(root);
    }
}
