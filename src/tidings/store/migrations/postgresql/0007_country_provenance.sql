-- Tidings store, version 7: where a side's country came from (issues #4, #5).
-- Tidings infers a side's country from the event's place (tidings.geo.generic) or from
-- the article's country (tidings.actors.context_country); until now only the JSON
-- contract and the actors' evidence said so. Filled on insert from tidings.provenance:
-- events.country_from_place / country_from_article hold "source", "target",
-- "source,target" or "none" (nothing inferred); quotes.speaker_country_from_article is
-- 0/1.
-- Rows stored before this version keep NULL: not recorded (re-ingest to fill them).

ALTER TABLE events ADD COLUMN country_from_place TEXT;

ALTER TABLE events ADD COLUMN country_from_article TEXT;

ALTER TABLE quotes ADD COLUMN speaker_country_from_article INTEGER;

-- The dyad and period indexes of migration 0003 again, with the two new columns at the end:
-- the written-countries filter of the dyad analyses then reads them from the index, as it
-- reads everything else (without them a one-year network over 300,000 events took 4 times
-- as long with the filter as without).
DROP INDEX events_dyad;

CREATE INDEX events_dyad ON events (
    source_country, target_country, event_date, quad_class, goldstein, num_mentions,
    folded_into, country_from_place, country_from_article
) WHERE folded_into IS NULL;

DROP INDEX events_period;

CREATE INDEX events_period ON events (
    event_date, source_country, source_code, target_country, target_code, quad_class,
    goldstein, num_mentions, folded_into, country_from_place, country_from_article
) WHERE folded_into IS NULL;
