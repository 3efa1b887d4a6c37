"""The summary shown by ``tidings stats`` and the demo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tidings.store.schema import counted

if TYPE_CHECKING:
    from tidings.store.store import Store

__all__ = ["stats"]

# Counted on distinct asserted events (the analyses' "counted": unfolded, neither negated
# nor hypothetical), not on every report of one.
_COUNTED = counted()
_TOP_ACTORS = f"""
SELECT name, code, country, sum(events) AS events, sum(quotes) AS quotes,
       sum(events) + sum(quotes) AS total
FROM (
    SELECT source_name AS name, source_code AS code, source_country AS country,
           1 AS events, 0 AS quotes
    FROM events WHERE {_COUNTED}
      AND source_name IS NOT NULL
    UNION ALL
    SELECT target_name, target_code, target_country, 1, 0
    FROM events WHERE {_COUNTED}
      AND target_name IS NOT NULL
    UNION ALL
    SELECT speaker_name, speaker_code, speaker_country, 0, 1
    FROM quotes WHERE speaker_name IS NOT NULL
) AS appearances
GROUP BY name, code, country
ORDER BY total DESC, name
LIMIT ?
"""

_TOP_DYADS = f"""
SELECT coalesce(source_country, source_code) AS source,
       coalesce(target_country, target_code) AS target,
       count(*) AS events, sum(num_mentions) AS mentions
FROM events
WHERE {_COUNTED}
  AND coalesce(source_country, source_code) IS NOT NULL
  AND coalesce(target_country, target_code) IS NOT NULL
GROUP BY coalesce(source_country, source_code), coalesce(target_country, target_code)
ORDER BY events DESC, source, target
LIMIT ?
"""

_COUNTS = f"""
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM events
        WHERE {_COUNTED}) AS events,
       (SELECT count(*) FROM events) AS event_reports,
       (SELECT count(*) FROM events WHERE negated = 1 OR hypothetical = 1) AS flagged_events,
       (SELECT count(*) FROM actors) AS actors,
       (SELECT count(*) FROM places) AS places,
       (SELECT count(*) FROM rejections) AS rejections
"""


def stats(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts plus the top actors (events + quotes) and dyads (events)."""
    summary: dict[str, Any] = store.query(_COUNTS)[0]
    summary["top_actors"] = store.query(_TOP_ACTORS, (top,))
    summary["top_dyads"] = store.query(_TOP_DYADS, (top,))
    return summary
