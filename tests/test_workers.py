"""Work spread over forked processes gives the same answer as work done in one process."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from factdiff import _workers, align, pipeline
from factdiff.pipeline import compare

needs_fork = pytest.mark.skipif(not _workers.can_fork(), reason="this platform cannot fork")


def _square(x: int) -> int:
    return x * x


@needs_fork
def test_forked_map_keeps_input_order() -> None:
    items = list(range(200))
    seen: list[int] = []
    got = _workers.map_in_order(_square, items, parallel=True, done=seen.append)
    assert got == [x * x for x in items]
    assert seen == list(range(1, 201))


@needs_fork
def test_forked_workers_run_a_closure_over_local_state() -> None:
    """The function handed to the workers is inherited, not pickled: a closure over a local
    table runs there (pickling a lambda fails), and nothing of it is left behind."""
    table = {n: n * 3 for n in range(100)}
    items = list(range(100))
    got = _workers.map_in_chunks(lambda chunk: [table[n] for n in chunk], items, 7, True)
    assert got == [n * 3 for n in items]
    assert _workers._TASK is None


@needs_fork
def test_work_beside_may_fork_workers_of_its_own() -> None:
    """A pool run by ``beside`` while another pool works leaves each its own function."""
    inner: list[list[int]] = []

    def beside() -> None:
        inner.append(_workers.map_in_chunks(lambda c: [x + 1 for x in c], list(range(20)), 3, True))

    got = _workers.map_in_chunks(
        lambda c: [x * 2 for x in c], list(range(40)), 4, True, beside=beside
    )
    assert got == [x * 2 for x in range(40)]
    assert inner == [[x + 1 for x in range(20)]]
    assert _workers._TASK is None


@needs_fork
def test_an_error_in_a_forked_worker_reaches_the_caller() -> None:
    def fail(chunk: Sequence[int]) -> list[int]:
        raise ValueError(f"chunk of {len(chunk)}")

    with pytest.raises(ValueError, match="chunk of"):
        _workers.map_in_chunks(fail, list(range(10)), 5, True)
    assert _workers._TASK is None


@pytest.mark.parametrize("parallel", [True, False])
def test_work_beside_the_workers_runs_once(parallel: bool) -> None:
    """The caller's own work (``beside``) runs once, forked workers or not, and the results
    keep their order."""
    ran: list[int] = []
    got = _workers.map_in_order(_square, list(range(50)), parallel, beside=lambda: ran.append(1))
    assert got == [x * x for x in range(50)] and ran == [1]


@needs_fork
def test_forked_comparison_is_byte_identical(
    seeds: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    here = compare(seeds)
    # Force every forked stage (reading the sources, preparing and scoring claims, judging
    # the matches) on the seeds.
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(align, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(pipeline, "_JUDGE_PARALLEL_FROM", 0)
    monkeypatch.setattr(pipeline, "_JUDGE_CHUNK", 3)
    monkeypatch.setattr(align, "_PREPARE_PARALLEL_FROM", 0)
    monkeypatch.setattr(align, "_PREPARE_CHUNK", 7)
    monkeypatch.setattr(align, "_BLOCKING_PARALLEL_FROM", 0)
    monkeypatch.setattr(align, "_BLOCKING_CHUNK", 5)
    forked = compare(seeds)
    assert forked.to_json() == here.to_json()
    assert forked.to_markdown() == here.to_markdown()


def test_progress_counts_up_to_each_total(seeds: list[str]) -> None:
    calls: list[tuple[str, int, int]] = []
    compare(seeds, progress=lambda stage, n, total: calls.append((stage, n, total)))
    for stage in ("reading", "matching"):
        counts = [n for s, n, _ in calls if s == stage]
        totals = {t for s, _, t in calls if s == stage}
        assert len(totals) == 1
        assert counts[0] == 0
        assert counts[-1] == totals.pop()
        assert counts == sorted(counts)
