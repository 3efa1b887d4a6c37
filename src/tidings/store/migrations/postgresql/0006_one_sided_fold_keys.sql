-- Tidings store, version 6: fold lookups for one-sided events (issue #5).
-- A blank side is stored with NULL columns, so a one-sided first report is not in
-- events_fold_key (which needs both codes) and its lookup walked every unfolded
-- event of the key's date: on a store holding a GDELT-like day that made saving
-- one-sided events several times slower than two-sided ones. One small partial
-- index per blank side holds just the one-sided first reports. Not UNIQUE: the
-- write lock already keeps first reports single, and a unique index could fail to
-- build on a database that has rows the fold key leaves unkeyed (an empty code).

CREATE INDEX events_fold_no_target ON events (event_date, source_code, cameo)
    WHERE folded_into IS NULL AND target_name IS NULL;

CREATE INDEX events_fold_no_source ON events (event_date, target_code, cameo)
    WHERE folded_into IS NULL AND source_name IS NULL;
