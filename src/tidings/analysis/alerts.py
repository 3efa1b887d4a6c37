"""Escalation alerts: a dyad whose conflict intensity jumps above its own recent baseline.

Method (documented in docs/api.md):

1. Conflict intensity of a dyad in a period: ``v = Σ −goldstein`` over its counted events
   with a negative Goldstein score (so a material attack at −10 weighs ten times a mild
   verbal accusation at −1). Dyads are undirected unless ``directed``. Only two-sided
   events count: a one-sided event (blank source or target) has no dyad, so it neither
   raises an alert nor is listed as one's evidence.
2. Baseline: the previous ``window`` periods of the same dyad (periods with no events
   count as 0). ``mean`` and population ``std``; the std is floored at ``min_std`` so a
   dyad that was perfectly quiet does not alert on a single minor event.
3. ``z = (v − mean) / max(std, min_std)``. An alert fires when ``z ≥ threshold`` and the
   period has at least ``min_events`` conflict events.
4. A period is judged only when the store holds ``window`` full periods of history before
   it (counted from the earliest dated event), so the first weeks of a new database do
   not all alert. Without a ``start``, the last ``recent`` periods (default 12) up to
   ``end`` (default: the latest event) are judged.

Each alert lists the events behind it, most negative Goldstein first. With
``written_countries`` events a side of which has a country taken from the event's place or
lent from the article's context do not count (``tidings.provenance``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tidings.analysis.common import (
    ALL_TIME,
    SOURCE_KEY,
    TARGET_KEY,
    AnalysisError,
    DateRange,
    Interval,
    QueryStore,
    counted,
    iso3_countries,
    period_start,
    periods_between,
    row_date,
    shift_periods,
    written_condition,
)

__all__ = ["AlertParams", "escalation_alerts"]

MAX_EVENTS_PER_ALERT = 50


@dataclass(frozen=True)
class AlertParams:
    interval: Interval = "week"
    window: int = 8
    threshold: float = 3.0
    min_events: int = 3
    min_std: float = 2.0
    directed: bool = False
    recent: int = 12
    written_countries: bool = False

    def __post_init__(self) -> None:
        if not 2 <= self.window <= 104:
            raise AnalysisError("window must be between 2 and 104 periods")
        if not 0 < self.threshold <= 100:
            raise AnalysisError("threshold must be a positive number of standard deviations")
        if not 1 <= self.recent <= 1000:
            raise AnalysisError("recent must be between 1 and 1000 periods")
        if self.min_events < 1 or self.min_std <= 0:
            raise AnalysisError("min_events must be ≥ 1 and min_std > 0")


Dyad = tuple[str, str]


def escalation_alerts(store: QueryStore, dates: DateRange = ALL_TIME,
                      params: AlertParams = AlertParams()) -> list[dict[str, Any]]:
    """Alerts for periods within ``dates``, strongest first."""
    earliest = _earliest(store)
    if earliest is None:
        return []
    judged_from = shift_periods(earliest, params.interval, params.window)
    last = dates.end or _latest(store) or judged_from
    recent = shift_periods(last, params.interval, 1 - params.recent)
    first = max(dates.start or recent, judged_from)
    if first > last:
        return []
    history = DateRange(shift_periods(first, params.interval, -params.window), last)
    cells = _conflict_cells(store, history, params)
    alerts = []
    # The baseline periods of a judged period are the same for every dyad.
    judged = {p: [shift_periods(p, params.interval, -k) for k in range(1, params.window + 1)]
              for p in periods_between(first, last, params.interval)}
    for dyad, by_period in cells.items():
        for period, baseline in judged.items():
            cell = by_period.get(period)
            if cell is None or cell[1] < params.min_events:
                continue
            alert = _judge(dyad, period, cell, [by_period.get(b, (0.0, 0))[0] for b in baseline],
                           params)
            if alert is not None:
                alerts.append(alert)
    _attach_events(store, alerts, params)
    alerts.sort(key=lambda a: (-float(a["z"]), str(a["period"]), str(a["source"]),
                               str(a["target"])))
    return alerts


def _mean_std(values: list[float]) -> tuple[float, float]:
    """Mean and population standard deviation in plain floats.

    ``statistics.pstdev`` computes exactly with fractions, which made it most of the
    time of a year of alerts over a million events; float rounding is far below the
    three decimals reported.
    """
    mean = math.fsum(values) / len(values)
    return mean, math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


# (conflict intensity, number of conflict events) of one dyad in one period
Cell = tuple[float, int]


def _judge(dyad: Dyad, period: date, cell: Cell, base: list[float],
           params: AlertParams) -> dict[str, Any] | None:
    value, n = cell
    mean, std = _mean_std(base)
    z = (value - mean) / max(std, params.min_std)
    if z < params.threshold:
        return None
    return {
        "source": dyad[0], "target": dyad[1], "period": period.isoformat(),
        "value": round(value, 3), "n_events": n,
        "baseline_mean": round(mean, 3), "baseline_std": round(std, 3), "z": round(z, 3),
    }


def _attach_events(store: QueryStore, alerts: list[dict[str, Any]],
                   params: AlertParams) -> None:
    """Set each alert's ``events``: its conflict events, most negative Goldstein first.

    One statement per chunk of alerts, not one query per alert. The alerts' directed
    (source key, target key, period) rows are joined to the events as a ``VALUES``
    table, one join per way the two keys match a row (a country on ``*_country``, any
    other key on ``*_code`` of an actor without a country; see ``side_condition``), so
    each join runs on an index and the rows are those
    :func:`tidings.analysis.common.dyad_condition` selects.
    """
    for at in range(0, len(alerts), _ALERTS_PER_QUERY):
        chunk = alerts[at:at + _ALERTS_PER_QUERY]
        found: list[list[dict[str, Any]]] = [[] for _ in chunk]
        for row in _evidence_rows(store, chunk, params):
            evidence = {k: row[k] for k in _EVIDENCE}
            evidence["id"], evidence["goldstein"] = int(row["id"]), float(row["goldstein"])
            found[int(row["alert_no"])].append(evidence)
        for alert, rows in zip(chunk, found, strict=True):
            # An alert's rows may come from two joins (one per direction): merge, then cut.
            rows.sort(key=lambda r: (r["goldstein"], r["id"]))
            alert["events"] = rows[:MAX_EVENTS_PER_ALERT]


# Up to two VALUES rows of five parameters per alert: within the 999 parameters old
# SQLite builds allow per statement.
_ALERTS_PER_QUERY = 90
_EVIDENCE = ("id", "cameo", "goldstein", "sentence", "article_id", "event_date")
_SIDE = {  # (country key?, other side a country key?) -> how one side matches its key
    (True, True): "e.{side}_country = a.{col}",
    (True, False): "e.{side}_country = a.{col}",
    (False, False): "e.{side}_country IS NULL AND e.{side}_code = a.{col}",
    # Beside a country the code is compared through COALESCE (the same rows, as the
    # country is NULL): given the bare code column, PostgreSQL's planner joined on the
    # code index, thousands of rows a key, rather than on the country-and-date index.
    (False, True): "e.{side}_country IS NULL AND COALESCE(e.{side}_country, e.{side}_code) "
                   "= a.{col}",
}


def _evidence_rows(store: QueryStore, alerts: list[dict[str, Any]],
                   params: AlertParams) -> list[dict[str, Any]]:
    countries = iso3_countries()
    shapes: dict[tuple[bool, bool], list[Any]] = defaultdict(list)
    for n, alert in enumerate(alerts):
        source, target = str(alert["source"]), str(alert["target"])
        period = date.fromisoformat(str(alert["period"]))
        end = shift_periods(period, params.interval, 1) - timedelta(days=1)
        window = [period.isoformat(), end.isoformat() + "~"]  # as DateRange.sql() bounds
        pairs = {(source, target)} if params.directed else {(source, target), (target, source)}
        for s, t in sorted(pairs):
            shapes[(s in countries, t in countries)].append([n, s, t, *window])
    tables, parts, values, limits = [], [], [], []
    written, wparams = written_condition(params.written_countries)
    for k, ((s_country, t_country), rows) in enumerate(shapes.items()):
        tables.append(f"a{k}(alert_no, s, t, lo, hi) AS (VALUES "
                      + ", ".join(["(?, ?, ?, ?, ?)"] * len(rows)) + ")")
        values += [v for row in rows for v in row]
        on = (f"{_SIDE[s_country, t_country].format(side='source', col='s')} AND "
              f"{_SIDE[t_country, s_country].format(side='target', col='t')}")
        parts.append(
            "SELECT * FROM (SELECT a.alert_no, e.id, e.cameo, e.goldstein, e.sentence, "
            "e.article_id, e.event_date, ROW_NUMBER() OVER (PARTITION BY a.alert_no "
            f"ORDER BY e.goldstein, e.id) AS rank_in_alert FROM a{k} a JOIN events e ON {on} "
            "AND e.event_date >= a.lo AND e.event_date <= a.hi "
            f"WHERE {counted(store)} AND e.goldstein < 0 AND {written}) ranked{k} "
            "WHERE rank_in_alert <= ?")
        limits += [*wparams, MAX_EVENTS_PER_ALERT]
    if not parts:
        return []
    sql = f"WITH {', '.join(tables)} {' UNION ALL '.join(parts)}"
    return store.query(sql, [*values, *limits])


def _conflict_cells(store: QueryStore, history: DateRange, params: AlertParams
                    ) -> dict[Dyad, dict[date, Cell]]:
    """Conflict intensity and count per dyad and period, summed per day in SQL."""
    when, wparams = history.sql()
    written, xparams = written_condition(params.written_countries)
    when, wparams = f"{when} AND {written}", [*wparams, *xparams]
    rows = store.query(
        f"SELECT {SOURCE_KEY} AS s, {TARGET_KEY} AS t, e.event_date AS d, COUNT(*) AS n, "
        "SUM(-e.goldstein) AS v FROM events e "
        f"WHERE {counted(store)} AND e.goldstein < 0 AND {when} "
        f"AND {SOURCE_KEY} IS NOT NULL AND {TARGET_KEY} IS NOT NULL "
        f"GROUP BY {SOURCE_KEY}, {TARGET_KEY}, e.event_date",
        wparams,
    )
    cells: dict[Dyad, dict[date, Cell]] = defaultdict(dict)
    periods: dict[Any, date | None] = {}
    for r in rows:
        raw = r["d"]
        if raw not in periods:
            day = row_date(raw)
            periods[raw] = period_start(day, params.interval) if day else None
        period = periods[raw]
        if period is None:
            continue
        s, t = str(r["s"]), str(r["t"])
        dyad = (s, t) if params.directed or s <= t else (t, s)
        value, n = cells[dyad].get(period, (0.0, 0))
        cells[dyad][period] = (value + float(r["v"]), n + int(r["n"]))
    return cells


def _earliest(store: QueryStore) -> date | None:
    rows = store.query("SELECT MIN(e.event_date) AS d FROM events e WHERE e.event_date IS NOT NULL")
    return row_date(rows[0]["d"]) if rows else None


def _latest(store: QueryStore) -> date | None:
    rows = store.query("SELECT MAX(e.event_date) AS d FROM events e WHERE e.event_date IS NOT NULL")
    return row_date(rows[0]["d"]) if rows else None
