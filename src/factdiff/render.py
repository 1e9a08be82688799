"""Render a report: Markdown for editors, JSON (schema 1) for machines, YAML claim files."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from factdiff._dateline import between_datelines
from factdiff._story import story_groups as groups_by_story
from factdiff.judge import NOT_NEGATED, one_speaker
from factdiff.load import CLAIMS_SCHEMA
from factdiff.models import Claim, Difference, Match, Report, SourceInfo, VariantGroup
from factdiff.names import letters
from factdiff.values import contradicts, date_spans, dates, modality, number_spans

SCHEMA = 1


# --- JSON ----------------------------------------------------------------------------------------


def _claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "source": c.source,
        "text": c.text,
        "sentence": c.sentence,
        "span": list(c.span),
        "speaker": c.speaker,
        "quote": c.quote,
        "numbers": list(c.numbers),
        "dates": list(c.dates),
        "names": list(c.names),
        "modality": c.modality,
        "negated": c.negated,
    }


def claim_counts(report: Report) -> dict[str, int]:
    """Per source, how many claims it has."""
    counts = {s.id: 0 for s in report.sources}
    for c in report.claims:
        counts[c.source] += 1
    return counts


def coverage(report: Report) -> dict[str, float]:
    """Per source, the share of its claims that another source carries too."""
    matched = {cid for m in report.matches for cid in m.claims}
    carried = {s.id: 0 for s in report.sources}
    for c in report.claims:
        carried[c.source] += c.id in matched
    total = claim_counts(report)
    return {s: round(carried[s] / total[s], 3) if total[s] else 0.0 for s in carried}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data, following the JSON contract (schema 1) in DESIGN.md."""
    return {
        "schema": SCHEMA,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "dropped": list(s.dropped),
                "warnings": list(s.warnings),
            }
            for s in report.sources
        ],
        "claims": [_claim_dict(c) for c in report.claims],
        "matches": [
            {
                "claims": list(m.claims),
                "kind": m.kind,
                "score": m.score,
                "sources": sorted({cid_source(c) for c in m.claims}, key=lambda x: (len(x), x)),
                "support": len({cid_source(c) for c in m.claims}),
                "differences": [d.to_dict() for d in m.differences],
                "retold": list(m.retold),
            }
            for m in report.matches
        ],
        "unique": {s: list(ids) for s, ids in report.unique},
        "variants": [
            {
                "canonical": v.canonical,
                "forms": [{"text": f.text, "counts": dict(f.counts)} for f in v.forms],
                "inconsistent_sources": list(v.inconsistent_sources),
            }
            for v in report.variants
        ],
        "coverage": coverage(report),
        "settings": report.settings,
        "stories": [
            {"sources": list(n.sources), "same_story": n.likelihood} for n in report.stories
        ],
        "story_groups": story_groups(report),
    }


def cid_source(claim_id: str) -> str:
    """The source letters of a claim id ("AB12" → "AB")."""
    return claim_id.rstrip("0123456789")


def to_json(report: Report) -> str:
    import json  # not needed for Markdown: importing it costs a small run 2 ms

    return json.dumps(report_to_dict(report), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


# --- claims YAML -----------------------------------------------------------------------------


def claims_to_yaml(source: SourceInfo, claims: Sequence[Claim]) -> str:
    """A claims file an editor can correct and pass back to ``factdiff compare``."""
    import yaml

    data = {
        "factdiff_claims": CLAIMS_SCHEMA,
        "source": source.path,
        "title": source.title,
        "dropped": list(source.dropped),
        "claims": [
            {
                "id": c.id,
                "text": c.text,
                "sentence": c.sentence,
                "span": list(c.span),
                "speaker": c.speaker,
                "quote": c.quote,
            }
            for c in claims
        ],
    }
    header = (
        "# factdiff claims. Edit a claim's text, speaker or quote, delete or add claims, then run\n"
        "# `factdiff compare` with this file in place of the source. Spans point into the source.\n"
    )
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


# --- Markdown --------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _pct(x: float) -> str:
    return f"{round(x * 100)} %"


def _bold_words(text: str, words: Sequence[str]) -> str:
    """Mark each of ``words`` (a table's cells) in ``text`` with bold, first occurrence only;
    a value where it stands outside a date or time (``date_spans``: "mother of 12", not the
    "12" of "12: 12 AM") and a longer number ("1 dead", not the "1" of "6. 1"), if it stands
    so anywhere. A cell lists a quote's changes apart by
    " … " and values apart by "; " or, when none holds a comma, by ", " (``judge._listing``):
    each is marked, a part with commas whole where the text has it so ("Oct. 21, 2011")."""
    words = [w.strip() for w in words if w.strip() not in {"", "—", "(not negated)"}]
    if not words:
        return text
    spans: list[tuple[int, int]] = []
    in_dates = date_spans(text)
    # a value is no part of a longer number: not the "1" of "6. 1" (a decimal as tokenised
    # text spaces it) where "1 dead" stands too
    in_numbers = number_spans(text)

    def apart(x: re.Match[str]) -> bool:
        return not any(a <= x.start() < b for a, b in in_dates) and not any(
            a <= x.start() and x.end() <= b and (a, b) != x.span() for a, b in in_numbers
        )

    for w in words:
        for found in (f for part in re.split(r" … |; ", w) for f in _occurrences(part, text)):
            m = next((x for x in found if apart(x)), found[0] if found else None)
            if m and not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
    out = text
    for a, b in sorted(spans, reverse=True):
        out = out[:a] + "**" + out[a:b] + "**" + out[b:]
    return out


def _occurrences(part: str, text: str) -> list[list[re.Match[str]]]:
    """Where one part of a cell stands in ``text`` as written, not inside a longer word: the
    part whole; else its words with punctuation between them, as a quote's change comes with
    the word before it ("choice It's" of "a really canny choice. It's going"); else each of
    its values apart by ", "."""

    def where(pattern: str) -> list[re.Match[str]]:
        return list(re.finditer(r"(?<!\w)" + pattern + r"(?!\w)", text))

    whole = where(re.escape(part)) or where(r"\W+".join(map(re.escape, part.split())))
    return [whole] if whole else [where(re.escape(q)) for q in part.split(", ")]


def _match_sources(m: Match) -> list[str]:
    return sorted({cid_source(c) for c in m.claims}, key=lambda s: (len(s), s))


def _continued(claims: Sequence[Claim]) -> dict[str, str]:
    """Each claim that continues a sentence, with the claim before it in that sentence (a
    sentence of two facts is two claims: "Macron met Putin in Versailles" / "had strong
    criticism for his failure …")."""
    before: dict[str, str] = {}
    last: dict[str, Claim] = {}
    for c in claims:
        prev = last.get(c.source)
        if prev is not None and prev.sentence == c.sentence:
            before[c.id] = prev.id
        last[c.source] = c
    return before


def _excerpts(ids: Sequence[str], claims: dict[str, Claim], continued: dict[str, str]) -> str:
    """The claims' texts in order. A claim that continues a sentence starts with "…" ("…had
    strong criticism …"), unless the claim before it in that sentence is shown just before it."""
    parts = []
    for k, cid in enumerate(ids):
        cut = cid in continued and (k == 0 or ids[k - 1] != continued[cid])
        parts.append(("…" if cut else "") + claims[cid].text)
    return " ".join(parts)


def _side_text(
    m: Match,
    source: str,
    claims: dict[str, Claim],
    marks: Sequence[str],
    continued: dict[str, str],
) -> str:
    ids = _ids(m, source)
    text = _excerpts(ids, claims, continued)
    return f"{'+'.join(ids)}: " + _bold_words(_cell(text), marks)


def _source_table(report: Report, counts: dict[str, int], cov: dict[str, float]) -> list[str]:
    others = "the other" if len(report.sources) == 2 else "another source"
    lines = [
        f"| | title | file | claims | carried by {others} |",
        "|---|---|---|---|---|",
    ]
    for s in report.sources:
        lines.append(
            f"| **{s.id}** | {_cell(s.title or '(no title)')} | `{s.path}` | {counts[s.id]} "
            f"| {_pct(cov[s.id])} |"
        )
    return lines


def written_alike(group: VariantGroup) -> bool:
    """Whether a group's forms differ only in how the same letters are written: spacing,
    punctuation, capitals or accents ("U.S." / "US", "SeaMicro" / "Sea Micro", "Joël" /
    "Joel"), not in the letters themselves ("Deumier" / "Duemier")."""
    return len({letters(f.text) for f in group.forms}) == 1


def _variants_table(variants: Sequence[VariantGroup]) -> list[str]:
    """The variant groups, those spelled with other letters first (what an editor checks), then
    those written alike but for spacing, punctuation, capitals or accents, in a table of their
    own."""
    spelled: list[VariantGroup] = []
    alike: list[VariantGroup] = []
    for v in variants:
        (alike if written_alike(v) else spelled).append(v)
    lines: list[str] = []
    for title, groups in (("", spelled), (_WRITTEN_ALIKE, alike)):
        if not groups:
            continue
        if title:
            lines += [*([""] if lines else []), title, ""]
        lines += [_VARIANTS_HEADER, "|---|---|---|"]
        for v in groups:
            forms = " · ".join(
                f"{f.text} ({', '.join(f'{s} {n}' for s, n in f.counts)})" for f in v.forms
            )
            lines.append(
                f"| **{_cell(v.canonical)}** | {_cell(forms)} | "
                f"{', '.join(v.inconsistent_sources) or '—'} |"
            )
    return lines


_WRITTEN_ALIKE = "Written differently only (spacing, punctuation, capitals or accents):"
_VARIANTS_HEADER = "| name | spellings (uses per source) | spelled two ways within |"


def _what_it_says(kind: str, words: str) -> str:
    """What a side's words say, for telling the sides that differ from most: for modality and
    negation the kind, not the cue ("checked into" and "admitted herself to" both tell a
    thing done; "is to be" one to come); for dates the dates, however written."""
    if kind == "modality":
        return modality(words)
    if kind == "negation":
        return "no" if words == NOT_NEGATED else "yes"
    if kind == "date":  # "on Thursday" and "Thursday" are one day
        return " | ".join(sorted(set(dates(words)))) or words.casefold()
    return words.casefold()


def _minority(d: Difference) -> tuple[set[str], bool]:
    """The sources of a difference that say something else than most of its sides, and
    whether most of them say one thing (else every side differs)."""
    values: dict[str, list[str]] = {}
    # by their words, so which speaker a group is named after does not depend on source order
    for src, words in sorted(d.sides, key=lambda side: (side[1], side[0])):
        if d.type in {"modality", "negation"} and words == "—":
            continue  # a side that tells nothing of what the others' cues bear on
        said = _what_it_says(d.type, words)
        if d.type == "attribution":  # one speaker however fully named ("Heller", "Mark Heller")
            said = next((v for v in values if one_speaker(v, words)), words)
        values.setdefault(said, []).append(src)
    ranked = sorted(values.values(), key=len, reverse=True)
    if len(ranked) > 1 and len(ranked[0]) > len(ranked[1]):
        if d.type == "date":
            return _other_dates(d, ranked[0]), True
        return {src for group in ranked[1:] for src in group}, True
    return {src for group in ranked for src in group}, False


def _other_dates(d: Difference, most: Sequence[str]) -> set[str]:
    """The sides of a date difference that give another date than ``most`` sides do: one that
    conflicts with theirs, none that agrees ("Friday" against "Thursday"; not "today", "2012"
    beside "Thursday", nor "Thursday, May 2")."""
    theirs = dates(dict(d.sides)[most[0]])
    return {s for s, words in d.sides if s not in most and contradicts(dates(words), theirs)}


def differing_sources(m: Match) -> set[str]:
    """The sources whose words differ from what most sources of the match say."""
    out: set[str] = set()
    for d in m.differences:
        if d.type != "detail":
            out |= _minority(d)[0]
    return out


def _difference_row(d: Difference, srcs: Sequence[str]) -> str:
    """A row of a divergence's table; where most sides say one thing, the others in bold."""
    side = dict(d.sides)
    odd, majority = _minority(d) if d.type != "detail" else (set(), False)
    cells = []
    for s in srcs:
        cell = _cell(side.get(s, "—"))
        cells.append(f"**{cell}**" if majority and s in odd and s in side else cell)
    return f"| {d.type} | " + " | ".join(cells) + " |"


def _matrix(
    report: Report, claims: dict[str, Claim], among: Sequence[str] | None = None
) -> list[str]:
    """Facts × sources: ✓ carries it, ≠ carries it differently, ✗ does not carry it; ``among``
    (a story's sources) keeps those columns and the facts two or more of them carry."""
    ids = [s.id for s in report.sources] if among is None else list(among)
    kept = set(ids)

    def carriers(m: Match) -> set[str]:
        return set(_match_sources(m)) & kept

    facts = sorted(
        (m for m in report.matches if len(carriers(m)) >= 2),
        key=lambda m: (-len(carriers(m)), _sort_key(m.claims[0])),
    )
    lines = [
        "| fact | support | " + " | ".join(ids) + " |",
        "|---|---|" + "---|" * len(ids),
    ]
    for m in facts:
        carried = carriers(m)
        differ = differing_sources(m)
        cells = ["≠" if s in differ else "✓" if s in carried else "✗" for s in ids]
        label = _cell(_label(claims[m.claims[0]].text))
        lines.append(
            f"| {m.claims[0]}: {label} | {len(carried)} of {len(ids)} | " + " | ".join(cells) + " |"
        )
    return lines


def _sort_key(claim_id: str) -> tuple[int, str, int]:
    src = cid_source(claim_id)
    return (len(src), src, int(claim_id[len(src) :]))


def _clipped(text: str, width: int = 90) -> str:
    """``text`` cut to ``width`` characters with "…" where it is longer (a table's label)."""
    return text if len(text) <= width else text[: width - 3] + "…"


def _label(text: str) -> str:
    """A claim's text as a table's label: without the datelines a page runs into it (a
    headline, then "May 03, 2013", then the lead: "… Betty Ford Center — After skipping
    …"), which would fill the label with when it was published, clipped (``_clipped``)."""
    # with the separators left on either side ("WASHINGTON, DC, April 28, 2009 - The …")
    kept = [p.strip(_DATELINE_SEPARATORS) for p in between_datelines(text)]
    return _clipped(" — ".join(p for p in kept if p) or text)


_DATELINE_SEPARATORS = " ,;:|-–—"


def _counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, in the plural but for one: "1 fact", "10 facts", "0 lines"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def to_markdown(report: Report) -> str:
    """The consistency report an editor reads: divergences first, then names, agreements and
    what only one source reports."""
    claims = {c.id: c for c in report.claims}
    continued = _continued(report.claims)
    counts = claim_counts(report)
    cov = coverage(report)
    divergences = [m for m in report.matches if m.kind == "divergence"]
    agreements = [m for m in report.matches if m.kind == "agreement"]
    unique = dict(report.unique)
    ids = [s.id for s in report.sources]
    if len(report.sources) <= 3:
        # a source without a title by its file's name (its path is in the sources table)
        heading = " vs ".join(
            _cell(s.title or s.path.replace("\\", "/").rsplit("/", 1)[-1]) for s in report.sources
        )
    else:
        heading = f"{len(report.sources)} sources"
    out: list[str] = [f"# factdiff: {heading}", ""]

    inconsistent = sorted({s for v in report.variants for s in v.inconsistent_sources})
    spelled = ""
    if inconsistent:
        who = " and ".join(inconsistent) if len(inconsistent) <= 2 else ", ".join(inconsistent)
        spelled = f" ({who} {'spells' if len(inconsistent) == 1 else 'each spell'} a name two ways)"
    summary = (
        f"**{_counted(len(report.matches), 'fact')} in common**: "
        f"{len(agreements)} {'agrees' if len(agreements) == 1 else 'agree'}, "
        f"{len(divergences)} {'diverges' if len(divergences) == 1 else 'diverge'}. "
        f"**{_counted(len(report.variants), 'name')} spelled several ways**{spelled}"
        + ". Only in one source: "
        + ", ".join(f"{s} {len(unique.get(s, ()))}" for s in ids)
        + "."
    )
    groups = story_groups(report)
    # the groups of two sources or more, where there are several (else one story is told)
    told = [g for g in groups if len(g) >= 2] if len(ids) >= 3 else []
    several = told if len(told) >= 2 else []
    if several:
        summary = f"**The sources tell {len(several)} stories** (see Stories). " + summary
    out += ["## Sources", "", *_source_table(report, counts, cov), "", summary, ""]
    for src in report.sources:
        for w in src.warnings:
            out.append(f"> warning ({src.id}): {_cell(w)}")
    if any(src.warnings for src in report.sources):
        out.append("")
    out += _story_lines(report, groups, several)

    many = len(report.sources) >= 3
    if many:
        out += [
            f"## Coverage ({_counted(len(report.matches), 'fact')} carried by two or more sources)",
            "",
            "✓ carries the fact · ≠ carries it with different words (see Divergences) · ✗ does not",
            "",
        ]
        if several:
            # sources of several stories: one table a story, of its sources (see Stories)
            for n, group in enumerate(several, start=1):
                out += [
                    f"### Story {n}: {', '.join(group)}",
                    "",
                    *_matrix(report, claims, group),
                    "",
                ]
        else:
            out += [*_matrix(report, claims), ""]

    out += [f"## Divergences ({len(divergences)})", ""]
    if not divergences:
        out += ["None found.", ""]
    # with several stories, each divergence says whose (the story of most of its sources)
    story_of = {sid: n for n, g in enumerate(several, start=1) for sid in g}
    for n, m in enumerate(divergences, 1):
        srcs = _match_sources(m)
        kinds = ", ".join(dict.fromkeys(d.type for d in m.differences if d.type != "detail"))
        votes = Counter(story_of[s] for s in srcs if s in story_of)
        story = f" (story {min(votes, key=lambda k: (-votes[k], k))})" if votes else ""
        out.append(f"### {n}. {kinds} — {' ↔ '.join('+'.join(_ids(m, s)) for s in srcs)}{story}")
        out.append("")
        out.append("| difference | " + " | ".join(srcs) + " |")
        out.append("|---|" + "---|" * len(srcs))
        out.extend(_difference_row(d, srcs) for d in m.differences)
        out.append("")
        for s in srcs:
            marks = [dict(d.sides).get(s, "") for d in m.differences]
            out.append(f"- **{s}** {_side_text(m, s, claims, marks, continued)}")
        if m.retold:
            out.append(f"- {_retold_note(m)}")
        out.append("")

    out += [f"## Names spelled several ways ({len(report.variants)})", ""]
    out += [*_variants_table(report.variants), ""] if report.variants else ["None found.", ""]

    if not many:
        out += [f"## Agreements ({len(agreements)})", ""]
        if not agreements:
            out += ["None found.", ""]
    for m in [] if many else agreements:
        srcs = _match_sources(m)
        note = _detail_note(m)
        out.append(f"- score {m.score:.2f}" + (f" — {_cell(note)}" if note else ""))
        for s in srcs:
            out.append(f"  - **{s}** {_side_text(m, s, claims, [], continued)}")
        if m.retold:
            out.append(f"  - {_retold_note(m)}")
    if not many:
        out.append("")

    # a source with nothing of its own is said once, not in a section of its own each
    bare = [sid for sid in ids if not unique.get(sid)]
    for sid in ids:
        only = unique.get(sid, ())
        if only:
            out += [f"## Only in {sid} ({len(only)})", ""]
            out += [f"- {cid}: {_cell(_excerpts([cid], claims, continued))}" for cid in only]
            out.append("")
    if bare:
        out += [f"## Only in {', '.join(bare)} (0)", "", "None.", ""]

    dropped = [(src.id, d) for src in report.sources for d in src.dropped]
    out += ["## Set aside as page furniture", ""]
    if dropped:
        out.append(
            "<details><summary>"
            + ", ".join(f"{src.id}: {_counted(len(src.dropped), 'line')}" for src in report.sources)
            + " (not compared)</summary>"
        )
        out.append("")
        out += [f"- {sid}: {_cell(d)}" for sid, d in dropped]
        out += ["", "</details>"]
    else:
        out.append("Nothing.")
    out.append("")
    out += [
        "---",
        "",
        "Sources by letter: " + "; ".join(f"{s.id} = `{s.path}`" for s in report.sources),
    ]
    return "\n".join(out) + "\n"


# Under this likelihood of one story, two sources more likely report two events than one: the
# Markdown report says so, as it explains why few of their facts are matched.
OTHER_STORY = 0.5
_STORY_EVIDENCE = "the rare words, names, leads and years they share"


def _kept(report: Report, likelihood: float) -> str:
    """The share of its value every score between two sources kept, from the report's settings."""
    match = report.settings.get("match", {})
    full, power = match.get("story_full"), match.get("story_power")
    if not isinstance(full, int | float) or not isinstance(power, int | float) or not full:
        return "a fraction"
    from factdiff._story import story_factor  # only for this note: no import for other output

    kept = story_factor(likelihood, full, power)
    return "under 0.1 %" if kept < 0.001 else f"{kept:.1%}" if kept < 0.1 else _pct(kept)


def _story_lines(report: Report, groups: list[list[str]], several: list[list[str]]) -> list[str]:
    """A note on sources that more likely report another event than the others' (the story
    prior under ``OTHER_STORY``): it explains why few of their facts are matched. Two sources
    whose claims share no rare word or name at all were never compared, and count as such."""
    likely = {n.sources: n.likelihood for n in report.stories}
    ids = [s.id for s in report.sources]
    if len(ids) == 2:
        a, b = ids
        if (a, b) not in likely:
            why = "their claims share no rare word, number or name, so no facts can match"
        elif likely[(a, b)] < OTHER_STORY:
            p = likely[(a, b)]
            why = (
                f"the likelihood that they tell one story, from {_STORY_EVIDENCE}, is {p:.2f}, "
                f"so every score between their claims was lowered to {_kept(report, p)} of its "
                "value and few facts can match"
            )
        else:
            return []
        return [f"> **{a} and {b} may report two different events**: {why}.", ""]
    if several:
        return _stories(report, groups, several)
    rows = []
    for k, a in enumerate(ids):
        others = [likely.get((a, b) if k < n else (b, a), 0.0) for n, b in enumerate(ids) if b != a]
        doubtful = sum(p < OTHER_STORY for p in others)
        if 2 * doubtful > len(others):
            rows.append(f"| {a} | {doubtful} of {len(others)} |")
    if not rows:
        return []
    return [
        f"## Sources that may report another event ({len(rows)})",
        "",
        f"Each of these more likely tells another story than one with most other sources (a "
        f"likelihood under {OTHER_STORY}, from {_STORY_EVIDENCE}); every score between their "
        "claims was lowered, so few of their facts can match. The JSON report lists every "
        "likelihood (`stories`).",
        "",
        "| source | other sources it more likely does not share a story with |",
        "|---|---|",
        *rows,
        "",
    ]


def story_groups(report: Report) -> list[list[str]]:
    """The sources parted by story (``_story.story_groups`` at ``OTHER_STORY``): every source
    in one group; each group in source order, the groups by their first source."""
    likely = {n.sources: n.likelihood for n in report.stories}
    return groups_by_story([s.id for s in report.sources], likely, OTHER_STORY)


def _stories(report: Report, groups: list[list[str]], several: list[list[str]]) -> list[str]:
    """The stories the sources tell (``several``: the groups of two sources or more, from
    ``story_groups``), each with its first title or its first source's first claim, and the
    sources no other tells the story of."""
    titles = {s.id: s.title for s in report.sources}
    first_claim: dict[str, str] = {}
    for c in report.claims:
        first_claim.setdefault(c.source, c.text)
    lines = [
        f"## Stories ({len(several)})",
        "",
        f"These sources tell {len(several)} stories: two sources are in one group where they "
        f"likely tell one story (a likelihood of {OTHER_STORY} or more, from {_STORY_EVIDENCE}), "
        "and two groups stay apart where their sources are on average unlikely to. Facts of two "
        "groups are rarely matched: every score between their claims was lowered. The JSON "
        "report lists every likelihood (`stories`) and the groups (`story_groups`).",
        "",
        "| story | sources | its first title, or its first source's first claim |",
        "|---|---|---|",
    ]
    for n, group in enumerate(several, start=1):
        label = next((titles[s] for s in group if titles[s]), None)
        if label is None:
            label = _label(first_claim.get(group[0], ""))
        lines.append(f"| {n} | {', '.join(group)} | {_cell(label) or '—'} |")
    alone = [g[0] for g in groups if len(g) == 1]
    if alone:
        lines += ["", f"No other source likely tells the story of {', '.join(alone)}."]
    return [*lines, ""]


def _detail_note(m: Match) -> str:
    """ "B adds: Two months ago" for the details one side has and the other lacks (the judge
    gives a match one ``detail`` at most, numbers then dates)."""
    detail = next((d for d in m.differences if d.type == "detail"), None)
    if detail is None:
        return ""
    return "; ".join(f"{s} adds: {w}" for s, w in sorted(detail.sides) if w != "—")


def _retold_note(m: Match) -> str:
    """ "*B1 tells the story again in other words (not compared)*" for the claims a lead's link
    alone brought into the match."""
    ids = ", ".join(m.retold)
    verb = "tells" if len(m.retold) == 1 else "tell"
    return f"*{ids} {verb} the story again in other words (not compared)*"


def _ids(m: Match, source: str) -> list[str]:
    return [c for c in m.claims if cid_source(c) == source]


def variants_to_markdown(variants: Sequence[VariantGroup]) -> str:
    """The ``factdiff variants`` listing."""
    if not variants:
        return "No name is spelled several ways.\n"
    return "\n".join(["# Names spelled several ways", "", *_variants_table(variants)]) + "\n"
