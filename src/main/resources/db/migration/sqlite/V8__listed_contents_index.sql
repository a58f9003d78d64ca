-- Choosing a feed's newest items reads only this index: from the table, status and published_at come after the
-- document, so each candidate item cost a read of its whole JSON (2–3 ms a feed at 400 items a unit).
create index contents_listed on contents (id, status, published_at);
