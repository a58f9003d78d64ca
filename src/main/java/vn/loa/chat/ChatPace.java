package vn.loa.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The pace at which Loa posts to one chat target: every limit must allow a message (a token bucket per limit,
 * refilled greedily). The defaults are the platforms' published limits, from the chat-platforms reference.
 */
public record ChatPace(List<Limit> limits) {

    /** At most {@code messages} per {@code period}, with bursts up to {@code messages}. */
    public record Limit(int messages, Duration period) {
    }

    public ChatPace {
        limits = List.copyOf(limits);
    }

    public static ChatPace of(int messages, Duration period) {
        return new ChatPace(List.of(new Limit(messages, period)));
    }

    /** No limit at all. */
    public static final ChatPace UNLIMITED = new ChatPace(List.of());

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Per chat type. */
    public static final Map<String, ChatPace> DEFAULTS = Map.of(
            // "Posting messages: 1 per second. Short bursts >1 allowed" (api.slack.com/docs/rate-limits)
            "slack", of(1, SECOND),
            // more than 4 requests per second gets the client throttled
            "teams", of(4, SECOND),
            // Discord publishes no fixed webhook limit (read from headers); 5 per 2 s is its usual webhook bucket
            "discord", of(5, Duration.ofSeconds(2)),
            // 60 writes per minute per space, shared with every app in the space
            "google-chat", of(1, SECOND),
            // Mattermost's server-side default when rate limiting is on: 10 per second
            "mattermost", of(10, SECOND),
            // about 1 message per second in one chat, and at most 20 per minute in a group
            "telegram", new ChatPace(List.of(new Limit(1, SECOND), new Limit(20, MINUTE))),
            // 4,000 OA API requests per minute
            "zalo", of(4000, MINUTE),
            // receiver-defined; a polite default
            "webhook", of(10, SECOND));

    public static ChatPace forType(String type) {
        return DEFAULTS.getOrDefault(type, UNLIMITED);
    }
}
