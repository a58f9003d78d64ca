package vn.loa.config;

import java.util.Set;

/**
 * A chat target. Secrets ({@code url}, {@code token}, {@code secret}, …) come from the environment and are never printed.
 * {@code correctionNotices} ({@code correction_notices}, default true): whether a correction or withdrawal that cannot
 * edit or delete the message sent posts a notice instead; false saves a Zalo OA's quota (every message costs).
 */
public record Chat(String id, String type, String url, String token, String chatId, String refreshToken,
                   String appId, String secretKey, String followers, String secret, Boolean correctionNotices) {

    public Chat {
        correctionNotices = correctionNotices == null || correctionNotices;
    }

    /** A chat that posts correction notices. */
    public Chat(String id, String type, String url, String token, String chatId, String refreshToken, String appId,
                String secretKey, String followers, String secret) {
        this(id, type, url, token, chatId, refreshToken, appId, secretKey, followers, secret, null);
    }

    public static final Set<String> TYPES =
            Set.of("slack", "teams", "discord", "google-chat", "mattermost", "telegram", "zalo", "webhook");

    /** Neither a URL nor a token: payloads go to the outbox. */
    public boolean toOutbox() {
        return isBlank(url) && isBlank(token);
    }

    public boolean isZalo() {
        return "zalo".equals(type);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "Chat[" + id + ", " + type + "]";
    }
}
