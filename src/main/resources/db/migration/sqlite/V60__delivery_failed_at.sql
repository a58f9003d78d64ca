-- When a delivery's latest failed attempt was (failed for now, failed, bounced or dead). It stays when the delivery
-- is retried and sent, so reports can say what became of the failures.
alter table deliveries add column failed_at varchar(30);
update deliveries set failed_at = updated_at
    where status in ('failed', 'dead') or (status = 'pending' and last_error is not null and attempts > 0);
