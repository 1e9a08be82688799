"""Work spread over forked processes, results in input order (so output stays deterministic).

The machines factdiff runs on have two cores; reading large sources and scoring many claim pairs
use both. Forked workers inherit the parent's memory: the function they run is handed over that
way, not pickled, so it may be a closure over large read-only state (an index, every claim),
which is then never pickled either; only the items and the results travel.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# The function the forked workers run, set while a pool of them works (they inherit it).
_TASK: Callable[[Any], Any] | None = None


def _run_task(item: Any) -> Any:
    """One item, in a forked worker, by the function it inherited (``_TASK``)."""
    assert _TASK is not None
    return _TASK(item)


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not on Windows, nor macOS's default)."""
    import multiprocessing as mp  # only for large inputs: it costs 10 ms to import

    return "fork" in mp.get_all_start_methods()


def map_in_order(
    fn: Callable[[T], R],
    items: Sequence[T],
    parallel: bool,
    done: Callable[[int], None] | None = None,
    beside: Callable[[], None] | None = None,
) -> list[R]:
    """``fn`` over ``items``, in order: in up to two forked processes when ``parallel`` and the
    platform allows (``fn`` need not be picklable), else here. ``done(n)`` is called after the
    first n items have finished. ``beside()``, work of the caller's that does not depend on
    these results, runs here while the workers do theirs (before them when they run here)."""
    global _TASK
    workers = min(2, os.cpu_count() or 1, len(items))
    if parallel and workers > 1 and can_fork():
        import multiprocessing as mp

        # set before the pool forks its workers: they inherit it (and put back after, for a
        # pool that ``beside`` may run while this one works)
        outer, _TASK = _TASK, fn
        try:
            with mp.get_context("fork").Pool(workers) as pool:
                results = pool.imap(_run_task, items)
                if beside is not None:
                    beside()
                return _collect(results, done)
        finally:
            _TASK = outer
    if beside is not None:
        beside()
    return _collect(map(fn, items), done)


def map_in_chunks(
    fn: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    size: int,
    parallel: bool,
    done: Callable[[int], None] | None = None,
    beside: Callable[[], None] | None = None,
) -> list[R]:
    """``fn`` over ``items`` cut into chunks of ``size`` (one round trip to a worker a chunk),
    the results flattened in order; ``done(n)`` after the first n chunks and ``beside`` as in
    ``map_in_order``."""
    chunks = [items[k : k + size] for k in range(0, len(items), size)]
    return [r for chunk in map_in_order(fn, chunks, parallel, done, beside) for r in chunk]


def _collect(results: Iterable[R], done: Callable[[int], None] | None) -> list[R]:
    out: list[R] = []
    for result in results:
        out.append(result)
        if done is not None:
            done(len(out))
    return out
