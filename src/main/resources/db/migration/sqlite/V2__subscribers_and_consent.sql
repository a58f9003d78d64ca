-- Subscribers get attributes (the import's extra columns, as JSON) and a hard-bounce count.
alter table subscribers add column attributes text;
alter table subscribers add column hard_bounces integer not null default 0;
create index subscribers_by_status on subscribers (list_id, status);

-- Evidence of consent (Decree 13/2023): one row per change of a subscription, never updated or deleted.
create table consents (
    id          integer       primary key autoincrement,
    list_id     varchar(100)  not null,
    address     varchar(320)  not null,
    action      varchar(16)   not null,   -- subscribe | confirm | unsubscribe | import | add | remove | bounce
    status      varchar(16)   not null,   -- the subscriber's status after the change
    source      varchar(16)   not null,   -- web | one-click | import | cli | bounce
    evidence    varchar(4000),            -- form wording, import file name and line, bounce reason
    client      varchar(200),             -- client address (and user agent) of a web request
    at          varchar(30)   not null
);
create index consents_by_address on consents (list_id, address);
