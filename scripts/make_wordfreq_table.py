"""Write src/factdiff/data/word_zipf.tsv (English stem frequencies for factdiff.similarity) and
src/factdiff/data/english_words.txt (the same words as written, for factdiff._lexicon).

The table maps each stem (as ``factdiff.similarity`` normalises words) of the most frequent English
words to its Zipf frequency (log10 of occurrences per billion words, summed over the words that
share the stem), rounded to 0.1. Lines are ``stem<TAB>zipf``, sorted by stem (code point order), so
similarity.py can look a stem up by bisection without building a dict at start-up.

The word list holds the same words as written (folded as ``factdiff._lexicon.fold`` folds them,
letters only), one per line, sorted: ``names`` prefers, among spellings of one name, the one
English text writes ("Versailles", not "Versaille", which share a stem).

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

from factdiff._lexicon import fold
from factdiff.similarity import normalise

DATA = Path(__file__).resolve().parent.parent / "src" / "factdiff" / "data"
OUT = DATA / "word_zipf.tsv"
WORDS = DATA / "english_words.txt"

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


WORDS_HEADER = """\
# English words as written, for factdiff._lexicon, made by scripts/make_wordfreq_table.py from
# wordfreq {version} (https://github.com/rspeer/wordfreq, Robyn Speer): the top {n} English
# words, folded (lower case, no accents), letters only, sorted. Licence and credits as in
# word_zipf.tsv (CC BY-SA 4.0).
"""


def build_words(n_words: int) -> str:
    """The word list text for the ``n_words`` most frequent English words."""
    words = {fold(w) for w in wordfreq.top_n_list("en", n_words)}
    kept = sorted(w for w in words if w.isalpha() and w.isascii())
    return WORDS_HEADER.format(version=version("wordfreq"), n=n_words) + "".join(
        f"{w}\n" for w in kept
    )


def main() -> None:
    n_words = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    DATA.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(n_words), encoding="utf-8")
    WORDS.write_text(build_words(n_words), encoding="utf-8")
    for path in (OUT, WORDS):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
