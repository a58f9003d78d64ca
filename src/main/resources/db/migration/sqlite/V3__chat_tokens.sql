-- Zalo OA tokens obtained by an OAuth refresh. Zalo's refresh token is single-use (each refresh returns a new one
-- and invalidates the old), so the new pair is committed here before the new access token is used.
create table chat_tokens (
    chat_id       varchar(100)  not null primary key,   -- the chat id in loa.yaml
    seed          varchar(64)   not null,               -- SHA-256 (hex) of the configured refresh_token these descend from
    access_token  varchar(2000) not null,
    refresh_token varchar(2000) not null,
    expires_at    varchar(30),                          -- when the access token expires; null when unknown
    updated_at    varchar(30)   not null
);
