"""Split text into sentences, each with its character range in the text (the ``split`` stage).

Compiled regular expressions find the candidate boundaries: terminal punctuation (``. ? ! …``, runs
such as ``?!`` and ``. . . .``) with any closing quotes or brackets, followed by whitespace; blank
lines; lines without final punctuation; list markers. Each punctuation candidate is then described
by a short key, ``terminator:word-kind:next-kind[:nl]`` (for example ``period:abbrev:starter``), and
the first rule of ``DECISIONS`` whose pattern matches the key says whether it ends a sentence.
Offsets are carried forward from the matches; nothing is searched for afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from factdiff._numbers import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    TIME_ZONES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from factdiff.models import Sentence

__all__ = ["Rule", "split_sentences"]


class Rule(NamedTuple):
    """A regular expression and what a match means (a word kind, or ``break`` / ``keep``)."""

    pattern: str
    label: str


# --- Word lists -----------------------------------------------------------------------------------

# "No." and "Nos." before a number stand for "number" ("Juror No. 12", "Tom Baker (No. 4)").
NUMBER_SIGNS = frozenset({"No", "Nos", "no", "nos"})

# Titles stand before a name, so a capitalised word after them continues the sentence.
TITLES = frozenset(
    {
        "adm", "amb", "atty", "brig", "capt", "cmdr", "col", "comdr", "cpl", "det", "dr", "fr",
        "ft", "gen", "gov", "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms",
        "msgr", "mt", "pres", "prof", "pvt", "rep", "rev", "rt", "sen", "sgt", "st", "ste", "supt"
    }
)  # fmt: skip

# Other abbreviations: they end a sentence only before a word that usually starts one.
# Words that are also common English words (no, sat, sun, wed …) are left out, so "He sat.
# Doctors said" still splits. So are US states (Calif. Ark.): in news copy a state inside a
# sentence is followed by a comma ("Fort Smith, Ark., said"), so one before a capital ends it.
ABBREVIATIONS = frozenset(
    {
        "al", "approx", "apr", "assn", "assoc", "asst", "aug", "ave", "bldg", "blvd", "bros", "ca",
        "cf", "cie", "co", "corp", "ct", "dec", "dept", "dist", "div", "esp", "esq", "etc", "feb",
        "fig", "figs", "fri", "hwy", "inc", "incl", "jan", "jr", "jul", "jun", "lb", "lbs", "llc",
        "ln", "ltd", "mar", "mfg", "mon", "mph", "mtn", "nos", "nov", "oct", "oz", "pl", "pp",
        "pt", "rd", "rs", "sep", "sept", "sq", "sr", "thu", "thur", "thurs", "tue", "tues", "univ",
        "viz", "vol", "vols", "vs", "yr", "yrs"
    }
)  # fmt: skip

# Names written with "!": the "!" is part of the name ("She works at Yahoo! in accounting").
EXCLAMATION_NAMES = frozenset({"yahoo", "jeopardy", "yum", "joomla"})

# Words that usually open a sentence. After an abbreviation (Inc. Co. U.S. e.g.) only these make
# a boundary: "& Co. It closed" splits, "the U.S. Government" does not.
SENTENCE_STARTERS = frozenset(
    {
        "A", "After", "Also", "Although", "An", "And", "Are", "As", "At", "Because", "Before",
        "Being", "Both", "But", "By", "Can", "Did", "Do", "Does", "During", "Each", "Earlier",
        "Even", "For", "From", "Had", "Has", "Have", "He", "Her", "Here", "His", "How", "However",
        "I", "If", "In", "Instead", "Is", "It", "Its", "Last", "Later", "Many", "Meanwhile",
        "Most", "My", "No", "Not", "Now", "On", "One", "Or", "Our", "She", "Since", "So", "Some",
        "Still", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
        "Though", "Thus", "To", "Was", "We", "Were", "What", "When", "Where", "Which", "While",
        "Who", "Why", "Will", "With", "Yet", "You", "Your"
    }
)  # fmt: skip

# Days, months and time zones: they follow a time inside a sentence ("at 9 a.m. Tuesday").
CALENDAR_WORDS = frozenset(
    (
        *(w.capitalize() for w in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *MONTHS)),
        *(w.capitalize() for w in MONTH_ABBREVIATIONS),
        *(z.upper() for z in TIME_ZONES),
    )
)

# --- Word shapes: what the word just before a period is, when no list above names it -------------

WORD_SHAPES: tuple[Rule, ...] = (
    # E-mail addresses and URLs: inner periods are no abbreviations ("…@example.com. I sent").
    Rule(r"\S*(?:@|://)\S*|www\.\S*", "plain"),
    # a.m. / p.m.: a time, after which a capitalised word mostly starts a new sentence.
    Rule(r"[AaPp]\.[Mm]", "time"),
    # One letter: an initial (Jonas E. Smith, J. R. R. Tolkien) or a list letter (a. … b. …).
    Rule(r"[^\W\d_]", "initial"),
    # Letters with inner periods: U.S. E.U. e.g. i.e. Ph.D.
    Rule(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}", "abbrev"),
    # One or two digits, maybe after a bullet: a list number (1. ⁃9.) when it opens a sentence.
    Rule(r"[•⁃*\-–]?\d{1,2}", "number"),
)

# --- Decisions: the first rule whose pattern matches the candidate's key wins -------------------
#
# terminator: strong (? ! ?! !!), period (one "."), ellipsis ("...", "…", "....", ". . . ."),
#   spaced3 (". . .");
# word kind: title, numsign ("No." before a number), abbrev, time, time_lead (the sentence so
#   far is only "At 5"), initial,
#   pronoun (a lone "I" after a lower-case word), label (list number opening a sentence),
#   exclaim (Yahoo!), bracketed ("[...]"), plain, none (punctuation standing alone);
# next kind: end, lower, upper, starter (SENTENCE_STARTERS), calendar (CALENDAR_WORDS), digit,
#   other; ":nl" when the gap holds a line break.

DECISIONS: tuple[Rule, ...] = (
    # The end of the text ends the last sentence, whatever precedes it.
    Rule(r"[^:]*:[^:]*:end", "break"),
    # A lower-case word never starts a sentence: "Jane and co. at the party", "Yahoo! in".
    Rule(r"[^:]*:[^:]*:lower", "keep"),
    # "[...]" marks words left out of a quotation, not the end of a sentence.
    Rule(r"[^:]*:bracketed:", "keep"),
    # Yahoo! and Jeopardy! are names: only a word that usually opens a sentence follows a boundary.
    Rule(r"strong:exclaim:(?!starter)", "keep"),
    # ? ! ?! !! end a sentence before anything but a lower-case word ("Hello?! Is that you?").
    Rule(r"strong:", "break"),
    # ". . ." with spaces leaves words out inside a sentence; a sentence-final one has a 4th dot.
    Rule(r"spaced3:", "keep"),
    # "...", "…", "...." before a capital end a sentence ("that.... She left", "slowly... And").
    Rule(r"ellipsis:[^:]*:(?:upper|starter|calendar)", "break"),
    Rule(r"ellipsis:", "keep"),
    # Titles come before a name: Mr. Smith, Dr. Jones, St. Michael's, Mt. Fuji.
    Rule(r"period:title:", "keep"),
    # "No." before a number is the number sign: "Juror No. 12", "Tom Baker (No. 4)".
    Rule(r"period:numsign:", "keep"),
    # Initials and list letters: "Jonas E. Smith", "J. R. R. Tolkien", "a. The first item".
    Rule(r"period:initial:", "keep"),
    # A list number opening a sentence: "1. The first item".
    Rule(r"period:label:", "keep"),
    # "At 5 a.m. Mr. Smith went": a sentence of only a time is no sentence.
    Rule(r"period:time_lead:", "keep"),
    # "at 9 a.m. Tuesday", "at 10 a.m. ET": days, months and zones go with the time.
    Rule(r"period:time:calendar", "keep"),
    # "He left at 6 P.M. Mr. Smith then went": any other capital starts a new sentence.
    Rule(r"period:time:(?:upper|starter)", "break"),
    # Inc. Co. Jan. U.S. end a sentence before a word that usually opens one ("& Co. It closed",
    # "the U.S. How about you?"), or before a capital on the next line.
    Rule(r"period:abbrev:(?:starter|upper:nl|calendar:nl)", "break"),
    Rule(r"period:abbrev:", "keep"),
    # "you and I. Did you …": "I" after a lower-case word is the pronoun ending the sentence;
    # any other word + period + capital is the plain sentence end.
    Rule(r"period:[^:]*:(?:upper|starter|calendar)", "break"),
    # Digits and symbols after a period: "p. 55", "N°. 1026", "Fig. ??"; a list number after a
    # period gets its own boundary from the list rule.
    Rule(r"", "keep"),
)


def _alternation(rules: Sequence[Rule]) -> re.Pattern[str]:
    """One pattern trying ``rules`` in order; ``lastgroup`` ("r3") names the rule that matched."""
    return re.compile("|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(rules)))


_SHAPE_RE = _alternation(WORD_SHAPES)
_DECISION_RE = _alternation(DECISIONS)
_DECISION_BREAKS = {f"r{i}": rule.label == "break" for i, rule in enumerate(DECISIONS)}

# --- Candidate finders ----------------------------------------------------------------------------

_TERMINALS = ".?!…‽"
_CLOSERS = "”’\"'»)]}›"
_OPENERS = "([{\"“‘'«¿¡"
_BULLETS = "•⁃*-–"

# The word before the punctuation (whitespace-delimited), the punctuation run (single spaces
# allowed, for ". . ." and "! ! !"), closing quotes and brackets and footnote marks ("martyr.[1]"),
# maybe one quote set off by a space ("Omaha. ” McDermott": a quote followed by whitespace cannot
# open the next sentence), then whitespace or the end. The run starts at the first terminal and
# is atomic, so long runs of dots cost linear time.
_CANDIDATE = re.compile(
    r"(?<!\S)(?P<word>\S*?)(?<![.?!…‽])(?P<run>(?>[.?!…‽]+(?: [.?!…‽]+)*))"
    r"(?P<close>[”’\"'»)\]}›]*(?:\[\d{1,3}\])*(?: [”’\"'»](?=\s|\Z))?)(?=\s|\Z)"
)
# What follows a candidate: whitespace (the gap), dashes, bullets and opening quotes, then a word.
_NEXT = re.compile(r"(?P<gap>\s*)[\s\-–—•⁃*\"“‘'`(\[{«¿¡]*(?P<word>\w+)?(?P<item>\))?")
# What labels a list item before ")": a number, a letter or a roman numeral ("3)", "b)",
# "iv)"), not a word ("iexplore. exe)" is a file name a tokeniser spaced).
_ITEM_LABEL = re.compile(r"\d{1,2}|[^\W\d_]|[ivxlc]{2,4}|[IVXLC]{2,4}")
# A blank line always ends a sentence.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
# A single line break between two non-blank lines.
_LINE_BREAK = re.compile(r"(?<=\S)[^\S\n]*\n[^\S\n]*(?=\S)")
# A list marker: "1." "2.)" "3)" "a." "b)" maybe after a bullet, followed by the item's text.
_LIST_MARKER = re.compile(
    r"(?:(?<=\s)|\A)(?:[•⁃*\-–] ?)?(?:(?P<num>\d{1,2})|(?P<letter>[a-z]))"
    r"(?P<style>\.\)|\)|\.)\s+(?=\S)"
)
_SPACED_AM_PM = ("a.", "A.", "p.", "P.")
# How far back to look for the start of a sentence or the previous word (keeps the work linear).
_LEAD_MAX = 40
# Consecutive list markers further apart than this are not one inline list.
_LIST_GAP = 400
# "At 5", "By about 10:30": a sentence so far that is only a time phrase.
_TIME_LEAD = re.compile(
    r"\s*[\"“‘']?(?:at|by|before|after|until|till|from|since|around|about)\s+"
    r"(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*",
    re.IGNORECASE,
)


def split_sentences(text: str, *, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences, in order, with their ``[start, end)`` ranges in ``text``.

    ``abbreviations`` (lower case, without the final period) are added to the built-in list.
    Each sentence's text is ``text[start:end]`` without surrounding whitespace; everything between
    and around the sentences is whitespace.
    """
    abbrevs = _abbreviation_set(frozenset(a.lower().rstrip(".") for a in abbreviations))
    forced = _forced_breaks(text)
    breaks: list[int] = []
    sent_start = 0
    fi = 0
    for m in _CANDIDATE.finditer(text):
        while fi < len(forced) and forced[fi] <= m.start():
            sent_start = max(sent_start, forced[fi])
            fi += 1
        at = _decide(text, m, sent_start, abbrevs)
        if at is not None:
            breaks.append(at)
            sent_start = at
    breaks.extend(forced)
    return _sentences(text, sorted(set(breaks)))


@lru_cache(maxsize=32)
def _abbreviation_set(extra: frozenset[str]) -> frozenset[str]:
    return ABBREVIATIONS | extra


def _decide(text: str, m: re.Match[str], sent_start: int, abbrevs: frozenset[str]) -> int | None:
    """Where the candidate ``m`` ends a sentence, or None if it does not."""
    word, run, close = m.group("word", "run", "close")
    compact = run.replace(" ", "")
    split_at = m.end()
    if "?" in compact or "!" in compact or "‽" in compact:
        term = "strong"
        kind = "exclaim" if run == "!" and _tail(word).lower() in EXCLAMATION_NAMES else "plain"
    elif compact == ".":
        term = "period"
        kind = _period_word_kind(text, m, sent_start, abbrevs)
    else:
        dots = compact.count(".") + 3 * compact.count("…")
        spaced = " " in run
        term = "spaced3" if spaced and dots <= 3 else "ellipsis"
        bracketed = word[-1:] in ("[", "(") and close[:1] in ("]", ")")
        kind = "bracketed" if bracketed else "plain"
        if spaced and word and run.startswith(". ") and dots >= 4:
            # "compounds. . . . The practice": the period ends the sentence; ". . ." opens the next.
            split_at = m.start("run") + 1
    nxt = _NEXT.match(text, m.end())
    assert nxt is not None  # every part of _NEXT is optional
    next_kind = _next_kind(text, nxt)
    if next_kind == "end":
        split_at = m.end()
    key = f"{term}:{kind}:{next_kind}"
    if "\n" in nxt.group("gap"):
        key += ":nl"
    rule = _DECISION_RE.match(key)
    assert rule is not None and rule.lastgroup is not None  # the last rule matches anything
    return split_at if _DECISION_BREAKS[rule.lastgroup] else None


def _tail(word: str) -> str:
    """The last part of a word after hyphens and slashes, without opening punctuation."""
    cut = max(word.rfind("-"), word.rfind("/"))
    return word[cut + 1 :].lstrip(_OPENERS)


def _period_word_kind(text: str, m: re.Match[str], sent_start: int, abbrevs: frozenset[str]) -> str:
    word = m.group("word").lstrip(_OPENERS)
    if not word:
        return "none"
    tail = _tail(word)
    key = tail.lower()
    if key in TITLES:
        return "title"
    if tail in NUMBER_SIGNS:
        nxt = _NEXT.match(text, m.end())
        if nxt is not None and (nxt.group("word") or "").isdigit():
            return "numsign"
    if key in abbrevs:
        return "abbrev"
    shape = _SHAPE_RE.fullmatch(word)
    if shape is None:
        return "plain"
    kind = WORD_SHAPES[int(str(shape.lastgroup)[1:])].label
    if (
        kind == "initial"
        and word in ("m", "M")
        and text[m.start() - 3 : m.start() - 1] in _SPACED_AM_PM
    ):
        kind = "time"  # "a. m." / "p. m." in tokenised text
    if kind == "time":
        lead = text[max(sent_start, m.start() - _LEAD_MAX) : m.start()]
        return "time_lead" if _TIME_LEAD.fullmatch(lead) else "time"
    if kind == "initial" and word == "I":
        return "pronoun" if _previous_word_is_lower(text, m.start()) else "initial"
    if kind == "number":
        before = text[max(sent_start, m.start() - _LEAD_MAX) : m.start()]
        return "label" if not before.strip().strip(_BULLETS).strip() else "plain"
    return kind


def _previous_word_is_lower(text: str, pos: int) -> bool:
    """Is the word before ``pos`` (skipping whitespace) not capitalised? True at the text start."""
    window = text[max(0, pos - _LEAD_MAX) : pos].split()
    return not window or not window[-1].lstrip(_OPENERS)[:1].isupper()


def _next_kind(text: str, nxt: re.Match[str]) -> str:
    word = nxt.group("word")
    if word is None:
        return "end" if nxt.end() == len(text) else "other"
    if nxt.group("item") is not None and _ITEM_LABEL.fullmatch(word):
        return "upper"  # a list item label: "(b) Hello", "ii) Hello", "3) Next"
    first = word[0]
    if first.isdigit():
        return "digit"
    if first.islower():
        # "eBay", "iPhone": a capital inside marks a name that may open a sentence.
        return "upper" if any(c.isupper() for c in word[1:]) else "lower"
    if not first.isupper():
        return "other"
    if word in SENTENCE_STARTERS:
        return "starter"
    if word in CALENDAR_WORDS:
        return "calendar"
    return "upper"


def _forced_breaks(text: str) -> list[int]:
    """Boundaries that need no punctuation: blank lines, unpunctuated lines, list items (sorted)."""
    forced = [m.start() for m in _PARAGRAPH.finditer(text)]
    if "\n" in text:
        forced.extend(_line_breaks(text))
    forced.extend(_list_breaks(text))
    forced.sort()
    return forced


def _line_breaks(text: str) -> list[int]:
    out: list[int] = []
    for m in _LINE_BREAK.finditer(text):
        i = m.start() - 1
        while i > 0 and text[i] in _CLOSERS:
            i -= 1
        last = text[i]
        if last in _TERMINALS:
            continue  # the punctuation rules decide
        if last in ",;" or (last == "-" and text[i - 1 : i].isalpha()):
            continue  # the sentence goes on: a hard-wrapped line
        if text[m.end()].islower():
            continue  # a line that starts in lower case continues the one before
        out.append(m.start())
    return out


def _list_breaks(text: str) -> list[int]:
    """The start of every item of an inline list: two or more markers counting up by one."""
    out: list[int] = []
    last: dict[tuple[str, bool], tuple[int, int, bool]] = {}
    for m in _LIST_MARKER.finditer(text):
        if text[m.end()].islower():
            continue  # "for 1. above, …": a number in running text, not a list
        num = m.group("num")
        if m.group("style") == "." and num is not None and text[m.end()].isdigit():
            continue  # "a 6. 1 magnitude quake … 7. 2 on the Richter scale": tokenised decimals
        value = int(num) if num is not None else ord(m.group("letter"))
        key = (m.group("style"), num is not None)
        linked = False
        prev = last.get(key)
        if prev is not None and prev[0] + 1 == value and m.start() - prev[1] <= _LIST_GAP:
            if not prev[2]:
                out.append(prev[1])
            out.append(m.start())
            linked = True
        last[key] = (value, m.start(), linked)
    return out


def _sentences(text: str, breaks: list[int]) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for end in [*breaks, len(text)]:
        if end <= start:
            continue
        segment = text[start:end]
        body = segment.strip()
        if body:
            first = start + len(segment) - len(segment.lstrip())
            out.append(Sentence(body, first, first + len(body)))
        start = end
    return out
