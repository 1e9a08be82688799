"""Frozen dataclasses that carry data between the pipeline stages.

Every offset is a character offset into ``Document.text`` (the source as loaded: for .txt/.md the
decoded file itself), so every claim and finding can point back at the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

DifferenceType = Literal[
    "number", "date", "name", "quote", "attribution", "negation", "modality", "detail"
]
MatchKind = Literal["agreement", "divergence"]


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its character range ``[start, end)`` in the text it came from."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A source as loaded: ``text`` is what spans point into."""

    id: str
    path: str
    text: str
    format: str
    warnings: tuple[str, ...] = ()
    # Claims read back from a claims YAML file (format == "yaml"); empty otherwise.
    claims: tuple[Claim, ...] = ()
    title: str | None = None
    # Furniture already set aside (claims files keep what was dropped from their source).
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    """A document with page furniture set aside.

    ``segments`` are the ``[start, end)`` ranges of ``document.text`` that hold the article body;
    ``dropped`` the furniture lines, as they stand in the text, in order.
    """

    document: Document
    title: str | None
    segments: tuple[tuple[int, int], ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class NameMention:
    """A name as it stands in a text (possessive folded in ``text``), with its span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """One checkable statement of one source.

    ``text`` is the claim's words exactly as in the source; ``span`` its range in the document.
    ``numbers`` and ``dates`` are normalised values ("3", "monday", "2 months ago");
    ``modality`` is "did" (reported as done/true), "will" (promised/intended) or "may".
    """

    id: str
    source: str
    text: str
    sentence: int
    span: tuple[int, int]
    speaker: str | None = None
    quote: str | None = None
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    modality: str = "did"
    negated: bool = False


@dataclass(frozen=True)
class Difference:
    """One typed difference within a match: each side's words, by source id."""

    type: DifferenceType
    sides: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, str]:
        out: dict[str, str] = {"type": self.type}
        out.update(dict(self.sides))
        return out


@dataclass(frozen=True)
class Match:
    """Claims of different sources that state the same fact."""

    claims: tuple[str, ...]
    kind: MatchKind
    score: float
    differences: tuple[Difference, ...] = ()
    retold: tuple[str, ...] = ()
    """Claims joined by a lead's link alone: the story told again in other words, shown with
    the match but not compared for differences."""


@dataclass(frozen=True)
class VariantForm:
    text: str
    counts: tuple[tuple[str, int], ...]  # (source id, count), sorted by source id


@dataclass(frozen=True)
class VariantGroup:
    """One name spelled several ways; ``canonical`` is the most used spelling."""

    canonical: str
    forms: tuple[VariantForm, ...]
    inconsistent_sources: tuple[str, ...]


@dataclass(frozen=True)
class SourceInfo:
    id: str
    path: str
    title: str | None
    dropped: tuple[str, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryNote:
    """How likely two sources tell one story rather than two events of one kind (the story
    prior, 0..1); below ``match.story_full`` every score between their claims was lowered."""

    sources: tuple[str, str]
    likelihood: float


@dataclass(frozen=True)
class Report:
    """The result of comparing sources. Render with ``to_markdown()`` / ``to_json()``."""

    sources: tuple[SourceInfo, ...]
    claims: tuple[Claim, ...]
    matches: tuple[Match, ...]
    unique: tuple[tuple[str, tuple[str, ...]], ...]
    variants: tuple[VariantGroup, ...]
    settings: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # each pair of sources whose claims were compared, in source order
    stories: tuple[StoryNote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        from factdiff.render import report_to_dict

        return report_to_dict(self)

    def to_json(self) -> str:
        from factdiff.render import to_json

        return to_json(self)

    def to_markdown(self) -> str:
        from factdiff.render import to_markdown

        return to_markdown(self)
