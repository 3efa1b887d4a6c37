"""The blind news gold set (benchmarks/gold/actors/news_*) loads, is well-formed, splits as
the quote and event gold of the same texts."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from tidings.actors.evaluate import news_gold_cases

REPO = Path(__file__).resolve().parents[2]
HERE = REPO / "benchmarks" / "gold" / "actors"
GOLD = HERE / "news_mentions.jsonl"
QUOTES = REPO / "benchmarks" / "gold" / "quotes"
TEXTS = QUOTES / "texts"
# PLOVER sector codes (PLOVER_sector_codes_derived.csv) and "?" = sector not scored
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
           "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
           "SOC", "?"}
WINDOW = 1000  # the selection rule: every actor mention starting in the first 1,000 chars


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def test_offsets_match_the_texts_and_dates_match_the_sources() -> None:
    rows = _rows()
    texts = {p.stem: p.read_text("utf-8") for p in TEXTS.glob("*.txt")}
    for row in rows:
        art, start, end = str(row["article"]), int(str(row["start"])), int(str(row["end"]))
        assert texts[art][start:end] == row["text"], row
        assert 0 <= start < WINDOW, row
        published = json.loads((QUOTES / f"{art}.json").read_text("utf-8"))["published"]
        assert row["date"] == published == texts[art].split("\n")[1].strip(), row


def test_labels_are_well_formed() -> None:
    for row in _rows():
        country, sector, code = row["country"], row["sector"], str(row["code"])
        assert country is None or re.fullmatch(r"[A-Z]{3}", str(country)), row
        assert sector is None or sector in SECTORS, row
        assert code == "-" or re.fullmatch(r"[A-Z]{3,12}", code), row
        if country not in (None, "IGO", "UNO", "EUR"):
            assert code.startswith(str(country)), row  # USA... code for a USA mention


def test_jsonl_is_built_from_the_current_annotation() -> None:
    lines = [ln for ln in (HERE / "news_annotations.tsv").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    tsv = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = _rows()
    assert len(tsv) == len(rows)
    for t, r in zip(tsv, rows, strict=True):
        assert (t["article"], t["text"], t["code"]) == (r["article"], r["text"], r["code"])
        assert abs(int(t["approx"]) - int(str(r["start"]))) <= 80


def test_size_and_split() -> None:
    cases = list(news_gold_cases(GOLD))
    per_text = Counter(c.article for c in cases)
    assert len(cases) >= 600 and len(per_text) >= 40
    # the same texts are dev (151-197) or test (101-118) for quotes and events too
    for c in cases:
        assert c.split == ("dev" if int(c.article[:3]) >= 150
                           else "test"), c.article
    assert sum(c.split == "test" for c in cases) >= 300
    assert len({(c.article, c.start) for c in cases}) == len(cases)
    # the choice of texts is not biased toward easy ones: every text of the corpus is in
    assert set(per_text) == {p.stem for p in TEXTS.glob("*.txt")}
