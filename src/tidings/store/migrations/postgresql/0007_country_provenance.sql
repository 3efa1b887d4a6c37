-- Tidings store, version 7: where a side's country came from (issues #4, #5).
-- Tidings infers a side's country from the event's place (tidings.geo.generic) or from
-- the article's country (tidings.actors.context_country); until now only the JSON
-- contract and the actors' evidence said so. Filled on insert from tidings.provenance:
-- events.country_from_place / country_from_article hold "source", "target",
-- "source,target" or "none" (nothing inferred); quotes.speaker_country_from_article is
-- 0/1.
-- Rows stored before this version keep NULL: not recorded (re-ingest to fill them).
-- No index: the written-countries filter narrows rows another index already selects.

ALTER TABLE events ADD COLUMN country_from_place TEXT;

ALTER TABLE events ADD COLUMN country_from_article TEXT;

ALTER TABLE quotes ADD COLUMN speaker_country_from_article INTEGER;
