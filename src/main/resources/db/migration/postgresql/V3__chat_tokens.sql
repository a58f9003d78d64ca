-- PostgreSQL form of ../sqlite/V3__chat_tokens.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- Zalo OA tokens obtained by an OAuth refresh. Zalo's refresh token is single-use (each refresh returns a new one
-- and invalidates the old), so the new pair is committed here before the new access token is used.
create table chat_tokens (
    chat_id       text collate "C"  not null primary key,   -- the chat id in loa.yaml
    seed          text collate "C"   not null,               -- SHA-256 (hex) of the configured refresh_token these descend from
    access_token  text collate "C" not null,
    refresh_token text collate "C" not null,
    expires_at    text collate "C",                          -- when the access token expires; null when unknown
    updated_at    text collate "C"   not null
);
