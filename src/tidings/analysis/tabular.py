"""What the event-table exports (GDELT, ICEWS) share: writing TSV lines, place features."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tidings.analysis.common import AnalysisError
from tidings.geo import load_gazetteer
from tidings.store.export import whole_file

__all__ = ["place_feature", "write_tsv"]


def write_tsv(path: str | Path, rows: Iterable[Sequence[str]],
              header: Sequence[str] | None = None) -> int:
    """Write ``rows`` (and ``header`` first, if given) as TSV; returns the number of rows.

    The file appears under its name only once complete, so a failed export never leaves
    a truncated table that looks whole.
    """
    target = Path(path)
    n = 0
    try:
        with whole_file(target) as partial, partial.open("w", encoding="utf-8",
                                                         newline="") as fh:
            if header is not None:
                fh.write("\t".join(header) + "\n")
            for row in rows:
                fh.write("\t".join(_clean(v) for v in row) + "\n")
                n += 1
    except OSError as exc:
        raise AnalysisError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return n


def _clean(value: str) -> str:
    """No tab or newline may break the column layout."""
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def place_feature(row: dict[str, Any]) -> str | None:
    """``city``, ``admin1``, ``country``, ... of an event row's place (its ``feature``)."""
    if row["feature"] is None and row["place_name"]:
        # A dateline place has no row in ``places``: ask the gazetteer what it is.
        cand = load_gazetteer().resolve(row["place_name"])
        return cand.feature if cand is not None else None
    return str(row["feature"]) if row["feature"] is not None else None
