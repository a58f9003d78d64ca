-- The bulletin_issues table, owned by IssueTable: one row per fire time (slot) of a bulletin, compiled, skipped or
-- sent. The articles and notes of an issue are read from ContentStore, which owns contents.

-- name: columns
bulletin_id, slot, year, number, status, period_from, period_to, articles, note_ids, content_id, reason, view,
created_at, sent_at

-- name: insert
insert into bulletin_issues ({{columns}}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: mark-sent
-- Parameters: sent_at, content_id.
update bulletin_issues set status = 'sent', sent_at = ? where content_id = ? and status = 'compiled'

-- name: all
-- Every row of a bulletin, the latest slot first.
select {{columns}} from bulletin_issues where bulletin_id = ? order by slot desc

-- name: issues
-- The compiled or sent issues of a bulletin, newest first.
select {{columns}} from bulletin_issues where bulletin_id = ? and status <> 'skipped' order by year desc, number desc

-- name: issue
select {{columns}} from bulletin_issues where bulletin_id = ? and year = ? and number = ?

-- name: published-as
-- The issues (not skipped) published as some items, for a report. Parameter: the item ids ({{id-set}}).
select {{columns}} from bulletin_issues where status <> 'skipped' and content_id in {{id-set}}
order by created_at, bulletin_id, number

-- name: last-period-end
select max(period_to) from bulletin_issues where bulletin_id = ? and status <> 'skipped'

-- name: first-skipped-start
select min(period_from) from bulletin_issues where bulletin_id = ? and status = 'skipped'

-- name: max-number
select coalesce(max(number), 0) from bulletin_issues where bulletin_id = ? and year = ? and status <> 'skipped'
