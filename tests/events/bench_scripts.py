"""Shared plumbing of the evaluation gates that score a benchmark script's data set: the
script loaded as a module (it lives outside the package, with the data licence's
evaluation-only code) and floors that are only ever raised."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"


def load_script(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module, loaded once: the loader the scripts use for
    each other (``bench_common.sibling``), so a gate and a script share one copy."""
    if str(BENCHMARKS) not in sys.path:
        # Last, so that "events" stays the tests' package: the scripts import their shared
        # helpers (benchmarks/bench_common.py) by name, as they do when run directly.
        sys.path.append(str(BENCHMARKS))
    from bench_common import sibling

    return sibling(name)

def floors(key: str) -> dict[str, float]:
    """The recorded floors of one gate."""
    scores: dict[str, float] = json.loads(BASELINE.read_text("utf-8"))[key]["scores"]
    return scores


def shortfalls(key: str, got: dict[str, float], metrics: tuple[str, ...]) -> list[str]:
    """The metrics of ``got`` that fell below their recorded floors, as readable lines."""
    floor = floors(key)
    return [f"{m}: {got[m]:.3f} < {floor[m]:.3f}" for m in metrics if got[m] < floor[m]]


def raise_floors(key: str, got: dict[str, float], metrics: tuple[str, ...], margin: float,
                 split: str) -> None:
    """Record ``got`` minus ``margin`` as the new floors, never lowering an old one."""
    data = json.loads(BASELINE.read_text("utf-8"))
    old = data.get(key, {}).get("scores", {})
    new = {m: max(round(max(0.0, got[m] - margin), 3), old.get(m, 0.0)) for m in metrics}
    data[key] = {"margin": margin, "split": split, "measured": got, "scores": new}
    BASELINE.write_text(json.dumps(data, indent=2) + "\n", "utf-8")
