-- The chat_tokens table, owned by ZaloTokenStore: the latest Zalo tokens of each chat.

-- name: find
select seed, access_token, refresh_token, expires_at from chat_tokens where chat_id = ?

-- name: save
-- Parameters: chat_id, seed, access_token, refresh_token, expires_at, updated_at.
insert into chat_tokens (chat_id, seed, access_token, refresh_token, expires_at, updated_at)
values (?, ?, ?, ?, ?, ?)
on conflict (chat_id) do update set seed = excluded.seed, access_token = excluded.access_token,
    refresh_token = excluded.refresh_token, expires_at = excluded.expires_at, updated_at = excluded.updated_at
