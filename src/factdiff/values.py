"""Values a claim states: its numbers, dates, modality (done, promised, possible) and negation.

Read by the claims stage into normalised fields, and by the judge to show each side's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from factdiff._lexicon import ADVERB_AFTER_FIRST
from factdiff._numbers import (
    AM_PM,
    CARDINALS,
    DAY,
    DOT_TIME,
    HOUR_TIME,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    YEAR,
    suffixed,
)
from factdiff.similarity import normalise, token_weight

__all__ = [
    "Cue",
    "Length",
    "contradicts",
    "cue_subject",
    "date_contexts",
    "date_mentions",
    "date_readings",
    "date_spans",
    "dates",
    "dates_agree",
    "dates_conflict",
    "is_ordinal",
    "modality",
    "modality_cue",
    "modality_cues",
    "name_surroundings",
    "negated",
    "negation_cues",
    "normal_words",
    "number_contexts",
    "number_lengths",
    "number_mentions",
    "number_readings",
    "number_spans",
    "numbers",
    "same_hour",
    "same_length",
    "within_vague",
    "word_spans",
]

# --- words ---------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    """``normalise`` of one word: what a number counts and what a cue bears on are read word by
    word, the same words again and again."""
    return normalise(word)


def normal_words(text: str) -> frozenset[str]:
    """The normalised words of ``text``, as the cues read them (see ``Cue.governs``)."""
    return frozenset(t for w in _WORD.findall(text) for t in _normal(w).split())


# --- numbers -------------------------------------------------------------------------------

_NUMBER_WORDS = CARDINALS | {"a dozen": "12", "half a dozen": "6", "half": "0.5"}
_VAGUE = ("dozens", "hundreds", "thousands", "millions", "billions", "scores")
# The counts a vague number may stand for: "dozens injured" and "70 injured" agree, "hundreds"
# and "five" do not.
_VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 1_999_999),
    "millions": (2e6, 2e9 - 1),
    "billions": (2e9, float("inf")),
}
_SCALE = {
    "dozen": 12,  # "two dozen" is 24
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # news abbreviations ("$334m", "£2.5bn", "2bn users"); "m" and "k" only after a currency
    # sign: "100m" alone is as often metres
    "k": 1000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
_CURRENCY = frozenset("$£€¥")
_NUMBER_RE = re.compile(
    # not the digits of a name ("76ers", "49ers"): no word of three letters glued on
    # thousands grouped by commas, also as tokenised text spaces them ("1, 000": ECB+), and so
    # a decimal point ("6. 1 - magnitude": within one sentence, a point and a space followed by
    # a digit end no sentence); no digit right after ("19, 2013" is a day and a year)
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:, \d{3})+(?![.,]?\d)"
    r"|(?<!\d\.\s)\d{1,3}\. \d{1,3}(?![\d.,:]|\s?[.:]\s?\d)"
    r"|\d+(?:\.\d+)?)"
    # an ordinal in digits is one number, and what it counts comes after its suffix: "5th
    # seed" / "4th quarter" count two things
    r"(?:(st|nd|rd|th)\b)?"
    r"(?:\s?(bn|mn|mln|tn)\b|(m|k)\b)?"
    r"(?![^\W_]*[^\W\d_]{3})"
    r"(?:\s*(%|percent|per cent))?"
    r"(?:\s+(dozen|hundred|thousand|million|billion|trillion)\b)?"
    r"|\b(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(dozen|hundred|thousand|million|billion|trillion)\b)?"
    r"|\b(" + "|".join(_VAGUE) + r")\b",
    re.IGNORECASE,
)
# "one survivor", "one of", "a zero-day flaw", "zero tolerance": weak as numbers (a count of none
# is written "no" or "0")
_NOT_COUNT = re.compile(r"^(one|half|zero)$", re.IGNORECASE)

# --- dates ---------------------------------------------------------------------------------
_DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(?:early|mid|late)[- ](?:" + "|".join(MONTHS) + r")\b", "part of a month"),
    (rf"\b{MONTH}\s+{DAY}(?:,?\s+{YEAR})?", "month and day"),
    (rf"\b{MONTH},?\s+{YEAR}", "month and year"),
    (rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?", "day and month"),
    (r"\b(?:" + "|".join(MONTHS[:4] + MONTHS[5:]) + r")\b", "a month name ('may' is too common)"),
    (r"\b(?:on|last|next|this)\s+(?:" + "|".join(WEEKDAYS) + r")\b", "a weekday"),
    (r"\b(?:" + "|".join(WEEKDAYS) + r")\b", "a weekday"),
    (
        r"\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later)\b",
        "a time ago",
    ),
    (
        r"\b(?:(?:earlier|later)\s+)?(?:earlier|later|last|next|this)\s+(?:week|month|year|weekend)\b",
        "a relative period ('earlier this week')",
    ),
    (r"\b(?:yesterday|today|tonight|tomorrow)\b", "a relative day"),
    (
        rf"\b\d{{1,2}}\s?:\s?\d{{2}}(?:\s?{AM_PM}|\b)",
        "a time of day ('9:56 AM', '1: 30 a. m.', '11:12AM')",
    ),
    (rf"\b{DOT_TIME}", "a time of day with a point ('3.30pm', '3. 30 p. m.', '22. 34 BST')"),
    (rf"\b{HOUR_TIME}", "an hour ('3 p.m.', '11am')"),
    (r"\b\d{1,2}\s?([/.])\s?\d{1,2}\s?\1\s?(?:\d{4}|\d{2})\b", "a numeric date ('05/02/2013')"),
    (rf"\b(?:in\s+)?{YEAR}", "a year"),
)
_DATE_RE = re.compile("|".join(f"(?:{p})" for p, _ in _DATE_PATTERNS), re.IGNORECASE)

# --- modality and negation ---------------------------------------------------------------------
# A promise, intention or schedule, in lower case (matched in the text lowered). Words that are
# nouns as often ("plans", "promises") count only before "to" or "that"; "is to blame" tells a
# cause, and "going to the polls" a place.
_WILL_RE = re.compile(
    r"\b(?:will|would|shall|['’]ll|won['’]t|wouldn['’]t|intends?|"
    r"(?:intended|plans?|planned|hopes?|seeks?|aims?|wants?) to|"
    r"(?:promised?|promises|pledged?|pledges|vowed?|vows) (?:to|that)|seeking|"
    r"going to(?! (?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b)|"
    r"expect(?:s|ed)? to|(?:is|are) to(?! blame)|"
    r"(?:is|are|was|were) (?:set|scheduled|slated|due|poised) to)\b",
)
# lower case only: "May 3" is a month
_MAY_RE = re.compile(r"\b(?:may|[Mm]ight|[Cc]ould|[Pp]ossibly|[Pp]erhaps|[Rr]eportedly)\b")
# "n't" as written, as tokenised text spaces it ("didn ’ t") and without its apostrophe ("cant",
# "didnt"): the last two only after an auxiliary, so "John 't Hooft" negates nothing.
_AUXILIARY_N = (
    r"(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|ca|wo|ai)n"
)
_NEG_RE = re.compile(
    rf"\b(?:not|never|no|nobody|nothing|none|neither|nor)\b|n[’']t\b"
    rf"|\b{_AUXILIARY_N}(?:\s?[’']\s?|)t\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _date_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, words) of each date expression in ``text``: found once for both the dates
    and the numbers of a claim (its pattern is the costliest of the value rules)."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _DATE_RE.finditer(text))


_DATE_WORD = re.compile(r"\d+|[a-z]+")
_DATE_FILLER = frozenset({"on", "in", "of", "st", "nd", "rd", "th"})


_NUMERIC_DATE = re.compile(r"(\d{1,2})\s?[/.]\s?(\d{1,2})\s?[/.]\s?(\d{2,4})")
_TIME = re.compile(
    rf"(\d{{1,2}})(?:\s?[:.]\s?(\d{{2}}))?(?:\s?({AM_PM}))?", re.IGNORECASE
)  # "3:30 pm", "3. 30 p. m.", "3pm", "22:34"


def _normal_date(found: str) -> str:
    """One spelling for one date: lower case, months spelled out, number words as digits
    without leading zeros, ordinals and punctuation dropped, day before month turned round
    ("3rd of March, 2017", "Mar. 03 2017" are both "march 3 2017"); a time as "9:56 am"."""
    numeric = _NUMERIC_DATE.fullmatch(found)
    if numeric:  # day and month order is the writer's convention: kept as written
        first, second, year = numeric.groups()
        return f"{int(first)}/{int(second)}/{year}"
    time = _TIME.fullmatch(found)
    if time and (time.group(2) or time.group(3)):
        hour, minute, half = time.groups()
        clock = f"{int(hour)}:{minute}" if minute else str(int(hour))
        return clock + (f" {half[0].lower()}m" if half else "")
    words = [
        str(int(w)) if w.isdigit() else MONTH_ABBREVIATIONS.get(w, _NUMBER_WORDS.get(w, w))
        for w in _DATE_WORD.findall(found.lower())
        if w not in _DATE_FILLER
    ]  # "May 03" is "may 3"
    if len(words) >= 2 and words[0].isdigit() and words[1] in MONTHS:
        words[0], words[1] = words[1], words[0]
    return " ".join(words)


DateReading = frozenset[tuple[str, str]]  # (field, value): year, month, day, weekday, hour, …
_NORMAL_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")
_NORMAL_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?(?: ([ap]m))?")
_RELATIVE = frozenset({"ago", "earlier", "later", "last", "next", "this", "week", "weekend"})


def _year(digits: str) -> str:
    return digits if len(digits) == 4 else ("20" if int(digits) < 50 else "19") + digits.zfill(2)


@lru_cache(maxsize=4096)
def date_readings(normal: str) -> tuple[DateReading, ...]:
    """What a normalised date (``_normal_date``) says of the year, month, day, weekday and time
    of day, as one reading or, for a numeric date whose day and month could be either way
    round ("5/3/2013"), two. A date relative to when it was written ("today", "two days
    ago", "earlier this week") says none of these: it cannot contradict another."""
    numeric = _NORMAL_NUMERIC.fullmatch(normal)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        year = _year(numeric.group(3))
        readings = (
            frozenset({("month", MONTHS[m - 1]), ("day", str(d)), ("year", year)})
            for m, d in ((first, second), (second, first))
            if 1 <= m <= 12 and 1 <= d <= 31
        )
        return tuple(dict.fromkeys(readings)) or (frozenset(),)
    time = _NORMAL_TIME.fullmatch(normal)
    if time and (time.group(2) or time.group(3)):
        return (_clock(int(time.group(1)), time.group(2), time.group(3)),)
    words = normal.split()
    if _RELATIVE.intersection(words) and not set(words) & set(WEEKDAYS):
        return (frozenset(),)
    fields: set[tuple[str, str]] = set()
    for w in words:
        if w in MONTHS:
            fields.add(("month", w))
        elif w in WEEKDAYS:
            fields.add(("weekday", w))
        elif w.isdigit() and len(w) == 4:
            fields.add(("year", w))
        elif w.isdigit():
            fields.add(("day", w))
    return (frozenset(fields),)


def _clock(hour: int, minute: str | None, half: str | None) -> DateReading:
    """A time of day as the hour on a 12-hour clock, the minutes if given and the half of the
    day if known: "22:34" is "10:34 pm", and "3 pm" says nothing of the minutes (it agrees
    with "3:30 pm", and conflicts with "4 pm")."""
    if half is None and 13 <= hour <= 23:
        hour, half = hour - 12, "pm"
    elif half is None and hour == 0:
        hour, half = 12, "am"
    fields = {("hour", str(hour))}
    if minute:
        fields.add(("minute", minute))
    if half:
        fields.add(("half", half))
    return frozenset(fields)


def same_hour(a: str, b: str) -> bool:
    """Whether two normalised dates are times of day in one hour, by every reading ("3:33 am" /
    "3:30 am", "7:41" / "7:42"; not "3:30 pm" / "4:30 pm", nor "3:30 am" / "3:30 pm")."""
    for ra in date_readings(a):
        for rb in date_readings(b):
            x, y = dict(ra), dict(rb)
            if "hour" not in x or x["hour"] != y.get("hour"):
                return False
            if "half" in x and "half" in y and x["half"] != y["half"]:
                return False
    return True


def dates_conflict(a: str, b: str) -> bool:
    """Do two normalised dates name different values of one field ("monday" / "tuesday",
    "march 2008" / "march 2009") in every reading?"""
    return all(_conflicting(ra, rb) for ra in date_readings(a) for rb in date_readings(b))


def dates_agree(a: str, b: str) -> bool:
    """Do two normalised dates share a field and, in some reading, conflict in none ("2012" /
    "february 29 2012", "2/29/2012" / "february 29 2012")?"""
    return any(
        {f for f, _ in ra} & {f for f, _ in rb} and not _conflicting(ra, rb)
        for ra in date_readings(a)
        for rb in date_readings(b)
    )


def contradicts(mine: Iterable[str], theirs: Collection[str]) -> bool:
    """Whether a date of ``mine`` conflicts with one of ``theirs`` and agrees with none of them
    (normalised dates): "friday" against "thursday", not "thursday" against "thursday" and
    "may 2", nor "2012" against "thursday"."""
    return any(
        any(dates_conflict(d, e) for e in theirs) and not any(dates_agree(d, e) for e in theirs)
        for d in mine
    )


def _conflicting(ra: DateReading, rb: DateReading) -> bool:
    values_a = dict(ra)
    return any(field in values_a and values_a[field] != value for field, value in rb)


def number_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each number outside dates in ``text`` ("6. 1" is one, 6.1)."""
    return [(a, b) for a, b, _, _ in _number_spans(text)]


def date_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each date expression in ``text`` (dates and times of day)."""
    return [(a, b) for a, b, _ in _date_matches(text)]


def date_mentions(text: str) -> list[tuple[str, str]]:
    """Date expressions in ``text``: (words as written, normalised by ``_normal_date``)."""
    return [(found, _normal_date(found)) for _, _, found in _date_matches(text)]


class DateContext(NamedTuple):
    """A date as written, normalised (``_normal_date``), and what it dates: the normalised
    content words and names among the three words either side of it in its clause."""

    words: str
    value: str
    near: frozenset[str]


_DATE_REACH = 3


def date_contexts(text: str) -> list[DateContext]:
    """``date_mentions`` with what each date dates (``DateContext``): "arrested Tuesday on
    suspicion" dates an arrest, "will play in Sunday's game" a game."""
    found = []
    for start, end, words in _date_matches(text):
        before = _WORD.findall(_DATE_PART_END.split(text[:start])[-1])[-_DATE_REACH:]
        after = _WORD.findall(_DATE_PART_END.split(text[end:])[0])[:_DATE_REACH]
        near = frozenset(_content(before + after, names=True))
        found.append(DateContext(words, _normal_date(words), near))
    return found


@lru_cache(maxsize=8192)
def _number_spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, words as written, normalised value) of each number outside dates (the
    judge reads a side's numbers twice: what each counts, and the length it gives)."""
    in_dates = date_spans(text)
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    while m := _NUMBER_RE.search(text, pos):
        pos = m.end()
        if any(a <= m.start() < b for a, b in in_dates):
            if ", " in (m.group(1) or ""):  # "March 3, 200 protesters": the day, then a count
                pos = m.start() + m.group(1).index(", ") + 2
            continue
        digits, ordinal, abbreviation, glued, pct, scale1, word, scale2, vague = m.groups()
        if vague:
            out.append((m.start(), m.end(), m.group(0), vague.lower()))
            continue
        if word:
            if _NOT_COUNT.match(word) and not scale2:
                continue
            value = float(_NUMBER_WORDS[word.lower()])
            scale = scale2
        elif ordinal and (whole := digits.replace(",", "").replace(" ", "")).isdigit():
            # "5th" is not five: it equals "5th" only
            out.append((m.start(), m.end(), m.group(0), suffixed(int(whole))))
            continue
        else:
            value = float(digits.replace(",", "").replace(" ", ""))
            scale = scale1 or abbreviation
            if glued and m.start() > 0 and text[m.start() - 1] in _CURRENCY:
                scale = glued
        if scale:
            value *= _SCALE[scale.lower()]
        out.append((m.start(), m.end(), m.group(0), _format_number(value) + ("%" if pct else "")))
    return tuple(out)


def _format_number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_GLUED_SCALE = re.compile(r"(\d+(?:\.\d+)?)([mk])", re.IGNORECASE)


def is_ordinal(value: str) -> bool:
    """Whether a normalised number is an ordinal ("5th")."""
    return value[-2:] in _ORDINAL_SUFFIXES and value[:1].isdigit()


def within_vague(a: str, b: str) -> bool:
    """Whether one normalised number is vague ("dozens") and the other a count it may stand
    for ("70")."""
    for vague, exact in ((a, b), (b, a)):
        bounds = _VAGUE_RANGES.get(vague)
        if bounds is not None:
            try:
                count = float(exact)
            except ValueError:
                return False
            return bounds[0] <= count <= bounds[1]
    return False


def number_readings(words: str, value: str) -> frozenset[str]:
    """The values a number as written may have: ``value``; for an ordinal the count too
    ("stopped in the 6th round" / "in six rounds"); and for "2m" or "5k" without a currency
    sign (metres or millions, kilometres or thousands) the scaled value too."""
    if is_ordinal(value):
        return frozenset({value, value[:-2]})
    m = _GLUED_SCALE.fullmatch(words)
    if m is None:
        return frozenset({value})
    return frozenset({value, _format_number(float(m.group(1)) * _SCALE[m.group(2).lower()])})


# Units of length news gives in either system ("fell about 2,000 feet" / "fell about 600m"):
# metres per unit, and the system.
_LENGTH_UNITS: dict[str, tuple[float, str]] = {
    **dict.fromkeys("m metre metres meter meters".split(), (1.0, "metric")),
    **dict.fromkeys("km kms kilometre kilometres kilometer kilometers".split(), (1000.0, "metric")),
    **dict.fromkeys("ft foot feet".split(), (0.3048, "imperial")),
    **dict.fromkeys("mi mile miles".split(), (1609.344, "imperial")),
}
# Words that measure what follows them after a number: what the number counts is the measure
# ("a 7.5 magnitude quake", "a 30 percent share", "400 yards rushing"): the units of length
# and these.
_MEASURES = frozenset(
    normalise(w)
    for w in (
        *_LENGTH_UNITS,
        *"magnitude percent degrees points yards inches pounds kilograms kg tons tonnes acres "
        "years months weeks days hours minutes seconds dollars euros".split(),
    )
)
_UNIT_AFTER = re.compile(r"[ -]?([^\W\d_]+)\b")
# Figures given in two systems are rounded: "2,000 feet" is 610 m, told as "600m".
_CONVERTED_TOLERANCE = 0.1


class Length(NamedTuple):
    """A length as a number gives it: in metres, the system of its unit, the number as written
    and the metres of its unit ("2, 000 feet": 609.6, "imperial", 2000.0, 0.3048)."""

    metres: float
    system: str
    amount: float
    unit: float


def number_lengths(text: str) -> list[Length | None]:
    """For each number of ``number_mentions``, in order, the length it gives in metres and the
    system of its unit ("2, 000 feet" → (609.6, "imperial"), "600m" → (600, "metric")), or None
    when no unit of length follows it."""
    out: list[Length | None] = []
    for start, end, words, value in _number_spans(text):
        if start > 0 and text[start - 1] in _CURRENCY:  # "$2m" is money
            out.append(None)
            continue
        glued = _GLUED_SCALE.fullmatch(words)
        unit = _UNIT_AFTER.match(text, end)
        name = glued.group(2).lower() if glued else unit.group(1).casefold() if unit else ""
        if name not in _LENGTH_UNITS or value.endswith("%") or not value[:1].isdigit():
            out.append(None)
            continue
        per, system = _LENGTH_UNITS[name]
        amount = float(glued.group(1)) if glued else float(value)
        out.append(Length(amount * per, system, amount, per))
    return out


def same_length(a: Length, b: Length) -> bool:
    """Whether two lengths are one: told in one system, or, rounded, in the other; or in one
    unit, as a whole number and a fraction that rounds to it ("six miles" / "6.2 miles")."""
    if a.unit == b.unit:
        whole, exact = (a.amount, b.amount) if a.amount.is_integer() else (b.amount, a.amount)
        if whole.is_integer() and not exact.is_integer() and abs(exact - whole) < 0.5:
            return True
    tolerance = _CONVERTED_TOLERANCE if a.system != b.system else 0.005
    return abs(a.metres - b.metres) <= tolerance * max(a.metres, b.metres)


def number_mentions(text: str) -> list[tuple[str, str]]:
    """Numbers in ``text`` outside date expressions: (words as written, normalised value:
    "three" → "3", "1,200" → "1200", "5 million" and "$5m" → "5000000", "hundreds")."""
    return [(words, value) for _, _, words, value in _number_spans(text)]


# What a number counts is told by the words next to it in its clause: the first content words
# after it ("three men", "a three-game streak", "two were executed") and the nearest one before
# it ("the toll rose to 12"). Commas, brackets and quotes end a clause.
_AFTER, _AFTER_KEPT, _BEFORE = 4, 2, 3  # words looked at after / content words kept / before
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”\n]|\s[-–—]\s")
_CONJUNCTION = r"|\b(?:and|or|but|while)\b"
# A conjunction parts what two numbers count: "killing three people and injuring dozens"
# counts people, not injuries, and "five were injured and 10 houses" houses, not injuries.
_PART_END = re.compile(_CLAUSE_END.pattern + _CONJUNCTION)
# A date's clause runs through an aside in brackets: "signed DeShawn Wynn (Florida) on Tuesday"
# dates Wynn's signing.
_DATE_PART_END = re.compile(r"[,;:\"“”\n]|\s[-–—]\s" + _CONJUNCTION)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMPOUND = re.compile(r"\s-\s(?=[^\W\d_])")  # "6. 1 - magnitude", "16 - year - old"
_CONTENT_WEIGHT = 2.0  # token_weight of "men", "game"; "the", "had", "were" weigh less
_TITLE_CASE_WEIGHT = 3.0  # "mother", "police", "video" weigh less; "Brooklyn", "Bush" more
# Words that qualify a number, not what it counts ("at least three", "nearly 50", "an estimated 12")
_QUALIFIERS = frozenset(
    normalise(w)
    for w in "least most nearly almost about around roughly approximately estimated some "
    "more fewer less than over under up".split()
)


def _name_word(word: str, normal: str) -> bool:
    """Whether a word (``normal``: normalised) is a name's: capitalised, unless it is a common
    word set in Title Case ("Brooklyn Mother of 13": "Brooklyn", not "Mother")."""
    return word[:1].isupper() and token_weight(normal) > _TITLE_CASE_WEIGHT


def _content(words: list[str], names: bool = False) -> list[str]:
    """The normalised content words among ``words``, names left out unless ``names`` (a common
    word in capitals, as in a headline, is no name)."""
    out = []
    for w in words:
        t = _normal(w)
        if not t or token_weight(t) < _CONTENT_WEIGHT or t in _QUALIFIERS:
            continue
        if not names and _name_word(w, t):
            continue
        out.append(t)
    return out


class NumberContext(NamedTuple):
    """A number as written, its normalised value, and what it counts: the normalised content
    words next to it in its clause (``near``: names left out, they say whose number it is, not
    what it counts), the content words among the two right after it (``after``), and the
    normalised words of the names in its clause (``owners``: whose number it is)."""

    words: str
    value: str
    near: frozenset[str]
    after: frozenset[str]
    owners: frozenset[str] = frozenset()


def _names_in(words: list[str]) -> frozenset[str]:
    """The normalised words of names among ``words`` (``_name_word``: "Lawson")."""
    return frozenset(t for w in words if (t := _normal(w)) and _name_word(w, t))


def number_contexts(text: str) -> list[NumberContext]:
    """``number_mentions`` with what each number counts (``NumberContext``)."""
    found = []
    spans = _number_spans(text)
    for k, (start, end, words, value) in enumerate(spans):
        # the words next to a number stop at its neighbours: "28 of 41 passes for 329 yards"
        # counts passes with 41 and yards with 329
        lo = spans[k - 1][1] if k else 0
        hi = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        before = _WORD.findall(_PART_END.split(text[lo:start])[-1])[-_BEFORE:]
        after = _WORD.findall(_PART_END.split(text[end:hi])[0])[:_AFTER]
        near = _content(before)[-1:] + _content(after)[:_AFTER_KEPT]
        # what the two words right after it count: "eight hours before", "minus 20 as
        # firefighters"; none in "230,000 people in" ("people" is any count) or "13 Zurana Horton";
        # across a hyphen tokenised text sets apart ("6. 1 - magnitude quake": a magnitude)
        compound = _COMPOUND.match(text, end, hi)
        if compound:
            after = _WORD.findall(_PART_END.split(text[compound.end() : hi])[0])[:_AFTER]
        counted_words = _content(after[:_AFTER_KEPT])
        # a unit right after a number is what it counts: "7.5 magnitude quakes" gives a
        # magnitude, not a count of quakes ("two quakes")
        if counted_words and after and _normal(after[0]) in _MEASURES:
            counted_words = counted_words[:1]
        # or one right before it, where none follows: "a magnitude 6.1 earthquake", "the Week
        # 15 loss" (but "4 minutes 48 seconds": the 48 counts seconds)
        elif before and text[lo:start].rstrip(" -").endswith(before[-1]):
            measure = _normal(before[-1])
            if measure in _MEASURES:
                counted_words = [measure]
        counted = frozenset(counted_words)
        # whose number it is: the names in its clause ("Ty Lawson chipped in 16 points" /
        # "Shy Ely scored 23 points": two players' points)
        part = _WORD.findall(
            _PART_END.split(text[:start])[-1] + " " + _PART_END.split(text[end:])[0]
        )
        found.append(NumberContext(words, value, frozenset(near), counted, _names_in(part)))
    return found


_NAME_REACH = 3  # words either side of a name read for what it stands for


def word_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    r"""Where ``phrase`` stands in ``text`` as written, not inside a longer word: what
    ``re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)`` finds, without a
    pattern compiled for every name (the judge asks of thousands)."""
    out: list[tuple[int, int]] = []
    n = len(phrase)
    i = text.find(phrase) if n else -1
    while i >= 0:
        j = i + n
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            out.append((i, j))
            i = text.find(phrase, j)
        else:
            i = text.find(phrase, i + 1)
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def name_surroundings(text: str, name: str) -> frozenset[str]:
    """What a name stands for in ``text``: the content words (not names) among the three words
    either side of each place it stands, in its clause ("coach" in "named Tony DiLeo interim
    coach"; "center" in "the Betty Ford Center in Palm Springs")."""
    near: set[str] = set()
    for start, end in word_spans(text, name):
        before = _WORD.findall(_CLAUSE_END.split(text[:start])[-1])[-_NAME_REACH:]
        after = _WORD.findall(_PART_END.split(text[end:])[0])[:_NAME_REACH]
        near.update(_content(before + after))
    return frozenset(near)


def numbers(text: str) -> tuple[str, ...]:
    """Normalised numbers in ``text`` (see ``number_mentions``)."""
    return tuple(n for _, n in number_mentions(text))


def dates(text: str) -> tuple[str, ...]:
    """Normalised date expressions in ``text`` (see ``date_mentions``)."""
    return tuple(d for _, d in date_mentions(text))


# Past tenses of the verbs news tells done things with; "-ed" covers the regular ones. Verbs of
# saying are left out: "X said Y will happen" tells a promise.
_PAST_RE = re.compile(
    r"\b(?:took|made|did|gave|went|began|brought|found|held|met|sent|launched|started|bought|"
    r"sold|paid|won(?!['’]t)|lost|left|got|shot|struck|fell|ran|saw|came|became|chose|drove|"
    r"fled|fought|flew|grew|kept|knew|led|rose|spent|stole|threw|wrote|broke|caught|hid|sought|"
    r"taught|"
    r"(?!(?:said|added|told|stated|claimed|reported|noted)\b)[a-z]{3,}ed)\b"
)
# An "-ed" word after these is an adjective ("a planned attack", "into unapproved rehab"); after
# "be" it is told as done by the words before ("to be held", "will be sentenced").
_BEFORE_ADJECTIVE = frozenset(
    "a an the any some this these those his her its their our my your into in on at of "
    "for with by from about be".split()
)
# What a cue bears on ends where its clause does: at a comma, a quote, a conjunction or a
# relative ("… decided that the facilities won't be enough": "decided" bears on nothing).
_CUE_END = re.compile(
    _CLAUSE_END.pattern
    + r"|[.!?]\s|\b(?:and|or|but|while|that|which|who|whom|whose|because|if|when|where|after|"
    r"before|although|though|unless|until|since|whether)\b"
)
_MODAL_REACH = 8  # content words a modal cue bears on, at most
# Words between a negation and what it negates ("has not yet been charged", "don't necessarily",
# "no immediate reports of casualties" denies the reports)
_NEGATION_SKIP = frozenset(
    normalise(w)
    for w in "yet even ever also just really always still so far any anything one been "
    "immediate".split()
)
# An adverb of manner, which a negation passes over to the word it negates ("did not
# immediately respond", "has not been officially sanctioned": not "officially", which as a stem
# is "officials").
_MANNER = re.compile(r"[a-z]" + ADVERB_AFTER_FIRST)
# Adjectives of that shape, which a negation denies ("the strain is not deadly").
_LY_ADJECTIVES = frozenset(
    "deadly costly friendly unfriendly weekly monthly ugly kindly sickly worldly earthly".split()
)


def _passed_over(word: str) -> bool:
    """Whether a negation passes over ``word`` to the one it negates."""
    if _normal(word) in _NEGATION_SKIP:
        return True
    return bool(_MANNER.fullmatch(word)) and word not in _LY_ADJECTIVES


# A negation in these is none ("not only IE 7", "will no doubt irk Intel")
_NOT_NEGATION = frozenset(normalise(w) for w in "only just merely least doubt".split())


class Cue(NamedTuple):
    """A word that tells a claim's modality or negates it, and what it bears on."""

    start: int
    kind: str  # "will", "may", "did"; "not" for a negation
    words: str  # as shown in a report: the cue and the words after it
    governs: tuple[str, ...]  # the normalised content words it bears on


def _content_after(
    text: str, start: int, reach: int, skip: Callable[[str], bool] = lambda word: False
) -> list[str]:
    """The first ``reach`` normalised content words of ``text`` from ``start`` to the end of
    their clause, but words ``skip`` passes over."""
    end = _CUE_END.search(text, start + 1)
    out = []
    for m in _WORD.finditer(text, start, end.start() if end else len(text)):
        t = _normal(m.group())
        if t and token_weight(t) >= _CONTENT_WEIGHT and not skip(m.group()):
            out.append(t)
            if len(out) == reach:
                break
    return out


def _shown(text: str, start: int, n: int) -> str:
    """The ``n`` words from ``start``, as a report shows a cue."""
    return " ".join(text[start : start + 30 * n].split()[:n]).rstrip(",.;:")


# Nouns before which "is to" says what something is, not what is planned ("The challenge now is
# to keep her there", "the key is to act"); after a person or a body it tells a schedule ("The
# president is to visit", "Talks are to resume").
_COPULAR_SUBJECTS = frozenset(
    "challenge challenges problem question task job key trick point answer solution idea".split()
)
_ADVERBS_BEFORE_VERB = frozenset("now then still simply really always".split())


def _copular(text: str, start: int) -> bool:
    """Whether the "is to" at ``start`` follows one of ``_COPULAR_SUBJECTS`` (an adverb between
    them allowed: "The challenge now is to …")."""
    before = [w.casefold() for w in _words_before(text, start, 2)]
    if before and before[-1] in _ADVERBS_BEFORE_VERB:
        before = before[:-1]
    return bool(before) and before[-1] in _COPULAR_SUBJECTS


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words before ``start`` (within 40 characters)."""
    return _WORD.findall(text, max(0, start - 40), start)[-n:]


def _word_before(text: str, start: int) -> str:
    before = _words_before(text, start, 1)
    return before[0] if before else ""


def _adjective(text: str, m: re.Match[str]) -> bool:
    """Is the past form ``m`` an adjective: after an article or preposition, in a compound
    ("Intel-based servers") or a negative one ("unpatched", "unnamed")?"""
    word = m.group(0)
    if word.startswith("un") and word.endswith("ed"):
        return True
    if text[max(0, m.start() - 3) : m.start()].rstrip().endswith("-"):  # "Intel - based"
        return True
    return _word_before(text, m.start()).casefold() in _BEFORE_ADJECTIVE


def _lowered(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: keep the offsets
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


_CUE_PATTERNS = (("will", _WILL_RE, True), ("may", _MAY_RE, False), ("did", _PAST_RE, False))
# After "would", "could" or "might": what would be, or would have been, were things otherwise
# ("would not have placed Bush on injured reserve if they were still fighting": they did place
# him; "would allow a hacker to … if a person surfs to a website"), neither a promise nor a
# possibility, and its negation denies nothing.
_COUNTERFACTUAL = re.compile(r"(?:\s+not|\s+never)?(?:\s+have\b)?[^.;:!?\n]*?\bif\b", re.IGNORECASE)
_WOULD = re.compile(r"(?:would|could|might)(?:n\s?[’']\s?t)?$", re.IGNORECASE)
_WOULD_BEFORE = re.compile(r"\b(?:would|could|might)\s*$", re.IGNORECASE)


def _conditional(text: str, start: int, end: int) -> bool:
    """Whether the cue ``text[start:end]`` is a "would", "could" or "might" ("wouldn't"), or
    stands just after one ("would not"), and what follows tells what would be were things
    otherwise (``_COUNTERFACTUAL``)."""
    would = _WOULD.match(text, start, end) or _WOULD_BEFORE.search(text, max(0, start - 8), start)
    return would is not None and _COUNTERFACTUAL.match(text, end) is not None


def _given_name_will(text: str, start: int) -> bool:
    """Whether "Will" at ``start`` is a given name: capitalised before a capitalised word, in
    what asks no question ("Will Artino scored 14 points"; not "Will AMD focus on it?")."""
    if not text.startswith("Will ", start):
        return False
    after = text[start + 5 : start + 6]
    return after.isupper() and not text.rstrip(" \"”’'").endswith("?")


def _modal_matches_of(
    text: str, kind: str, pattern: re.Pattern[str], lower: bool
) -> Iterator[tuple[int, str, int]]:
    """(start, kind, end) of each cue of one kind in ``text``, in order: a capitalised cue
    after a lower-case word is a name ("checked into Promises"), an "-ed" word after an article
    or preposition an adjective."""
    for m in pattern.finditer(_lowered(text) if lower else text):
        before = _word_before(text, m.start())
        if text[m.start()].isupper() and before[:1].islower():
            continue
        if kind == "will" and _given_name_will(text, m.start()):
            continue
        if kind == "will" and m.group(0)[:3] in {"is ", "are"} and _copular(text, m.start()):
            continue
        if kind == "did" and _adjective(text, m):
            continue
        if _conditional(text, m.start(), m.end()):
            continue
        yield m.start(), kind, m.end()


def _modal_matches(text: str) -> list[tuple[int, str, int]]:
    """(start, kind, end) of every modality cue of ``text``, in order. A past tense inside a
    promise or a possibility is part of it: "is expected to close", "planned to visit" tell
    what is to come, not a thing done."""
    found = sorted(
        m
        for kind, pattern, lower in _CUE_PATTERNS
        for m in _modal_matches_of(text, kind, pattern, lower)
    )
    modal = [(start, end) for start, kind, end in found if kind != "did"]
    return [m for m in found if m[1] != "did" or not any(a <= m[0] < b for a, b in modal)]


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _asked(text: str, start: int) -> bool:
    """Whether the cue at ``start`` stands in a question ("Saints could shut down Reggie
    Bush?"): a question tells nothing as done, promised, possible or denied."""
    mark = _SENTENCE_MARK.search(text, start)
    return mark is not None and mark.group() == "?"


@lru_cache(maxsize=4096)
def modality_cues(text: str) -> tuple[Cue, ...]:
    """Every word of ``text`` that tells its modality, in order: a promise or intention
    ("will", "intends to"), a possibility ("may", "reportedly") or a thing done (a past tense),
    with the words it bears on: a modal the words after it, a past tense its own verb too."""
    return tuple(
        Cue(
            start,
            kind,
            _shown(text, start, 3),
            tuple(_content_after(text, start if kind == "did" else end, _MODAL_REACH)),
        )
        for start, kind, end in _modal_matches(text)
        if not _asked(text, start)
    )


# Words between a cue and who or what it tells of: auxiliaries and adverbs ("LaSalle is
# expected to", "agencies again will be required", "one person had been attacked").
_BEFORE_CUE = frozenset(
    "is are was were be been being has have had do does did also again still now then just "
    "already reportedly allegedly not never".split()
)


def cue_subject(text: str, start: int) -> str:
    """Who or what the cue at ``start`` tells of, as one normalised word: the last word before
    it in its clause, auxiliaries and adverbs skipped ("he" in "Putin told him he took steps";
    "lasalle" in "LaSalle is expected to face"); "" when the clause begins with the cue."""
    clause_start = 0
    for m in _CUE_END.finditer(text, 0, start):
        clause_start = m.end()
    for word in reversed(_WORD.findall(text, clause_start, start)):
        if word.casefold() not in _BEFORE_CUE:
            return _normal(word)
    return ""


def modality(text: str) -> str:
    """ "will" for a promise or intention, "may" for a possibility, else "did"."""
    return modality_cue(text)[0]


def modality_cue(text: str) -> tuple[str, str]:
    """The modality of ``text`` and the words that carry it ("intends to investigate"): a
    promise anywhere in it before a possibility, a possibility before a thing done."""
    for kind, pattern, lower in _CUE_PATTERNS:
        for start, _, _ in _modal_matches_of(text, kind, pattern, lower):
            return kind, _shown(text, start, 3)
    return "did", "—"


_NEGATION_REACH = 3  # content words a negation is taken to bear on; the first is what it negates
_NUMBER_SIGN = re.compile(r"No\.?\s*\d")  # "No. 1 Tar Heels"


# Verbs that deny or refuse what they bear on ("denied the reports", "denies that he was
# there", "rejected the claims", "turned down an offer", "refused bail"). Not "declined",
# which as often tells a fall ("shares declined 5 percent").
_DENY_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?"
    r"|turn(?:s|ed|ing)?\s+down)\b",
    re.IGNORECASE,
)


def _negation_matches(text: str) -> list[tuple[int, int]]:
    """(start as shown, end) of each negation of ``text``, in order: not "No. 1" nor an idiom
    ("not only", "no doubt"); a verb of denying is one too."""
    found = [m.span() for m in _DENY_RE.finditer(text)]
    for m in _NEG_RE.finditer(text):
        if _NUMBER_SIGN.match(text, m.start()):
            continue
        after = _WORD.findall(text[m.end() : m.end() + 40])
        if after and _normal(after[0]) in _NOT_NEGATION:
            continue
        if _ALTERNATIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "whether or not", "more often than not", "better late than never"
        start = m.start()
        if start and text[start - 1].isalpha():  # "n't" in "don't": take the whole word
            start = text.rfind(" ", 0, start) + 1
        found.append((start, m.end()))
    return sorted(found)


# A "not" or "never" after "or" or "than" weighs an alternative, denying nothing.
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|than)\s+$", re.IGNORECASE)
_CONTRAST_BEFORE = re.compile(r"(?:[,;–—-]|\b(?:but|and|or))\s*$", re.IGNORECASE)
_NOT_THE_FIRST = re.compile(r"\s+(?:for\s+)?the\s+first\b", re.IGNORECASE)


def _denies_nothing(text: str, start: int, end: int) -> bool:
    """Whether the negation at ``start`` denies nothing another side may state: it bears on a
    verb of saying (``_unsaid``), or a "not" sets an alternative against what its sentence
    states ("improve it, not weaken it", "the review process but not other parts", "was not to
    sell servers but to offer …"), tells when it happened ("could not be rescued until the next
    morning": they were, the next morning), that it happened before ("it is not the first
    time"), or what would be, or would have been, were things otherwise ("would not have placed
    him … if …", ``_COUNTERFACTUAL``)."""
    if _unsaid(text, end):
        return True
    if _conditional(text, start, end):
        return True
    if text[start:end].casefold() != "not":
        return False
    if _CONTRAST_BEFORE.search(text, max(0, start - 6), start):
        return True
    if _NOT_THE_FIRST.match(text, end):
        return True
    clause_end = _CUE_END.search(text, end)
    return clause_end is not None and clause_end.group(0).casefold() in {"but", "until"}


# Verbs of saying: "did not say what Reid was treated for", "would not comment on the deal",
# "did not immediately respond" tell what a source left unsaid, not a fact another side states.
_SAYING = frozenset(
    normalise(w) for w in "say says comment comments speak elaborate respond discuss".split()
)


def _unsaid(text: str, end: int) -> bool:
    """Whether the negation ending at ``end`` bears on a verb of saying."""
    for word in _WORD.findall(text, end, end + 60):
        if _normal(word) in _SAYING:
            return True
        if not _passed_over(word):
            return False
    return False


def _denied_from(text: str, start: int, end: int) -> int:
    """Where what a negation bears on starts: after it, but after "that" for a verb of denying
    whose clause ends there ("denied Israeli claims that there were militants": the
    militants, not the claims)."""
    if not _DENY_RE.fullmatch(text, start, end):
        return end
    clause = _CUE_END.search(text, end + 1)
    return clause.end() if clause is not None and clause.group(0).casefold() == "that" else end


@lru_cache(maxsize=4096)
def negation_cues(text: str) -> tuple[Cue, ...]:
    """Every negation in ``text`` that may deny a fact (not ``_denies_nothing``), shown with
    the word after it. It negates the first content word after it in its clause ("has not yet
    been charged": "charged"; "no chance of parole": "chance"); ``governs`` holds the next
    ones too."""
    return tuple(
        Cue(
            start,
            "not",
            _shown(text, start, 1 + len(text[start:end].split())),  # "didn ’ t return"
            tuple(
                _content_after(text, _denied_from(text, start, end), _NEGATION_REACH, _passed_over)
            ),
        )
        for start, end in _negation_matches(text)
        if not _denies_nothing(text, start, end) and not _asked(text, start)
    )


def negated(text: str) -> bool:
    return bool(_negation_matches(text))
