-- name: one
select 1
