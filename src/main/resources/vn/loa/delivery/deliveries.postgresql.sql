-- PostgreSQL's claims: the page is chosen with FOR UPDATE SKIP LOCKED, so two nodes claiming at once take
-- different rows instead of waiting for each other and both re-checking only the id (the second UPDATE of
-- "SELECT then UPDATE … WHERE id = ?" under READ COMMITTED would hand the row out twice). SQLite needs none of
-- this: its IMMEDIATE write transaction lets one writer at a time in.

-- name: claim-due
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}})
             order by id limit ?
             for update skip locked)
returning {{columns}}

-- name: claim-pending
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where content_id = ? and content_version = ? and status = 'pending'
               and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}})
             order by id limit ?
             for update skip locked)
returning {{columns}}

-- name: claim-pending-feeds
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where channel = 'feed' and status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}} or claimed_by = ?)
               and (content_id, content_version) in (values {{:items}})
             order by id
             for update skip locked)
returning {{columns}}
