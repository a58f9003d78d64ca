-- The intake_attempts table, owned by IntakeAttempts: files whose processing started but has not ended.

-- name: attempts-of
select attempts from intake_attempts where file = ?

-- name: begin
-- Parameters: file, started_at.
insert into intake_attempts (file, attempts, started_at) values (?, 1, ?)
on conflict (file) do update set attempts = intake_attempts.attempts + 1, started_at = excluded.started_at

-- name: all
select file, attempts from intake_attempts

-- name: end
delete from intake_attempts where file = ?
