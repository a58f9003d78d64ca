package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * What an unsuccessful HTTP answer means for the delivery: 429 waits what the platform asks (or backs off),
 * 5xx and other server trouble are retried, 3xx and other 4xx fail with the platform's own message.
 */
final class ChatFailures {

    /** The platform's message is kept to this many characters. */
    static final int MAX_MESSAGE = 300;
    /** A longer wait asked for is taken for a mistake: a day is the most a platform makes us wait. */
    static final Duration MAX_WAIT = Duration.ofDays(1);

    private ChatFailures() {
    }

    /**
     * The failure for {@code reply}. {@code bodyWait} is the wait the platform named in its body (Telegram's
     * {@code parameters.retry_after}, Discord's {@code retry_after}), or null to read the Retry-After header.
     */
    static DeliveryException of(Chat chat, ChatHttp.Reply reply, String platformMessage, Duration bodyWait, Clock clock) {
        int status = reply.status();
        String message = ChatHttp.prefix(chat) + "HTTP " + status + describe(platformMessage);
        Duration wait = bodyWait != null ? bodyWait : retryAfter(reply, clock).orElse(null);
        if (status == 429) {
            return wait != null
                    ? DeliveryException.retryAfter(message + "; retry in " + show(wait), wait)
                    : DeliveryException.temporary(message, null);
        }
        if (status >= 500 || status == 408) {
            return wait != null
                    ? DeliveryException.retryAfter(message + "; retry in " + show(wait), wait)
                    : DeliveryException.temporary(message, null);
        }
        if (status >= 300 && status < 400) {
            return DeliveryException.permanent(message + "; redirects are not followed, configure the final URL");
        }
        return DeliveryException.permanent(message);
    }

    /** Retry-After as seconds (possibly fractional) or an HTTP date. */
    static Optional<Duration> retryAfter(ChatHttp.Reply reply, Clock clock) {
        return reply.header("Retry-After").flatMap(value -> parseWait(value.strip(), clock));
    }

    static Optional<Duration> parseWait(String value, Clock clock) {
        try {
            return Optional.of(seconds(Double.parseDouble(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(seconds(Duration.between(clock.instant(), at).toMillis() / 1000.0));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /** A wait in (fractional) seconds, rounded up to the millisecond, at most {@link #MAX_WAIT}. */
    static Duration seconds(double seconds) {
        double bounded = Double.isNaN(seconds) ? 0 : Math.min(Math.max(0, seconds), MAX_WAIT.toSeconds());
        return Duration.ofMillis((long) Math.ceil(bounded * 1000));
    }

    /**
     * The message in an error body: JSON {@code description}, {@code message}, {@code error.message},
     * {@code error_description} or a string {@code error}, else the body text itself; shortened.
     */
    static String platformMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode json = Json.MAPPER.readTree(text);
                for (JsonNode candidate : new JsonNode[] {json.path("description"), json.path("message"),
                        json.path("error").path("message"), json.path("error_description"), json.path("error")}) {
                    if (candidate.isTextual() && !candidate.asText().isBlank()) {
                        String code = json.path("code").isNumber() ? " (code " + json.path("code").asText() + ")" : "";
                        return shorten(candidate.asText() + code);
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // not JSON after all: the text is the message
            }
        }
        return shorten(text.replaceAll("\\s+", " "));
    }

    private static String describe(String platformMessage) {
        return platformMessage == null || platformMessage.isBlank() ? "" : ": " + platformMessage;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : ChatText.cut(text, MAX_MESSAGE);
    }

    static String show(Duration wait) {
        long millis = wait.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0);
    }
}
