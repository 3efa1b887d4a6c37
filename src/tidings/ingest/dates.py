"""Publication dates: every format's way of writing a date, normalised to ``datetime.date``.

A date is kept as the calendar day *as written* in its own time zone (a page
stamped ``2024-02-14T23:30:00+03:30`` was published on 14 Feb in Tehran), not
converted to UTC: that is the day readers of the article saw on it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["is_date_line", "normalise_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# Clock times and zones that may trail a written date ("14 Feb 2024, 21:35 GMT").
_TAIL = r"(?:[\s,|–—-]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WRITTEN = [
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TAIL}", re.I),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TAIL}", re.I),
]
_ISO_DAY = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})")
_PREFIX = re.compile(r"^(?:published|updated|posted|date|dated)\s*(?:on)?\s*:?\s*", re.I)
_MIN_YEAR, _MAX_YEAR = 1800, 2200


def normalise_date(value: object) -> date | None:
    """The calendar date in ``value`` (str, date or datetime), or ``None`` if unparseable.

    Understands ISO dates and datetimes with zones, ``14 Feb 2024``,
    ``February 14, 2024`` (with optional weekday and clock time) and RFC 822
    dates as used by RSS (``Wed, 14 Feb 2024 10:00:00 +0330``). Purely numeric
    day/month orders (``02/03/2024``) are ambiguous and give ``None``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = _PREFIX.sub("", value.strip())
    if not text:
        return None
    for parse in (_iso, _written, _rfc822):
        found = parse(text)
        if found is not None and _MIN_YEAR <= found.year <= _MAX_YEAR:
            return found
    return None


def is_date_line(line: str) -> bool:
    """Whether a whole line is nothing but a date (the date line of a plain-text article)."""
    text = _PREFIX.sub("", line.strip())
    if not text or len(text) > 60:
        return False
    if _ISO_DAY.fullmatch(text) or any(p.fullmatch(text) for p in _WRITTEN):
        return normalise_date(text) is not None
    return _iso(text) is not None or _rfc822(text) is not None


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _ISO_DAY.fullmatch(text)
    if match is None:
        return None
    return _make(int(match["year"]), int(match["month"]), int(match["day"]))


def _written(text: str) -> date | None:
    for pattern in _WRITTEN:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        month = _MONTHS.get(match["month"].lower())
        if month is not None:
            return _make(int(match["year"]), month, int(match["day"]))
    return None


def _rfc822(text: str) -> date | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}", text):
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
