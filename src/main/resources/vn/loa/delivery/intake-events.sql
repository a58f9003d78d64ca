-- The intake_events table, owned by IntakeEvents: what happened to every dropped file, no-ops and rejections
-- included.

-- name: insert
-- Parameters: at, file, content_id, version, outcome, message.
insert into intake_events (at, file, content_id, version, outcome, message) values (?, ?, ?, ?, ?, ?)

-- name: last-id
select coalesce(max(id), 0) from intake_events

-- name: after
select id, at, file, content_id, version, outcome, message from intake_events where id > ? order by id

-- name: changes-of
-- The updates, corrections and withdrawals of some items, oldest first (a report's). Parameter: the item ids ({{id-set}}).
select id, at, file, content_id, version, outcome, message from intake_events
where outcome in ('updated', 'corrected', 'withdrawn') and content_id in {{id-set}}
order by id
