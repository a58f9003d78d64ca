-- PostgreSQL form of ../sqlite/V7__pending_deliveries_index.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- The pending deliveries of an item, in id order: claiming the next page of a fan-out and asking whether any is
-- left read only what is still pending, not every delivery already sent (a million-member send stays linear).
create index deliveries_pending on deliveries (content_id, content_version, id) where status = 'pending';
