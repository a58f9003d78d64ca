-- PostgreSQL form of ../sqlite/V50__delivery_receipts.sql.
-- What a sent delivery left on the platform, kept to correct or withdraw it later: JSON written in the same statement
-- that records it sent (Telegram's chat_id and message_id and whether it was a photo, Discord's message id, Google
-- Chat's message and thread names and the thread key Loa chose, Slack's channel and ts, Mattermost's post id; for a
-- correction or withdrawal, what it did: edit, delete, reply, post, email, event).
alter table deliveries add column receipt text collate "C";
-- A notice finds the delivery of the item it is about, to the same channel, target and recipient, in any version.
create index deliveries_by_recipient on deliveries (content_id, channel, target, recipient);
