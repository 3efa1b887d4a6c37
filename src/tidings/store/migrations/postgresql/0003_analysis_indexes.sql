-- Tidings store, version 3: indexes for the analyses and the API (tidings.analysis).
-- Owned by the analysis/API area; the expressions must stay identical to
-- tidings.analysis.common.SOURCE_KEY/TARGET_KEY and tidings.analysis.text.

-- Dyad series, dyad-filtered listings, the network, top dyads and alerts: the
-- dyad key of each side (country, else actor code), the date, and every column
-- those aggregations read, for counted (unfolded) events only. Period-wide
-- aggregations skip-scan it by date without touching the table.
CREATE INDEX events_dyad_key ON events (
    COALESCE(source_country, source_code), COALESCE(target_country, target_code), event_date,
    quad_class, goldstein, num_mentions, folded_into
) WHERE folded_into IS NULL;

-- Word search over event sentences (tidings.analysis.text).
CREATE INDEX events_sentence_fts ON events USING GIN (to_tsvector('english', sentence));
