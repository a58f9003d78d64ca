package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.chat.ZaloTokenStore.Tokens;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.StorageException;

/**
 * The access token of a Zalo OA chat, refreshed through Zalo's OAuth v4 refresh flow when {@code refresh_token},
 * {@code app_id} and {@code secret_key} are configured. Zalo's refresh token is single-use: every refresh answers a
 * new one and invalidates the old, so the new pair is committed to the database before the new access token is
 * used; if that write fails the pair is kept in memory and written before any further use.
 */
final class ZaloTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloTokens.class);

    static final String OAUTH = "https://oauth.zaloapp.com";
    static final String REFRESH_PATH = "/v4/oa/access_token";
    /** A stored access token this close to its expiry is refreshed before use. */
    static final Duration EARLY = Duration.ofMinutes(5);

    private final ZaloTokenStore store;
    private final ChatHttp http;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Tokens> unsaved = new ConcurrentHashMap<>();
    private final Map<String, Tokens> latest = new ConcurrentHashMap<>();

    ZaloTokens(ZaloTokenStore store, ChatHttp http, Clock clock) {
        this.store = store;
        this.http = http;
        this.clock = clock;
    }

    static boolean canRefresh(Chat chat) {
        return present(chat.refreshToken()) && present(chat.appId()) && present(chat.secretKey());
    }

    /** The token to send with: the latest stored one (or the configured one), refreshed first when it has expired. */
    String accessToken(Chat chat) throws DeliveryException {
        synchronized (lock(chat)) {
            Tokens current = current(chat);
            boolean expired = current.expiresAt() != null && !clock.instant().isBefore(current.expiresAt().minus(EARLY));
            if (canRefresh(chat) && (current.accessToken() == null || expired)) {
                return refresh(chat, current).accessToken();
            }
            return ChatHttp.required(chat, current.accessToken(), "token");
        }
    }

    /** A new token after Zalo rejected {@code rejected}; another sender may have refreshed meanwhile. */
    String replace(Chat chat, String rejected) throws DeliveryException {
        synchronized (lock(chat)) {
            Tokens current = current(chat);
            if (current.accessToken() != null && !current.accessToken().equals(rejected)) {
                return current.accessToken();
            }
            return refresh(chat, current).accessToken();
        }
    }

    /** The token values known for {@code chat}, to keep them out of messages. */
    String[] known(Chat chat) {
        Tokens t = latest.get(chat.id());
        return t == null ? new String[0] : new String[] {t.accessToken(), t.refreshToken()};
    }

    private Tokens current(Chat chat) throws DeliveryException {
        if (!canRefresh(chat)) {
            return new Tokens("", blankToNull(chat.token()), null, null);
        }
        String seed = seed(chat.refreshToken().strip());
        Tokens pending = unsaved.get(chat.id());
        if (pending != null && pending.seed().equals(seed)) {
            save(chat, pending);
            unsaved.remove(chat.id());
            return pending;
        }
        Optional<Tokens> stored;
        try {
            stored = store.find(chat.id()).filter(t -> t.seed().equals(seed));
        } catch (StorageException e) {
            throw DeliveryException.temporary(ChatHttp.prefix(chat) + "cannot read the stored Zalo tokens: " + e.getMessage(), null);
        }
        stored.ifPresent(t -> latest.put(chat.id(), t));
        return stored.orElse(new Tokens(seed, blankToNull(chat.token()), chat.refreshToken().strip(), null));
    }

    private Tokens refresh(Chat chat, Tokens current) throws DeliveryException {
        String base = present(chat.url()) ? chat.url().strip().replaceAll("/+$", "") : OAUTH;
        String form = "app_id=" + encode(chat.appId().strip()) + "&grant_type=refresh_token&refresh_token="
                + encode(current.refreshToken());
        ChatHttp.Reply reply = http.post(chat, base + REFRESH_PATH, "application/x-www-form-urlencoded", form,
                Map.of("secret_key", chat.secretKey().strip()));
        if (!reply.isSuccess()) {
            DeliveryException e = ChatFailures.of(chat, reply, ChatFailures.platformMessage(reply.body()), null, clock);
            throw e.isPermanent() ? DeliveryException.permanent(e.getMessage() + refusal()) : e;
        }
        JsonNode body = reply.json();
        String access = body.path("access_token").asText("");
        String refresh = body.path("refresh_token").asText("");
        if (access.isEmpty() || refresh.isEmpty()) {
            String error = body.path("error").asText("");
            String description = body.path("error_description").asText(body.path("message").asText(""));
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "Zalo refused to refresh the access token"
                    + (error.isEmpty() ? "" : " (error " + error + ")") + (description.isEmpty() ? "" : ": " + description)
                    + refusal());
        }
        Tokens fresh = new Tokens(current.seed(), access, refresh, expiresAt(body.path("expires_in")));
        latest.put(chat.id(), fresh);
        try {
            save(chat, fresh);
        } catch (DeliveryException e) {
            unsaved.put(chat.id(), fresh);
            throw e;
        }
        LOG.info("chat {}: Zalo access token refreshed; the new tokens are stored", chat.id());
        return fresh;
    }

    private void save(Chat chat, Tokens tokens) throws DeliveryException {
        try {
            store.save(chat.id(), tokens, clock.instant());
            latest.put(chat.id(), tokens);
        } catch (StorageException e) {
            LOG.error("chat {}: the refreshed Zalo tokens could not be stored; they are kept in memory until they are: {}",
                    chat.id(), e.getMessage());
            throw DeliveryException.temporary(ChatHttp.prefix(chat) + "the refreshed Zalo tokens could not be stored ("
                    + e.getMessage() + "); sending waits until they are", null);
        }
    }

    private Instant expiresAt(JsonNode expiresIn) {
        // Zalo sends expires_in as a string of seconds ("90000")
        try {
            long seconds = expiresIn.isNumber() ? expiresIn.asLong() : Long.parseLong(expiresIn.asText("").strip());
            return clock.instant().plusSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String refusal() {
        return "; if the refresh token is no longer valid, an OA admin must grant the app access again and the new"
                + " refresh_token be configured";
    }

    private Object lock(Chat chat) {
        return locks.computeIfAbsent(chat.id(), id -> new Object());
    }

    static String seed(String refreshToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return present(s) ? s.strip() : null;
    }
}
