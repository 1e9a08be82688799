"""A small L2-regularised logistic regression (Newton's method), for learned reference rows.

The benchmarks use it to ask what a model fit on labelled pairs could reach with the same
evidence a rule has; nothing in ``factdiff`` depends on it. Pure Python: the sets are a few
thousand rows of about twenty features, and a fit takes about a second.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Model = Callable[[Sequence[float]], float]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b, by Gauss-Jordan elimination with partial pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [u - f * v for u, v in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(rows: Sequence[Sequence[float]], labels: Sequence[bool], l2: float = 1.0) -> Model:
    """A scorer (higher = more likely true) fit to ``rows`` on standardised features."""
    k = len(rows[0])
    mean = [math.fsum(r[j] for r in rows) / len(rows) for j in range(k)]
    sd = [
        max(1e-9, math.sqrt(math.fsum((r[j] - mean[j]) ** 2 for r in rows) / len(rows)))
        for j in range(k)
    ]

    def scaled(r: Sequence[float]) -> list[float]:
        return [1.0] + [(r[j] - mean[j]) / sd[j] for j in range(k)]

    z = [scaled(r) for r in rows]
    w = [0.0] * (k + 1)
    for _ in range(15):
        grad = [l2 * v for v in w]
        grad[0] = 0.0  # the intercept is not penalised
        hess = [[l2 if i == j and i else 0.0 for j in range(k + 1)] for i in range(k + 1)]
        for x, t in zip(z, labels, strict=True):
            s = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-s)) if s > -700 else 0.0
            d, v = p - float(t), p * (1.0 - p)
            for i in range(k + 1):
                grad[i] += d * x[i]
                vi, hi = v * x[i], hess[i]
                for j in range(k + 1):
                    hi[j] += vi * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break

    def model(r: Sequence[float]) -> float:
        return sum(a * b for a, b in zip(w, scaled(r), strict=True))

    return model


def precision_at_recall(scores: Sequence[tuple[float, bool]], recall: float) -> float:
    """Precision of the top-scored pairs that first reach ``recall`` of the true ones."""
    positives = sum(t for _, t in scores)
    tp = fp = 0
    for _, t in sorted(scores, key=lambda st: -st[0]):
        tp += t
        fp += not t
        if tp >= recall * positives:
            return tp / (tp + fp)
    return tp / max(1, tp + fp)
