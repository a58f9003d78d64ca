-- PostgreSQL form of ../sqlite/V51__content_withdrawals.sql.
-- The withdrawal of a withdrawn item (JSON: reason, who approved it, when, the withdrawal's version), shown on its
-- page; null for an item that was never withdrawn.
alter table contents add column withdrawal text collate "C";
