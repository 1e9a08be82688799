"""Generated long inputs for the speed benchmark, built from the ECB+ articles.

The 496 articles (``DATA_DIR/ecbplus/articles/*/*.txt``, sorted by path) are dealt alternately into
two halves, A (articles 0, 2, 4, …) and B (1, 3, 5, …); each half joined with a blank line between
articles is one ~0.5 MB document. Smaller documents are prefixes of a half (whole articles), larger
ones repeat the half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEPARATOR = "\n\n"


def article_paths(data_dir: Path) -> list[Path]:
    """The ECB+ article files, sorted by path."""
    return sorted((data_dir / "ecbplus" / "articles").glob("*/*.txt"))


def read_articles(data_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in article_paths(data_dir)]


def corpus_text(articles: list[str]) -> str:
    """All articles as one text, a blank line between them."""
    return SEPARATOR.join(articles)


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8"))


def scaled(articles: list[str], factor: float) -> str:
    """The articles joined and scaled by ``factor``: a prefix of whole articles if below 1 (at
    least ``factor`` of the bytes), else the whole repeated ``round(factor)`` times."""
    if factor >= 1:
        return SEPARATOR.join(articles * round(factor))
    goal = factor * utf8_size(corpus_text(articles))
    taken: list[str] = []
    size = 0
    for article in articles:
        if size >= goal:
            break
        taken.append(article)
        size += utf8_size(article) + len(SEPARATOR)
    return SEPARATOR.join(taken)


@dataclass(frozen=True)
class Pair:
    """Two generated documents written to disk, and their sizes in bytes."""

    label: str
    a: Path
    b: Path
    a_bytes: int
    b_bytes: int

    @property
    def mean_mb(self) -> float:
        return (self.a_bytes + self.b_bytes) / 2 / 1e6


def write_pair(articles: list[str], factor: float, label: str, folder: Path) -> Pair:
    """Write half A and half B scaled by ``factor`` as ``folder/{label}-a.txt`` and ``-b.txt``."""
    texts = (scaled(articles[0::2], factor), scaled(articles[1::2], factor))
    a, b = folder / f"{label}-a.txt", folder / f"{label}-b.txt"
    for path, text in zip((a, b), texts, strict=True):
        path.write_text(text, encoding="utf-8")
    return Pair(label, a, b, utf8_size(texts[0]), utf8_size(texts[1]))


def write_run_on(pair: Pair, folder: Path) -> Pair:
    """``pair`` run on: every full stop, question and exclamation mark turned to a comma and
    every run of white space to one space, so each side is one sentence (a transcript or a
    feed with no punctuation to end its sentences), written as ``folder/runon-{a,b}.txt``."""
    paths = (folder / "runon-a.txt", folder / "runon-b.txt")
    sizes = []
    for source, path in zip((pair.a, pair.b), paths, strict=True):
        text = re.sub(r"\s+", " ", re.sub(r"[.!?]", ",", source.read_text(encoding="utf-8")))
        path.write_text(text, encoding="utf-8")
        sizes.append(utf8_size(text))
    return Pair(f"{pair.label} run on", *paths, *sizes)


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, or "unknown CPU"."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"
