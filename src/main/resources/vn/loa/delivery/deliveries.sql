-- The deliveries table (SPEC §8), owned by the delivery log: DeliveryRecorder records the plan, DeliveryLeases
-- claims work, DeliveryOutcomes records what happened, DeliveryQueries answers questions. Times are Timestamps
-- text; next_attempt_at is on Loa's clock, claims (claimed_by, claimed_until) on the database's ({{now}}).

-- name: columns
id, content_id, content_version, channel, target, recipient, status, attempts, last_error, created_at, updated_at,
sent_at, remote_id, kind, receipt

-- --- recording the plan ---------------------------------------------------------------------------------------

-- name: insert-planned
-- Parameters: content_id, content_version, channel, target, recipient, status, last_error, created_at, updated_at,
-- kind.
insert into deliveries (content_id, content_version, channel, target, recipient, status, attempts, last_error,
                        created_at, updated_at, kind)
values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
on conflict do nothing

-- name: insert-members
-- A list's whole fan-out in one statement: {{:members}} is the subscriber store's own query of a list's confirmed
-- addresses (parameter: list id). Parameters: content_id, content_version, channel, target, created_at, updated_at,
-- kind, then the list id. ("where true": SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT.)
insert into deliveries (content_id, content_version, channel, target, recipient, status, attempts, created_at,
                        updated_at, kind)
select ?, ?, ?, ?, m.address, 'pending', 0, ?, ?, ?
from ({{:members}}) m
where true
on conflict do nothing

-- --- correcting and withdrawing an item -----------------------------------------------------------------------
-- A message of the item or a correction notice is "not yet sent" when it is pending and not claimed (a live claim means
-- it may be on its way right now), failed or dead. What is claimed is left to finish: its notice waits for it.

-- name: carry-forward
-- A correction: what is not yet sent of the item (its messages, and the notices of an earlier correction) moves to the
-- new version, so it carries that one (a failed or dead delivery when it is retried). Only the latest delivery of a
-- kind to each recipient moves, and not when the recipient already has one of the new version.
-- Parameters: version, updated_at, content_id, version, version.
update deliveries set content_version = ?, updated_at = ?
where content_id = ? and content_version <> ? and kind in ('publish', 'correction') and channel <> 'feed'
  and (status in ('failed', 'dead') or status = 'pending' and (claimed_until is null or claimed_until <= {{now}}))
  and id = (select max(d.id) from deliveries d
            where d.content_id = deliveries.content_id and d.channel = deliveries.channel
              and d.target = deliveries.target and d.recipient = deliveries.recipient and d.kind = deliveries.kind)
  and not exists (select 1 from deliveries d
                  where d.content_id = deliveries.content_id and d.content_version = ? and d.kind = deliveries.kind
                    and d.channel = deliveries.channel and d.target = deliveries.target
                    and d.recipient = deliveries.recipient)

-- name: cancel-unsent
-- A withdrawal: what is not yet sent of the item (its messages and correction notices) is cancelled, skipped with the
-- reason. Parameters: reason, updated_at, content_id.
update deliveries set status = 'skipped', last_error = ?, updated_at = ?, next_attempt_at = null,
    claimed_by = null, claimed_until = null
where content_id = ? and kind in ('publish', 'correction') and channel <> 'feed'
  and (status in ('failed', 'dead') or status = 'pending' and (claimed_until is null or claimed_until <= {{now}}))

-- name: plan-notices
-- Who is told of a correction or withdrawal: each recipient sent a message of the item in another version, and each
-- one whose message is on its way (claimed; the notice waits for its outcome), once. A recipient who already has
-- this notice keeps it. Parameters: version, created_at, updated_at, kind, content_id, version.
insert into deliveries (content_id, content_version, channel, target, recipient, status, attempts, created_at,
                        updated_at, kind)
select content_id, ?, channel, target, recipient, 'pending', 0, ?, ?, ?
from deliveries
where content_id = ? and content_version <> ? and kind = 'publish' and channel <> 'feed'
  and (status = 'sent' or status = 'pending' and claimed_until > {{now}})
group by content_id, channel, target, recipient
on conflict do nothing

-- --- leasing work ---------------------------------------------------------------------------------------------

-- name: claim-due
-- Claims up to a page of due deliveries for a node, with a lease on the database clock; a lease that ran out is
-- anyone's. Parameters: node, lease millis, now (Loa's clock, for the backoff), limit.
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}})
             order by id limit ?)
returning {{columns}}

-- name: claim-pending
-- The same, for one content version. Parameters: node, lease millis, content_id, content_version, now, limit.
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where content_id = ? and content_version = ? and status = 'pending'
               and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}})
             order by id limit ?)
returning {{columns}}

-- name: claim-feeds-for-handoff
-- Inside the transaction that records an item: its feed deliveries are held for the hand-off that follows.
-- Parameters: node, lease millis, content_id, content_version.
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where content_id = ? and content_version = ? and channel = 'feed' and status = 'pending'

-- name: claim-pending-feeds
-- The due feed deliveries of the handed-off items ({{:items}}: "(?, ?)" per item), also those this node already
-- holds for the hand-off. Parameters: node, lease millis, now, node, then content_id and content_version per item.
update deliveries set claimed_by = ?, claimed_until = {{now-plus-millis}}
where id in (select id from deliveries
             where channel = 'feed' and status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)
               and (claimed_until is null or claimed_until <= {{now}} or claimed_by = ?)
               and (content_id, content_version) in (values {{:items}})
             order by id)
returning {{columns}}

-- name: renew
-- Extends the leases a node still holds; the ids returned are those it still holds ({{:ids}}: "?" per id).
-- Parameters: lease millis, node, then the ids.
update deliveries set claimed_until = {{now-plus-millis}}
where claimed_by = ? and status = 'pending' and id in ({{:ids}})
returning id

-- name: release
-- Gives a claimed delivery back untried. Parameters: id, node.
update deliveries set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?

-- name: release-own
-- At start: the claims this node left (a stop, a crash) become due again; other nodes' claims stay theirs.
update deliveries set claimed_by = null, claimed_until = null where claimed_by = ? and claimed_until is not null

-- --- recording outcomes ---------------------------------------------------------------------------------------
-- Every outcome of an attempt counts only where the row is still claimed by the node that attempted it: after its
-- lease passed to another node, a late answer changes nothing (zero rows).

-- name: mark-sent
-- The receipt (what the message left on the platform) is written with the outcome, so a correction finds it after any
-- crash. Parameters: sent_at, updated_at, remote_id, receipt, id, node.
update deliveries set status = 'sent', attempts = attempts + 1, sent_at = ?, updated_at = ?, remote_id = ?,
    receipt = ?, last_error = null, next_attempt_at = null, claimed_by = null, claimed_until = null
where id = ? and claimed_by = ?

-- name: carry-version
-- Before it is attempted, a claimed delivery moves to its item's current version (which is what it carries), unless
-- the same recipient already has a delivery of that kind and version. Parameters: version, updated_at, id, node,
-- version.
update deliveries set content_version = ?, updated_at = ?
where id = ? and claimed_by = ?
  and not exists (select 1 from deliveries d
                  where d.content_id = deliveries.content_id and d.content_version = ? and d.kind = deliveries.kind
                    and d.channel = deliveries.channel and d.target = deliveries.target
                    and d.recipient = deliveries.recipient)

-- name: mark-skipped
-- Parameters: reason, updated_at, id, node.
update deliveries set status = 'skipped', last_error = ?, updated_at = ?, next_attempt_at = null,
    claimed_by = null, claimed_until = null
where id = ? and claimed_by = ?

-- name: mark-deferred
-- A temporary failure: pending again, tried at next_attempt_at; one that counts as an attempt is a failure
-- (failed_at). Parameters: attempts to add (0 or 1), error, updated_at, next_attempt_at, 1 when it counts, failed_at,
-- id, node.
update deliveries set status = 'pending', attempts = attempts + ?, last_error = ?, updated_at = ?,
    next_attempt_at = ?, claimed_by = null, claimed_until = null,
    failed_at = case when ? = 1 then ? else failed_at end
where id = ? and claimed_by = ?

-- name: mark-failed
-- Parameters: status (failed or dead), error, updated_at, failed_at, id, node.
update deliveries set status = ?, attempts = attempts + 1, last_error = ?, updated_at = ?, next_attempt_at = null,
    claimed_by = null, claimed_until = null, failed_at = ?
where id = ? and claimed_by = ?

-- name: mark-bounced
-- A bounce, long after the delivery left (not a claimed attempt); once per delivery. Parameters: error, updated_at,
-- failed_at, id.
update deliveries set status = 'failed', last_error = ?, updated_at = ?, next_attempt_at = null, failed_at = ?
where id = ? and (last_error is null or last_error not like 'bounced:%')

-- name: revive
-- An operator's retry: failed (and dead) deliveries pending again. {{:statuses}}: "'failed'" or "'failed', 'dead'";
-- {{:filters}}: and-content / and-target. Parameters: updated_at, then the filters'.
update deliveries set status = 'pending', attempts = 0, next_attempt_at = null, claimed_by = null,
    claimed_until = null, updated_at = ?
where status in ({{:statuses}}) {{:filters}}

-- --- answering queries ----------------------------------------------------------------------------------------

-- name: get
select {{columns}} from deliveries where id = ?

-- name: original-of
-- What a correction or withdrawal notice is about: the latest message of the item to the same channel, target and
-- recipient, in any version. Parameters: content_id, channel, target, recipient.
select {{columns}} from deliveries
where content_id = ? and channel = ? and target = ? and recipient = ? and kind = 'publish'
order by id desc limit 1

-- name: find
-- {{:filters}}: the and-… fragments asked for; {{:limit}}: "limit ?" or nothing.
select {{columns}} from deliveries where 1 = 1 {{:filters}} order by id {{:limit}}

-- name: and-content
and content_id = ?

-- name: and-channel
and channel = ?

-- name: and-status
and status = ?

-- name: and-since
and updated_at >= ?

-- name: and-target
and target = ?

-- name: has-unattempted
-- Whether a delivery of a content version was never tried (pending without an error). Parameters: content_id, version.
select 1 from deliveries
where content_id = ? and content_version = ? and status = 'pending' and last_error is null
limit 1

-- name: progress
-- Per item version and target: total, sent, failed or dead, skipped, pending, first and last sent_at, and sent
-- since the start of the rate window. {{:which}}: progress-of-content or progress-of-pending.
-- Parameters: rate window start, then which's.
select content_id, content_version, channel, target, count(*),
       sum(case when status = 'sent' then 1 else 0 end),
       sum(case when status in ('failed', 'dead') then 1 else 0 end),
       sum(case when status = 'skipped' then 1 else 0 end),
       sum(case when status = 'pending' then 1 else 0 end),
       min(sent_at), max(sent_at),
       sum(case when status = 'sent' and sent_at >= ? then 1 else 0 end)
from deliveries
where {{:which}}
group by content_id, content_version, channel, target
order by content_id, content_version, channel, target

-- name: progress-of-content
content_id = ?

-- name: progress-of-pending
(content_id, content_version) in (select content_id, content_version from deliveries where status = 'pending')

-- name: counts-by-channel
select channel, status, count(*) from deliveries where content_id = ? and content_version = ? group by channel, status

-- name: counts
select status, count(*) from deliveries where content_id = ? and content_version = ? group by status

-- name: with-pending
-- Of the given items ({{:items}}: "(?, ?)" per item), those with pending deliveries.
select distinct content_id, content_version from deliveries
where status = 'pending' and (content_id, content_version) in (values {{:items}})

-- --- what reports count, of a set of items ({{id-set}}: their ids), every version of each ----------------------

-- name: counts-of-items
-- Per item, channel and status, how many deliveries are in that status now.
select content_id, channel, status, count(*) from deliveries where content_id in {{id-set}}
group by content_id, channel, status

-- name: recipient
-- The distinct thing a sent delivery reached: an email address, a chat's follower, a chat channel, a unit feed.
case when channel = 'email' then recipient when recipient = '' then target else target || ':' || recipient end

-- name: recipients-of-items
-- Per channel, the distinct recipients the sent deliveries of the items reached.
select channel, count(distinct {{recipient}}) from deliveries where status = 'sent' and content_id in {{id-set}}
group by channel

-- name: recipients-by-item
-- Per item and channel, the distinct recipients its sent deliveries reached.
select content_id, channel, count(distinct {{recipient}}) from deliveries
where status = 'sent' and content_id in {{id-set}}
group by content_id, channel

-- name: notices-of-items
-- Corrections (or withdrawals) of the items that were done: sent deliveries of that kind (an edit in place, a delete, a
-- notice). Parameter: the kind, then the ids.
select count(*) from deliveries where kind = ? and status = 'sent' and content_id in {{id-set}}

-- name: failed-once
-- Per channel, the deliveries of the items that failed at least once, by the status they have now.
select channel, status, count(*) from deliveries where failed_at is not null and content_id in {{id-set}}
group by channel, status
