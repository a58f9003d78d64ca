package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import vn.loa.config.Chat;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * Zalo Official Account API v3: a promotion message to one follower (the delivery's recipient) with the image as
 * banner, the title as header, the summary as text and a button that opens the article; the OA itself is the unit.
 * Zalo answers HTTP 200 even on failure: success is {@code error: 0}, and {@code data.message_id} is the remote id.
 * The chat's {@code url} replaces the API base {@value #API} (and the OAuth base, for token refreshes).
 */
final class ZaloSender implements ChatSender {

    static final String API = "https://openapi.zalo.me";
    static final String PATH = "/v3.0/oa/message/promotion";
    /** Third-party SDKs give 100 for the header; Zalo's own limit is not published where we could read it. */
    static final int HEADER_MAX = 100;
    /** Half the 2,000 characters of a consultation text: the promotion text limit is not published. */
    static final int TEXT_MAX = 1000;
    /** Zalo counts its API limit per minute. */
    static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(1);

    static final int RATE_LIMITED = -32;
    static final int NIGHT = -234;
    static final Set<Integer> TOKEN_REJECTED = Set.of(-216, -220);

    /** What Zalo's error codes mean (from its error-code table), for the delivery log. */
    static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(-32, "the OA reached its API calls per minute"),
            Map.entry(-201, "invalid parameter"),
            Map.entry(-204, "the OA was deleted"),
            Map.entry(-205, "the OA does not exist"),
            Map.entry(-209, "the app is not activated"),
            Map.entry(-210, "a parameter exceeds its limit"),
            Map.entry(-211, "out of quota"),
            Map.entry(-212, "the API is not registered for the app"),
            Map.entry(-213, "the user does not follow the OA"),
            Map.entry(-216, "the access token is invalid"),
            Map.entry(-218, "the recipient's quota of messages is used up"),
            Map.entry(-220, "the access token has expired or was removed"),
            Map.entry(-221, "the OA is not verified"),
            Map.entry(-223, "the OA has not authorised this API, or its quota is used up"),
            Map.entry(-224, "the OA's package does not allow this"),
            Map.entry(-227, "the user is banned or inactive for more than 45 days"),
            Map.entry(-230, "the user has not interacted with the OA in the past 7 days"),
            Map.entry(-232, "the user has not interacted, or the interaction expired"),
            Map.entry(-233, "the message type is invalid or not supported"),
            Map.entry(-234, "this message cannot be sent at night (22:00–06:00)"),
            Map.entry(-235, "the API does not support this OA type"),
            Map.entry(-240, "the v2 message API is shut down"),
            Map.entry(-244, "the user restricted this message type from the OA"),
            Map.entry(-248, "the message violates Zalo's standards"),
            Map.entry(-320, "the app is not linked to a Zalo Cloud Account"),
            Map.entry(-321, "the Zalo Cloud Account is out of money"));

    private final ChatHttp http;
    private final ZaloTokens tokens;
    private final Clock clock;

    ZaloSender(ChatHttp http, ZaloTokens tokens, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "zalo";
    }

    @Override
    public String send(Chat chat, Delivery delivery, ChatMessage message) throws DeliveryException {
        String follower = delivery.recipient();
        if (follower == null || follower.isBlank()) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "the delivery names no follower; Zalo sends to"
                    + " one follower at a time, from the chat's followers list");
        }
        String base = chat.url() == null || chat.url().isBlank() ? API : chat.url().strip().replaceAll("/+$", "");
        String body = payload(follower, message);
        try {
            String token = tokens.accessToken(chat);
            ChatHttp.Reply reply = http.postJson(chat, base + PATH, body, Map.of("access_token", token));
            if (tokenRejected(reply) && ZaloTokens.canRefresh(chat)) {
                token = tokens.replace(chat, token);
                reply = http.postJson(chat, base + PATH, body, Map.of("access_token", token));
            }
            return outcome(chat, reply);
        } catch (DeliveryException e) {
            throw Secrets.of(chat, tokens.known(chat)).scrub(e);
        }
    }

    private String outcome(Chat chat, ChatHttp.Reply reply) throws DeliveryException {
        if (!reply.isSuccess()) {
            throw ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
        }
        JsonNode body = reply.json();
        if (!body.path("error").canConvertToInt()) {
            throw DeliveryException.temporary(ChatHttp.prefix(chat) + "HTTP " + reply.status()
                    + " without Zalo's error field: " + ChatFailures.platformMessage(reply.body()), null);
        }
        int error = body.path("error").asInt();
        if (error == 0) {
            JsonNode id = body.path("data").path("message_id");
            return id.isMissingNode() || id.isNull() ? null : id.asText();
        }
        String reason = ChatHttp.prefix(chat) + "Zalo error " + error
                + (MEANINGS.containsKey(error) ? " (" + MEANINGS.get(error) + ")" : "")
                + ": " + ChatFailures.platformMessage(body.path("message").asText(""));
        if (error == RATE_LIMITED) {
            throw DeliveryException.retryAfter(reason + "; retry in " + ChatFailures.show(RATE_LIMIT_WAIT), RATE_LIMIT_WAIT);
        }
        if (error == NIGHT) {
            Duration wait = ZaloNightWindow.untilMorning(clock.instant());
            throw DeliveryException.retryAfter(reason + "; retry when the night window ends, in "
                    + ChatFailures.show(wait), wait);
        }
        if (TOKEN_REJECTED.contains(error)) {
            throw DeliveryException.permanent(reason + (ZaloTokens.canRefresh(chat)
                    ? "; rejected again right after a refresh: check that the OA still authorises the app"
                    : "; configure a new token, or refresh_token, app_id and secret_key so that Loa refreshes it"));
        }
        throw DeliveryException.permanent(reason);
    }

    private static boolean tokenRejected(ChatHttp.Reply reply) {
        JsonNode error = reply.json().path("error");
        return reply.isSuccess() && error.canConvertToInt() && TOKEN_REJECTED.contains(error.asInt());
    }

    static String payload(String follower, ChatMessage m) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putObject("recipient").put("user_id", follower);
        ObjectNode payload = root.putObject("message").putObject("attachment").put("type", "template")
                .putObject("payload").put("template_type", "promotion").put("language", "VI");
        ArrayNode elements = payload.putArray("elements");
        if (m.hasImage()) {
            elements.addObject().put("type", "banner").put("image_url", m.image());
        }
        elements.addObject().put("type", "header").put("content", m.title(HEADER_MAX));
        String text = m.hasSummary() ? m.summary(TEXT_MAX) : ChatText.cut(m.units(), TEXT_MAX);
        if (!text.isEmpty()) {
            elements.addObject().put("type", "text").put("align", "left").put("content", text);
        }
        payload.putArray("buttons").addObject().put("title", ChatMessage.readMore()).put("type", "oa.open.url")
                .putObject("payload").put("url", m.link());
        return Json.write(root);
    }
}
