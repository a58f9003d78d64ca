-- Published content: the current version of every item, as parsed and sanitized.
create table contents (
    id                 varchar(100)  not null primary key,
    version            varchar(64)   not null,
    type               varchar(16)   not null,           -- article | bulletin
    status             varchar(16)   not null,           -- published | withdrawn | note (a bulletin note waiting for its issue)
    title              varchar(1000) not null,
    document           text          not null,           -- the Article as JSON
    source_file        varchar(1000),
    published_at       varchar(30)   not null,           -- shown in feeds: front-matter date or first publication
    first_seen_at      varchar(30)   not null,
    updated_at         varchar(30)   not null
);

-- Which unit feeds carry an item.
create table content_units (
    content_id varchar(100) not null references contents (id),
    unit_id    varchar(100) not null,
    primary key (content_id, unit_id)
);
create index content_units_by_unit on content_units (unit_id);

-- SPEC §8: one row per delivery.
create table deliveries (
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
    next_attempt_at varchar(30),                         -- when a pending or failed delivery may be tried (again)
    unique (content_id, content_version, channel, target, recipient)
);
create index deliveries_due on deliveries (status, next_attempt_at);
create index deliveries_by_content on deliveries (content_id, content_version);

-- What happened to each dropped file, including no-ops and rejections.
create table intake_events (
    id          integer      primary key autoincrement,
    at          varchar(30)  not null,
    file        varchar(1000) not null,
    content_id  varchar(100),
    version     varchar(64),
    outcome     varchar(16)  not null,                   -- published | updated | skipped | scheduled | withdrawn | rejected | note
    message     varchar(4000)
);

-- List members; the email issue adds consent records and tokens.
create table subscribers (
    list_id    varchar(100) not null,
    address    varchar(320) not null,
    name       varchar(200),
    status     varchar(16)  not null,                    -- pending | confirmed | unsubscribed | bounced
    created_at varchar(30)  not null,
    updated_at varchar(30)  not null,
    primary key (list_id, address)
);
