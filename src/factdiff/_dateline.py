"""Datelines: the publication date and time a web page sets between its headline and its body.

Pasted or scraped articles often run them together on one line ("AMD buys SeaMicro for $334M
February 29, 2012 2:27 PM There's a sea change …", "Posted Oct 26, 2011 8:57 AM CDT An 18-year-old
…"). A dateline is a run of calendar atoms (weekday, date, time, time zone, a verb such as
"Updated") that no sentence would hold as it stands (``_strong``: a date with its year, a date with
a time, a verb with a date or time …), where no sentence around it could hold it (not after "on",
"of" …, not before a lower-case word or a comma), near the top of its paragraph. The judge leaves
datelines out of the values it compares (when a page was published is not what it reports), and
the ``clean`` stage takes a headline standing before one as the title.
"""

from __future__ import annotations

import re

from factdiff._numbers import (
    AM_PM,
    DATELINE_VERBS,
    DAY,
    DOT_TIME,
    HOUR_TIME,
    MONTH,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR,
    ZONE,
)

__all__ = ["between_datelines", "datelines"]

_WEEKDAY = "|".join((*WEEKDAYS, *WEEKDAY_ABBREVIATIONS))
# A dateline's verb ("Posted", "last updated on"), with or without a colon after it.
_VERB = r"(?:last\s|first\s)?(?:" + "|".join(DATELINE_VERBS) + r")(?:\s(?:on|at))?"
# One atom of a dateline; the group that matched names its kind.
_ATOM = re.compile(
    rf"""
    (?P<verb>{_VERB}:?(?=\s|$))
    | (?P<dated>{MONTH}\s{DAY},?\s{YEAR} | {DAY}\s{MONTH},?\s{YEAR}
        | {YEAR}\s?-\s?\d\d\s?-\s?\d\d\b
        | \d{{1,2}}\s?[./]\s?\d{{1,2}}\s?[./]\s?(?:{YEAR}|\d\d\b))
    | (?P<date>{MONTH}\s{DAY} | {DAY}\s{MONTH}(?!\w))
    | (?P<time>(?:\d{{1,2}}(?::\s?\d\d){{1,2}}(?:\s?{AM_PM}|\s?hrs?\b)?
        | {DOT_TIME} | {HOUR_TIME})
        (?:\s{ZONE}\b){{0,2}})
    | (?P<weekday>(?:{_WEEKDAY})\b\.?)
    | (?P<year>{YEAR})
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A dateline's verb as a label ("UPDATED:", "Published on:"), where a dateline may stand anywhere.
_LABEL = re.compile(rf"(?<!\S){_VERB}:(?=\s)", re.IGNORECASE)
# Between atoms: commas, dashes, bars, "at", "on".
_GAP = re.compile(r"(?:\s*[,|/–—-])*\s+(?:(?:at|on)\s+)?|,?\s*$", re.IGNORECASE)
# Words after which a date belongs to the sentence ("on May 3, 2013", "the crash of July 3").
_BOUND_BEFORE = frozenset(
    """on at in by since until till from to of the a an and or before after between for as than
    during through last next this that dated early late mid about around""".split()
)
# A dateline starts this near the top of its paragraph (a headline is shorter).
_WINDOW = 300
_OPENERS = "\"“‘'(["
_WORD_START = re.compile(r"(?:(?<=\s)|^)\S")


def _run(text: str, start: int) -> tuple[int, set[str]]:
    """The end of the run of atoms from ``start`` and the kinds of atom it holds."""
    kinds: set[str] = set()
    end = pos = start
    while True:
        m = _ATOM.match(text, pos)
        if m is None or m.lastgroup is None:
            return end, kinds
        kinds.add(m.lastgroup)
        end = m.end()
        gap = _GAP.match(text, end)
        if gap is None or gap.end() == end:
            return end, kinds
        pos = gap.end()


def _strong(kinds: set[str], at_start: bool) -> bool:
    """Whether a run of atoms of these kinds is a dateline rather than a date in passing: it
    has a year, a verb and a date or time, a date with a time or weekday (or at the very top of
    the text), or a time with a weekday or year."""
    if "dated" in kinds or ("verb" in kinds and len(kinds) > 1):
        return True
    if "date" in kinds:
        return at_start or bool(kinds & {"time", "weekday"})
    return "time" in kinds and bool(kinds & {"weekday", "year"})


def _free_before(text: str, start: int) -> bool:
    """Whether what precedes ``start`` cannot hold a date in its sentence: nothing, sentence
    punctuation, or a word no date follows in running text."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:":
        return True
    word = before.split()[-1].strip(",;").lower()
    return word not in _BOUND_BEFORE


def _free_after(text: str, end: int) -> bool:
    """Whether a new sentence (or nothing) follows ``end``: a capital or a digit, maybe after
    an opening quote."""
    rest = text[end:].lstrip(_OPENERS + " \t")
    return not rest or rest[0].isupper() or rest[0].isdigit()


def datelines(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of the datelines in one paragraph ``text``, in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    limit = min(len(text), _WINDOW)
    while pos < limit:
        m = _WORD_START.search(text, pos, limit)
        if m is None:
            break
        start = m.start()
        end, kinds = _run(text, start)
        # a verb marks a dateline even after "on" ("… Driver on September 14, 2013 11:41am |
        # Updated on September 14, 2013 11:41am A woman …")
        if (
            _strong(kinds, at_start=start == 0)
            and ("verb" in kinds or _free_before(text, start))
            and _free_after(text, end)
        ):
            out.append((start, end))
        pos = max(end, start + 1)
    # further down, only a run its verb labels with a colon ("… the accused gunman UPDATED:
    # 19: 14 GMT, 12 April 2013 Jurors …" after a long headline): running text has no colon
    # after "released" or "filed", though it dates them ("charges filed Friday. Anthony …")
    for m in _LABEL.finditer(text, max(pos, limit)):
        if out and m.start() < out[-1][1]:
            continue
        end, kinds = _run(text, m.start())
        if "verb" in kinds and len(kinds) > 1 and _free_after(text, end):
            out.append((m.start(), end))
    return out


def between_datelines(text: str) -> list[str]:
    """The pieces of one paragraph ``text`` the datelines in it part (``datelines``), in order:
    ``text`` whole where it holds none."""
    pieces, pos = [], 0
    for start, end in datelines(text):
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return pieces
