-- Tidings store, version 4: new rows are added to the full-text indexes in bulk.
-- A per-row AFTER INSERT trigger into an FTS5 table costs about ten times as much
-- as one INSERT ... SELECT per transaction, and made full-text indexing most of
-- the cost of a save. Store.save_many now indexes the rows it inserts, in the
-- same transaction (see docs/store.md, "Full-text search"). The delete and
-- update triggers stay, so deletes and edits keep the indexes in step.
-- Rows inserted by other means need: INSERT INTO <t>_fts (<t>_fts) VALUES ('rebuild').

DROP TRIGGER quotes_fts_insert;
DROP TRIGGER articles_fts_insert;
DROP TRIGGER events_fts_insert;
