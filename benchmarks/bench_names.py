"""Accuracy of ``factdiff.same_name`` on third-party name-pair sets, beside a lexical baseline.

Sets (see ``<data>/name_variants/PROVENANCE.md``):

* nomenklatura ``Person`` rows, split into hand-curated rows, machine-proposed ("LLM-proposed
  deviation") rows and rows whose label is WEAK (reported apart, out of the main figures);
* DeezyMatch toponym pairs (train and finetune files), Latin script on both sides.

Baseline: folded Levenshtein, ``normalized_similarity`` of the case/accent-folded strings >= 0.8.

Usage: ``python benchmarks/bench_names.py [DATA_DIR]`` (default ``../shared/data``).
"""

from __future__ import annotations

import csv
import math
import pathlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from _logit import fit, precision_at_recall
from rapidfuzz.distance import JaroWinkler, Levenshtein

from factdiff.names import fold, letters, same_name

WORST = 10


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    match: bool
    note: str = ""


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    false_pos: tuple[Pair, ...]
    false_neg: tuple[Pair, ...]


def baseline(a: str, b: str) -> bool:
    """Folded Levenshtein similarity >= 0.8."""
    return Levenshtein.normalized_similarity(fold(a), fold(b)) >= 0.8


def identical(a: str, b: str) -> bool:
    """The same letters once folded, spaces ignored."""
    return letters(a) == letters(b)


def score(pairs: Sequence[Pair], decide: Callable[[str, str], bool]) -> Score:
    tp = fp = fn = 0
    false_pos: list[Pair] = []
    false_neg: list[Pair] = []
    for p in pairs:
        said = decide(p.a, p.b)
        if said and p.match:
            tp += 1
        elif said:
            fp += 1
            false_pos.append(p)
        elif p.match:
            fn += 1
            false_neg.append(p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    # "worst" = the errors least excusable: false positives that look least alike, false
    # negatives that look most alike (a pair with nothing in common is no spelling variant)
    sim = Levenshtein.normalized_similarity
    false_pos.sort(key=lambda p: (sim(fold(p.a), fold(p.b)), p.a, p.b))
    false_neg.sort(key=lambda p: (-sim(fold(p.a), fold(p.b)), p.a, p.b))
    return Score(precision, recall, tuple(false_pos), tuple(false_neg))


ORGANISATIONS = ("Company", "Organization", "LegalEntity")


def load_nomenklatura(
    path: pathlib.Path, schemas: Sequence[str] = ("Person",)
) -> dict[str, list[Pair]]:
    """The rows of ``schemas`` (persons by default; ``ORGANISATIONS`` for companies), split
    into hand-curated, machine-proposed and WEAK-labelled pairs."""
    sets: dict[str, list[Pair]] = {"hand-curated": [], "machine-proposed": [], "WEAK": []}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["schema"] not in schemas:
                continue
            pair = Pair(row["name1"], row["name2"], row["is_match"] == "true", row["category"])
            if row["quality"] == "WEAK":
                sets["WEAK"].append(pair)
            elif row["category"] == "LLM-proposed deviation":
                sets["machine-proposed"].append(pair)
            else:
                sets["hand-curated"].append(pair)
    return sets


def load_toponyms(path: pathlib.Path) -> list[Pair]:
    pairs: list[Pair] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 9 and cols[5] == cols[6] == "LATIN":
                pairs.append(Pair(cols[0], cols[1], cols[2] == "TRUE", cols[7]))
    return pairs


def _cell(p: Pair) -> str:
    def esc(s: str) -> str:
        return s.replace("|", "\\|")

    return f"| {esc(p.a)} | {esc(p.b)} | {esc(p.note)} |"


def _section(title: str, pairs: Sequence[Pair]) -> list[str]:
    ours, base = score(pairs, same_name), score(pairs, baseline)
    # Negatives that fold to the same string (two places both called "Troitskoye") bound the
    # precision any spelling comparison can reach.
    same = score(pairs, identical)
    positives = sum(p.match for p in pairs)
    out = [
        f"### {title}",
        "",
        f"{len(pairs)} pairs ({positives} same / {len(pairs) - positives} different).",
        "",
        "| | precision | recall |",
        "|---|---:|---:|",
        f"| `same_name` | {ours.precision:.3f} | {ours.recall:.3f} |",
        f"| baseline (folded Levenshtein ≥ 0.8) | {base.precision:.3f} | {base.recall:.3f} |",
        f"| identical once folded (reference: a near-ceiling on toponyms) | {same.precision:.3f} "
        f"| {same.recall:.3f} |",
        "",
    ]
    for label, errors in (("False positives", ours.false_pos), ("False negatives", ours.false_neg)):
        out.append(f"{label} of `same_name` ({len(errors)}; worst {min(WORST, len(errors))}):")
        out.append("")
        if errors:
            out += ["| name 1 | name 2 | note |", "|---|---|---|"]
            out += [_cell(p) for p in errors[:WORST]]
        else:
            out.append("none")
        out.append("")
    return out


_VOWELS = frozenset("aeiouy")


def spelling_features(a: str, b: str) -> list[float]:
    """What a spelling comparison can see of two names: Levenshtein and Jaro-Winkler
    similarity of the folded letters, the edit operations by kind (vowel for vowel, consonant
    for consonant, vowel for consonant; a vowel, an h or another consonant added or dropped),
    each as a share of the length and as present or not, the same first and last letter, the
    share of words in common, the difference in word count and the length."""
    x, y = letters(a), letters(b)
    kinds = [0] * 6
    for op in Levenshtein.editops(x, y):
        if op.tag == "replace":
            p, q = x[op.src_pos] in _VOWELS, y[op.dest_pos] in _VOWELS
            kinds[0 if p and q else 1 if not (p or q) else 2] += 1
        else:
            ch = x[op.src_pos] if op.tag == "delete" else y[op.dest_pos]
            kinds[3 if ch in _VOWELS else 4 if ch == "h" else 5] += 1
    n = max(len(x), len(y), 1)
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return [
        Levenshtein.normalized_similarity(x, y),
        JaroWinkler.similarity(x, y),
        float(x[:1] == y[:1]),
        float(x[-1:] == y[-1:]),
        len(wa & wb) / max(1, len(wa | wb)),
        abs(len(wa) - len(wb)),
        math.log(n),
        *(k / n for k in kinds),
        *(float(k > 0) for k in kinds),
    ]


def _learned_reference(train: Sequence[Pair], finetune: Sequence[Pair]) -> list[str]:
    """What string evidence can reach on toponyms: a logistic regression over
    ``spelling_features``, fit on one file and scored on the other, beside ``same_name``; and the
    precision the non-identical pairs ``same_name`` accepts would need for the target."""
    out = [
        "### toponyms: what spelling evidence can reach",
        "",
        "A logistic regression over 19 spelling features (`spelling_features`: edit operations "
        "by kind, Levenshtein and Jaro-Winkler similarity, shared words), fit on one file and "
        "scored on the other, compared at the recall `same_name` reaches there:",
        "",
        "| scored on | `same_name` P / R | learned model, P at that recall | learned model, P at "
        "R 0.50 |",
        "|---|---|---:|---:|",
    ]
    files = [(p, [spelling_features(x.a, x.b) for x in p]) for p in (train, finetune)]
    for name, (fit_on, fit_rows), (scored, rows) in (
        ("finetune", files[0], files[1]),
        ("train", files[1], files[0]),
    ):
        model = fit(fit_rows, [p.match for p in fit_on])
        scores = [(model(r), p.match) for r, p in zip(rows, scored, strict=True)]
        ours = score(scored, same_name)
        out.append(
            f"| {name} | {ours.precision:.3f} / {ours.recall:.3f} "
            f"| {precision_at_recall(scores, ours.recall):.3f} "
            f"| {precision_at_recall(scores, 0.5):.3f} |"
        )
    # Every spelling comparison accepts names that fold alike; their negatives are two places
    # with one name. The rest must then be more precise than those for the target to hold.
    pairs = [*train, *finetune]
    same = [p for p in pairs if identical(p.a, p.b)]
    rest = [p for p in pairs if not identical(p.a, p.b) and same_name(p.a, p.b)]
    positives = sum(p.match for p in pairs)
    tp_same, tp_rest = sum(p.match for p in same), sum(p.match for p in rest)
    need_tp = max(0.0, 0.5 * positives - tp_same)
    need_fp = max(0.0, (tp_same + need_tp) / 0.95 - tp_same - need_tp - (len(same) - tp_same))
    needed = need_tp / (need_tp + need_fp) if need_tp + need_fp else 1.0
    out += [
        "",
        f"Of the {len(same)} pairs that fold to the same letters, {len(same) - tp_same} are two "
        f"different places ({(len(same) - tp_same) / len(same):.1%}), and any spelling "
        "comparison accepts them. To reach precision 0.95 at recall 0.50, the other pairs "
        f"accepted would need precision {needed:.3f}; those `same_name` accepts have "
        f"{tp_rest / max(1, len(rest)):.3f}.",
        "",
    ]
    return out


def run(data_dir: pathlib.Path) -> str:
    """The Markdown section on name matching, for ``docs/benchmarks.md``."""
    folder = pathlib.Path(data_dir) / "name_variants"
    out = ["## Name variants (`same_name`)", ""]
    nk = load_nomenklatura(folder / "nomenklatura-dev.csv")
    out += _section(
        "nomenklatura persons, hand-curated (target P ≥ 0.95, R ≥ 0.80)", nk["hand-curated"]
    )
    out += _section("nomenklatura persons, machine-proposed (LLM) rows", nk["machine-proposed"])
    out += _section("nomenklatura persons, WEAK labels (excluded above)", nk["WEAK"])
    orgs = load_nomenklatura(folder / "nomenklatura-dev.csv", ORGANISATIONS)
    out += _section(
        "nomenklatura companies and organisations, hand-curated (no target)", orgs["hand-curated"]
    )
    out += _section(
        "nomenklatura companies and organisations, machine-proposed (LLM) rows (no target)",
        orgs["machine-proposed"],
    )
    train = load_toponyms(folder / "toponyms-train.tsv")
    finetune = load_toponyms(folder / "toponyms-finetune.tsv")
    out += _section(
        "toponyms, Latin script, train + finetune (target P ≥ 0.95, R ≥ 0.50)", train + finetune
    )
    out += _section("toponyms, train only", train)
    out += _section("toponyms, finetune only", finetune)
    out += _learned_reference(train, finetune)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(run(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")))
