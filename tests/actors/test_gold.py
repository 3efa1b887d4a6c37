"""The hand-annotated gold mentions still point at the right text in the sample articles."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "benchmarks" / "gold" / "actors" / "mentions.jsonl"
ARTICLES = REPO / "src" / "tidings" / "data" / "sample" / "articles"


def test_gold_offsets_match_the_articles() -> None:
    rows = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    for row in rows:
        text = (ARTICLES / f"{row['article']}.txt").read_text("utf-8")
        assert text[row["start"]:row["end"]] == row["text"], row
        assert row["country"] is None or len(row["country"]) == 3
        assert row["sector"] is None or len(row["sector"]) == 3
