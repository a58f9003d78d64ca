-- PostgreSQL form of ../sqlite/V4__bulletin_issues.sql: the same tables, columns, keys and indexes. Text columns are
-- text compared byte by byte (collate "C"), as SQLite stores and compares them: SQLite never enforced the
-- varchar widths, so PostgreSQL does not either, and both stores order and match alike.
-- Issues of the scheduled e-bulletins. A row is inserted in the same transaction that consumes the editor's notes
-- and stores the issue's item, so an issue is compiled once: the keys refuse a second one for the same fire time
-- (slot) or the same number.
create table bulletin_issues (
    bulletin_id  text collate "C"  not null,
    slot         text collate "C"   not null,              -- the cron fire time it answers, or the time of a manual run
    year         integer,                             -- numbering year in site.timezone; null when skipped
    number       integer,                             -- "Số 12/2026"; null when skipped
    status       text collate "C"   not null,              -- compiled | skipped | sent (handed to delivery)
    period_from  text collate "C"   not null,              -- articles first seen in [period_from, period_to)
    period_to    text collate "C"   not null,
    articles     text collate "C"          not null,              -- JSON array of article ids, in issue order
    note_ids     text collate "C"          not null,              -- JSON array of the editor's notes it consumed
    content_id   text collate "C",                        -- the item published for it (bulletin-year-number)
    reason       text collate "C",                       -- why it was skipped
    view         text collate "C",                                -- JSON of what the templates render (title, note, sections)
    created_at   text collate "C"   not null,
    sent_at      text collate "C",
    primary key (bulletin_id, slot),
    unique (bulletin_id, year, number)
);
