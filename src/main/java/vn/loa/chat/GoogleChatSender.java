package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * Google Chat incoming webhook: a {@code cardsV2} card (title and units in the header, image, summary, a button to
 * the article) with a plain {@code fallbackText} for notifications. Success is HTTP 200 with the created message;
 * its {@code name} ({@code spaces/…/messages/…}) is the remote id.
 */
final class GoogleChatSender implements ChatSender {

    /** Keeps the message far below the 32,000-byte limit, even in 4-byte characters. */
    static final int SUMMARY_MAX = 4000;
    static final int TITLE_MAX = 300;

    private final ChatHttp http;
    private final Clock clock;

    GoogleChatSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "google-chat";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        ChatHttp.Reply reply = http.postJson(chat, url, payload(message), Map.of());
        if (reply.isSuccess()) {
            JsonNode name = reply.json().path("name");
            return name.isTextual() ? name.asText() : null;
        }
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
    }

    /** Card text paragraphs take a small HTML subset, so the summary is HTML-escaped; header fields are plain. */
    static String payload(ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("fallbackText", m.title(TITLE_MAX));
        ObjectNode entry = root.putArray("cardsV2").addObject().put("cardId", "article-" + m.contentId());
        ObjectNode card = entry.putObject("card");
        ObjectNode header = card.putObject("header").put("title", m.title(TITLE_MAX));
        if (!m.unitNames().isEmpty()) {
            header.put("subtitle", m.units());
        }
        ArrayNode widgets = card.putArray("sections").addObject().putArray("widgets");
        if (m.hasImage()) {
            widgets.addObject().putObject("image").put("imageUrl", m.image()).put("altText", m.title(TITLE_MAX));
        }
        if (m.hasSummary()) {
            widgets.addObject().putObject("textParagraph").put("text", ChatText.fit(m.summary(), SUMMARY_MAX, ChatText::html));
        }
        widgets.addObject().putObject("buttonList").putArray("buttons").addObject()
                .put("text", ChatMessage.readMore())
                .putObject("onClick").putObject("openLink").put("url", m.link());
        return Json.write(root);
    }
}
