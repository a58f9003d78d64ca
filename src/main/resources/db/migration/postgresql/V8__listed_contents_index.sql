-- PostgreSQL form of ../sqlite/V8__listed_contents_index.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- Choosing a feed's newest items reads only this index: from the table, status and published_at come after the
-- document, so each candidate item cost a read of its whole JSON (2–3 ms a feed at 400 items a unit).
create index contents_listed on contents (id, status, published_at);
