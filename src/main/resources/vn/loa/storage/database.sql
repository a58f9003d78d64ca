-- Expressions every store uses inside its statements as {{name}}; database.postgresql.sql has PostgreSQL's.
-- Times are fixed-width UTC text (Timestamps), so text order is time order in both databases.

-- name: now
-- The database's clock, as a timestamp: leases are taken and compared on it, so nodes whose clocks differ agree.
strftime('%Y-%m-%dT%H:%M:%fZ', 'now')

-- name: now-plus-millis
-- The database's clock plus a parameter in milliseconds (a lease's end).
strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || (? / 1000.0) || ' seconds')

-- name: select-now
select {{now}}

-- name: id-set
-- A set of ids bound as one parameter, a JSON array ("content_id in {{id-set}}"), so that a statement takes any
-- number of them.
(select value from json_each(?))
