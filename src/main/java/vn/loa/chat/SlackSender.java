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
 * Slack incoming webhook: a Block Kit message (header, units, summary with the link, the image as accessory) with
 * a mrkdwn text fallback for notifications. Success is HTTP 200 with the body {@code ok} (any 200 for a Workflow
 * Builder webhook); Slack gives no message id.
 */
final class SlackSender implements ChatSender {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int CONTEXT_MAX = 2000;
    static final int ALT_TEXT_MAX = 2000;

    private final ChatHttp http;
    private final Clock clock;

    SlackSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "slack";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String url = ChatHttp.required(chat, chat.url(), "url");
        ChatHttp.Reply reply = http.postJson(chat, url, payload(message), Map.of());
        if (reply.status() == 200 && (reply.body().strip().equals("ok") || isWorkflow(url))) {
            return null;
        }
        if (reply.isSuccess()) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "HTTP " + reply.status()
                    + " without Slack's ok: " + ChatFailures.platformMessage(reply.body()));
        }
        throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
    }

    /** Workflow Builder webhooks ({@code /triggers/…}, {@code /workflows/…}) answer 200 with no {@code ok}. */
    static boolean isWorkflow(String url) {
        return url.contains("/triggers/") || url.contains("/workflows/");
    }

    static String payload(ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        String link = ChatText.slack(m.link());
        root.put("text", ChatText.slack(m.title()) + " – " + link);
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", m.title(HEADER_MAX)).put("emoji", true);
        if (!m.unitNames().isEmpty()) {
            blocks.addObject().put("type", "context").putArray("elements").addObject()
                    .put("type", "mrkdwn").put("text", ChatText.fit(m.units(), CONTEXT_MAX, ChatText::slack));
        }
        String more = "<" + link + "|" + ChatMessage.readMore() + ">";
        String text = m.hasSummary()
                ? ChatText.fit(m.summary(), SECTION_MAX - more.length() - 1, ChatText::slack) + "\n" + more
                : more;
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", text);
        if (m.hasImage()) {
            section.putObject("accessory").put("type", "image").put("image_url", m.image())
                    .put("alt_text", m.title(ALT_TEXT_MAX));
        }
        return Json.write(root);
    }
}
