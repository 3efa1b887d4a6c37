"""Paged listings shared by the CLI and the API: ``{items, total, limit, offset}``.

Every listing has a stable order: its sort keys end with the row's unique id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tidings.analysis.common import AnalysisError, QueryStore

__all__ = ["DEFAULT_PAGE", "MAX_LIMIT", "Page", "Where", "fetch_page"]

MAX_LIMIT = 500


@dataclass(frozen=True)
class Page:
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise AnalysisError(f"limit must be between 1 and {MAX_LIMIT}, got {self.limit}")
        if not 0 <= self.offset <= 10_000_000:
            raise AnalysisError(f"offset must be between 0 and 10000000, got {self.offset}")


DEFAULT_PAGE = Page()


class Where:
    """Conditions joined by AND, with their parameters in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, params: Sequence[Any] = ()) -> Where:
        self.parts.append(sql)
        self.params.extend(params)
        return self

    def add_pair(self, pair: tuple[str, Sequence[Any]]) -> Where:
        return self.add(pair[0], pair[1])

    @property
    def sql(self) -> str:
        return " AND ".join(f"({p})" for p in self.parts) or "1=1"


def fetch_page(store: QueryStore, select: str, from_where: str, params: Sequence[Any],
               order: str, page: Page) -> dict[str, Any]:
    """Run ``SELECT {select} {from_where} ORDER BY {order}`` for one page plus a count."""
    total_rows = store.query(f"SELECT COUNT(*) AS n {from_where}", params)
    total = int(total_rows[0]["n"]) if total_rows else 0
    items = store.query(
        f"SELECT {select} {from_where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, page.limit, page.offset],
    ) if total > page.offset else []
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}
