-- PostgreSQL form of ../sqlite/V6__intake_attempts.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- Files whose processing has started but not ended. A file that is still here after several starts stopped Loa
-- while it was being processed (a crash, an out-of-memory) and is quarantined instead of tried for ever.
create table intake_attempts (
    file       text collate "C" not null primary key,
    attempts   integer       not null,
    started_at text collate "C"   not null
);
