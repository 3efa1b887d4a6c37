"""The API benchmark writes its synthetic rows straight into the schema's column order, so a
schema change that adds a column must be mirrored there (it was not, once: migration 0007)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tidings.store import column_names

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "api.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tidings_bench_api", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_rows_match_the_schema() -> None:
    article, events = next(_bench().synthetic(12))
    assert len(article) == len(column_names("articles"))
    assert events and all(len(row) == len(column_names("events")) for row in events)
