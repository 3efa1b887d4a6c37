-- Tidings store, version 8: negated and hypothetical events count nowhere (issue #5).
-- "Iran did not attack Pakistan" and "Iran could attack Pakistan" stay stored as
-- evidence, flagged, but the analyses count asserted events only
-- (tidings.analysis.common.COUNTED) and the fold never takes them as the first report
-- of an event: a later report of the deed actually done must not be folded into its
-- denial (tidings.store.rows.fold_key gives them no key).
-- The fold-key and covering indexes are rebuilt with their WHERE narrowed to asserted
-- events (flagged events no longer enter them; the queries repeat these terms). The
-- covering ones also hold the two flags as columns: SQLite (3.40) reads a column that
-- only the index's WHERE fixes from the table, which would undo "covering".
-- Rows stored before this version keep their folds (re-ingest to refold them).

DROP INDEX events_fold_key;

CREATE UNIQUE INDEX events_fold_key ON events (event_date, source_code, target_code, cameo)
    WHERE folded_into IS NULL AND event_date IS NOT NULL
      AND source_code IS NOT NULL AND target_code IS NOT NULL
      AND negated = 0 AND hypothetical = 0;

DROP INDEX events_fold_no_target;

CREATE INDEX events_fold_no_target ON events (event_date, source_code, cameo)
    WHERE folded_into IS NULL AND target_name IS NULL AND negated = 0 AND hypothetical = 0;

DROP INDEX events_fold_no_source;

CREATE INDEX events_fold_no_source ON events (event_date, target_code, cameo)
    WHERE folded_into IS NULL AND source_name IS NULL AND negated = 0 AND hypothetical = 0;

DROP INDEX events_dyad;

CREATE INDEX events_dyad ON events (
    source_country, target_country, event_date, quad_class, goldstein, num_mentions,
    folded_into, country_from_place, country_from_article, negated, hypothetical
) WHERE folded_into IS NULL AND negated = 0 AND hypothetical = 0;

DROP INDEX events_period;

CREATE INDEX events_period ON events (
    event_date, source_country, source_code, target_country, target_code, quad_class,
    goldstein, num_mentions, folded_into, country_from_place, country_from_article, negated, hypothetical
) WHERE folded_into IS NULL AND negated = 0 AND hypothetical = 0;

DROP INDEX events_source_actor;

CREATE INDEX events_source_actor ON events (
    source_name, source_country, source_code, source_sector, folded_into, negated, hypothetical
) WHERE folded_into IS NULL AND negated = 0 AND hypothetical = 0;

DROP INDEX events_target_actor;

CREATE INDEX events_target_actor ON events (
    target_name, target_country, target_code, target_sector, folded_into, negated, hypothetical
) WHERE folded_into IS NULL AND negated = 0 AND hypothetical = 0;
