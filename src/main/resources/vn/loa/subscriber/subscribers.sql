-- The subscribers and consents tables, owned by SubscriberTable: list members, and the evidence of their consent
-- (one row per change of a subscription, never updated or deleted).

-- name: columns
list_id, address, name, status, attributes, hard_bounces, created_at, updated_at

-- name: select
select {{columns}} from subscribers where list_id = ? and address = ?

-- name: list-members
select {{columns}} from subscribers where list_id = ? order by created_at, address

-- name: attributes
select attributes from subscribers where list_id = ? and attributes is not null order by created_at, address

-- name: confirmed-addresses
-- The addresses that may be sent to now (parameter: list id). The delivery log places this statement inside its
-- fan-out INSERT … SELECT (deliveries.sql, insert-members), so the definition of a sendable member stays here.
select address from subscribers where list_id = ? and status = 'confirmed'

-- name: insert
-- Parameters: list_id, address, name, status, attributes, created_at, updated_at.
insert into subscribers (list_id, address, name, status, attributes, hard_bounces, created_at, updated_at)
values (?, ?, ?, ?, ?, 0, ?, ?)

-- name: update
-- Parameters: name, attributes, status, hard_bounces, updated_at, list_id, address.
update subscribers set name = ?, attributes = ?, status = ?, hard_bounces = ?, updated_at = ?
where list_id = ? and address = ?

-- name: insert-consent
-- Parameters: list_id, address, action, status, source, evidence, client, at.
insert into consents (list_id, address, action, status, source, evidence, client, at) values (?, ?, ?, ?, ?, ?, ?, ?)

-- name: consents
select action, source, evidence, client, status, at from consents where list_id = ? and address = ? order by id

-- name: last-consent
select action, source from consents where list_id = ? and address = ? order by id desc limit 1

-- --- how a list's membership moved, from the consent records (the reports) -------------------------------------

-- name: members-at
-- Confirmed members of a list at an instant: addresses whose latest consent record before it left them confirmed.
-- Parameters: list_id, the instant.
select count(*) from (select status, row_number() over (partition by address order by at desc, id desc) as rn
                      from consents where list_id = ? and at < ?) latest
where rn = 1 and status = 'confirmed'

-- name: membership-changes
-- Changes in [from, to): into confirmed (joined), from confirmed to anything but bounced (left), from confirmed to
-- bounced (bounced). Parameters: list_id, to, from.
select coalesce(sum(case when status = 'confirmed' and coalesce(before, '') <> 'confirmed' then 1 else 0 end), 0),
       coalesce(sum(case when before = 'confirmed' and status not in ('confirmed', 'bounced') then 1 else 0 end), 0),
       coalesce(sum(case when before = 'confirmed' and status = 'bounced' then 1 else 0 end), 0)
from (select status, at, lag(status) over (partition by address order by at, id) as before
      from consents where list_id = ? and at < ?) changed
where at >= ?
