-- Issues of the scheduled e-bulletins. A row is inserted in the same transaction that consumes the editor's notes
-- and stores the issue's item, so an issue is compiled once: the keys refuse a second one for the same fire time
-- (slot) or the same number.
create table bulletin_issues (
    bulletin_id  varchar(100)  not null,
    slot         varchar(30)   not null,              -- the cron fire time it answers, or the time of a manual run
    year         integer,                             -- numbering year in site.timezone; null when skipped
    number       integer,                             -- "Số 12/2026"; null when skipped
    status       varchar(16)   not null,              -- compiled | skipped | sent (handed to delivery)
    period_from  varchar(30)   not null,              -- articles first seen in [period_from, period_to)
    period_to    varchar(30)   not null,
    articles     text          not null,              -- JSON array of article ids, in issue order
    note_ids     text          not null,              -- JSON array of the editor's notes it consumed
    content_id   varchar(100),                        -- the item published for it (bulletin-year-number)
    reason       varchar(2000),                       -- why it was skipped
    view         text,                                -- JSON of what the templates render (title, note, sections)
    created_at   varchar(30)   not null,
    sent_at      varchar(30),
    primary key (bulletin_id, slot),
    unique (bulletin_id, year, number)
);
