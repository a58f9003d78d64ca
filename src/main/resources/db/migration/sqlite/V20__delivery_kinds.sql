-- A delivery has a kind: `publish` (an item sent to a feed, list member or chat: every row until now), or a message
-- about an item or a subscription that other work adds (`correction`, `withdrawal`, `confirmation`, `notice`). The
-- same person may get an item and later its correction, so the kind is part of the key. SQLite cannot change a
-- table's unique constraint in place: the table is rebuilt with the same rows, ids and indexes.
create table deliveries_with_kind (
    id              integer       primary key autoincrement,
    content_id      varchar(100)  not null,
    content_version varchar(64)   not null,
    channel         varchar(8)    not null,              -- feed | email | chat
    target          varchar(100)  not null,              -- unit, list or chat id
    recipient       varchar(320)  not null default '',   -- address or follower id; '' for a whole feed or channel
    status          varchar(8)    not null,              -- pending | sent | failed | dead | skipped
    attempts        integer       not null default 0,
    last_error      varchar(2000),
    created_at      varchar(30)   not null,
    updated_at      varchar(30)   not null,
    sent_at         varchar(30),
    remote_id       varchar(500),
    next_attempt_at varchar(30),                         -- when a pending delivery may be tried (again)
    claimed_until   varchar(30),                         -- end of the lease of claimed_by (database clock)
    claimed_by      varchar(200),                        -- the node holding the claim
    kind            varchar(16)   not null default 'publish',
    unique (content_id, content_version, kind, channel, target, recipient)
);
insert into deliveries_with_kind (id, content_id, content_version, channel, target, recipient, status, attempts,
                                  last_error, created_at, updated_at, sent_at, remote_id, next_attempt_at,
                                  claimed_until, claimed_by, kind)
select id, content_id, content_version, channel, target, recipient, status, attempts, last_error, created_at,
       updated_at, sent_at, remote_id, next_attempt_at, claimed_until, claimed_by, 'publish'
from deliveries;
drop table deliveries;
alter table deliveries_with_kind rename to deliveries;
create index deliveries_due on deliveries (status, next_attempt_at);
create index deliveries_by_content on deliveries (content_id, content_version);
create index deliveries_pending on deliveries (content_id, content_version, id) where status = 'pending';
create index deliveries_claimed on deliveries (claimed_by) where claimed_by is not null;
