-- Tidings store, version 3: indexes for the analyses and the API (tidings.analysis).
-- Owned by the analysis/API area (see docs/api.md, Performance).

-- Dyad series and dyad-filtered listings (tidings.analysis.common.dyad_condition):
-- country pairs by date, with every column a series reads, counted events only.
CREATE INDEX events_dyad ON events (
    source_country, target_country, event_date, quad_class, goldstein, num_mentions,
    folded_into
) WHERE folded_into IS NULL;

-- Network, top dyads and alerts over a period: everything they read, by date, so a
-- period is aggregated from the index alone.
CREATE INDEX events_period ON events (
    event_date, source_country, source_code, target_country, target_code, quad_class,
    goldstein, num_mentions, folded_into
) WHERE folded_into IS NULL;

-- The actors listing (tidings.analysis.browse.list_actors): each side's actor grouped
-- straight from an index, without sorting a million rows.
CREATE INDEX events_source_actor ON events (
    source_name, source_country, source_code, source_sector, folded_into
) WHERE folded_into IS NULL;
CREATE INDEX events_target_actor ON events (
    target_name, target_country, target_code, target_sector, folded_into
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
