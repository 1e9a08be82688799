"""Set page furniture aside (ads, link lists, bylines, section labels) and find the title.

Works on lines, never rewrites text: the body is returned as ranges of the document's text, so
offsets found later still point into the source as loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from factdiff._dateline import datelines
from factdiff.config import CleanSettings
from factdiff.models import Cleaned, Document

_SENTENCE_END = re.compile(r"""[.!?…:;,"”’')\]]\s*$""")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Short function words that stay lower case in Title Case headlines.
_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "de",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "via",
        "vs",
        "with",
        "its",
        "it",
        "is",
    ]
)
_HEADLINE_MAX_WORDS = 20
# The text before a line that starts a paragraph: nothing but space, or a blank line at its end.
_PARAGRAPH_START = re.compile(r"(?:\A|\n[^\S\n]*\n)\s*\Z")


class _Line(NamedTuple):
    start: int  # of the stripped content
    end: int
    text: str
    alone: bool  # a paragraph of its own (blank line or edge of text on both sides)


@cache
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _lines(text: str) -> Iterator[_Line]:
    """Non-blank lines with the offsets of their stripped content."""
    raw: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        raw.append((pos, pos + len(line)))
        pos += len(line)
    blank = [not text[a:b].strip() for a, b in raw]
    for i, (a, b) in enumerate(raw):
        if blank[i]:
            continue
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        alone = (i == 0 or blank[i - 1]) and (i == len(raw) - 1 or blank[i + 1])
        yield _Line(a + lead, b - trail, chunk.strip(), alone)


def _is_headline(text: str) -> bool:
    """Title Case, short, no sentence punctuation at the end."""
    if _SENTENCE_END.search(text):
        return False
    words = _WORD.findall(text)
    if not 3 <= len(words) <= _HEADLINE_MAX_WORDS:
        return False
    major = [w for w in words if w.lower() not in _MINOR]
    if not major:
        return False
    capitalised = sum(1 for w in major if w[0].isupper())
    return capitalised / len(major) >= 0.8


def _is_first_line_headline(text: str) -> bool:
    """A first line in sentence case can be the headline too ("France welcomes first gay
    refugee from Chechnya"): short, capitalised, no sentence punctuation at the end."""
    if _SENTENCE_END.search(text) or not text[:1].isupper():
        return False
    return 3 <= len(_WORD.findall(text)) <= _HEADLINE_MAX_WORDS


def _is_label(text: str, max_words: int) -> bool:
    """A short line that is no sentence: a section label ("News", "Demand Equity")."""
    if _SENTENCE_END.search(text) or any(ch.isdigit() for ch in text):
        return False
    words = _WORD.findall(text)
    return 0 < len(words) <= max_words and all(w[0].isupper() for w in words)


def _headline_before_dateline(text: str) -> str | None:
    """The headline of a page pasted as one paragraph, when a dateline sets it off from the body
    ("AMD Buys SeaMicro Feb 29, 2012 2:31 PM Advanced Micro Devices announced …")."""
    begin = 0
    for a, b in datelines(text):
        piece = text[begin:a].strip()
        if piece:
            return piece if _is_headline(piece) or _is_first_line_headline(piece) else None
        begin = b
    return None


def clean(document: Document, settings: CleanSettings) -> Cleaned:
    """Split ``document`` into body ranges and dropped furniture; detect its title."""
    line_patterns = _compile(settings.furniture_lines)
    prefix_patterns = _compile(settings.furniture_prefixes)
    kept: list[_Line] = []
    dropped: list[tuple[int, str]] = []
    headlines: list[_Line] = []
    sentence_case: _Line | None = None  # a first line taken as headline though not Title Case
    for line in _lines(document.text):
        start, text = line.start, line.text
        # furniture glued to the start of real text ("- Advertisement -On Monday, …")
        stripped = True
        while stripped and text:
            stripped = False
            for pattern in prefix_patterns:
                m = pattern.match(text)
                if m and m.end() > 0:
                    dropped.append((start, text[: m.end()].strip()))
                    start += m.end()
                    text = text[m.end() :]
                    stripped = True
                    break
        if not text.strip():
            continue
        line = _Line(start, line.end, text, line.alone)
        if any(p.search(text) for p in line_patterns):
            dropped.append((start, text))
        elif line.alone and _is_headline(text):
            headlines.append(line)
        elif line.alone and not kept and not headlines and _is_first_line_headline(text):
            headlines.append(line)
            sentence_case = line
        elif line.alone and _is_label(text, settings.label_max_words):
            dropped.append((start, text))
        else:
            kept.append(line)

    if sentence_case is not None and not kept:
        # nothing but that line: it is the text, not its headline
        headlines.remove(sentence_case)
        kept.append(sentence_case)
    title = document.title
    if headlines:
        # The first line of the text when it is a headline, else the last headline-like line
        # (pages often end with the headline above the byline).
        first_text_start = min([ln.start for ln in kept + headlines])
        chosen = headlines[0] if headlines[0].start == first_text_start else headlines[-1]
        if title is None:
            title = chosen.text
        for h in headlines:
            if h is not chosen or document.title is not None:
                dropped.append((h.start, h.text))
    if title is None and kept and _PARAGRAPH_START.search(document.text, 0, kept[0].start):
        title = _headline_before_dateline(kept[0].text)
    dropped.sort()

    # Adjacent kept lines of one paragraph form one segment (hard-wrapped text).
    segments: list[tuple[int, int]] = []
    for line in kept:
        gap = document.text[segments[-1][1] : line.start] if segments else "\n\n"
        if not gap.strip() and gap.count("\n") <= 1:  # only a line break between them
            segments[-1] = (segments[-1][0], line.end)
        else:
            segments.append((line.start, line.end))
    return Cleaned(
        document=document,
        title=title,
        segments=tuple(segments),
        dropped=tuple(text for _, text in dropped),
    )
