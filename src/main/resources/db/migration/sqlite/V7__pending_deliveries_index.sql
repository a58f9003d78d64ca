-- The pending deliveries of an item, in id order: claiming the next page of a fan-out and asking whether any is
-- left read only what is still pending, not every delivery already sent (a million-member send stays linear).
create index deliveries_pending on deliveries (content_id, content_version, id) where status = 'pending';
