-- name: differs
select 'postgresql'
