"""Evaluation gate: the quote scores must not drop below the recorded baseline.

Recomputes, on the bundled gold set and on the first PolNeAR dev articles
(read from the shared data folder; skipped when it is absent), the scores
recorded in ``eval_baseline.json`` and fails when any of them falls below its
baseline minus the tolerance. The gold set is gated in two parts, each with its
own baseline: the sample-corpus articles 001-050 (``gold``) and the news texts
101-199 added later (``gold_news``), so that adding gold data never lowers an
existing baseline. After a deliberate improvement, raise the baseline by running
this file with ``TIDINGS_UPDATE_QUOTES_BASELINE=1``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tidings.config import Settings
from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.quotes.evaluate import (
    gold_text,
    load_gold,
    polnear_contents,
    polnear_dev,
    predicted,
    score_gold,
    score_polnear,
    univocal,
)
from tidings.records import Article, Quote

REPO = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("eval_baseline.json")
POLNEAR_ARTICLES = 12


@pytest.fixture(scope="module")
def quotes_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings, stages=("actors", "quotes"))


def _quotes(pipe: Pipeline, texts: list[str]) -> list[tuple[Quote, ...]]:
    out = []
    for i, sdoc in enumerate(pipe.nlp.pipe(texts)):
        doc = pipe.apply(Document(article=Article(id=str(i), text=texts[i]), spacy_doc=sdoc))
        out.append(doc.quotes)
    return out


NEWS_FIRST_ID = 100  # gold ids from here on are the news texts of benchmarks/gold/quotes/texts


def _gold_scores(pipe: Pipeline, news: bool) -> dict[str, float]:
    articles = [
        a for a in load_gold(REPO / "benchmarks" / "gold" / "quotes")
        if (int(a.id[:3]) >= NEWS_FIRST_ID) == news
    ]
    texts = [gold_text(REPO, a) for a in articles]
    preds = _quotes(pipe, texts)
    items = [
        (t, a.quotes, predicted(qs))
        for t, a, qs in zip(texts, articles, preds, strict=True)
    ]
    s: dict[str, Any] = score_gold(items)
    return {
        "direct_f1@0.3": s["direct@0.3"]["f1"],
        "direct_f1@0.8": s["direct@0.8"]["f1"],
        "reported_f1@0.5": s["reported@0.5"]["f1"],
        "speaker_accuracy": s["speaker_accuracy"],
    }


def _polnear_scores(pipe: Pipeline, shared: Path) -> dict[str, float]:
    rows = polnear_dev(shared, POLNEAR_ARTICLES)
    texts = [t for _, t, _ in rows]
    preds = _quotes(pipe, texts)
    items = [
        (t, polnear_contents(a), univocal(qs)) for (_, t, a), qs in zip(rows, preds, strict=True)
    ]
    s: dict[str, Any] = score_polnear(items)
    return {
        "content_token_f1": s["content_tokens"]["f1"],
        "attributions_f1@0.3": s["attributions@0.3"]["f1"],
    }


def _check(name: str, got: dict[str, float]) -> None:
    base = json.loads(BASELINE.read_text("utf-8"))
    if os.environ.get("TIDINGS_UPDATE_QUOTES_BASELINE"):
        # a baseline only ever goes up
        old = base.get(name, {})
        base[name] = {k: max(round(v, 4), old.get(k, 0.0)) for k, v in got.items()}
        BASELINE.write_text(json.dumps(base, indent=1, sort_keys=True) + "\n", "utf-8")
        return
    tolerance = base["tolerance"]
    drops = {
        k: (got[k], v)
        for k, v in base[name].items()
        if got[k] < v - tolerance.get(k, tolerance["default"])
    }
    assert not drops, f"{name}: scores below baseline (got, baseline): {drops}"


def test_gold_scores_hold(quotes_pipeline: Pipeline) -> None:
    _check("gold", _gold_scores(quotes_pipeline, news=False))


def test_news_gold_scores_hold(quotes_pipeline: Pipeline) -> None:
    _check("gold_news", _gold_scores(quotes_pipeline, news=True))


def test_polnear_scores_hold(quotes_pipeline: Pipeline, shared_data: Path) -> None:
    if not (shared_data / "polnear" / "data" / "dev").is_dir():
        pytest.skip("PolNeAR not in the shared data")
    _check("polnear_dev_first_12", _polnear_scores(quotes_pipeline, shared_data))
