-- Tidings store, version 1: the tables of the agreed interface (SQLite).
-- Dates are ISO 8601 TEXT and flags INTEGER 0/1, as in the PostgreSQL schema,
-- so that the same SQL runs on both backends.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    title        TEXT,
    published    TEXT,
    dateline     TEXT,
    url          TEXT,
    source       TEXT,
    language     TEXT NOT NULL DEFAULT 'en',
    content_hash TEXT UNIQUE,
    duplicate_of TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT,
    code       TEXT,
    sector     TEXT,
    role       TEXT,
    kind       TEXT,
    evidence   TEXT,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  INTEGER,
    text       TEXT NOT NULL,
    kind       TEXT,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, entity_id);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    speaker_name    TEXT,
    speaker_country TEXT,
    speaker_code    TEXT,
    speaker_sector  TEXT,
    speaker_role    TEXT,
    speaker_text    TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    rule            TEXT,
    confidence      REAL,
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    event_date     TEXT,
    source_name    TEXT,
    source_country TEXT,
    source_code    TEXT,
    source_sector  TEXT,
    target_name    TEXT,
    target_country TEXT,
    target_code    TEXT,
    target_sector  TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT,
    sentence       TEXT NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    event_text     TEXT,
    pattern        TEXT,
    confidence     REAL,
    negated        INTEGER NOT NULL DEFAULT 0,
    hypothetical   INTEGER NOT NULL DEFAULT 0,
    reported       INTEGER NOT NULL DEFAULT 0,
    background     INTEGER NOT NULL DEFAULT 0,
    quote_idx      INTEGER,
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    num_mentions   INTEGER NOT NULL DEFAULT 1,
    folded_into    INTEGER REFERENCES events (id),
    UNIQUE (article_id, idx)
);
CREATE INDEX events_event_date ON events (event_date);
CREATE INDEX events_country_dyad ON events (source_country, target_country, event_date);
CREATE INDEX events_code_dyad ON events (source_code, target_code);
CREATE INDEX events_folded_into ON events (folded_into);
-- At most one first report per fold key: this is both the folding lookup and
-- a guard that two writers can never both create a "first" row for one event.
CREATE UNIQUE INDEX events_fold_key ON events (event_date, source_code, target_code, cameo)
    WHERE folded_into IS NULL AND event_date IS NOT NULL
      AND source_code IS NOT NULL AND target_code IS NOT NULL;

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    feature    TEXT,
    geonameid  INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE rejections (
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    at     TEXT NOT NULL
);
