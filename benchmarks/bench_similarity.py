"""Benchmark claim_similarity / same_claim on STS-B news pairs against a rapidfuzz baseline.

    .venv/bin/python benchmarks/bench_similarity.py [DATA_DIR]          # Markdown report
    .venv/bin/python benchmarks/bench_similarity.py --fit [DATA_DIR]    # refit the coefficients

DATA_DIR (default ``../shared/data``) holds ``stsb/sts-news-train-dev.tsv`` (columns
``split genre source score sentence1 sentence2``). Gold for the binary figures: human score >= 4 is
"same claim", <= 2 is "different"; pairs in between are left out. Everything is tuned on the
``train`` split; ``dev`` is the honest figure.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, utils

from factdiff import similarity
from factdiff.config import default_settings

SAME = 4.0
DIFFERENT = 2.0
SPLITS = ("train", "dev")

# Claims from the two seed articles that state one fact, and pairs that do not (sanity check).
SEED_PAIRS: tuple[tuple[str, str], ...] = (
    (
        "“The first gay Chechen refugee arrived on French land,” he said.",
        "The first gay Chechen refugee has arrived on French land.",
    ),
    (
        "Chechen officials have been incredibly brazen in their denial of such statements – "
        "despite reports from news outlets and activist groups in the region – even going so far "
        "as to say LGBQT people don’t exist in Chechnya.",
        "The government denied accounts of the reports, stating that there are no gay men in "
        "Chechnya.",
    ),
    (
        "Macron added that Putin told him he took steps to establish the truth of any reported "
        "activities by local Chechen officials, but did not go into detail regarding what those "
        "steps entailed.",
        "Putin told Macron that he intends to investigate the activities of Chechen authorities.",
    ),
)
SEED_UNRELATED: tuple[tuple[str, str], ...] = (
    (
        "“The first gay Chechen refugee arrived on French land,” he said.",
        "Putin told Macron that he intends to investigate the activities of Chechen authorities.",
    ),
    (
        "Chechen officials have been incredibly brazen in their denial of such statements.",
        "The first gay Chechen refugee has arrived on French land.",
    ),
    (
        "France’s newly-elected president, Emmanuel Macron, has been open about the country "
        "welcoming Syrian refugees.",
        "The government denied accounts of the reports, stating that there are no gay men in "
        "Chechnya.",
    ),
)


@dataclass(frozen=True)
class Pair:
    split: str
    source: str
    gold: float
    a: str
    b: str


@dataclass(frozen=True)
class Metrics:
    n: int
    accuracy: float
    precision: float
    recall: float
    f1: float


def _features_of(a: similarity.Prepared, b: similarity.Prepared) -> tuple[float, ...]:
    return similarity._features(a, b, similarity.shared_weight(a, b))


def load_pairs(data_dir: Path) -> list[Pair]:
    """The STS-B news pairs (header skipped; TAB separated, no quoting)."""
    path = data_dir / "stsb" / "sts-news-train-dev.tsv"
    pairs: list[Pair] = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        split, _genre, source, gold, a, b = line.split("\t")[:6]
        pairs.append(Pair(split, source, float(gold), a.strip(), b.strip()))
    return pairs


def _ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson correlation of tie-averaged ranks)."""
    rx, ry = _ranks(x), _ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / math.sqrt(vx * vy) if vx and vy else 0.0


def binary(gold: Sequence[float], scores: Sequence[float], threshold: float) -> Metrics:
    """Same-claim decisions (score >= threshold) against gold >= 4 / <= 2 (middle left out)."""
    tp = fp = fn = tn = 0
    for g, s in zip(gold, scores, strict=True):
        if DIFFERENT < g < SAME:
            continue
        same, said_same = g >= SAME, s >= threshold
        tp += same and said_same
        fp += not same and said_same
        fn += same and not said_same
        tn += not same and not said_same
    n = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return Metrics(n, (tp + tn) / n if n else 0.0, precision, recall, f1)


def best_threshold(gold: Sequence[float], scores: Sequence[float]) -> float:
    """The threshold with the best accuracy (then F1) on these pairs."""
    candidates = sorted(set(scores))
    best = max(
        candidates,
        key=lambda t: (binary(gold, scores, t).accuracy, binary(gold, scores, t).f1),
    )
    below = [c for c in candidates if c < best]
    return (best + below[-1]) / 2 if below else best


def baseline(a: str, b: str) -> float:
    """rapidfuzz token_set_ratio on lower-cased alphanumeric text, scaled to 0..1."""
    return fuzz.token_set_ratio(a, b, processor=utils.default_process) / 100


def _by_split(
    pairs: Sequence[Pair], scorer: Callable[[str, str], float]
) -> dict[str, tuple[list[float], list[float]]]:
    out: dict[str, tuple[list[float], list[float]]] = {}
    for split in SPLITS:
        chosen = [p for p in pairs if p.split == split]
        out[split] = ([p.gold for p in chosen], [scorer(p.a, p.b) for p in chosen])
    return out


def _throughput(pairs: Sequence[Pair]) -> tuple[float, float]:
    """(pairs/s for score() on prepared claims, pairs/s for claim_similarity on raw text)."""
    prepared = [(similarity.prepare(p.a), similarity.prepare(p.b)) for p in pairs]
    start = time.perf_counter()
    for a, b in prepared:
        similarity.score(a, b)
    scored = len(prepared) / (time.perf_counter() - start)
    start = time.perf_counter()
    for p in pairs:
        similarity.claim_similarity(p.a + " ", p.b + " ")  # fresh strings: no cached stems reused
    raw = len(pairs) / (time.perf_counter() - start)
    return scored, raw


def run(data_dir: Path) -> str:
    """The similarity benchmark as a Markdown section."""
    pairs = load_pairs(data_dir)
    threshold = default_settings().match.same_claim
    ours = _by_split(pairs, similarity.claim_similarity)
    base = _by_split(pairs, baseline)
    base_threshold = best_threshold(*base["train"])
    lines = [
        "## Claim similarity (STS-B news pairs)",
        "",
        "Gold: human score >= 4 = same claim, <= 2 = different (middle scores left out); "
        'precision/recall/F1 are for "same". Thresholds chosen on `train`: '
        f"`match.same_claim` = {threshold:g} for factdiff, {base_threshold:.3f} for the baseline "
        "(`rapidfuzz.fuzz.token_set_ratio` with `utils.default_process`, / 100). "
        "`dev` is held out.",
        "",
        "| split | scorer | pairs (binary) | Spearman | accuracy | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for split in SPLITS:
        for name, results, th in (
            ("token_set_ratio", base, base_threshold),
            ("factdiff", ours, threshold),
        ):
            gold, scores = results[split]
            m = binary(gold, scores, th)
            lines.append(
                f"| {split} | {name} | {len(gold)} ({m.n}) | {spearman(scores, gold):.3f} | "
                f"{m.accuracy:.3f} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} |"
            )
    scored, raw = _throughput(pairs)
    lines += [
        "",
        f"Throughput: {scored:,.0f} pairs/s scoring prepared claims (`score`), "
        f"{raw:,.0f} pairs/s from raw text (`claim_similarity`, both texts prepared each time).",
        "",
        "Seed claims (same fact, then different facts):",
        "",
        "| pair | score |",
        "|---|---|",
    ]
    for kind, seed_pairs in (("same", SEED_PAIRS), ("different", SEED_UNRELATED)):
        for a, b in seed_pairs:
            s = similarity.claim_similarity(a, b)
            lines.append(f"| {kind}: {a[:45]}… ↔ {b[:45]}… | {s:.3f} |")
    return "\n".join(lines) + "\n"


# --- refitting the coefficients ------------------------------------------------------------------


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve matrix @ x = vector by Gaussian elimination with partial pivoting."""
    n = len(vector)
    m = [[*row[:], v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit_logistic(
    xs: Sequence[Sequence[float]], ys: Sequence[float], l2: float = 0.1
) -> list[float]:
    """L2-regularised logistic regression by Newton's method: [intercept, coefficients…]."""
    rows = [[1.0, *x] for x in xs]
    k = len(rows[0])
    w = [0.0] * k
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for row, y in zip(rows, ys, strict=True):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, row, strict=True))))
            for i in range(k):
                grad[i] += (p - y) * row[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * row[i] * row[j]
        for i in range(1, k):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def fit(data_dir: Path) -> str:
    """Coefficients for similarity._features fitted on the binary train pairs, as Python."""
    train = [
        p for p in load_pairs(data_dir) if p.split == "train" and not DIFFERENT < p.gold < SAME
    ]
    xs = [_features_of(similarity.prepare(p.a), similarity.prepare(p.b)) for p in train]
    ys = [1.0 if p.gold >= SAME else 0.0 for p in train]
    w = fit_logistic(xs, ys)
    coefficients = ", ".join(f"{c:.3f}" for c in w[1:])
    return f"_INTERCEPT = {w[0]:.3f}\n_COEFFICIENTS = ({coefficients})\n"


def main(argv: Sequence[str]) -> None:
    args = [a for a in argv if a != "--fit"]
    data_dir = Path(args[0]) if args else Path("../shared/data")
    print(fit(data_dir) if "--fit" in argv else run(data_dir), end="")


if __name__ == "__main__":
    main(sys.argv[1:])
