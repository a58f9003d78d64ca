package vn.loa.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.loa.storage.Json;

/**
 * What a delivery left where it went: {@code remoteId} (the log's {@code remote_id}: the platform's message id, the
 * Message-ID, the outbox file) and {@code details}, JSON kept in the log's {@code receipt} column to correct or
 * withdraw the message later (Telegram's {@code chat_id}, {@code message_id} and {@code photo}, Discord's
 * {@code message_id}, Google Chat's {@code name}, {@code thread} and {@code thread_key}, Slack's {@code channel} and
 * {@code ts}, Mattermost's {@code post_id}) or, for a correction or withdrawal, what was done ({@code action}).
 */
public record Receipt(String remoteId, String details) {

    /** Only a remote id (or none): nothing more to keep. */
    public static Receipt of(String remoteId) {
        return new Receipt(remoteId, null);
    }

    /** A remote id and the fields of {@code details}. */
    public static Receipt of(String remoteId, ObjectNode details) {
        return new Receipt(remoteId, details == null ? null : Json.write(details));
    }

    /** An empty JSON object, for {@link #of(String, ObjectNode)}. */
    public static ObjectNode fields() {
        return Json.MAPPER.createObjectNode();
    }

    /** The receipt as JSON; an empty object for none or one that is not JSON. */
    public static JsonNode read(String details) {
        if (details == null || details.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    /** The {@code action} of a receipt, or null. */
    public static String action(String details) {
        JsonNode action = read(details).path("action");
        return action.isTextual() ? action.asText() : null;
    }
}
