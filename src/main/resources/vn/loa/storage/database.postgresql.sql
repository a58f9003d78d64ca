-- PostgreSQL's forms of the expressions in database.sql. now() is the start of the transaction, which for the
-- short transactions of a claim is the moment of the claim.

-- name: now
to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')

-- name: now-plus-millis
to_char((now() at time zone 'UTC') + cast(? as bigint) * interval '1 millisecond', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')

-- name: id-set
(select jsonb_array_elements_text(cast(? as jsonb)))
