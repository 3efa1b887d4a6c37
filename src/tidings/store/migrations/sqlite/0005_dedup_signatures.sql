-- Tidings store, version 5: near-duplicate signatures are kept with the articles.
-- Before this, every ingest re-read the text of every stored article and hashed it
-- again to seed near-duplicate detection, so starting an ingest into a store of a
-- million articles cost minutes. `scheme` names the shingling and hash parameters;
-- a signature of another scheme is ignored and recomputed from the text.

CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    scheme     TEXT NOT NULL,
    signature  BLOB NOT NULL
);
