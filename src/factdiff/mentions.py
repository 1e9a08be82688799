"""Mentions: the names (people, places, organisations, acronyms) that stand in running text.

Capitalised runs and acronyms, minus sentence-initial ordinary words, function words and titles
("German Chancellor Angela Merkel" → "Angela Merkel"); possessives folded ("Putin’s" → "Putin").
Headings are title case, so there a capital says nothing: only words seen capitalised inside an
ordinary sentence are kept. A sentence of a document is read with what the whole document tells
(``NameContext``): which words it writes in lower case (so "Officials said …" is no name) and
which it capitalises inside its sentences (so a headline's names are found). Rules only, no
model: see the closing note on what it gets wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import NamedTuple

from factdiff._dateline import datelines
from factdiff._lexicon import (
    ADVERB_AFTER_FIRST,
    BODY_WORDS,
    PLACE_FIRST_WORDS,
    english_word,
    fold,
    given_names,
    name_kind,
    words,
)
from factdiff._numbers import (
    DATELINE_VERBS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    TIME_ZONES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from factdiff.models import NameMention
from factdiff.similarity import normalise, zipf

__all__ = [
    "NameContext",
    "determined",
    "extract_names",
    "is_title",
    "name_context",
    "titled",
]


_DIGIT = re.compile(r"\d")  # every dateline has one
# a word: letters and digits, joined by apostrophes and hyphens, and by "&" in capitals
# ("AT&T", "S&P 500")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:\w|['’\-](?=\w)|(?<=[A-Z])&(?=[A-Z]))*")
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
# Words that end a name or start one only where a sentence runs into the next one without its
# full stop ("… through Windows Update This update …", "… the attack At Yida Refugee Camp"). Not
# "The" ("The Associated Press"), "Who" ("Doctor Who"), "Now" ("Democracy Now") or "New",
# "First", "All", "Today" ("USA Today"); a last letter or "It" stays too ("Group A", "Fix It").
_GLUE_WORDS = frozenset(
    words(
        """
        a an this that these those there here it its he she they we i you his her their our my
        your if when while after before as at in on of for from by with without but and or nor so
        yet also despite during since until although though because according meanwhile however
        moreover then thus even only just not no into"""
    )
)
# Common words that start sentences with a capital without being names: the glue words and
# these.
_FUNCTION_WORDS = _GLUE_WORDS | frozenset(
    words(
        """
        the still yes all some many most few several each every both other another such what who
        whom whose which where why how one two three four five six seven eight nine ten hundreds
        thousands dozens being upon over under about around between against among once now today
        yesterday tomorrow last next first new more less instead indeed perhaps maybe there's
        it's let read take see watch stop click sign"""
    )
)
# Times of day and time zones are set in capitals ("12:50 PM EDT Lindsay Lohan …"): no names.
# Not "CT" and "MT": Connecticut and Montana.
_TIME_WORDS = frozenset(
    ("am", "pm", "a.m", "p.m", *(z for z in TIME_ZONES if z not in {"ct", "mt"}))
)
_NOT_NAMES = frozenset((*WEEKDAYS, *MONTHS, *_TIME_WORDS, "i"))
# A month or weekday abbreviated ("Dec", "Thu") before a day or a month is a date, not a name.
_SHORT_CALENDAR = frozenset((*MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS))
_BEFORE_DAY = re.compile(
    r"\.?,?\s*(?:\d|(?:" + "|".join((*MONTHS, *MONTH_ABBREVIATIONS)) + r")\b)", re.IGNORECASE
)
# A dateline's verb, and what follows it ("Updated: Friday", "Posted 12:50 PM", "Published May 3")
_DATELINE_VERBS = frozenset((*DATELINE_VERBS, "last", "first"))
_DATELINE = re.compile(
    r"\s*(?::|\s(?:on\s+|at\s+)?(?:\d|(?:"
    + "|".join((*WEEKDAYS, *MONTHS, *WEEKDAY_ABBREVIATIONS, *MONTH_ABBREVIATIONS))
    + r")\b))",
    re.IGNORECASE,
)
_LAST_IN_TITLES = frozenset(words("it its"))  # "Fix It", "Fix Its", "The Thick of It"
# Title words removed before a person's name (at the front of a mention, or after the body the
# title belongs to); a strip happens only if one of _CORE_TITLES is among them, so "Foreign
# Ministry" and "Islamic State" stay whole.
# Jobs that also stand as titles before a name ("Coach Sean Payton", "District Attorney Paul
# Howard", a player's position: "Saints RB Pierre Thomas"), but are ordinary words of a
# headline ("Sixers Hire Maurice Cheeks as Head Coach").
_JOBS = frozenset(
    words(
        "attorney councilman councilwoman councillor councilor inspector detective "
        "superintendent coach manager qb rb wr te lb cb nt dt fb linebacker quarterback "
        "cornerback receiver tailback fullback kicker punter "
        "editor founder co-founder prosecutor clerk constable sheriff controller "
        "producer analyst actor actress deputy advocate"
    )
)
_CORE_TITLES = _JOBS | frozenset(
    words(
        """
        president chancellor minister secretary premier king queen prince princess pope emperor
        senator sen governor gov mayor judge justice ambassador commissioner chairman chairwoman
        chair ceo spokesman spokeswoman spokesperson general gen colonel col captain capt lieutenant
        lt sergeant sgt admiral commander mr mrs ms miss dr prof professor sir dame lord lady rev
        reverend sheikh shaikh emir congressman congresswoman representative rep director officer
        leader chief cto cfo coo"""
    )
)
_TITLE_QUALIFIERS = frozenset(
    words(
        """
        prime vice deputy foreign interior defence defense finance state former acting
        executive attorney general of the federal assistant first lord high"""
    )
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|ch|ean)$")
# Lower-case words allowed inside a name: "Bank of America", "Osama bin Laden".
_CONNECTORS = frozenset(
    words("of de du des la le van von der den bin ibn al el da do dos di del y")
)
_ABBREVIATIONS = frozenset(
    words("mr mrs ms dr st jr sr gen col prof sen rep gov lt sgt capt mt ft")
)
_PARTICLE_CAP = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|de|d|l)['’\-][^\W\d_]")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(_PARTICLE_CAP.match(word))


@lru_cache(maxsize=65536)
def _is_acronym_or_digits(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (len(letters) >= 2 and all(c.isupper() for c in letters)) or (
        word[:1].isupper() and any(c.isdigit() for c in word)
    )


# Words that make the word after them a common noun: an article, a possessive, a number or a
# quantifier ("the Colts", "a Sixer", "its Security Bulletin", "two Webcasts", "million Turkmens").
_DETERMINERS = frozenset(
    words(
        """
        a an the this these those its his her their our my your every each another all many
        several some both two three four five six seven eight nine ten dozens hundreds thousands
        million millions"""
    )
)
_DETERMINER_BEFORE = re.compile(r"([^\W_]+)[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0]([a-z]{3,})\b(?![’'-])")
# Prepositions, after which a name and a word in small letters are an adjective and its noun
# ("of Turkmen gas", "with Turkmen flags") more often than a subject and its verb.
_PREPOSITIONS = frozenset(words("of in on at under with for from by into about over up"))


def _noun_like(word: str) -> bool:
    """A word in small letters that may be a noun: no function word, nor an adverb or a verb
    by its ending ("earlier" stays: "by Smith earlier" is rare)."""
    return not (word in _FUNCTION_WORDS or word.endswith(("ed", "ing", "ly")))


def determined(text: str, mention: NameMention) -> bool:
    """Whether ``mention`` of ``text`` stands as a common noun or an adjective does: after an
    article, a possessive, a number or a quantifier ("the Colts", "a Sixer", "two Webcasts"),
    with "The", "A" or "An" as its own first word, or, one word after a preposition, before a
    word in small letters ("open up Turkmen society", "under Turkmen laws"; not "Thompson beat
    the Ravens", "according to Smith, …"). Names of people and places seldom do."""
    words = text[mention.start : mention.end].split()
    if len(words) > 1 and words[0].casefold() in ("the", "a", "an"):
        return True
    before = _DETERMINER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None:
        return False
    word = before.group(1)
    if len(words) == 1 and word.casefold() in _PREPOSITIONS:
        after = _WORD_AFTER.match(text, mention.end)
        if after and _noun_like(after.group(1)):
            return True
    return word.isdigit() or word.casefold() in _DETERMINERS


@lru_cache(maxsize=65536)
def _base(word: str) -> str:
    """Lower-case word without a possessive or contraction ("They’re" → "they")."""
    return word.casefold().split("'", 1)[0].split("’", 1)[0]


def _sentence_initial(text: str, start: int, prev: _Tok | None) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0“”\"‘'([«—–-":
        if text[i] in "\n":
            return True
        i -= 1
    if i < 0 or text[i] in "\n\r!?:;":
        return True
    if text[i] == ".":
        # "Mr. Putin", "V. Putin": the period belongs to an abbreviation or an initial
        return not (
            prev is not None
            and prev.end == i
            and (len(prev.text) == 1 or prev.text.casefold() in _ABBREVIATIONS)
        )
    return False


def _is_heading(words: Sequence[str], line: str) -> bool:
    """A title-case line without sentence punctuation at its end (a headline or a label)."""
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    if not words or not long or line.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    return sum(w[:1].isupper() for w in long) >= 0.75 * len(long)


_TITLES_NOT_JOBS = _CORE_TITLES - _JOBS  # a hyphenated title ends in one: "Brigadier-General"
_TITLE_WORDS = _TITLES_NOT_JOBS | (_TITLE_QUALIFIERS - {"of", "the"})
# What else a title holds before its person ("District Attorney", "Head Coach", "Brigadier
# General"): ordinary words of a headline, so no _TITLE_WORDS.
_TITLE_PARTS = _TITLE_QUALIFIERS | frozenset(
    words("district head prosecuting brigadier athletic managing city senior fire")
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def titled(text: str, start: int) -> bool:
    """Whether a person's title stands just before ``start`` ("President Obama", "Mr. Gray",
    "Secretary-General Ban"): what ``extract_names`` strips from the front of a mention."""
    m = _WORD_BEFORE.search(text, max(0, start - 25), start)
    return m is not None and m.group(1).casefold() in _CORE_TITLES


# Small words a title-case headline leaves in lower case, and what may stand between its words.
_HEADLINE_SMALL = frozenset(words("a an the and or of in on at to for with from by as vs"))
_HEADLINE_GAP = re.compile(r"[\s:,–—-]*")
_HEADLINE_MIN = 4  # capitalised words


def _headline_run(
    text: str, toks: Sequence[_Tok], last_seen: dict[str, int], lower: set[str]
) -> int:
    """How many tokens a title-case headline that runs into its body at the start of ``text``
    takes ("Microsoft: IE Zero Day Flaw Affects All Versions Microsoft said today …"; ECB+ joins
    each headline to its first sentence), or 0: four or more capitalised words from the start,
    at most half of them names (acronyms, or words the text capitalises inside a sentence
    after the run: "San Diego Chargers … DUI … Williams" of "San Diego Chargers Defensive
    Tackle Faces DUI Charges Jamal Williams") and two or more after the first ordinary words
    the text writes in lower case ("Flaw", "Versions"; titles are no ordinary words): not "The
    Wasilla Bible Church in Wasilla, Alaska was attacked …", nor "President Obama, Prime
    Minister Gordon Brown and …"."""
    words: list[str] = []
    pos = end = 0
    for k, tok in enumerate(toks):
        if not _HEADLINE_GAP.fullmatch(text, pos, tok.start):
            break
        word = _POSSESSIVE.sub("", tok.text)
        if _is_cap(word):
            words.append(word)
            end = k + 1
        elif word not in _HEADLINE_SMALL:
            break
        pos = tok.end
    named = sum(1 for w in words if _is_acronym_or_digits(w) or last_seen.get(w, -1) >= end)
    # a title is written in lower case too ("the president"), but stands capitalised before names
    ordinary = sum(1 for w in words[1:] if _base(w) in lower and w.casefold() not in _TITLE_WORDS)
    headline = len(words) >= _HEADLINE_MIN and 2 * named <= len(words) and ordinary >= 2
    return end if headline else 0


def is_title(word: str) -> bool:
    """Whether ``word`` is a person's title ("President", "president-elect", "Brigadier-General",
    "Controller")."""
    low = word.casefold().removesuffix("-elect")
    return low in _CORE_TITLES or low.rpartition("-")[2] in _TITLES_NOT_JOBS


def _titles_from(toks: list[_Tok], i: int) -> tuple[int, bool]:
    """Where the run of titles and their qualifiers that starts at ``toks[i]`` ends ("Secretary
    of State", "German Chancellor"), and whether it holds a person's title."""
    core = False
    while i < len(toks):
        low = toks[i].text.casefold()
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if is_title(low):
            core = True
        elif not (
            low in _TITLE_PARTS
            or low in _CONNECTORS
            or (_DEMONYM.match(toks[i].text) and (is_title(nxt) or nxt.casefold() in _TITLE_PARTS))
        ):
            break
        i += 1
    return i, core


def _title_start(toks: list[_Tok], k: int) -> int:
    """Where the title whose last word is ``toks[k]`` begins: its own words before that one
    ("Chargers General Manager", "Sixers Senior Vice President")."""
    while k > 0 and (is_title(toks[k - 1].text) or toks[k - 1].text.casefold() in _TITLE_PARTS):
        k -= 1
    return k


# Offices that end a mention naming no person ("SeaMicro CEO", "Alaska Gov"): the body or
# place before them is the name. Not titles that end people's names ("Stephen King") or
# things' ("Windows Task Manager").
_OFFICES = frozenset(
    words(
        """
        gov governor sen senator rep representative congressman congresswoman president ceo
        chairman chairwoman spokesman spokeswoman spokesperson secretary minister mayor
        director commissioner chancellor premier ambassador"""
    )
)


def _office_of(toks: list[_Tok], i: int) -> int | None:
    """Where the person's name begins after a title that ends in "of" or "of the" before what
    it is of ("Secretary of the Interior Dirk Kempthorne", "Chairman of the Joint Chiefs of
    Staff Mike Mullen"): at the first English given name with a word after it, or None."""
    if i >= len(toks) or (i > 0 and toks[i - 1].text.casefold() not in {"of", "the"}):
        return None
    names = given_names()
    return next((k for k in range(i + 1, len(toks) - 1) if fold(toks[k].text) in names), None)


def _office_after(toks: list[_Tok]) -> int | None:
    """Where the person's name begins in a mention that follows a title and "of the": at an
    English given name (``_office_of``), else after the everyday words the office is, where a
    word no English text writes ends it ("Interior" of "… of the Interior Dirk Kempthorne");
    None for a body's name ("… of the Natural Resources Defense Council")."""
    if name_kind(" ".join(t.text for t in toks)) == "thing":  # "… of the Defense Council"
        return None
    found = _office_of(toks, 0)
    if found is not None:
        return found
    if english_word(fold(toks[-1].text)):  # "… of the Endangered Species Coalition"
        return None
    k = 0
    while k < len(toks) - 2 and english_word(fold(toks[k].text)):  # two words left
        k += 1
    return k or None


_OF_THE = re.compile(r"([^\W\d_]+)\s+of\s+the\s+$")


def _title_of_the(text: str, start: int) -> bool:
    """Whether a person's title and "of the" stand just before ``start`` ("Secretary of the
    Interior …"), which a mention (in capitals) does not hold."""
    if start < 4 or not text.startswith("the ", start - 4):  # most names: no search
        return False
    m = _OF_THE.search(text, max(0, start - 30), start)
    return m is not None and is_title(m.group(1))


def _strip_titles(toks: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """``toks`` parted into the body or place a person's title belongs to and the person's
    name, without the title: at the front ("Prime Minister Gordon Brown": no body), or after
    the body or place ("Commerce Secretary Gary Locke", "Superior Court Judge James Dabney",
    "Bank of England Governor Mark Carney"). With no title, no body and ``toks`` whole."""
    i, core = _titles_from(toks, 0)
    body: list[_Tok] = []
    office = _office_of(toks, i) if core and i > 0 else None
    if office is not None:  # "Secretary of the Interior Dirk Kempthorne"
        return toks[i:office], toks[office:]
    if not core and toks[-1].text.casefold() in _OFFICES:  # "SeaMicro CEO", "Alaska Gov"
        return toks[: _title_start(toks, len(toks) - 1)], []
    if not core:
        # the last title inside the run, with a word after it
        last = next((k for k in range(len(toks) - 2, 0, -1) if is_title(toks[k].text)), 0)
        # not a title of something ("Doris Duke Professor of Conservation Ecology")
        if not last or toks[last + 1].text.casefold() in _CONNECTORS:
            return [], toks
        i, core = _titles_from(toks, last)
        if i >= len(toks):
            return [], toks
        body = toks[: _title_start(toks, last)]
    # before a body's or place's name the word is no person's title ("General Motors", "Judge
    # Rotenberg Center"; not "Judge James Bodiford of Superior Court")
    named = list(takewhile(lambda t: t.text.casefold() not in _CONNECTORS, toks[i:]))
    if named and named[-1].text.casefold() in BODY_WORDS:
        return [], toks
    rest = toks[i:]
    while rest and rest[0].text.casefold() in _CONNECTORS:
        rest = rest[1:]
    return body, rest


def _strip_ends(toks: list[_Tok]) -> list[_Tok]:
    """``toks`` without the function words that a run-on sentence glued to either end."""

    def glued(tok: _Tok, first: bool) -> bool:
        base = _base(tok.text)
        if base not in _GLUE_WORDS:
            return False
        if tok.text.isupper():  # an acronym ("IT"), unless the text around is in capitals too
            return first and len(base) > 1 and capitals
        return first or (len(base) > 1 and base not in _LAST_IN_TITLES)

    if len(toks) < 2:
        return toks
    # a run set in capitals ("AN AUSTRALIAN climber …"): its first word may be an article
    capitals = all(t.text.isupper() for t in toks)
    i, j = 0, len(toks)
    # the article "A" before a word of two letters or more ("… store A Bloomington man"); not
    # an initial ("A. J. Smith", "A J Smith")
    if toks[0].text == "A" and toks[1].start == toks[0].end + 1 and len(toks[1].text) > 1:
        i = 1
    while i < j - 1 and glued(toks[i], True):
        i += 1
    while j > i + 1 and glued(toks[j - 1], False):
        j -= 1
    if j - i == 1 and glued(toks[i], True) and glued(toks[i], False):
        return []
    return toks[i:j]


class NameContext(NamedTuple):
    """What a whole document tells about the case of its words, for reading one sentence of it:
    the words it writes in lower case somewhere, and those it capitalises inside an ordinary
    sentence. A sentence alone cannot tell "Officials said …" (an ordinary word that starts
    a sentence) from "Reid said …", nor find the names of a title-case headline."""

    lower: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    # two capitalised words it writes side by side outside a heading ("Lindsay Lohan has …")
    pairs: frozenset[tuple[str, str]] = frozenset()


def name_context(texts: Iterable[str]) -> NameContext:
    """The ``NameContext`` of a document given as its pieces (paragraphs, or claims)."""
    lower: set[str] = set()
    known: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        scan = _scan(text)
        lower |= scan.lower
        known |= scan.known
        pairs |= scan.pairs
    return NameContext(frozenset(lower), frozenset(known), frozenset(pairs))


def extract_names(text: str, context: NameContext | None = None) -> list[NameMention]:
    """Names (people, places, organisations, acronyms) in running text, in order.

    Titles are left out of the mention ("German Chancellor Angela Merkel" → "Angela Merkel") and
    possessives folded in ``NameMention.text`` ("Putin’s" → "Putin"); ``text[start:end]`` is the
    mention as written. ``context`` is what the document around ``text`` tells of its words'
    case (``name_context``); without it ``text`` is read alone.
    """
    return list(_extract_names(text, context or _ALONE))


_ALONE = NameContext()


@lru_cache(maxsize=8192)
def _extract_names(text: str, context: NameContext) -> tuple[NameMention, ...]:
    # the claims stage asks again for the same sentence (speaker, claim, report): answer once
    return tuple(_find_names(text, context))


def _capitals(word: str) -> bool:
    """A word of two letters or more set in capitals ("ESCAPE", "DA")."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


# Between two words of one run in capitals: spaces, hyphens, commas ("HIT - AND - RUN",
# "RICHMOND HILL, QUEENS"), no sentence's end.
_SHOUT_GAP = re.compile(r"[ \t,\-–—]*")


# A short word set in capitals is an acronym unless it is this common in English ("TOP",
# "SAYS", "DIES": zipf 4.6 or more; "FBI" 4.5, "NASA" 4.4, "NYPD" 3.5).
_EVERYDAY_ZIPF = 4.6


def _everyday(word: str) -> bool:
    """An everyday English word, not an acronym, when set in capitals: listed in English text
    and five letters or more, or a shorter one that common."""
    folded = fold(word)
    if len(folded) < 3 or not english_word(folded):
        return False
    return len(folded) >= 5 or zipf(normalise(folded)) >= _EVERYDAY_ZIPF


def _shouted(text: str, tokens: Sequence[_Tok]) -> frozenset[int]:
    """The indices of tokens in runs of three words or more set in capitals, two thirds of
    whose longer words are everyday English words (``_everyday``): a headline in capitals
    ("FALLOUT CONTINUES AFTER BRAZEN ESCAPE", "COLTS TOP CHIEFS"), read as a heading, not as
    one name or as acronyms."""
    out: set[int] = set()
    if sum(1 for t in tokens if t.text.isupper()) < 3:
        return frozenset()
    k = 0
    while k < len(tokens):
        j = k
        while j < len(tokens) and _capitals(tokens[j].text):
            if j > k and not _SHOUT_GAP.fullmatch(text, tokens[j - 1].end, tokens[j].start):
                break
            j += 1
        if j - k >= 3:
            longer = [t.text for t in tokens[k:j] if len(t.text) >= 3]
            if longer and sum(_everyday(w) for w in longer) >= 2 / 3 * len(longer):
                out.update(range(k, j))
        k = max(j, k + 1)
    return frozenset(out)


class _Scan(NamedTuple):
    candidates: tuple[tuple[_Tok, bool, bool], ...]  # token, sentence-initial, in a heading
    lower: frozenset[str]  # words written in lower case
    known: frozenset[str]  # words capitalised inside an ordinary sentence
    pairs: frozenset[tuple[str, str]]  # capitalised words side by side outside a heading
    shouted: frozenset[int]  # indices of the words of a headline in capitals (``_shouted``)
    stamped: tuple[tuple[int, int], ...]  # the datelines' spans ("Posted Thu Jun 13, 2013")


@lru_cache(maxsize=1024)
def _scan(text: str) -> _Scan:
    """Each token of ``text`` with where it stands, and what ``text`` tells of words' case."""
    all_tokens = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lower_words = {_base(t.text) for t in all_tokens if t.text[:1].islower()}
    # Headings are title case, so their capitals say nothing: keep there only words seen
    # capitalised inside an ordinary sentence, acronyms and words with digits.
    line_starts: list[int] = []
    line_heading: list[bool] = []
    headlines: list[tuple[int, int]] = []  # a headline run into its body before a dateline
    dateline_ends: list[int] = []  # what follows a dateline starts a sentence
    stamped: list[tuple[int, int]] = []  # the datelines: they name no one
    pos = 0
    for line in text.splitlines(keepends=True):
        words = [m.group() for m in _TOKEN.finditer(line)]
        line_starts.append(pos)
        line_heading.append(_is_heading(words, line))
        found = datelines(line) if not line_heading[-1] and _DIGIT.search(line) else []
        dateline_ends.extend(pos + end for _, end in found)
        stamped.extend((pos + start, pos + end) for start, end in found)
        if found and found[0][0] > 0:
            head = line[: found[0][0]]
            if _is_heading([m.group() for m in _TOKEN.finditer(head)], head):
                headlines.append((pos, pos + found[0][0]))
        pos += len(line)

    def heading_at(offset: int) -> bool:
        return line_heading[bisect_right(line_starts, offset) - 1] or (
            bool(headlines) and any(a <= offset < b for a, b in headlines)
        )

    candidates: list[tuple[_Tok, bool, bool]] = []
    prev: _Tok | None = None
    ends = iter(dateline_ends)
    after = next(ends, len(text) + 1)
    for k, tok in enumerate(all_tokens):
        initial = _sentence_initial(text, tok.start, prev)
        if tok.start >= after:
            # the first word after a dateline starts a sentence ("… 15: 01 IST Strong quake
            # hits …"), unless a longer name starts there ("… 01 / 5 / 2011 New Orleans Saints")
            nxt = all_tokens[k + 1].text if k + 1 < len(all_tokens) else ""
            initial = initial or not _is_cap(nxt)
            while after <= tok.start:
                after = next(ends, len(text) + 1)
        candidates.append((tok, initial, heading_at(tok.start)))
        prev = tok
    caps = [_is_cap(tok.text) for tok in all_tokens]
    # the last place each word stands capitalised inside an ordinary sentence
    last_seen = {
        _POSSESSIVE.sub("", tok.text): k
        for k, (tok, initial, heading) in enumerate(candidates)
        if caps[k] and not initial and not heading
    }
    run = _headline_run(text, all_tokens, last_seen, lower_words)
    shouted = _shouted(text, all_tokens)
    if run or shouted:
        candidates = [
            (t, i, h or k < run or k in shouted) for k, (t, i, h) in enumerate(candidates)
        ]
    # the run starts the text, so a word stands outside it where it last stands after it
    known = {word for word, k in last_seen.items() if k >= run}
    pairs = {
        (a.text, _POSSESSIVE.sub("", b.text))
        for k, ((a, _, ha), (b, _, hb)) in enumerate(pairwise(candidates))
        if caps[k] and caps[k + 1] and not (ha or hb) and text[a.end : b.start] == " "
    }
    return _Scan(
        tuple(candidates),
        frozenset(lower_words),
        frozenset(known),
        frozenset(pairs),
        shouted,
        tuple(stamped),
    )


# An adverb by its ending, opening a sentence ("Unfortunately", "Offensively", "Thankfully",
# "Sadly", "Luckily"), in small letters after the capital: "Sally", "McNally", "Kelly", "Emily"
# are names (``_lexicon.ADVERB_AFTER_FIRST``).
_ADVERB = re.compile(r"[A-Z]" + ADVERB_AFTER_FIRST)
# A US lawmaker's party and state, set after the name ("…, D-Wash.,", "(R-Texas)", "(D-W.Va.)").
_PARTY = re.compile(
    r"[,(]\s*([DRI]-[A-Z][a-z]{0,4}\.?(?:[A-Z][a-z]{0,3}\.?)?)(?=[,;)]|(?<=\.)(?:\s|$))"
    r"|\(([DRI])\)"  # the party alone: "Rep. Nick Rahall (D) of West Virginia"
)


def _joined(toks: list[_Tok]) -> str:
    return " ".join(t.text for t in toks)


def _without_letter(toks: list[_Tok]) -> list[_Tok]:
    """``toks`` without a single letter before a person's full name, by its English given
    name: a player's position ("S Malcolm Jenkins": "S" for safety, a word kept in titles for
    "Public Safety Director Jon Owen")."""
    if len(toks) < 3 or len(toks[0].text) != 1:
        return toks
    return toks[1:] if name_kind(_joined(toks[1:])) == "person" else toks


def _person_of_place(toks: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """``toks`` parted at "of" when what stands before it is a person's name, by its English
    given name or by a place after "of" ("Danny Gold of Metropolis", "Herbert Flynn of Fort
    Coffee", "Ka'loni Flynn of Fort Smith": the person, then the place), and no title; else
    ``toks`` whole ("Bank of America", "Doris Duke Professor of Conservation Ecology", "Trinity
    United Church of Christ")."""
    at = next((k for k, t in enumerate(toks) if t.text == "of"), 0)
    before, after = toks[:at], toks[at + 1 :]
    if len(before) < 2 or any(is_title(t.text) or t.text.casefold() in BODY_WORDS for t in before):
        return toks, []
    kind = name_kind(_joined(before))
    place = len(after) >= 2 and after[0].text.casefold().rstrip(".") in PLACE_FIRST_WORDS
    return (before, after) if kind == "person" or (kind == "" and place) else (toks, [])


def _find_names(text: str, context: NameContext) -> list[NameMention]:
    scan = _scan(text)
    candidates = scan.candidates

    def known(word: str) -> bool:
        return word in scan.known or word in context.known

    def paired(a: str, b: str) -> bool:
        return (a, b) in scan.pairs or (a, b) in context.pairs

    # in a heading, a word the document writes beside a known one is a name with it: "Lindsay"
    # of "Lindsay Lohan Checks Into Rehab" when the body starts "Lindsay Lohan has …"
    beside_known: set[int] = set()
    for k, ((a, _, ha), (b, _, hb)) in enumerate(pairwise(candidates)):
        if not (ha or hb):
            continue
        b_word = _POSSESSIVE.sub("", b.text)
        if paired(a.text, b_word):
            if known(b_word):
                beside_known.add(k)
            if known(_POSSESSIVE.sub("", a.text)):
                beside_known.add(k + 1)

    def lower(word: str) -> bool:
        return word in scan.lower or word in context.lower

    # no names: "Jim McDermott, D-Wash.", "(D)"
    parties = [m.span(1) if m.group(1) else m.span(2) for m in _PARTY.finditer(text)]

    def keep(k: int, tok: _Tok, initial: bool, heading: bool) -> bool:
        word = _POSSESSIVE.sub("", tok.text)
        if not _is_cap(word) or word.casefold() in _NOT_NAMES:
            return False
        if parties and any(a <= tok.start < b for a, b in parties):
            return False
        if any(a <= tok.start < b for a, b in scan.stamped):
            return False  # "Thu" of "Posted Thu Jun 13, 2013", "Dec" of "Dec. 7, 2009"
        if word.casefold() in _DATELINE_VERBS and _DATELINE.match(text, tok.end):
            return False  # "Updated: …", "Posted 12:50 PM", "Published May 3"
        if word.casefold() in _SHORT_CALENDAR and _BEFORE_DAY.match(text, tok.end):
            return False  # "Dec. 7", "Nov 30", "Thu, Jun 13": a date
        if k in scan.shouted and _everyday(word):
            # a headline's word in capitals: a name where the text writes it so in a sentence
            # ("TEXAS": Texas), an everyday word else ("ESCAPE")
            return known(word.title()) or k in beside_known
        if _is_acronym_or_digits(word):
            return True
        if heading:
            return known(word) or k in beside_known
        if initial:
            if _ADVERB.fullmatch(word) and not known(word):
                return False  # "Unfortunately, …", "Additionally, …"
            base = _base(word)
            plural = base[:-1] if base.endswith("s") else base + "s"
            # an ordinary word the document also writes in lower case, unless it capitalises
            # it inside a sentence too ("Power said …" of Samantha Power)
            return base not in _FUNCTION_WORDS and (
                known(word) or not (lower(base) or lower(plural))
            )
        return True

    mentions: list[NameMention] = []
    run: list[_Tok] = []
    pending: list[_Tok] = []  # connectors waiting for a capitalised word

    def add(toks: list[_Tok]) -> None:
        if not toks:
            return
        start, end = toks[0].start, toks[-1].end
        folded = _POSSESSIVE.sub("", text[start:end])
        alone = len(toks) == 1 and (
            toks[0].text.casefold() in _CORE_TITLES
            or _base(toks[0].text) in _FUNCTION_WORDS  # "The", "AT" where no sentence starts
        )
        if folded.casefold() not in _NOT_NAMES and not alone:
            mentions.append(NameMention(folded, start, end))

    def flush() -> None:
        office = _office_after(run) if _title_of_the(text, run[0].start) else None
        body, name = (run[:office], run[office:]) if office else _strip_titles(run)
        body = _strip_ends(body)
        # the body a title is of is a name too ("Alaska" of "Alaska Gov. Sarah Palin"), unless
        # an ordinary word ("Police Inspector Dave Gaskin")
        if len(body) > 1 or (body and not lower(_base(body[0].text))):
            add(body)
        person, place = _person_of_place(_without_letter(_strip_ends(name)))
        add(person)
        add(place)
        run.clear()
        pending.clear()

    for k, (tok, initial, heading) in enumerate(candidates):
        gap = text[run[-1].end : tok.start] if run else ""
        gap_ok = gap in (" ", "\u00a0") or (
            gap in (". ", ".\u00a0")
            and (len(run[-1].text) == 1 or run[-1].text.casefold() in _ABBREVIATIONS)
        )
        if run and pending:
            gap = text[pending[-1].end : tok.start]
            gap_ok = gap == " "
        if keep(k, tok, initial, heading):
            if run and not gap_ok:
                flush()
            run.extend(pending)
            pending.clear()
            run.append(tok)
            if _POSSESSIVE.search(tok.text):
                flush()
        elif run and gap_ok and tok.text in _CONNECTORS and not pending:
            pending.append(tok)
        else:
            if run:
                flush()
            pending.clear()
    if run:
        flush()
    return mentions


# --------------------------------------------------------------------------------------------
# find_variants
# --------------------------------------------------------------------------------------------
