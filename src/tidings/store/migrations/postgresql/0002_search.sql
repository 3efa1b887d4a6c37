-- Tidings store, version 2: full-text search (PostgreSQL GIN indexes).
-- Store.search uses exactly these expressions so the planner can use the index.

CREATE INDEX quotes_text_fts ON quotes USING GIN (to_tsvector('english', text));
CREATE INDEX articles_text_fts ON articles
    USING GIN (to_tsvector('english', coalesce(title, '') || ' ' || text));
