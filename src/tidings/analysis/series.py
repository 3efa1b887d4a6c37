"""Dyad time series: events between two actors per day, week or month.

Each point counts the unfolded events of the period by quad class (1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict), sums and averages their
Goldstein scores, and gives the cooperation–conflict index

    w(e)  = 1 + |goldstein(e)|
    C     = Σ w(e) over events of quad class 1 or 2
    K     = Σ w(e) over events of quad class 3 or 4
    index = (C − K) / (C + K)            (None when the period has no events)

so the index runs from −1 (only conflict) to +1 (only cooperation), and a missile strike
(−10) outweighs a statement of support (+3.5), while a Goldstein-0 event still counts once.
Periods are labelled by their first day (weeks start on Monday); empty periods between the
first and last requested period are filled with zeros so a chart has no gaps.
A series counts two-sided events only: a one-sided event (blank source or target) belongs
to no dyad.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tidings.analysis.common import (
    ALL_TIME,
    DateRange,
    Interval,
    QueryStore,
    counted,
    dyad_condition,
    id_list,
    period_start,
    periods_between,
    row_date,
    written_condition,
)

__all__ = ["MAX_PERIODS", "SeriesPoint", "coop_conflict_index", "dyad_series", "event_weight"]

# A chart of more points than this is a mistake (a daily series over decades).
MAX_PERIODS = 5000


@dataclass
class SeriesPoint:
    """One period of a dyad series."""

    period: date
    n_events: int = 0
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    goldstein_sum: float = 0.0
    n_mentions: int = 0
    coop_weight: float = 0.0
    conflict_weight: float = 0.0
    event_ids: list[int] = field(default_factory=list)

    @property
    def goldstein_mean(self) -> float | None:
        return round(self.goldstein_sum / self.n_events, 3) if self.n_events else None

    @property
    def index(self) -> float | None:
        return coop_conflict_index(self.coop_weight, self.conflict_weight)

    def add_group(self, quad_class: int, n: int, goldstein_sum: float, mentions: int,
                  weight: float, event_ids: list[int]) -> None:
        """Add ``n`` events of one quad class; ``weight`` is their Σ (1 + |goldstein|)."""
        self.n_events += n
        self.event_ids.extend(event_ids)
        self.goldstein_sum += goldstein_sum
        self.n_mentions += mentions
        if quad_class in (1, 2, 3, 4):
            setattr(self, f"q{quad_class}", getattr(self, f"q{quad_class}") + n)
        if quad_class in (1, 2):
            self.coop_weight += weight
        elif quad_class in (3, 4):
            self.conflict_weight += weight

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "n_events": self.n_events,
            "q1": self.q1, "q2": self.q2, "q3": self.q3, "q4": self.q4,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": self.goldstein_mean,
            "index": self.index,
            "n_mentions": self.n_mentions,
            "event_ids": self.event_ids,
        }


def event_weight(goldstein: float) -> float:
    """An event's weight in the index: 1 + |Goldstein|."""
    return 1.0 + abs(goldstein)


def coop_conflict_index(coop: float, conflict: float) -> float | None:
    """(C − K) / (C + K), rounded to 4 places; None when both are zero."""
    total = coop + conflict
    return round((coop - conflict) / total, 4) if total > 0 else None


def dyad_series(store: QueryStore, source: str, target: str, interval: Interval = "week",
                dates: DateRange = ALL_TIME, directed: bool = False,
                written_countries: bool = False) -> dict[str, Any]:
    """The series of ``source``–``target`` events (both directions unless ``directed``;
    ``written_countries``: only events no side country of which was inferred)."""
    cond, params = dyad_condition(source, target, directed)
    when, wparams = dates.sql()
    written, xparams = written_condition(written_countries)
    when, wparams = f"{when} AND {written}", [*wparams, *xparams]
    # One row per (day, quad class) with its ids joined: a year of a busy dyad is a few
    # hundred rows instead of tens of thousands, whatever the interval.
    rows = store.query(
        f"SELECT e.event_date AS d, e.quad_class AS q, COUNT(*) AS n, SUM(e.goldstein) AS g, "
        f"SUM(e.num_mentions) AS m, SUM(1 + ABS(e.goldstein)) AS w, {id_list(store)} AS ids "
        f"FROM events e WHERE {counted(store)} AND e.event_date IS NOT NULL AND {cond} "
        f"AND {when} GROUP BY e.event_date, e.quad_class",
        [*params, *wparams],
    )
    points: dict[date, SeriesPoint] = {}
    for row in rows:
        day = row_date(row["d"])
        if day is None:
            continue
        key = period_start(day, interval)
        point = points.get(key) or points.setdefault(key, SeriesPoint(key))
        point.add_group(int(row["q"]), int(row["n"]), float(row["g"]), int(row["m"] or 0),
                        float(row["w"]), [int(i) for i in str(row["ids"]).split(",")])
    for point in points.values():
        point.event_ids.sort()
    return {
        "source": source,
        "target": target,
        "interval": interval,
        "directed": directed,
        "written_countries": written_countries,
        "points": [p.as_dict() for p in _fill(points, interval, dates)],
    }


def _fill(points: dict[date, SeriesPoint], interval: Interval,
          dates: DateRange) -> list[SeriesPoint]:
    first = dates.start or (min(points) if points else None)
    last = dates.end or (max(points) if points else None)
    if first is None or last is None:
        return []
    span = periods_between(first, last, interval, limit=MAX_PERIODS)
    return [points.get(start) or SeriesPoint(start) for start in span]
