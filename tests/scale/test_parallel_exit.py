"""Worker processes leave at once when the pool closes (tidings.scale.parallel).

The parent waits for its workers to exit before it returns, so a worker's
interpreter teardown (freeing the model object by object) used to be part of
every parallel run.
"""

from __future__ import annotations

import atexit
import time
from pathlib import Path

from tidings.config import Settings
from tidings.scale.parallel import map_batches

SLOW_TEARDOWN = 8.0  # seconds a kept object takes to free; far above a worker's exit
_KEPT: list[object] = []


class _SlowToFree:
    def __del__(self) -> None:
        time.sleep(SLOW_TEARDOWN)


def _keep_slow_object(batch: list[int]) -> int:
    """A task that leaves something costly to free in the worker's module state."""
    _KEPT.append(_SlowToFree())
    return sum(batch)


def _mark_at_exit(batch: list[str]) -> int:
    """A task whose worker must still write a file from an exit handler."""
    atexit.register(Path(batch[0]).write_text, "done")
    return len(batch)


def test_exit_handlers_registered_in_a_worker_still_run(
    settings: Settings, tmp_path: Path
) -> None:
    mark = tmp_path / "exit-mark"
    assert [r for _, r in map_batches([[str(mark)]], _mark_at_exit, settings, jobs=1)] == [1]
    assert mark.read_text() == "done"


def test_closing_the_pool_does_not_wait_for_worker_teardown(settings: Settings) -> None:
    results = map_batches([[1, 2], [3]], _keep_slow_object, settings, jobs=2)
    assert [next(results), next(results)] == [([1, 2], 3), ([3], 3)]
    start = time.perf_counter()
    assert list(results) == []  # the pool closes here, waiting for its workers
    assert time.perf_counter() - start < SLOW_TEARDOWN / 2
