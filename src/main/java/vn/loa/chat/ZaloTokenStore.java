package vn.loa.chat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import vn.loa.storage.Database;
import vn.loa.storage.Timestamps;

/** The {@code chat_tokens} table: the latest Zalo tokens of each chat, committed durably before use. Not final: tests observe it. */
class ZaloTokenStore {

    /**
     * One chat's tokens.
     *
     * @param seed      SHA-256 (hex) of the configured refresh token they descend from: when the operator configures
     *                  a new one (after granting access again), stored tokens of an older seed are ignored
     * @param expiresAt when the access token expires, or null when unknown (a configured token)
     */
    record Tokens(String seed, String accessToken, String refreshToken, Instant expiresAt) {

        @Override
        public String toString() {
            return "Tokens[seed " + seed + ", expires " + expiresAt + "]";
        }
    }

    private final Database db;

    ZaloTokenStore(Database db) {
        this.db = db;
    }

    Optional<Tokens> find(String chatId) {
        return db.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select seed, access_token, refresh_token, expires_at from chat_tokens where chat_id = ?")) {
                s.setString(1, chatId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next()
                            ? Optional.of(new Tokens(r.getString(1), r.getString(2), r.getString(3), Timestamps.parse(r.getString(4))))
                            : Optional.empty();
                }
            }
        });
    }

    /** Inserts or replaces the chat's tokens in one committed transaction. */
    void save(String chatId, Tokens tokens, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into chat_tokens (chat_id, seed, access_token, refresh_token, expires_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?) on conflict (chat_id) do update set seed = excluded.seed,"
                            + " access_token = excluded.access_token, refresh_token = excluded.refresh_token,"
                            + " expires_at = excluded.expires_at, updated_at = excluded.updated_at")) {
                s.setString(1, chatId);
                s.setString(2, tokens.seed());
                s.setString(3, tokens.accessToken());
                s.setString(4, tokens.refreshToken());
                s.setString(5, Timestamps.format(tokens.expiresAt()));
                s.setString(6, Timestamps.format(now));
                return s.executeUpdate();
            }
        });
    }
}
