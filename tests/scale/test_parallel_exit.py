"""Worker processes leave at once when the pool closes (tidings.scale.parallel).

The parent waits for its workers to exit before it returns, so a worker's
interpreter teardown (freeing the model object by object) used to be part of
every parallel run.
"""

from __future__ import annotations

import time

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


def test_closing_the_pool_does_not_wait_for_worker_teardown(settings: Settings) -> None:
    results = map_batches([[1, 2], [3]], _keep_slow_object, settings, jobs=2)
    assert [next(results), next(results)] == [([1, 2], 3), ([3], 3)]
    start = time.perf_counter()
    assert list(results) == []  # the pool closes here, waiting for its workers
    assert time.perf_counter() - start < SLOW_TEARDOWN / 2
