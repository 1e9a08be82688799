"""Turn a cleaned document into claims: one checkable statement each.

A sentence that carries separate facts ("…took steps…, but did not go into detail…") is split into
several claims; each claim keeps the sentence's attribution (its speaker) and its direct quote, and
gets its numbers, dates and names as normalised fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from factdiff._dateline import between_datelines
from factdiff._lexicon import BODY_WORDS, name_kind, without_suffixes
from factdiff.config import Settings
from factdiff.mentions import NameContext, is_title, name_context, titled
from factdiff.models import Claim, Cleaned, Sentence
from factdiff.names import extract_names
from factdiff.split import NUMBER_SIGNS, TITLES, split_sentences
from factdiff.values import dates, modality, negated, numbers

# --- clause splitting: (pattern, why). The claim boundary is the pattern's end. -----------------
_SUBJECT = (
    r"(?:I|we|he|she|they|it|you|the|a|an|this|that|these|those|his|her|their|our|[A-Z][a-z]+)"
)
CLAUSE_BREAKS: tuple[tuple[str, str], ...] = (
    (r";\s+", "a semicolon joins two statements"),
    (r",\s+but\s+", "'…, but …' sets a second fact against the first"),
    (
        r",\s+(?:and|while|whereas|although|though)\s+(?=" + _SUBJECT + r"\b)",
        "a new subject starts a new fact",
    ),
    (
        r"\s+and\s+(?=(?:would|will|could|can|has|have|had|is|was|are|were|did|does|also)\b)",
        "a second verb phrase of the same subject",
    ),
)
_CLAUSE_RE = re.compile("|".join(f"(?:{p})" for p, _ in CLAUSE_BREAKS))
# --- attribution -------------------------------------------------------------------------------
# Verbs that introduce what somebody said. Words that are more often nouns ("reports", "claims",
# "notes") are left out: they would make "reports emerged" an attribution.
SPEECH_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "explains",
    "stated",
    "wrote",
    "writes",
    "claimed",
    "announced",
    "announces",
    "noted",
    "insisted",
    "insists",
    "argued",
    "argues",
    "warned",
    "warns",
    "confirmed",
    "confirms",
    "tweeted",
    "reported",
    "revealed",
    "reveals",
    "denied",
    "denies",
    "stressed",
    "allege",
    "alleges",
]
_VERB_RE = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b")
# "…men were being imprisoned, tortured with electric shocks, and humiliated": a list of passive
# participles after a passive verb states one fact each.
_PARTICIPLE_CUT = re.compile(
    r",\s+(?:and\s+)?(?=(?!(?:" + "|".join(SPEECH_VERBS) + r")\b)[a-z]{3,}ed\b)"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]{3,}ed\b")
_MIN_CLAUSE_WORDS = 4
# At least _MIN_CLAUSE_WORDS words (runs of non-space) from where it is matched.
_CLAUSE_WORDS = re.compile(rf"\s*(?:\S+\s+){{{_MIN_CLAUSE_WORDS - 1}}}\S")

_PASSIVE_RE = re.compile(r"\b(?:said|announced|reported|confirmed|stated|revealed|claimed)\s+by\s+")
_WORD_RUN = re.compile(r"\S+")
_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:”\"]+)", re.IGNORECASE)
# "I" or "we" as a speaker phrase is the quoted person speaking ("“I told President Putin …”")
_FIRST_PERSON = frozenset({"i", "we"})
# Words that show a phrase is not the bare subject of a speech verb ("while X hasn't publicly").
_NOT_SUBJECT = frozenset(
    [
        "has",
        "have",
        "had",
        "hasn't",
        "haven't",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "not",
        "never",
        "also",
        "while",
        "when",
        "if",
        "because",
        "as",
        "although",
        "since",
        "that",
        "which",
        "despite",
        "with",
        "by",
        "in",
        "on",
        "of",
        "to",
        "and",
        "but",
        "or",
        "did",
        "does",
        "do",
        "would",
        "will",
        "could",
        "can",
        "may",
        "might",
        "should",
        "publicly",
    ]
)
# Words no source's name holds (a verb, a relative pronoun): where "according to …" ends.
_ENDS_SOURCE = (_NOT_SUBJECT - {"of", "for", "in", "by", "and", "or"}) | {"who", "whose", "whom"}
_ARTICLES = frozenset(("the", "a", "an"))
_SUBJECT_VERBS = frozenset(SPEECH_VERBS) | frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "met",
        "meets",
        "took",
        "takes",
        "made",
        "makes",
        "visited",
        "announced",
    ]
)
# What may follow the verb of an attribution that closes a sentence ("…,” Macron said during a
# press conference, according to CNN.": a place, time, audience or outlet, never a new clause.
_TRAILING_TAIL = re.compile(
    r"""\s*(?:[.!?;:,]\s*)?(?:$|(?:(?:to|on|at|in|during|after|before|from|with|about|according|"""
    r"""via|while|through|late|early|earlier|later|last|this|yesterday|today|on|the|a|an|"""
    r"""reporters|journalists|him|her|them|us|me|[A-Z][\w’'.-]*)\b(?![^.!?]*\b(?:that|is|are|was|"""
    r"""were|has|have|had|will|would)\b)[^“"]{0,80}$))"""
)
_SET_OFF = frozenset(",;”\"’'—–-")
# What may end a statement before its attribution: those, and an opening quotation mark typed
# for a closing one ("… the way we wanted to progress, “said Stefanski").
_STATEMENT_END = _SET_OFF | {"“"}
_THREE_WORDS = re.compile(r"\w+\W+\w+\W+\w+")
_OPENERS = "“„«"
_CLOSERS = "”»"
_QUOTE_MARK = re.compile(f'[{_OPENERS}{_CLOSERS}"]')
_INNER_OPENER = re.compile(f"[{_OPENERS}]")
_MAX_SPEAKER_WORDS = 10


class _Attribution(NamedTuple):
    speaker: str | None
    start: int  # range of the attribution phrase in the sentence, (0, 0) if none
    end: int


def _sentences(cleaned: Cleaned, settings: Settings) -> list[Sentence]:
    text = cleaned.document.text
    out: list[Sentence] = []
    for a, b in cleaned.segments:
        # same length, so offsets stay valid; a line break inside a paragraph is a space
        chunk = text[a:b].replace("\r", " ").replace("\n", " ")
        for s in split_sentences(chunk, abbreviations=settings.split.extra_abbreviations):
            out.append(Sentence(text[a + s.start : a + s.end], a + s.start, a + s.end))
    return out


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """Ranges of the separate statements in one sentence."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(sentence)]
    for m in _PARTICIPLE_CUT.finditer(sentence):
        if _PASSIVE.search(sentence, 0, m.start()):
            cuts.append((m.start(), m.end()))
    cuts.sort()
    parts: list[tuple[int, int]] = []
    begin = 0
    for cut_start, cut_end in cuts:
        # words enough on both sides, counted up to the fourth only: a run-on text may hold
        # thousands of cuts, and counting the whole rest at each made the loop quadratic
        if _CLAUSE_WORDS.match(sentence, begin, cut_start) and _CLAUSE_WORDS.match(
            sentence, cut_end
        ):
            parts.append((begin, cut_start))
            begin = cut_end
    parts.append((begin, len(sentence)))
    return [_trim(sentence, c, d) for a, b in parts for c, d in _bounded(sentence, a, b)]


# A statement longer than this many words is no sentence but a run-on text (a transcript or a
# feed with no full stops): it is cut at commas into pieces of about _PIECE_WORDS words, or
# where it has none, every _MAX_CLAUSE_WORDS words. No sentence of the 496 ECB+ articles holds
# a statement of more than 143.
_MAX_CLAUSE_WORDS = 200
_PIECE_WORDS = 40
_LONG_CLAUSE = re.compile(rf"\s*(?:\S+\s+){{{_MAX_CLAUSE_WORDS}}}\S")


def _bounded(sentence: str, a: int, b: int) -> list[tuple[int, int]]:
    """The range ``a``–``b`` of ``sentence``, cut into pieces if it is a run-on text."""
    if not _LONG_CLAUSE.match(sentence, a, b):
        return [(a, b)]
    pieces: list[tuple[int, int]] = []
    start, count = a, 0
    for word in _WORD_RUN.finditer(sentence, a, b):
        count += 1
        if (count >= _PIECE_WORDS and word.group(0)[-1] in ",;") or count >= _MAX_CLAUSE_WORDS:
            pieces.append((start, word.end()))
            start, count = word.end(), 0
    if count and count < _MIN_CLAUSE_WORDS and pieces:
        pieces[-1] = (pieces[-1][0], b)  # too few words left for a statement of their own
    elif count:
        pieces.append((start, b))
    return pieces


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,;–—-":
        a += 1
    while b > a and text[b - 1] in " ,;–—-":
        b -= 1
    return a, b


def _named(phrase: str) -> bool:
    """Whether a phrase reads as a name: its words capitalised, but small words ("Secretary of
    State John Kerry")."""
    words = [w for w in phrase.split() if w.casefold() not in _TITLE_SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() for w in words)


def _appositive(head: str) -> tuple[int, int, int] | None:
    """Where the two runs of words that end ``head`` as "…, name," begin and end: a run after
    the clause boundary before it, a comma, a run and a comma closing ``head`` ("Steven
    Moffat, lead writer of Doctor Who," before "said"), as (first start, comma, second end);
    scanned back from the end in one pass, as a pattern anchored at the end would rescan
    the text before from every position."""
    end = len(head.rstrip())
    if end == 0 or head[end - 1] != ",":
        return None
    # a description may be longer than a speaker ("a spokesman for the U. S. advocacy group
    # the Enough Project")
    comma = _start_before(head, end - 1, _MAX_DESCRIPTION_WORDS) - 1
    if comma < 0 or comma == end - 2 or head[comma] != ",":
        return None
    return _start_before(head, comma), comma, end - 1


_MAX_DESCRIPTION_WORDS = 20


_RELATIVE = re.compile(r",\s*(?:who|which)\b")
# A US lawmaker's party and state ("D-W.Va.", "R-Texas"), set off by commas before a speech verb
# ("Rep. Nick Rahall, D-W.Va., said"), or in brackets after a name (``_INVERTED_SPEAKER``,
# ``_OF_BODY``).
_PARTY_STATE = r"[DRI]-[A-Z][A-Za-z.]{0,8}"
_PARTY_ASIDE = re.compile(rf",\s*{_PARTY_STATE}\s*,")


def _without_closing_aside(head: str) -> str:
    """``head`` without the aside that closes it, before a speech verb: a relative clause set
    off by commas (", who wanted to use a pseudonym,") or, after that, words in brackets
    ("Advanced Micro Devices (NYSE: AMD)"); each is replaced by a space. Found by scanning
    back from the end, as the words before the verb may be a whole long sentence. An adverb
    before the verb goes first ("Advanced Micro Devices (NYSE: AMD) today announced")."""
    words = head.rsplit(None, 1)
    if len(words) == 2 and words[1] in _ADVERBS_BEFORE_VERB:
        head = words[0] + " "
    end = len(head.rstrip())
    if end and head[end - 1] == ",":
        opened = max(head.rfind(c, 0, end - 1) for c in ',“”"')
        if opened >= 0 and (
            _RELATIVE.match(head, opened) or _PARTY_ASIDE.fullmatch(head, opened, end)
        ):
            head = head[:opened] + " "
            end = opened
    end = len(head.rstrip())
    if end and head[end - 1] == ")":
        opened = max(head.rfind("(", 0, end - 1), head.rfind(")", 0, end - 1))
        if opened >= 0 and head[opened] == "(":
            while opened > 0 and head[opened - 1].isspace():
                opened -= 1
            head = head[:opened] + " "
    return head


def _speaker_phrase(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """The subject of a speech verb: the words before it back to a clause boundary, with an
    inserted relative clause (", who wanted to use a pseudonym,") left out; of a name and a
    description set off by commas, the name ("Steven Moffat, lead writer of Doctor Who, said";
    "Lohan's lawyer, Mark Heller, said")."""
    head = _without_closing_aside(sentence[:verb_start])
    if not sentence.startswith(_NOT_AFTER_AUXILIARY, verb_start):
        head = _without_auxiliary(head)  # "The fire chief has said"
    start = _phrase_start(head)
    apposed = None if head[start:].strip() else _appositive(head)
    if apposed:
        first, comma, end = apposed
        if _named(head[comma + 1 : end]) and not _named(head[first:comma]):
            return _checked_phrase(head[comma + 1 : end], comma + 1)
        # a description led by an article that runs over a comma of its own, after the name
        # it describes ("Ema Suryani, a doctor at a health clinic in Lampahan city, Bener
        # Meriah district, told AFP"): the name
        led = head[first:comma].split()[:1]
        by_article = bool(led) and led[0] in _ARTICLES
        if first > 0 and head[first - 1] == "," and by_article and not _named(head[first:comma]):
            before = _start_before(head, first - 1)
            if _named(head[before : first - 1]) and len(head[before : first - 1].split()) >= 2:
                return _checked_phrase(head[before : first - 1], before)
        return _checked_phrase(head[first:comma], first)
    described = _described_name(sentence, head, start)
    if described is not None:
        return _checked_phrase(*described)
    return _checked_phrase(head[start:], start)


_BOUNDARY = frozenset(',;:.“”"„«»')


def _phrase_start(head: str) -> int:
    """Where the words before a speech verb begin: back to a clause boundary, but past the
    period of an initial or a short title ("team general manager A.J. Smith", "Police Sgt.
    Marty Earley"), which no sentence ends inside, while the words can still be a speaker's."""
    return _start_before(head, len(head))


def _start_before(text: str, end: int, most: int = _MAX_SPEAKER_WORDS) -> int:
    """Where the words that end at ``end`` begin (``_phrase_start``), looked for past initials
    and titles while they are at most ``most`` words."""
    first = i = _boundary_before(text, end)
    while i > 0 and _short_period(text, i - 1):
        j = _boundary_before(text, i - 1)
        if len(text[j:end].split()) > most:
            return first  # not from the middle of a run of initials ("S. Chamber of …")
        i = j
    return i


def _boundary_before(text: str, i: int) -> int:
    """Where the words that end at ``i`` begin: just after a clause boundary, or 0."""
    while i > 0 and text[i - 1] not in _BOUNDARY:
        i -= 1
    return i


def _short_period(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an initial ("A.J.") or a short title ("Sgt.")."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    # "No." before a number is "number" ("Juror No. 12 said")
    numbered = word in NUMBER_SIGNS and text[dot + 1 : dot + 3].strip()[:1].isdigit()
    return (len(word) == 1 and word.isupper()) or word.casefold() in TITLES or numbered


_AUXILIARIES = ("has also", "have also", "had also", "has", "have", "had")


def _without_auxiliary(head: str) -> str:
    """``head`` without the "has", "have" or "had" (and "also") that ends it, looked for at the
    end only (``head`` may be a whole run-on text: a pattern anchored at the end would rescan
    it from every space)."""
    stripped = head.rstrip()
    for aux in _AUXILIARIES:
        if stripped.endswith(aux) and stripped[: -len(aux)][-1:].isspace():
            return stripped[: -len(aux)]
    return head


# Speech verbs that after "has" or "have" more often do something else ("The standings have
# claimed another coach", "The Marshals have added to their list").
_NOT_AFTER_AUXILIARY = ("claimed", "added")
# Small words of a description ("chief executive of Sea Micro", "writer and producer"): the
# other _NOT_SUBJECT words make a clause of it
_IN_DESCRIPTIONS = frozenset("of in on with by and or as".split())


def _verbless(description: str) -> bool:
    """Whether ``description`` is words holding no verb, as what a person is may be ("The
    suspect, Andrew Lopez, was among three teens arrested …" holds one)."""
    words = description.split()
    return bool(words) and not any(w in _NOT_SUBJECT and w not in _IN_DESCRIPTIONS for w in words)


def _described_name(sentence: str, head: str, at: int) -> tuple[str, int] | None:
    """The person's name before a description set off by one comma and ending at the speech
    verb ("Steven Moffat, lead writer and executive producer, says" without its second
    comma): a name of two words or more that is the whole of what stands before the comma,
    and a description in small letters, or led by a title ("Charlotte Moore, Controller BBC
    One says"), after it. Not "In Washington, officials said"."""
    description = _without_auxiliary(head[at:]).strip()
    if not _verbless(description) or at == 0 or head[at - 1] != ",":
        return None
    before = _boundary_before(head, at - 1)
    # "Ben Stephenson, Controller, BBC Drama Commissioning says": a title set off before the body
    if before > 0 and head[before - 1] == "," and is_title(head[before : at - 1].strip()):
        at = before
        before = _boundary_before(head, at - 1)
    elif not (description[:1].islower() or is_title(description.split()[0])):
        return None  # a description in small letters or led by a title ("Controller BBC One")
    name = head[before : at - 1].strip()
    start = before + head[before : at - 1].index(name)
    if (
        (start, at - 1) not in _name_spans(sentence)
        or len(name.split()) < 2
        or name.split()[-1].casefold() in BODY_WORDS
    ):
        return None
    return name, start


# A relative word leading a speaker phrase ("…, where police said"): the speaker is the words
# after it. (After any subordinating word, or "and", the words were as often no speaker:
# "… because I couldn't", "…, and then arrested him after the officer".)
_RELATIVE_LEAD = re.compile(r"^(?:where|whom)\s+", re.IGNORECASE)
# A speech verb leading a speaker phrase: its own speaker came before it ("X, of the Enough
# Project, said aid workers inside the camp said …": the aid workers said the second).
_SPEECH_VERB_LEAD = re.compile(r"^(?:" + "|".join(SPEECH_VERBS) + r")\s+")
# "and" or "but" joining a clause, or opening the sentence, whose subject is a name or a noun
# with its determiner ("…, and Steele said …", "But AMD executives said …"), or, opening the
# sentence, "he", "she" or "they" ("But he said": within one, "and he noted" may stand for
# someone the sentence names before); not "you", "I" or other words ("and you said", "and then
# arrested him after the officer said"), which are as often no speaker.
_SUBJECT_AFTER = r"(?!I\s)[A-Z]|(?:the|a|an|his|her|its|their)\s"
_CONJUNCTION_LEAD = re.compile(
    rf"^(?:(?:and|but)\s+(?={_SUBJECT_AFTER})|(?:And|But)\s+(?={_SUBJECT_AFTER}|(?:he|she|they)$))"
)
_AFTER_PREPOSITION_WHICH = re.compile(
    r"^.*?\b(?:in|of|on|at|by|for|with|under|to|from|during|after)\s+(?:which|whom)\s+"
)
# A pronoun and a verb in the past before the pronoun that speaks ("he responded he").
_CLAUSE_BEFORE_PRONOUN = re.compile(
    r"^(?:he|she|they|it|we|I)\s+[a-z]{2,}ed\s+(?=(?:he|she|they|it|we|I)$)"
)
# Adverbs between a speaker and the verb ("Microsoft today said"), no part of the speaker.
# Written as they stand ("USA Today said" is the paper's name).
_ADVERBS_BEFORE_VERB = frozenset(
    "also then earlier later again previously reportedly however today yesterday tonight Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_TRAILING_ADVERB = re.compile(rf"\s+(?:{'|'.join(sorted(_ADVERBS_BEFORE_VERB))})$")
# A day between a speaker and the verb ("An NFL spokesman on Wednesday said").
_TRAILING_DAY = re.compile(r"\s+on(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?$")
# How news describes an unnamed source ("a source with knowledge of the talks", "people
# familiar with the matter"): "with" is no word of a clause there. Matched from the word
# before "with".
_SOURCE_WITH = re.compile(r"(?:\S+\s+with\s+(?:direct\s+)?knowledge|familiar\s+with)\b")
# A year or a time of day that a headline or dateline runs into the speaker phrase after it
# ("May 02, 2013 Lindsay Lohan's lawyer says", "8: 20 am Lindsay Lohan's attorney said",
# "03: 16 PM ET Computerworld"): no part of the speaker.
_LEADING_TIME = re.compile(
    r"^(?:(?:1[89]|20)\d\d|\d{1,2}(?::\s?\d\d)?\s?[ap]\.?\s?m\b\.?(?:\s+[A-Z]{1,3}T\b)?)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _name_spans(sentence: str) -> frozenset[tuple[int, int]]:
    """Where the names of ``sentence`` stand, once for all its speech verbs."""
    return frozenset((n.start, n.end) for n in extract_names(sentence))


def _checked_phrase(found: str, at: int) -> tuple[str, int] | None:
    """A speaker phrase found at ``at``, trimmed, or None when it reads as no subject."""
    # "…, which Interior Secretary Dirk A. Kempthorne said were …": the words after "which";
    # so too after "in which" ("an illegal arrest in which the plaintiff says …")
    phrase = _AFTER_PREPOSITION_WHICH.sub("", re.sub(r"^[\s,]*which\s+", "", found))
    phrase = re.sub(r"\s+(?:who|which)\b.*$", "", phrase).strip(" ,–—-")
    phrase = _TRAILING_DAY.sub("", _TRAILING_ADVERB.sub("", _LEADING_TIME.sub("", phrase)))
    phrase = _SPEECH_VERB_LEAD.sub("", _RELATIVE_LEAD.sub("", phrase))
    # a clause before the speaker of another verb ("… he responded he said it was …"): the
    # pronoun after the clause's verb
    phrase = _CLAUSE_BEFORE_PRONOUN.sub("", phrase)
    phrase = _CONJUNCTION_LEAD.sub("", phrase)
    joined = False
    if " and " in phrase:
        left, _, right = phrase.rpartition(" and ")
        if _one_party(right):
            # two speakers ("Locke and Salazar said", "police and the woman's friend said"),
            # or a clause of the writer's before one that names its speaker ("Bush tweaked
            # his knee and coach Sean Payton said")
            joined = _one_party(left)
            if not joined and right[:1].islower() and right.split()[-1][:1].isupper():
                phrase = right
    words = phrase.split()
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return None
    lowered = [w.lower().strip(",") for w in words]
    allowed = _IN_SPEAKERS | {"and"} if joined else _IN_SPEAKERS
    if (
        any(
            w in _NOT_SUBJECT
            and w not in allowed
            and not (w == "with" and k and _SOURCE_WITH.match(" ".join(lowered[k - 1 :])))
            # "by" after a participle names who made what speaks ("An opinion poll published by
            # Ethnos newspaper said"); a clause would hold an auxiliary
            and not (w == "by" and k and lowered[k - 1].endswith("ed"))
            for k, w in enumerate(lowered)
        )
        or lowered[0] in _IN_SPEAKERS
    ):
        return None
    if lowered[-1].endswith(("ly", "ed")) and not words[-1][0].isupper():
        return None  # an adverb or a verb ends no speaker ("… of Turkmenistan released")
    if "no" in lowered:
        return None  # "… Building No injuries reported": a headline, not who reports
    return phrase, at + found.find(phrase)


_PRONOUNS = frozenset("he she it they".split())
# Words a party to a joint statement may run to ("some state legislative leaders").
_MAX_PARTY_WORDS = 4


def _joint(phrase: str) -> bool:
    """Whether a speaker phrase is two speakers joined by "and" ("Locke and Salazar", "AMD and
    SeaMicro"), not one person's two titles ("President and General Manager Ed Stefanski")."""
    left, _, right = phrase.rpartition(" and ")
    return _one_party(left) and _one_party(right) and not is_title(left.split()[-1].strip(","))


def _one_party(words: str) -> bool:
    """Whether ``words`` can be one of two speakers joined by "and": a few words, none of
    them a verb, a pronoun or a word that opens a clause."""
    split = words.split(None, _MAX_PARTY_WORDS)  # a long text is not split whole
    return 0 < len(split) <= _MAX_PARTY_WORDS and not any(
        w.casefold() in _NOT_SUBJECT
        or w.casefold() in _PRONOUNS
        or w.casefold() in _FIRST_PERSON
        or (w[:1].islower() and w.endswith("ed"))
        for w in split
    )


# Small words a speaker's words may hold ("the director of …", "a spokesman for …").
_IN_SPEAKERS = frozenset({"of", "for", "in"})
_DETERMINERS = frozenset("the a an his her their its one another".split())
# Verbs that may stand before their speaker after a quote ("…,” said Christina Greenway).
_INVERTING = frozenset("said says added asked explained wrote noted insisted stressed".split())
_TAIL_WORDS = (
    "on|in|at|during|after|before|from|with|to|about|via|while|who|whose|yesterday|today|"
    "tonight|late|early|earlier|later|last|this|when"
)
# The speaker after an inverted verb: a name, perhaps after a title ("Interior Secretary Ken
# Salazar"), or a description ("the company's spokesman"), up to a comma, the sentence end or a
# word of time, place or manner
# Its words are parted by white space, so no word can be read as two (a pattern that let each
# word end in no space tried every way of cutting each word when the match failed).
_SPEAKER_WORD = rf"(?!(?:{_TAIL_WORDS})\b)[\w’'.-]+"
_INVERTED_SPEAKER = re.compile(
    rf"\s+((?:(?:{'|'.join(sorted(_DETERMINERS))})\s+)?{_SPEAKER_WORD}(?:\s+{_SPEAKER_WORD}){{0,9}}?)"
    rf"(?:\s*\({_PARTY_STATE}\))?"  # a lawmaker's party ("Edward J. Markey (D-Mass.)")
    rf"(?=\s*[,;:!?]|\.?\s*$|\s+(?:{_TAIL_WORDS})\b)"
)


def _after_statement(sentence: str, at: int) -> bool:
    """Whether ``at`` follows a statement: three words or more, set off by a comma or a closing
    quote."""
    return (
        _char_before(sentence, at) in _STATEMENT_END
        and _THREE_WORDS.search(sentence, 0, at) is not None
    )


def _char_before(text: str, i: int) -> str:
    """The last character before ``i`` that is not white space, or "" (scanned back, not
    sliced: the words before a speech verb may be a whole run-on text)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


def _inverted(sentence: str, verb: re.Match[str]) -> tuple[str, int, int] | None:
    """An attribution closing a sentence with its verb before the speaker ("…,” said Joël
    Deumier, president of SOS Homophobie."; "…, says the company."): (speaker phrase, start,
    sentence end), or None. The verb follows a statement (``_after_statement``)."""
    if verb.group(0) not in _INVERTING or not _after_statement(sentence, verb.start()):
        return None
    m = _INVERTED_SPEAKER.match(sentence, verb.end())
    if m is None:
        return None
    phrase = _without_full_stop(m.group(1).strip())
    words = phrase.casefold().split()
    # "of", "for" and "in" may join a speaker's words, as before a verb ("said Secretary of the
    # Interior Dirk Kempthorne", "said Sutopo Purwo Nugroho of the National Disaster …")
    # a phrase in small letters is a speaker where a name ends it ("said state Rep. Barry
    # Fleming", "said disaster agency official Fauzi"), not "…, said to be 40"
    described = phrase[:1].islower() and phrase.split()[-1][:1].isupper()
    if (phrase[:1].islower() and words[0] not in _DETERMINERS and not described) or (
        _NOT_SUBJECT.intersection(words) - _IN_SPEAKERS
    ):
        return None  # "…, said to be 40", "…, said the role was cast": no speaker
    rest = sentence[m.end() :]
    # after the speaker: an aside set off by a comma (the quotation may go on after it: "…,”
    # said Mary John, 43, who witnessed destruction … “People were …"), a relative clause that
    # tells who the speaker is ("said the official who uses one name"), or words of place,
    # time or audience
    if not (rest[:1] == "," or _WHO.match(rest)) and (
        _QUOTE_MARK.search(rest) or not _TRAILING_TAIL.match(rest)
    ):
        return None
    # a description, then the name it gives ("said one of the rebel leaders, Abdel Aziz al -
    # Hilu, in a September interview"): the name
    apposed = _APPOSED_NAME.match(rest) if words[0] in _DETERMINERS else None
    if apposed:
        name = _without_full_stop(" ".join(apposed.group(1).split()))
        if len(name.split()) >= 2 and all(
            w[:1].isupper() or w in _NAME_PARTICLES or _PARTICLE_JOINED.match(w)
            for w in name.split()
        ):
            return name, verb.start(), len(sentence)
    return phrase, verb.start(), len(sentence)


def _without_full_stop(words: str) -> str:
    """Words that end a sentence without its full stop; not the stop of "Jr." or "A."."""
    return words.removesuffix(".") if len(words.split()[-1]) > 3 else words


# Small words a name holds between its capitalised ones ("Abdel Aziz al - Hilu").
_NAME_PARTICLES = frozenset("al el bin ibn de da di du la le van von der - ’".split())
# A particle joined to a name ("al-Hilu", "d'Estaing").
_PARTICLE_JOINED = re.compile(r"[a-z]{1,3}[-’'][A-Z]")
# A name set off by commas after an inverted speaker's description.
_APPOSED_NAME = re.compile(r",\s*([A-Z][\w’'.-]*(?:\s+(?:[\w’'.-]+)){1,5}?)\s*(?:,|\.?\s*$)")


_WHO = re.compile(r"\s+who(?:se)?\b")
# A closing quotation mark and a speech verb after it: a quotation's own attribution.
_OWN_ATTRIBUTION = re.compile(r"[,.!?][”\"]\s*(?:said|says|added|asked|told)\b")


def _attribution(sentence: str) -> _Attribution:
    """Who states this sentence, and where the attribution phrase stands in it."""
    passive = _PASSIVE_RE.search(sentence)
    if passive:
        names = extract_names(sentence[passive.end() :])
        if names and names[0].start == 0:
            return _Attribution(names[0].text, 0, 0)
    found: list[tuple[str, int, int]] = []
    for m in _VERB_RE.finditer(sentence):
        if m.group(0) in ("added", "adds") and sentence.startswith(" to ", m.end()):
            continue  # "adds to his legend", "added to the roster": no speech
        got = _speaker_phrase(sentence, m.start())
        # "…, lived in New Zealand, says the Press Association": after a comma, a speaker after
        # the verb, where the words before it name no one ("Giorgos Kyrtsos, publisher of …,
        # said the demonstrations …" names the speaker before)
        aside = _char_before(sentence, m.start()) == ","
        if got is None or (aside and not _named(got[0])):
            inverted = _inverted(sentence, m)
            if inverted is not None:
                found.append(inverted)
                continue
        if got is None:
            continue
        phrase, start = got
        end = m.end()
        rest = sentence[end:]
        # an attribution after the statement runs to the sentence end ("…, Macron said at …");
        # it follows the statement's comma or closing quote ("… 8:20 am Lohan's attorney said
        # Thursday the actress checked in" is no trailing attribution)
        if _after_statement(sentence, start) and _TRAILING_TAIL.match(rest):
            end = len(sentence)
        found.append((phrase, start, end))
    trailing = [f for f in found if f[2] == len(sentence)]
    chosen = trailing[-1] if trailing else (found[0] if found else None)
    if chosen is not None:
        phrase, start, end = chosen
        if not trailing:
            end = start  # a leading "X said that …" stays part of the claim's core
        elif phrase.casefold() in _PRONOUNS:
            # "Steven Moffat said: “…” he said.": the pronoun is the speaker named before the
            # quote (not one the quote names: "“We hear Mr. Putin say …,” he told …")
            mark = _QUOTE_MARK.search(sentence)
            opened = mark.start() if mark else start
            named = [f[0] for f in found if f[1] < opened and f[0].casefold() not in _PRONOUNS]
            phrase = named[-1] if named else phrase
        return _Attribution(phrase, start, end)
    according = _ACCORDING_RE.search(sentence)
    if according:
        start = according.start()
        while start > 0 and sentence[start - 1] in " ,":
            start -= 1
        # the source's name, not a clause run on after it ("according to the Associated
        # Press and was battled by firefighters for nearly eight hours")
        end = according.end()
        previous = ""
        for word in _WORD_RUN.finditer(sentence, according.start(1), end):
            # a verb or relative word, a day or an adverb ("… a Texas prison statement
            # Monday"), or an article right after a name: the clause begins ("according to
            # the country's Central Election Commission the turnout was …")
            token = word.group(0)
            if (
                token.casefold() in _ENDS_SOURCE
                or token.strip(",") in _ADVERBS_BEFORE_VERB
                or (token in _ARTICLES and previous[:1].isupper())
            ):
                end = word.start()
                break
            previous = token
        phrase = re.sub(r"(?:\s+(?:and|or))+\s*$", "", sentence[according.start(1) : end]).strip()
        if phrase:
            return _Attribution(phrase, start, according.start(1) + len(phrase))
    return _Attribution(None, 0, 0)


def _closes_statement(text: str, at: int) -> bool:
    """Whether the attribution at ``at`` follows the statement it attributes: set off from it
    by a comma or a quotation mark ("…, Boyette said, citing aid workers", "… step in, “DiLeo
    said", "…, according to authorities"), not opening a clause of its own ("…, and the Post
    says a crowd looted …") nor inside one ("an illegal arrest in which the plaintiff says")."""
    return text[at : at + 1] == "," or _char_before(text, at) in _STATEMENT_END


def _describes(phrase: str) -> bool:
    """Whether a speaker phrase describes before it names: a word in small letters or an age
    after any determiner ("disaster agency official Fauzi", "25-year-old Guzel"; not "the UN")."""
    words = phrase.split()
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    return bool(words) and (words[0][:1].islower() or words[0][:1].isdigit())


def _speaker_is_person(
    name: str, phrase: str | None, sentence: str, surnames: AbstractSet[str]
) -> bool:
    """Whether a speaker's name, one word or a name's last, is a person's by how its sentence
    gives it: a description of one person before it ("said disaster agency official Fauzi"),
    a description set off before it ("Abed Sultan's father, Samir, said"), or as the last word
    of a full name the names read apart ("Abdel Aziz al - Hilu"; not "The UN")."""
    if _apposed(sentence, sentence.find(name, 0, _APPOSED_WITHIN)):
        return True
    if phrase is None:
        return False
    if _describes(phrase):
        return _is_person(phrase, surnames)
    return (
        phrase != name
        and phrase[:1].isupper()
        and phrase.split()[0].casefold() not in _DETERMINERS
        and phrase.endswith(name)
        and _is_person(phrase, surnames)
    )


class _Referents(NamedTuple):
    """Who a pronoun most likely stands for, as a document is read: the last ``person`` named
    for "he" and "she", the last ``body`` (a company, a place, people in the plural) for "it"
    and "they"."""

    person: str | None = None
    body: str | None = None


def _surnames(texts: Sequence[str], context: NameContext | None) -> frozenset[str]:
    """The last words of the people a document (its paragraphs) names in full, anywhere in it
    ("Capaldi said … Peter Capaldi"; "Comeaux" of "Arcade Joseph Comeaux Jr."). The names of
    the paragraphs are those the pipeline has read already for the variant table."""
    out: set[str] = set()
    for text in texts:
        for n in extract_names(text, context):
            words = without_suffixes(n.text)
            if (len(words) >= 2 and _is_person(" ".join(words), out)) or (
                words and titled(text, n.start)
            ):
                out.add(words[-1])
    return frozenset(out)


def _is_person(name: str, surnames: AbstractSet[str]) -> bool:
    """Whether a speaker or subject can be "he" or "she": no body or place ("US Geological
    Survey", "the software giant"; "AMD", "UNRWA"), but a description of one person ("her
    publicist", not "Two jurors"), a name of two words or more ("Mahnefah Gray"), or one word
    that ends a person's name read before ("Ging" after "John Ging"; not "Israel", "Gaza")."""
    words = name.split()
    if not words or (" and " in name and _joint(name)):  # two speakers are "they"
        return False
    last = words[-1].casefold().strip(".,")
    if last in BODY_WORDS:
        return False
    if not all(w[:1].isupper() for w in words):  # a description, told by its head noun
        head = _QUALIFIED.split(name, maxsplit=1)[0].split() or words  # "Doctors in Gaza"
        noun = head[-1].casefold().strip(".,")
        return not (noun.endswith("s") and not noun.endswith("ss"))
    if len(words) == 1:
        return name in surnames
    return not all(w.isupper() for w in words)


_OF = re.compile(r"\s+of\s")
_OF_BODY = re.compile(
    # a lawmaker's party may stand between ("Rep. Nick Rahall (D) of West Virginia")
    rf",?(?:\s*\((?:{_PARTY_STATE}|[DRI])\))?\s+(?:of|from|at|with)\s+(?:the\s+)?"
)
# Words for where a speaker is ("an official in Gaza", "Doctors at the hospital").
_WHERE = "in|at|near|inside|outside"
# Where a description of a speaker qualifies its noun ("Doctors in Gaza", "the director of …").
_QUALIFIED = re.compile(rf"\s(?:{_WHERE}|from|of)\s")
# A word for where, just before the name that ends a speaker phrase ("an official in Gaza").
_IN_PLACE = re.compile(rf"\s(?:{_WHERE})\s+(?:the\s+)?\Z")
# A lower-case noun and a preposition just before the name that ends a speaker phrase ("a
# friend of Olson", "the lawyer for Lohan", "charges against Olson"): the name is its object.
_OBJECT_OF = re.compile(r"\b[a-z][a-z'’-]*\s+(?:of|for|against|to|with|about|on)\s+(?:the\s+)?\Z")


def _speaker_name(
    phrase: str, sentence: str, refer: _Referents, context: NameContext | None = None
) -> str | None:
    """A speaker phrase as a name: "he" or "she" resolved to the last person, "it" or "they" to
    the last body; "Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; a phrase that is
    no name ("The government") as it is. ("I" and "we" never get here: ``_FIRST_PERSON``.)"""
    pronoun = phrase.lower()
    if pronoun in {"he", "she"}:
        return refer.person
    if pronoun in {"it", "they"}:
        return refer.body
    if _joint(phrase):
        return phrase
    at = sentence.find(phrase)
    end = at + len(phrase.rstrip(" ,"))
    names = (
        [n for n in extract_names(sentence, context) if at <= n.start and n.end <= end]
        if at >= 0
        else []
    )
    if names and names[-1].end >= end:
        # "the New York City Office of the Chief Medical Examiner": one body's name, whole (not
        # "the New York City Office of the Mayor spokesman Joe Smith": a person ends it)
        first = names[0]
        if (
            first.text.split()[-1].casefold() in BODY_WORDS
            and _OF.match(sentence, first.end)
            and name_kind(names[-1].text) != "person"
        ):
            return sentence[first.start : end]
        # "the Rev. Larry Kroon of the Wasilla Bible Church": the person, not where they are from
        for a, b in pairwise(names):
            if " " in a.text and _OF_BODY.fullmatch(sentence, a.end, b.start):
                return a.text
        # "A United Nations official in Gaza": where the speaker is, not who
        last = names[-1]
        if _IN_PLACE.search(sentence, at, last.start) and name_kind(last.text) != "person":
            return phrase
        # "A friend of Olson", "the lawyer for Lindsay Lohan", "The charges against Olson":
        # someone or something of the one named, who is not the speaker
        if _OBJECT_OF.search(sentence, at, last.start):
            return phrase
        return names[-1].text
    return phrase


def _subject_name(
    sentence: str, context: NameContext | None = None, surnames: frozenset[str] = frozenset()
) -> str | None:
    """A name standing as the subject of a sentence ("But LGBT activist Deumier has …"); before
    any past tense when the name is a person's ("Somehow, Reid managed to …": a full name with
    an English given name, or one of ``surnames``)."""
    for n in extract_names(sentence, context):
        if n.start >= 80:
            break
        after = sentence[n.end :].split()
        if n.text.isupper() or not after:
            continue
        verb = after[0].strip(",")
        if verb.lower() in _SUBJECT_VERBS:
            return n.text
        person = name_kind(n.text) == "person" or n.text in surnames
        if person and _PAST_VERB.fullmatch(verb):
            return n.text
        # a person's name opening the sentence before an aside ("Abdoulaye Barry, 24, who
        # works at African Movies, described …"; "Armstead, 32, testified …"), or set off
        # after a description of one person ("The president-elect, Barack Obama, broke …")
        if after[0].startswith(","):
            full = without_suffixes(n.text)
            lead = sentence[: n.start].split()
            # at the start, or after its title only ("Public Advocate Bill de Blasio, a …")
            if not lead or (
                len(lead) <= _MAX_TITLE_WORDS
                and all(w[:1].isupper() for w in lead)
                and titled(sentence, n.start)
            ):
                if person or (full and full[-1] in surnames):
                    return n.text
            elif _apposed(sentence, n.start):
                return n.text
    return None


# Words a person's title before a name may run to ("Public Advocate").
_MAX_TITLE_WORDS = 3


# A word of a description before a name set off by commas ("The president-elect", "Abed
# Sultan's father"), and how many such words there may be.
_DESCRIPTION_WORD = re.compile(r"[\w’'.-]+")
_DESCRIPTION_WORDS = 6


# How far into a sentence a name set off after a description may start (six words).
_APPOSED_WITHIN = 80


def _apposed(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` follows a description of one person that opens the
    sentence and a comma ("Abed Sultan's father, Samir, said"; "The president-elect, Barack
    Obama, broke his silence"): a head noun in small letters, not a plural, and no verb."""
    if not 0 < start <= _APPOSED_WITHIN:
        return False
    before = sentence[:start].rstrip()
    words = before[:-1].split()
    if not (
        before.endswith(",")
        and 0 < len(words) <= _DESCRIPTION_WORDS
        and all(_DESCRIPTION_WORD.fullmatch(w) for w in words)
    ):
        return False
    head = words[-1]
    return (
        head[:1].islower()
        and not (head.endswith("s") and not head.endswith("ss"))
        and not any(w.casefold() in _NOT_SUBJECT or w.casefold() in _PRONOUNS for w in words)
    )


def _introducer(sentence: str, context: NameContext | None) -> str | None:
    """The name a sentence gives just before a colon that opens its first quotation, as the
    subject of a verb of doing in the clause that ends at the colon ("The UN's Mr Gunness
    disagreed with the minister: “There is a humanitarian crisis already …”"; "…, McDermott
    sent out the following message on Twitter: “…”"): the speaker of that quotation, not the
    last one named. Not a name that has or is something ("Jermayne Timmons had a .32 …")."""
    first = _QUOTE_MARK.search(sentence)
    if first is None or not sentence[: first.start()].rstrip().endswith(":"):
        return None
    head = sentence[: first.start()]
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    clause = head[begin:]
    for n in extract_names(clause, context):
        after = clause[n.end :].split()
        if n.text.isupper() or not after:
            continue
        if _introduces(after[0]):
            return n.text
    # "Tom Fletcher from McFly was the envy of …, sitting amongst fans as he tweeted: “…”": "he"
    # or "she" is the one person the sentence names before, by an English given name
    words = clause.split()
    if len(words) >= 2 and words[0].casefold() in {"he", "she"} and _introduces(words[1]):
        people = {
            n.text for n in extract_names(head[:begin], context) if name_kind(n.text) == "person"
        }
        if len(people) == 1:
            return people.pop()
    return None


def _introduces(word: str) -> bool:
    """Whether a word after a subject can introduce a quotation: a verb of saying or sending, a
    past tense, a negated auxiliary."""
    word = word.rstrip(":")
    return word in _INTRODUCING or _PAST_VERB.fullmatch(word) is not None


# Where the clause that ends at an introducing colon starts. Not values' clause end, whose
# sentence end (". ") would cut "General Manager A.J. Smith issued …" to "Smith".
_CLAUSE_BREAK = re.compile(
    r"[,;]|\s[-–—]\s|\b(?:and|but|that|when|as|while|because|after|before|since|if|who|which)\b"
)
# Verbs that introduce what someone said or wrote, beside past tenses in -ed ("sent", "wrote").
_INTRODUCING = frozenset(SPEECH_VERBS) | frozenset("sent wrote spoke gave put took made".split())


# A past tense in small letters, or a negated auxiliary ("Reid managed to", "Reid wasn't")
_PAST_VERB = re.compile(r"[a-z]{2,}ed|(?:was|were|is|are|has|had|did|does|do|could|would)n[’']t")


# Small words a title leaves in lower case ("The Thick of It", "Gone with the Wind").
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with from by de la le".split())


def _is_title(quoted: str) -> bool:
    """Whether a closed quotation is the title of a work, not words someone said: two to six
    words in title case, with no punctuation at its end ("The “Mean Girls” star", the
    “American Pie” star; not “Stop Homophobia in Chechnya.”, nor “NO”)."""
    words = quoted.split()
    if not 2 <= len(words) <= 6 or quoted.rstrip()[-1:] in ".!?,;:…" or not words[0][:1].isupper():
        return False
    return all(
        (w[:1].isupper() and (len(w) == 1 or not w.isupper())) or w in _TITLE_SMALL_WORDS
        for w in words
        if any(c.isalpha() for c in w)
    )


def _opens(text: str, i: int) -> bool:
    """Whether the straight quotation mark at ``i`` can only open a quote: after a space, a
    colon or the start, and before a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return (before.isspace() or before in "([:") and after.isalnum()


def _quotations(text: str, open_at_start: bool) -> tuple[list[tuple[str, bool]], bool]:
    """Each quoted stretch of ``text`` with whether it closes in ``text``, and whether a quote
    is still open at its end."""
    parts: list[tuple[str, bool]] = []
    inside = open_at_start
    start = 0
    for k, m in enumerate(_QUOTE_MARK.finditer(text)):
        ch = m.group()
        if k == 0 and inside and (ch in _OPENERS or (ch == '"' and _opens(text, m.start()))):
            # the quote carried in was closed unmarked: 'He said: "I can't …' opens a new one
            start = m.end()
            continue
        if inside and (ch in _CLOSERS or ch == '"'):
            parts.append((text[start : m.start()], True))
            inside = False
        elif not inside and (ch in _OPENERS or ch == '"'):
            inside = True
            start = m.end()
    if inside and start < len(text):
        parts.append((text[start:], False))
    return parts, inside


def _quoted(text: str, open_at_start: bool) -> tuple[list[str], bool]:
    """The quoted stretches of ``text`` and whether a quote is still open at its end; a title in
    quotation marks (``_is_title``) is no quoted stretch."""
    parts, inside = _quotations(text, open_at_start)
    quotes = [
        q.strip(" ,")
        for q, closed in parts
        if any(c.isalnum() for c in q) and not (closed and _is_title(q))
    ]
    return quotes, inside


@lru_cache(maxsize=65536)
def quoted_titles(text: str) -> frozenset[str]:
    """The titles ``text`` sets in quotation marks ("the “Mean Girls” star": "Mean Girls"), the
    last opening mark of a stretch taken as its start ("“ The “ Mean Girls ”")."""
    inner = (_INNER_OPENER.split(q)[-1] for q, closed in _quotations(text, False)[0] if closed)
    return frozenset(q.strip() for q in inner if _is_title(q))


@lru_cache(maxsize=65536)
def core_text(text: str, *, keep_dateline: bool = True) -> str:
    """The claim without its attribution phrase (", he said", "according to X").

    ``keep_dateline=False`` also drops a page's dateline run into the claim ("… rehab May 3,
    2013 8:20 am Lindsay Lohan's attorney …"): when the page was published is no value the claim
    states, though it tells which event two pages report (so alignment keeps it)."""
    if not keep_dateline:
        text = " ".join(between_datelines(text))
    attr = _attribution(text)
    if attr.end > attr.start:
        text = text[: attr.start] + text[attr.end :]
    return text.strip(' ,.;“”"')


def document_texts(cleaned: Cleaned) -> list[str]:
    """The pieces of text a document's names are read from: its body's paragraphs, or the
    texts of the claims it was given as."""
    doc = cleaned.document
    if doc.claims:
        return [c.text for c in doc.claims]
    return [doc.text[a:b] for a, b in cleaned.segments]


def enrich(claim: Claim, context: NameContext | None = None) -> Claim:
    """Fill the fields derived from a claim's text (numbers, dates, names, modality, negation);
    names are read with what ``context`` tells of the case of the document's words."""
    core = core_text(claim.text)
    return replace(
        claim,
        numbers=numbers(core),
        dates=dates(core),
        names=tuple(dict.fromkeys(n.text for n in extract_names(claim.text, context))),
        modality=modality(core),
        negated=negated(core),
    )


def extract_claims(
    cleaned: Cleaned, settings: Settings, context: NameContext | None = None
) -> list[Claim]:
    """The claims of one cleaned document, numbered ``<id>1``, ``<id>2``, … in text order;
    ``context`` is the document's ``name_context`` when the caller has it already."""
    doc = cleaned.document
    texts = document_texts(cleaned)
    if context is None:
        context = name_context(texts)
    if doc.claims:
        return [enrich(c, context) for c in doc.claims]
    sentences = _sentences(cleaned, settings)
    attrs = [_attribution(s.text) for s in sentences]
    paragraph_break = [
        i == 0 or "\n" in doc.text[sentences[i - 1].end : s.start] for i, s in enumerate(sentences)
    ]
    # quote state: open at the start of each sentence (quotes do not run over paragraphs)
    open_at: list[bool] = []
    has_quote: list[bool] = []
    is_open = False
    for i, s in enumerate(sentences):
        is_open = is_open and not paragraph_break[i]
        open_at.append(is_open)
        quotes, is_open = _quoted(s.text, is_open)
        has_quote.append(bool(quotes))
    for i, s in enumerate(sentences):  # "The UN's Mr Gunness disagreed with the minister: “…”"
        if attrs[i].speaker is None and has_quote[i] and not open_at[i]:
            introducer = _introducer(s.text, context)
            if introducer:
                attrs[i] = _Attribution(introducer, 0, 0)
    # a sentence of a quote takes the speaker named elsewhere in the same quoted passage;
    # said_in[i] is the sentence whose attribution sentence i takes
    said_in = [
        i if a.speaker is not None and a.speaker.lower() not in _FIRST_PERSON else None
        for i, a in enumerate(attrs)
    ]
    for i in range(len(sentences) - 2, -1, -1):  # forward: "“A. B,” X said."
        if said_in[i] is None and has_quote[i] and open_at[i + 1] and not paragraph_break[i + 1]:
            said_in[i] = said_in[i + 1]
    for i in range(1, len(sentences)):  # backward: "“A,” X said. “B.”"
        if (
            said_in[i] is None
            and has_quote[i]
            and has_quote[i - 1]
            and not paragraph_break[i]
            # not a quotation with a speaker of its own, though not read ("“…,” said a man
            # wearing ski goggles and a dark blue jacket.")
            and not _OWN_ATTRIBUTION.search(sentences[i].text)
        ):
            said_in[i] = said_in[i - 1]
    claims: list[Claim] = []
    refer = _Referents()
    surnames = _surnames(texts, context)
    for i, s in enumerate(sentences):
        k = said_in[i]
        phrase = attrs[k].speaker if k is not None else None
        speaker = None
        if k is not None and phrase is not None:
            speaker = _speaker_name(phrase, sentences[k].text, refer, context)
        named = speaker or _subject_name(s.text, context, surnames)
        if named:
            person = _is_person(named, surnames) or (
                named == speaker and _speaker_is_person(named, phrase, s.text, surnames)
            )
            refer = refer._replace(person=named) if person else refer._replace(body=named)
        quote_open, scanned = open_at[i], 0  # quote state at s.text[scanned]
        # "Police said the man fled, but witnesses said he stayed": a clause that names its own
        # speaker, where the sentence's attribution leads another clause (one that closes the
        # sentence tells all of it: "Putin told Macron that he …, Macron said")
        lead = attrs[i] if k == i and attrs[i].end < len(s.text) else None
        # a clause before one an attribution opens is the writer's ("NBC estimated the crowd at
        # 70, and the Post says a crowd looted a Rite Aid"), not one before an attribution that
        # closes a statement ("…, Boyette said, citing aid workers")
        opened_at = (
            lead.start if lead is not None and not _closes_statement(s.text, lead.start) else -1
        )
        for a, b in _clauses(s.text):
            text = s.text[a:b]
            said_by = None if b <= opened_at else speaker
            if lead is not None and not a <= lead.start < b:
                own = _attribution(text)
                if (
                    own.speaker is not None
                    and own.speaker.lower() not in _FIRST_PERSON
                    # not a verb the clause quotes ("“Imagine … someone says we're going …")
                    and not _quoted(s.text[scanned : a + own.start], quote_open)[1]
                ):
                    said_by = _speaker_name(own.speaker, text, refer, context) or speaker
            quotes, _ = _quoted(text, quote_open)
            _, quote_open = _quoted(s.text[scanned:b], quote_open)
            scanned = b
            if not any(ch.isalnum() for ch in text):
                continue
            claim = Claim(
                id=f"{doc.id}{len(claims) + 1}",
                source=doc.id,
                text=" ".join(text.split()),  # a no-break space or line break reads as a space
                sentence=i + 1,
                span=(s.start + a, s.start + b),
                speaker=said_by,
                quote=" … ".join(quotes) or None,
            )
            claims.append(enrich(claim, context))
    return claims
