"""Evaluation gate on the DEV halves of the two external corpora of
``benchmarks/events_external.py`` (CASE 2021 task 2, IndiaPoliceEvents; no licence, read
from the shared directory at run time): on every 3rd dev sentence, CASE and IPE micro
precision and recall must not fall below the floors recorded under ``external_dev`` in
``eval_baseline.json``. The tests skip without the data. Raise the floors after a reviewed
improvement with::

    .venv/bin/python tests/events/test_external_gate.py
"""

from __future__ import annotations

import csv
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from events.bench_scripts import load_script, raise_floors, shortfalls

KEY = "external_dev"
MARGIN = 0.02
EVERY = 3
METRICS = ("case_precision", "case_recall", "ipe_precision", "ipe_recall")
CAMEO = Path(__file__).resolve().parents[2] / "src/tidings/events/data/cameo_codes.tsv"


def bench() -> ModuleType:
    return load_script("events_external")


def _load(shared: Path) -> tuple[list[Any], Any]:
    if bench().missing_files(shared):
        pytest.skip("CASE 2021 / IndiaPoliceEvents data not found in the shared data")
    return bench().load(shared)  # type: ignore[no-any-return]


def measure(pipeline: Any, shared: Path) -> dict[str, float]:
    items, population = _load(shared)
    dev = [i for i in items if i.split == "dev"][::EVERY]
    s = bench().score(dev, list(pipeline.run(i.article for i in dev)), population)
    return {"case_precision": s["case2021/dev"]["micro"]["precision"],
            "case_recall": s["case2021/dev"]["micro"]["recall"],
            "ipe_precision": s["ipe/dev"]["micro"]["precision"],
            "ipe_recall": s["ipe/dev"]["micro"]["recall"]}


def test_external_dev_subset_does_not_regress(pipeline: Any, shared_data: Path) -> None:
    failures = shortfalls(KEY, measure(pipeline, shared_data), METRICS)
    assert not failures, "external dev figures fell below baseline: " + "; ".join(failures)


def test_label_map_covers_the_data_with_real_cameo_codes(shared_data: Path) -> None:
    items, _ = _load(shared_data)
    lmap = bench().label_map()
    seen = {(i.corpus, lb) for i in items for lb in i.labels}
    assert seen <= set(lmap), sorted(seen - set(lmap))
    with CAMEO.open(encoding="utf-8") as fh:
        codes = {r["code"] for r in csv.DictReader(
            (ln for ln in fh if not ln.startswith("#")), delimiter="\t")}
    for rule in lmap.values():
        assert (rule.scoring == "event") == bool(rule.codes), rule
        assert all(any(c.startswith(p) for c in codes) for p in rule.codes), rule


def test_split_keeps_documents_whole_and_halves_balanced(shared_data: Path) -> None:
    items, population = _load(shared_data)
    halves: dict[str, set[str]] = {}
    for i in items:
        halves.setdefault(f"{i.corpus}:{i.group}", set()).add(i.split)
    assert all(len(s) == 1 for s in halves.values())
    for corpus in ("case2021", "ipe"):
        dev = sum(i.split == "dev" for i in items if i.corpus == corpus)
        assert 0.4 < dev / sum(i.corpus == corpus for i in items) < 0.6
    assert sum(population.values()) > 18000  # the unlabelled sentences, all of them
    assert sum(i.sampled for i in items) == bench().IPE_UNLABELLED


def test_split_is_a_stable_hash() -> None:
    split_of = bench().split_of
    assert [split_of("ipe", str(n)) for n in range(6)] == \
        [split_of("ipe", str(n)) for n in range(6)]
    assert {split_of("case2021", str(n)) for n in range(40)} == {"dev", "test"}


def test_ipe_precision_weights_sampled_false_positives() -> None:
    b = bench()

    class Doc:
        def __init__(self, codes: list[str]) -> None:
            from tidings.records import Actor, Event

            side = Actor("x", None, "---COP")
            self.events = [Event(source=side, target=side, cameo=c, root=c[:2],
                                 quad_class=4, goldstein=-5.0, sentence="", start=0, end=0)
                           for c in codes]

    items = [b.Sentence("ipe", "1-0", "1", "t", frozenset({"ARREST", "ANY_ACTION"})),
             b.Sentence("ipe", "2-0", "2", "t", frozenset(), sampled=True),
             b.Sentence("ipe", "3-0", "3", "t", frozenset(), sampled=True)]
    got = b.score_ipe(items, [Doc(["173"]), Doc(["173"]), Doc([])], population=20)
    # One true arrest; one false among 2 sampled of 20 unlabelled stands for 10.
    assert got["ARREST"]["recall"] == 1.0
    assert got["ARREST"]["precision"] == round(1 / 11, 3)
    assert got["ARREST"]["precision_unweighted"] == 0.5


def _write_baseline() -> None:
    from tidings.config import shared_data_dir
    from tidings.pipeline import Pipeline

    got = measure(Pipeline(), shared_data_dir())
    raise_floors(KEY, got, METRICS, MARGIN, f"dev halves: every {EVERY}rd dev sentence of "
                 "CASE 2021 task 2 and IndiaPoliceEvents (labelled + fixed-seed sample)")


if __name__ == "__main__":
    _write_baseline()
