"""Write src/factdiff/data/word_zipf.tsv: English stem frequencies for factdiff.similarity.

The table maps each stem (as ``factdiff.similarity`` normalises words) of the most frequent English
words to its Zipf frequency (log10 of occurrences per billion words, summed over the words that
share the stem), rounded to 0.1. Lines are ``stem<TAB>zipf``, sorted by stem (code point order), so
similarity.py can look a stem up by bisection without building a dict at start-up.

wordfreq is needed only to run this script, not at run time:

    .venv/bin/pip install wordfreq
    .venv/bin/python scripts/make_wordfreq_table.py [N_WORDS]

Run it again whenever the normalisation or stemming in similarity.py changes.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import wordfreq

from factdiff.similarity import normalise

OUT = Path(__file__).resolve().parent.parent / "src" / "factdiff" / "data" / "word_zipf.tsv"

HEADER = """\
# Stem frequencies for factdiff.similarity, made by scripts/make_wordfreq_table.py
# from wordfreq {version} (https://github.com/rspeer/wordfreq, Robyn Speer): the top {n}
# English words, frequencies of the words that share a stem summed.
# wordfreq's data is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
# this derived table is shared under the same licence. It credits the sources wordfreq credits:
# Wikipedia, Google Books Ngrams, SUBTLEX, OpenSubtitles, Reddit, Twitter, NewsCrawl, GlobalVoices
# and the Leeds Internet Corpus.
# Format: stem<TAB>zipf, sorted by stem (zipf = log10 of occurrences per billion words, 0.1 steps).
"""


def build(n_words: int) -> str:
    """The table text for the ``n_words`` most frequent English words."""
    per_stem: dict[str, float] = defaultdict(float)
    for word in wordfreq.top_n_list("en", n_words):
        stems = normalise(word).split()
        if len(stems) != 1 or not stems[0].isalpha():
            continue
        per_stem[stems[0]] += wordfreq.word_frequency(word, "en")
    lines = [HEADER.format(version=version("wordfreq"), n=n_words)]
    for stem in sorted(per_stem):
        lines.append(f"{stem}\t{round(math.log10(per_stem[stem] * 1e9), 1):.1f}\n")
    return "".join(lines)


def main() -> None:
    n_words = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(n_words), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
