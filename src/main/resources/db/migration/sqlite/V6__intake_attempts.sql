-- Files whose processing has started but not ended. A file that is still here after several starts stopped Loa
-- while it was being processed (a crash, an out-of-memory) and is quarantined instead of tried for ever.
create table intake_attempts (
    file       varchar(1000) not null primary key,
    attempts   integer       not null,
    started_at varchar(30)   not null
);
