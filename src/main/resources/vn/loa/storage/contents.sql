-- The contents and content_units tables, owned by ContentStore: the current version of every item and the unit
-- feeds that carry it. Times are Timestamps text.

-- name: find
select document, status, published_at, first_seen_at, updated_at, withdrawal from contents where id = ?

-- name: delete-units
delete from content_units where content_id = ?

-- name: upsert
-- Parameters: id, version, type, status, title, document, source_file, published_at, first_seen_at, updated_at,
-- withdrawal.
insert into contents (id, version, type, status, title, document, source_file, published_at, first_seen_at, updated_at,
                      withdrawal)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
on conflict (id) do update set version = excluded.version, type = excluded.type, status = excluded.status,
    title = excluded.title, document = excluded.document, source_file = excluded.source_file,
    published_at = excluded.published_at, updated_at = excluded.updated_at, withdrawal = excluded.withdrawal

-- name: insert-unit
insert into content_units (content_id, unit_id) values (?, ?)

-- name: unit-feed
-- The newest published items of a unit: chosen from the ids alone (the contents_listed index) before their
-- documents are read; ordering the documents themselves sorted every one of a unit's items, documents included.
-- Parameters: unit, limit.
select c.document, c.status, c.published_at, c.first_seen_at, c.updated_at, c.withdrawal
from (select c.id, c.published_at from contents c join content_units u on u.content_id = c.id
      where u.unit_id = ? and c.status = 'published'
      order by c.published_at desc, c.id limit ?) top
join contents c on c.id = top.id
order by c.published_at desc, c.id

-- name: recent
-- The newest published items of every unit. Parameter: limit.
select c.document, c.status, c.published_at, c.first_seen_at, c.updated_at, c.withdrawal
from (select c.id, c.published_at from contents c where c.status = 'published'
      and exists (select 1 from content_units u where u.content_id = c.id)
      order by c.published_at desc, c.id limit ?) top
join contents c on c.id = top.id
order by c.published_at desc, c.id

-- name: articles-seen
-- Published articles first seen in [from, to), newest first (a bulletin issue's candidates).
select document, status, published_at, first_seen_at, updated_at, withdrawal from contents
where type = 'article' and status = 'published' and first_seen_at >= ? and first_seen_at < ?
order by first_seen_at desc, published_at desc, id

-- name: waiting-notes
-- Editor's notes not yet consumed by an issue, oldest first.
select document, status, published_at, first_seen_at, updated_at, withdrawal from contents
where type = 'bulletin' and status = 'note'
order by first_seen_at, id

-- name: consume-note
update contents set status = 'consumed' where id = ? and status = 'note'

-- name: published-between
-- The articles and bulletin issues (not editor's notes) published in [from, to), withdrawn ones included, by
-- publication date: what a report counts. Parameters: from, to.
select document, status, published_at, first_seen_at, updated_at, withdrawal from contents
where type = 'article' and status in ('published', 'withdrawn') and published_at >= ? and published_at < ?
order by published_at, id
