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
 * Telegram Bot API: {@code sendPhoto} with an HTML caption when the article has an image, else {@code sendMessage}
 * with a large link preview. Success is {@code ok: true} with a {@code message_id}, which is the remote id.
 * The chat's {@code url} replaces the API base {@value #API}; the path is {@code /bot<token>/<method>}.
 */
final class TelegramSender implements ChatSender {

    static final String API = "https://api.telegram.org";
    static final int TEXT_MAX = 4096;
    static final int CAPTION_MAX = 1024;
    static final int TITLE_MAX = 256;
    /** A bot may delete a message of a group or channel for 48 hours after sending it (Bot API, deleteMessage). */
    static final Duration DELETE_WITHIN = Duration.ofHours(48);

    private final ChatHttp http;
    private final Clock clock;

    TelegramSender(ChatHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "telegram";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String token = ChatHttp.required(chat, chat.token(), "token");
        String chatId = ChatHttp.required(chat, chat.chatId(), "chat_id");
        String base = chat.url() == null || chat.url().isBlank() ? API : chat.url().strip().replaceAll("/+$", "");
        String method = message.hasImage() ? "sendPhoto" : "sendMessage";
        ChatHttp.Reply reply = http.postJson(chat, base + "/bot" + token + "/" + method, payload(chatId, message), Map.of());
        JsonNode body = reply.json();
        if (reply.isSuccess() && body.path("ok").asBoolean(false) && body.path("result").path("message_id").canConvertToLong()) {
            return body.path("result").path("message_id").asText();
        }
        String description = body.path("description").asText("");
        if (reply.isSuccess()) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "Telegram did not confirm the message"
                    + (description.isEmpty() ? "" : ": " + description));
        }
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        Duration wait = retryAfter.isNumber() ? ChatFailures.seconds(retryAfter.asDouble()) : null;
        String platformMessage = description.isEmpty() ? ChatFailures.platformMessage(reply.body()) : description;
        throw ChatFailures.of(chat, reply, platformMessage, wait, clock);
    }

    /**
     * {@code editMessageText}, or {@code editMessageCaption} for a photo message (the receipt says which). False when
     * Telegram says the message cannot be edited or is gone.
     */
    @Override
    public boolean edit(Chat chat, Delivery original, ChatMessage corrected) throws DeliveryException {
        if (original.remoteId() == null) {
            return false;
        }
        boolean photo = vn.loa.delivery.Receipt.read(original.receipt()).path("photo").asBoolean(false);
        ObjectNode root = Json.MAPPER.createObjectNode().put("chat_id", ChatHttp.required(chat, chat.chatId(), "chat_id"))
                .put("message_id", Long.parseLong(original.remoteId())).put("parse_mode", "HTML");
        if (photo) {
            root.put("caption", html(corrected, CAPTION_MAX));
        } else {
            root.put("text", html(corrected, TEXT_MAX));
            root.putObject("link_preview_options").put("url", corrected.link()).put("prefer_large_media", true);
        }
        return amend(chat, photo ? "editMessageCaption" : "editMessageText", root, "message is not modified");
    }

    /** {@code deleteMessage}, within the 48 hours Telegram allows; false past them or when Telegram refuses. */
    @Override
    public boolean delete(Chat chat, Delivery original) throws DeliveryException {
        if (original.remoteId() == null || original.sentAt() == null
                || original.sentAt().plus(DELETE_WITHIN).isBefore(clock.instant())) {
            return false;
        }
        ObjectNode root = Json.MAPPER.createObjectNode().put("chat_id", ChatHttp.required(chat, chat.chatId(), "chat_id"))
                .put("message_id", Long.parseLong(original.remoteId()));
        return amend(chat, "deleteMessage", root, "message to delete not found");
    }

    /** A reply to the original ({@code reply_parameters}), sent even if the original is gone. */
    @Override
    public String notice(Chat chat, Delivery delivery, Delivery original, ChatMessage notice) throws DeliveryException {
        String chatId = ChatHttp.required(chat, chat.chatId(), "chat_id");
        ObjectNode root = (ObjectNode) vn.loa.delivery.Receipt.read(payload(chatId, notice));
        if (original.remoteId() != null) {
            root.putObject("reply_parameters").put("message_id", Long.parseLong(original.remoteId()))
                    .put("allow_sending_without_reply", true);
        }
        ChatHttp.Reply reply = http.postJson(chat, base(chat) + "/bot" + ChatHttp.required(chat, chat.token(), "token")
                + "/sendMessage", Json.write(root), Map.of());
        JsonNode body = reply.json();
        if (reply.isSuccess() && body.path("ok").asBoolean(false)) {
            return body.path("result").path("message_id").asText(null);
        }
        throw failure(chat, reply, body);
    }

    /**
     * An edit or delete: true when Telegram did it (or {@code alreadyDone} says it was so already), false when it
     * answered 400 (the message cannot be edited or deleted, or is not found): the caller posts a notice.
     */
    private boolean amend(Chat chat, String method, ObjectNode payload, String alreadyDone) throws DeliveryException {
        ChatHttp.Reply reply = http.postJson(chat, base(chat) + "/bot" + ChatHttp.required(chat, chat.token(), "token")
                + "/" + method, Json.write(payload), Map.of());
        JsonNode body = reply.json();
        if (reply.isSuccess() && body.path("ok").asBoolean(false)) {
            return true;
        }
        String description = body.path("description").asText("");
        if (description.contains(alreadyDone)) {
            return true;
        }
        if (reply.status() == 400) {
            return false;
        }
        throw failure(chat, reply, body);
    }

    private DeliveryException failure(Chat chat, ChatHttp.Reply reply, JsonNode body) {
        String description = body.path("description").asText("");
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        Duration wait = retryAfter.isNumber() ? ChatFailures.seconds(retryAfter.asDouble()) : null;
        return ChatFailures.of(chat, reply, description.isEmpty() ? ChatFailures.platformMessage(reply.body())
                : description, wait, clock);
    }

    private static String base(Chat chat) {
        return chat.url() == null || chat.url().isBlank() ? API : chat.url().strip().replaceAll("/+$", "");
    }

    static String payload(String chatId, ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("chat_id", chatId);
        if (m.hasImage()) {
            root.put("photo", m.image()).put("caption", html(m, CAPTION_MAX)).put("parse_mode", "HTML");
        } else {
            root.put("text", html(m, TEXT_MAX)).put("parse_mode", "HTML");
            root.putObject("link_preview_options").put("url", m.link()).put("prefer_large_media", true);
        }
        return Json.write(root);
    }

    /**
     * Title in bold, units in italics, the summary, a link: Telegram counts {@code max} after entity parsing, so
     * the visible text (tags not counted, an escaped character counted once) is what is cut to fit.
     */
    static String html(ChatMessage m, int max) {
        String title = m.title(TITLE_MAX);
        String units = m.units();
        String link = ChatMessage.readMore();
        int fixed = title.length() + (units.isEmpty() ? 0 : 1 + units.length()) + 2 + link.length();
        String summary = m.hasSummary() && max - fixed - 2 > 1 ? ChatText.cut(m.summary(), max - fixed - 2) : "";
        StringBuilder out = new StringBuilder("<b>").append(ChatText.html(title)).append("</b>");
        if (!units.isEmpty()) {
            out.append('\n').append("<i>").append(ChatText.html(units)).append("</i>");
        }
        if (!summary.isEmpty()) {
            out.append("\n\n").append(ChatText.html(summary));
        }
        out.append("\n\n").append("<a href=\"").append(ChatText.html(m.link())).append("\">").append(link).append("</a>");
        return out.toString();
    }
}
