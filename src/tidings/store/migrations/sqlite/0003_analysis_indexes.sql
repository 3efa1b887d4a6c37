-- Tidings store, version 3: indexes for the analyses and the API (tidings.analysis).
-- Owned by the analysis/API area; the expressions must stay identical to
-- tidings.analysis.common.SOURCE_KEY/TARGET_KEY so the planner can use them.

-- Dyad series, dyad-filtered listings, the network, top dyads and alerts: the
-- dyad key of each side (country, else actor code), the date, and every column
-- those aggregations read, for counted (unfolded) events only. Period-wide
-- aggregations skip-scan it by date without touching the table.
CREATE INDEX events_dyad_key ON events (
    COALESCE(source_country, source_code), COALESCE(target_country, target_code), event_date,
    quad_class, goldstein, num_mentions, folded_into
) WHERE folded_into IS NULL;

-- Word search over event sentences (external content, kept in step by triggers).
CREATE VIRTUAL TABLE events_fts USING fts5 (
    sentence, content = 'events', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
    INSERT INTO events_fts (rowid, sentence) VALUES (new.id, new.sentence);
END;
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
