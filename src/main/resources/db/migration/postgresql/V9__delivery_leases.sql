-- PostgreSQL form of ../sqlite/V9__delivery_leases.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- A claim names its holder: the node (node.id) that leased the delivery. Its lease end (claimed_until) is on the
-- database's clock. A node frees at start only the claims it holds itself; an expired lease is anyone's.
alter table deliveries add column claimed_by text collate "C";
-- Claims from before this version had no holder; the process that held them has stopped (it was upgraded).
update deliveries set claimed_until = null where claimed_by is null;
-- What a node holds: renewing its leases and freeing them at start read only the claimed rows.
create index deliveries_claimed on deliveries (claimed_by) where claimed_by is not null;
