-- name: two
select 2
