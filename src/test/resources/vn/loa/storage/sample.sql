-- A store for QueriesTest.

-- name: plain
-- A comment line inside a statement is left out.
select 1
from deliveries;

-- name: differs
select 'sqlite'

-- name: uses-clock
select {{now}}, {{plain}}

-- name: with-slot
select id from deliveries where id in ({{:ids}})
