"""The store's tables as Python sees them: column names and value kinds.

This is the single list the writers, the exporters and the schema test use;
the SQL migration files must create exactly these columns (a test compares
them with the live database on both backends). Kinds are deliberately few
because the same SQL must run on SQLite and PostgreSQL: dates are ISO 8601
``TEXT`` and flags are ``INTEGER`` 0/1 on both, so ``event_date >= ?`` and
``negated = 0`` mean the same thing everywhere.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["COLUMNS", "EXPORT_TABLES", "NOT_INFERRED", "SCHEMA_VERSION", "Kind", "asserted",
           "column_names", "counted"]

Kind = Literal["text", "int", "real"]

SCHEMA_VERSION = 8

# events.country_from_place / country_from_article when no side's country was inferred;
# NULL there means "not recorded" (a row stored before version 7).
NOT_INFERRED = "none"


def asserted(alias: str = "") -> str:
    """The condition of an asserted event (neither negated nor hypothetical): the only ones
    that fold and count. Migration 0008 repeats it in the WHERE of the fold-key and
    covering partial indexes, and a query must spell it so for the planner to use them."""
    col = f"{alias}." if alias else ""
    return f"{col}negated = 0 AND {col}hypothetical = 0"


def counted(alias: str = "") -> str:
    """The condition of a counted event: the first report of its event (unfolded) and
    asserted. Series, networks, alerts, statistics and exports count only these."""
    col = f"{alias}." if alias else ""
    return f"{col}folded_into IS NULL AND {asserted(alias)}"

COLUMNS: dict[str, tuple[tuple[str, Kind], ...]] = {
    "articles": (
        ("id", "text"), ("title", "text"), ("published", "text"), ("dateline", "text"),
        ("url", "text"), ("source", "text"), ("language", "text"), ("content_hash", "text"),
        ("duplicate_of", "text"), ("text", "text"), ("ingested_at", "text"),
    ),
    "actors": (
        ("article_id", "text"), ("entity_id", "int"), ("name", "text"), ("country", "text"),
        ("code", "text"), ("sector", "text"), ("role", "text"), ("kind", "text"),
        ("evidence", "text"),
    ),
    "mentions": (
        ("article_id", "text"), ("entity_id", "int"), ("text", "text"), ("kind", "text"),
        ("start_char", "int"), ("end_char", "int"),
    ),
    "quotes": (
        ("id", "int"), ("article_id", "text"), ("idx", "int"), ("kind", "text"), ("text", "text"),
        ("start_char", "int"), ("end_char", "int"), ("cue", "text"), ("cue_start", "int"),
        ("cue_end", "int"), ("speaker_name", "text"), ("speaker_country", "text"),
        ("speaker_code", "text"), ("speaker_sector", "text"), ("speaker_role", "text"),
        ("speaker_text", "text"), ("speaker_start", "int"), ("speaker_end", "int"),
        ("rule", "text"), ("confidence", "real"),
        # 0/1, NULL on rows stored before version 7 (not recorded)
        ("speaker_country_from_article", "int"),
    ),
    "events": (
        ("id", "int"), ("article_id", "text"), ("idx", "int"), ("event_date", "text"),
        ("source_name", "text"), ("source_country", "text"), ("source_code", "text"),
        ("source_sector", "text"), ("target_name", "text"), ("target_country", "text"),
        ("target_code", "text"), ("target_sector", "text"), ("cameo", "text"), ("root", "text"),
        ("quad_class", "int"), ("goldstein", "real"), ("plover", "text"), ("sentence", "text"),
        ("start_char", "int"), ("end_char", "int"), ("event_text", "text"), ("pattern", "text"),
        ("confidence", "real"), ("negated", "int"), ("hypothetical", "int"), ("reported", "int"),
        ("background", "int"), ("quote_idx", "int"), ("place_name", "text"),
        ("place_country", "text"), ("lat", "real"), ("lon", "real"), ("num_mentions", "int"),
        ("folded_into", "int"),
        # "source", "target", "source,target"; "none" when no side's country was inferred;
        # NULL on rows stored before version 7 (not recorded). See tidings.provenance.
        ("country_from_place", "text"), ("country_from_article", "text"),
    ),
    "places": (
        ("article_id", "text"), ("idx", "int"), ("name", "text"), ("start_char", "int"),
        ("end_char", "int"), ("country", "text"), ("lat", "real"), ("lon", "real"),
        ("feature", "text"), ("geonameid", "int"),
    ),
    "rejections": (("source", "text"), ("reason", "text"), ("status", "text"), ("at", "text")),
}

EXPORT_TABLES = ("events", "quotes", "actors", "articles", "mentions")


def column_names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in COLUMNS[table])
