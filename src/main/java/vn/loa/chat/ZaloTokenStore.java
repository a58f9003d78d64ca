package vn.loa.chat;

import java.time.Instant;
import java.util.Optional;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * The owner of the {@code chat_tokens} table ({@code chat-tokens.sql}): the latest Zalo tokens of each chat, committed
 * durably before use. Not final: tests observe it.
 */
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
    private final Queries sql;

    /** {@code db} null: a store that is never used (chats without Zalo refresh, in tests). */
    ZaloTokenStore(Database db) {
        this.db = db;
        this.sql = db == null ? null : db.queries(ZaloTokenStore.class, "chat-tokens");
    }

    Optional<Tokens> find(String chatId) {
        return db.query(c -> Jdbc.one(c, sql.sql("find"), r -> new Tokens(r.getString(1), r.getString(2), r.getString(3),
                Timestamps.parse(r.getString(4))), chatId));
    }

    /** Inserts or replaces the chat's tokens in one committed transaction. */
    void save(String chatId, Tokens tokens, Instant now) {
        db.inTransaction(c -> Jdbc.update(c, sql.sql("save"), chatId, tokens.seed(), tokens.accessToken(),
                tokens.refreshToken(), Timestamps.format(tokens.expiresAt()), Timestamps.format(now)));
    }
}
