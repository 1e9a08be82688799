"""N-way alignment accuracy on ECB+: many sources compared in one run.

An editor may hand factdiff every article about a story at once. This runs ``factdiff.compare`` on
all articles of one ECB+ folder (one event, 2 to 30 articles) and judges the matches the way
``bench_align`` judges a pair: for every two articles of the run, recall of their annotated
same-event gold sentence pairs and precision of the aligned pairs of gold sentences. A second set
of runs takes both folders of a topic together (two events of one kind, as when a search returns
both) and counts the gold sentence pairs across the two folders that one match joins (false
matches), alongside the within-folder figures. A match of many claims implies every pair of its
claims, so loose chains (A~B, B~C, C~D …) show up as lost precision here, not in pairwise runs.

    python benchmarks/bench_nway.py [DATA_DIR] [--set match.KEY=VALUE ...]
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from bench_align import Corpus, _sentences_of, load_corpus, parse_args

from factdiff.config import Settings, load_settings
from factdiff.pipeline import compare


@dataclasses.dataclass
class Tally:
    true: int = 0  # aligned same-event gold pairs that are positives
    aligned: int = 0  # aligned pairs of gold sentences, same-event article pairs
    positives: int = 0
    false: int = 0  # aligned gold pairs across two events
    across: int = 0  # gold sentence pairs across two events
    runs: int = 0
    largest: int = 0  # claims in the largest match

    def add(self, other: Tally) -> None:
        for f in dataclasses.fields(self):
            if f.name == "largest":
                self.largest = max(self.largest, other.largest)
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _folders(corpus: Corpus) -> dict[str, list[str]]:
    """Doc ids by folder ("1" + "ecb" → topic 1's ECB folder), sorted."""
    folders: dict[str, list[str]] = defaultdict(list)
    for doc, path in corpus.paths.items():
        folders[path.parent.name].append(doc)
    return {k: sorted(v) for k, v in sorted(folders.items())}


def judge(corpus: Corpus, docs: list[str], settings: Settings) -> Tally:
    """Compare ``docs`` in one run; tally every pair of them that has gold sentence pairs."""
    report = compare([str(corpus.paths[d]) for d in docs], settings=settings)
    doc_of = {s.id: Path(s.path).stem for s in report.sources}
    span = {c.id: c.span for c in report.claims}
    gold_pairs: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for m in report.matches:
        stands = [
            (doc_of[c[0]], n)
            for c in m.claims
            for n in _sentences_of(corpus.gold[doc_of[c[0]]], span[c])["whole"]
        ]
        for (d1, s1), (d2, s2) in combinations(stands, 2):
            if d1 == d2:
                continue
            if (d1, d2) in corpus.pair_counts:
                gold_pairs[(d1, d2)].add((s1, s2))
            elif (d2, d1) in corpus.pair_counts:
                gold_pairs[(d2, d1)].add((s2, s1))
    t = Tally(runs=1, largest=max((len(m.claims) for m in report.matches), default=0))
    same = set(corpus.doc_pairs["same"])
    chosen = set(docs)
    for (d1, d2), count in corpus.pair_counts.items():
        if d1 not in chosen or d2 not in chosen:
            continue
        got = gold_pairs.get((d1, d2), set())
        if (d1, d2) in same:
            gold = {(s1, s2) for (a, s1, b, s2) in corpus.positive if a == d1 and b == d2}
            t.positives += len(gold)
            t.true += len(got & gold)
            t.aligned += len(got)
        else:
            t.false += len(got)
            t.across += count
    return t


def measure(corpus: Corpus, settings: Settings) -> tuple[Tally, Tally, float]:
    """Tallies of the one-event runs (each folder) and of the two-event runs (each topic)."""
    t0 = time.perf_counter()
    folders = _folders(corpus)
    one, two = Tally(), Tally()
    by_topic: dict[str, list[str]] = defaultdict(list)
    for name, docs in folders.items():
        by_topic[name.split("-")[0]].extend(docs)
        if len(docs) >= 3:
            one.add(judge(corpus, docs, settings))
    for docs in by_topic.values():
        if len(docs) >= 3:
            two.add(judge(corpus, sorted(docs), settings))
    return one, two, time.perf_counter() - t0


def _rate(a: int, b: int) -> float:
    return a / b if b else 0.0


def run(data_dir: Path, settings: Settings | None = None) -> str:
    corpus = load_corpus(data_dir)
    one, two, seconds = measure(corpus, settings or load_settings())
    rows = [
        ("one event (each folder in one run)", one),
        ("two events (both folders of a topic in one run)", two),
    ]
    lines = [
        "## N-way alignment on ECB+ (`benchmarks/bench_nway.py`)",
        "",
        "All articles of a folder (one event) compared in one run, then both folders of a topic "
        "(two events of one kind); every two articles of a run judged as `bench_align` judges a "
        f"pair (a claim stands for every gold sentence it holds). {seconds:.0f} s in all.",
        "",
        "| runs | sources per run | recall, same event | precision, same event "
        "| false matches, across events | largest match (claims) |",
        "|---|---|---|---|---|---|",
    ]
    for label, t in rows:
        false = f"{_rate(t.false, t.across):.2%}" if t.across else "—"
        lines.append(
            f"| {label}: {t.runs} | ≥ 3 | {_rate(t.true, t.positives):.3f} "
            f"| {_rate(t.true, t.aligned):.3f} ({t.aligned}) | {false} | {t.largest} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    data_dir, _, chosen = parse_args(sys.argv[1:])
    print(run(data_dir, chosen))
