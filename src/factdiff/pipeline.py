"""The pipeline: load → clean → split → claims → align → judge → names → report, in order."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from factdiff._story import story_lookup
from factdiff._workers import map_in_chunks, map_in_order
from factdiff.align import Alignment, align, story_prior
from factdiff.claims import document_texts, extract_claims
from factdiff.clean import clean
from factdiff.config import Settings, load_settings
from factdiff.errors import InputError
from factdiff.judge import common_words, judge
from factdiff.load import expand_sources, load
from factdiff.mentions import NameContext, determined, name_context
from factdiff.models import Claim, Cleaned, Match, Report, SourceInfo, StoryNote, VariantGroup
from factdiff.names import extract_names, find_variants

Progress = Callable[[str, int, int], None]


def source_letters(n: int) -> list[str]:
    """A, B, …, Z, AA, AB, … (as spreadsheet columns)."""
    out = []
    for i in range(n):
        name = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            name = chr(65 + r) + name
        out.append(name)
    return out


class Extracted(NamedTuple):
    """One source, cleaned, with its claims."""

    cleaned: Cleaned
    claims: tuple[Claim, ...]
    # the names as they stand in the body, repeats included (for the spelling-variant table)
    mentions: tuple[str, ...] = ()
    # the names some use of which stands as a common noun does ("the Colts", "a Sixer")
    nouns: frozenset[str] = frozenset()
    # what the source tells of its words' case (for the judge: "Police said" names no one)
    context: NameContext = NameContext()

    @property
    def info(self) -> SourceInfo:
        doc = self.cleaned.document
        return SourceInfo(doc.id, doc.path, self.cleaned.title, self.cleaned.dropped, doc.warnings)


def extract(path: str, source_id: str = "A", settings: Settings | None = None) -> Extracted:
    """Load, clean and split one source into claims."""
    settings = settings or load_settings()
    doc = load(path, source_id)
    # a claims file's source was cleaned when it was extracted
    cleaned = Cleaned(doc, doc.title, (), doc.dropped) if doc.claims else clean(doc, settings.clean)
    texts = document_texts(cleaned)
    context = name_context(texts)
    # read right after the context, while the scans of its texts are still cached
    found = [(t, n) for t in texts for n in extract_names(t, context)]
    nouns = frozenset(n.text for t, n in found if determined(t, n))
    claims = tuple(extract_claims(cleaned, settings, context))
    if not claims:
        raise InputError(f"{doc.path}: no sentences found to compare")
    return Extracted(cleaned, claims, tuple(n.text for _, n in found), nouns, context)


def _variant_groups(
    sources: Sequence[Extracted], settings: Settings, story: Callable[[str, str], float]
) -> list[VariantGroup]:
    mentions = {x.cleaned.document.id: x.mentions for x in sources}
    nouns = frozenset().union(*(x.nouns for x in sources))
    return find_variants(mentions, settings.names, story, nouns)


# Sources are read in two forked processes when together they are at least this large (bytes).
_PARALLEL_FROM = 200_000


def _extract_one(job: tuple[str, str, Settings]) -> Extracted:
    return extract(*job)


def _extract_each(
    paths: Sequence[str], letters: Sequence[str], settings: Settings, progress: Progress | None
) -> list[Extracted]:
    jobs = [(p, letter, settings) for p, letter in zip(paths, letters, strict=True)]
    size = sum(os.path.getsize(p) for p in paths if p != "-" and os.path.isfile(p))

    def done(n: int) -> None:
        if progress is not None:
            progress("reading", n, len(jobs))

    done(0)
    return map_in_order(_extract_one, jobs, size >= _PARALLEL_FROM, done)


def _extract_all(
    paths: Sequence[str], settings: Settings, progress: Progress | None
) -> list[Extracted]:
    letters = source_letters(len(paths))
    out: list[Extracted] = []
    seen: dict[str, str] = {}
    for letter, x in zip(letters, _extract_each(paths, letters, settings, progress), strict=True):
        doc = x.cleaned.document
        if doc.text in seen:
            warning = f"{doc.path}: same text as source {seen[doc.text]}"
            document = replace(doc, warnings=(*doc.warnings, warning))
            x = x._replace(cleaned=replace(x.cleaned, document=document))
        seen.setdefault(doc.text, letter)
        out.append(x)
    return out


# Matches are judged in two forked processes when there are at least this many, a chunk of
# alignments at a time.
_JUDGE_PARALLEL_FROM = 1000
_JUDGE_CHUNK = 200


def _judge_all(
    alignments: Sequence[Alignment],
    by_id: dict[str, Claim],
    common: frozenset[str],
    beside: Callable[[], None],
) -> list[Match]:
    """Every alignment judged, in order: in two forked processes when there are many (judging
    the 1,637 matches of two 0.5 MB documents took 1.5 s in one process, cold), while this one
    does ``beside()`` (``map_in_order``)."""
    if len(alignments) < _JUDGE_PARALLEL_FROM:
        beside()
        return [judge(a, by_id, common) for a in alignments]

    def judged(chunk: Sequence[Alignment]) -> list[Match]:  # in a forked worker
        return [judge(a, by_id, common) for a in chunk]

    return map_in_chunks(judged, alignments, _JUDGE_CHUNK, True, beside=beside)


def variants(paths: Sequence[str], settings: Settings | None = None) -> list[VariantGroup]:
    """Names spelled several ways across and within the sources: the groups ``compare`` finds
    (under the story prior it computes, which reads the best score between two sources'
    claims: only the pairs of sources the names ask about are scored)."""
    settings = settings or load_settings()
    sources = _extract_all(expand_sources(paths), settings, None)
    story = story_prior([c for x in sources for c in x.claims], settings.match)
    return _variant_groups(sources, settings, story)


def compare(
    paths: Sequence[str],
    *,
    settings: Settings | None = None,
    config: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Compare two or more sources claim by claim; a folder stands for the sources it holds
    (``load.expand_sources``)."""
    if settings is None:
        settings = load_settings(config)
    paths = expand_sources(paths)
    if len(paths) < 2:
        raise InputError(f"compare needs at least two sources (got {len(paths)})")
    sources = _extract_all(paths, settings, progress)
    claims = [c for x in sources for c in x.claims]
    by_id = {c.id: c for c in claims}
    aligned = align(claims, settings.match, progress)
    common = common_words(x.context for x in sources)
    groups: list[VariantGroup] = []

    def group_variants() -> None:  # beside the judging: it does not read the matches
        story = story_lookup(aligned.profiles, aligned.stories)
        groups.extend(_variant_groups(sources, settings, story))

    matches = _judge_all(aligned.alignments, by_id, common, group_variants)
    stories = tuple(StoryNote(pair, round(likely, 3)) for pair, likely in aligned.stories.items())
    matched = {cid for m in matches for cid in m.claims}
    unique = tuple(
        (x.cleaned.document.id, tuple(c.id for c in x.claims if c.id not in matched))
        for x in sources
    )
    return Report(
        sources=tuple(x.info for x in sources),
        claims=tuple(claims),
        matches=tuple(matches),
        unique=unique,
        variants=tuple(groups),
        settings=settings.to_dict(),
        stories=stories,
    )
