"""Helpers for the ingest tests: fixture paths and a run that splits the outcome."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tidings.config import Settings
from tidings.ingest import Deduplicator, Rejected, iter_articles
from tidings.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SAMPLE = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"


@dataclass
class Outcome:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def one(self) -> Article:
        assert not self.rejected, self.rejected
        assert len(self.articles) == 1, self.articles
        return self.articles[0]

    def reasons(self) -> list[str]:
        return [r.reason for r in self.rejected]


def run(
    *sources: str | os.PathLike[str],
    settings: Settings | None = None,
    dedup: Deduplicator | None = None,
) -> Outcome:
    outcome = Outcome()
    for item in iter_articles([str(s) for s in sources], settings or Settings(), dedup):
        if isinstance(item, Rejected):
            outcome.rejected.append(item)
        else:
            outcome.articles.append(item)
    return outcome
