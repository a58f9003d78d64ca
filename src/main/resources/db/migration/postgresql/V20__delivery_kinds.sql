-- PostgreSQL form of ../sqlite/V20__delivery_kinds.sql: deliveries get a kind (`publish` for every row until now),
-- and the kind joins the unique key, so a person sent an item can later be sent its correction.
alter table deliveries add column kind text collate "C" not null default 'publish';
do $$
declare
    old_key text;
begin
    select conname into old_key from pg_constraint where conrelid = 'deliveries'::regclass and contype = 'u';
    execute format('alter table deliveries drop constraint %I', old_key);
end $$;
alter table deliveries add constraint deliveries_item_kind_key
    unique (content_id, content_version, kind, channel, target, recipient);
