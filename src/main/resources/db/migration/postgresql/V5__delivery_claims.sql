-- PostgreSQL form of ../sqlite/V5__delivery_claims.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- A claim (lease) is kept apart from the time of the next attempt, so that releasing the claims of a stopped
-- process does not also cut the backoff of deliveries that wait after a temporary failure.
alter table deliveries add column claimed_until text collate "C";
-- Temporary failures now wait as `pending` with a later next_attempt_at; rows of the old form become that.
update deliveries set status = 'pending' where status = 'failed' and next_attempt_at is not null;
