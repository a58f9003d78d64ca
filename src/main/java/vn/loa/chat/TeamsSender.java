package vn.loa.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * Microsoft Teams through a Workflows ("When a Teams webhook request is received") URL: a {@code message} whose one
 * attachment is an Adaptive Card 1.4 (title, units, image, summary, an open-URL action). The retired Office 365
 * connector MessageCard is not sent. Success is a 2xx (202 or 200), which only means the flow accepted the request; the
 * remote id is the flow run id when the answer carries one.
 */
final class TeamsSender implements ChatSender {

    /** Keeps the card far below the 28 KB message limit. */
    static final int SUMMARY_MAX = 3000;
    static final int TITLE_MAX = 300;

    private final ChatHttp http;
    private final Clock clock;

    TeamsSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "teams";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        ChatHttp.Reply reply = http.postJson(chat, url, payload(message), Map.of());
        if (reply.isSuccess()) {
            return reply.header("x-ms-workflow-run-id").orElse(null);
        }
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
    }

    /**
     * Text goes verbatim: Adaptive Card TextBlocks render a Markdown subset and ignore HTML, and Teams clients
     * disagree on backslash escapes (AdaptiveCards #5590, #7474), so escaping would show stray backslashes.
     */
    static String payload(ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard")
                .put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", m.title(TITLE_MAX)).put("weight", "Bolder")
                .put("size", "Large").put("wrap", true).put("style", "heading");
        if (!m.unitNames().isEmpty()) {
            body.addObject().put("type", "TextBlock").put("text", m.units()).put("isSubtle", true)
                    .put("spacing", "None").put("wrap", true);
        }
        if (m.hasImage()) {
            body.addObject().put("type", "Image").put("url", m.image()).put("altText", m.title(TITLE_MAX));
        }
        if (m.hasSummary()) {
            body.addObject().put("type", "TextBlock").put("text", m.summary(SUMMARY_MAX)).put("wrap", true);
        }
        card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", ChatMessage.readMore())
                .put("url", m.link());
        card.putObject("msteams").put("width", "full");
        return Json.write(root);
    }
}
