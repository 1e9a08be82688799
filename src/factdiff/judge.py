"""Judge each match: agreement or divergence, with typed differences that show each side's words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from factdiff._lexicon import name_kind
from factdiff._numbers import CARDINALS, ORDINALS
from factdiff.align import NOT_NAME_WORDS, Alignment, related_names
from factdiff.claims import core_text, quoted_titles
from factdiff.mentions import NameContext
from factdiff.models import Claim, Difference, DifferenceType, Match, MatchKind
from factdiff.names import fold, same_name
from factdiff.values import (
    Cue,
    DateContext,
    Length,
    NumberContext,
    cue_subject,
    date_contexts,
    dates_agree,
    dates_conflict,
    is_ordinal,
    modality_cues,
    name_surroundings,
    negation_cues,
    normal_words,
    number_contexts,
    number_lengths,
    number_readings,
    same_hour,
    same_length,
    within_vague,
    word_spans,
)

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# An apostrophe set off by spaces by a tokeniser ("She ’ s"): one word, as written before
_SPACED_APOSTROPHE = re.compile(r"(?<=\w) (['’]) (?=(?:s|t|re|ll|ve|d|m)\b)")
# The words shown for a side without a negation, when another side has one.
NOT_NEGATED = "(not negated)"
# "detail" alone (one side adds a number, date or name) does not make a divergence
_MINOR: frozenset[DifferenceType] = frozenset({"detail"})


class _Side(NamedTuple):
    """One source's claims in a match, their words without attribution, and those words
    normalised."""

    source: str
    claims: tuple[Claim, ...]
    core: str
    words: frozenset[str]


@lru_cache(maxsize=8192)
def _core(text: str) -> tuple[str, frozenset[str]]:
    """A claim's words without attribution or dateline, and those words normalised: a claim
    stands in many matches among many sources."""
    core = core_text(text, keep_dateline=False)
    return core, normal_words(core)


def _sides(claims: Sequence[Claim]) -> list[_Side]:
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    sides = []
    for s, cs in sorted(by_source.items()):
        cores = [_core(c.text) for c in cs]
        sides.append(
            _Side(
                s,
                tuple(cs),
                "\n".join(t for t, _ in cores),  # one claim's clause ends with it
                frozenset().union(*(w for _, w in cores)),
            )
        )
    return sides


def _listing(words: Iterable[str]) -> str:
    """A side's words in a difference table: each once, in order, apart by commas, or by
    semicolons when one holds a comma ("230, 000; 13", "Friday, 1: 30 a. m.; today"); "—" for
    none."""
    items = list(dict.fromkeys(words))
    return ("; " if any("," in w for w in items) else ", ").join(items) or "—"


def _date_difference(sides: list[_Side]) -> tuple[Difference | None, Difference | None]:
    """A date difference where sides give different dates for one thing, and a detail where
    only some sides give any. A date of one side is contradicted by another side that names a
    conflicting one of one thing (``_one_date``: "on Monday" / "on Tuesday", "March 2008" /
    "March 2009") and none that agrees with it; a year against a full date of that year, a
    weekday against a date, or "today" against anything is no difference. A side's cell
    shows its contradicted dates, or all its dates where none is."""
    contexts = {s.source: date_contexts(s.core) for s in sides}
    stated = [s.source for s in sides if contexts[s.source]]

    def contradicted(source: str) -> list[str]:
        """The dates of ``source`` another side contradicts, as written."""
        found = []
        for d in contexts[source]:
            for o in stated:
                theirs = contexts[o]
                if o == source or any(dates_agree(d.value, e.value) for e in theirs):
                    continue
                if any(dates_conflict(d.value, e.value) and _one_date(d, e) for e in theirs):
                    found.append(d.words)
                    break
        return found

    if len(stated) >= 2:
        differing = {s: words for s in stated if (words := contradicted(s))}
        if len(differing) >= 2:
            return Difference(
                "date",
                tuple(
                    (s, _listing(differing.get(s) or [d.words for d in contexts[s]]))
                    for s in stated
                ),
            ), None
    if stated and len(stated) < len(sides):
        detail = tuple((s.source, _listing(d.words for d in contexts[s.source])) for s in sides)
        return None, Difference("detail", detail)
    return None, None


def _one_date(x: DateContext, y: DateContext) -> bool:
    """Whether two dates may date one thing: a word around them in common, no words around one
    of them, or two times of one hour, which sources tell a few minutes apart ("3:33 a.m." /
    "3:30 a.m."). "Arrested Tuesday on suspicion" and "will play in Sunday's game" date two
    things."""
    return not x.near or not y.near or bool(x.near & y.near) or same_hour(x.value, y.value)


class _Number(NamedTuple):
    """A number of one side: as written, with what it counts and whose it is (``told``), its
    value without a percent sign, whether it is a share, and the length it gives
    (``number_lengths``)."""

    told: NumberContext
    value: str
    share: bool
    length: Length | None


def _one_thing(x: _Number, y: _Number) -> bool:
    """Whether two numbers count one thing: both shares or both counts, a word either side in
    common, a name in common where both clauses name someone ("Ty Lawson chipped in 16
    points" / "Shy Ely scored 23 points" are two players' points), and a word in common after
    them when both are followed by what they count ("eight hours" / "40 volunteer
    firefighters" count two things) unless both are lengths ("700 metres" / "200 feet")."""
    a, b = x.told, y.told
    if x.share != y.share or not a.near & b.near:
        return False
    # a rank and a count are two things unless equal ("his 10th point" / "needed nine points")
    if is_ordinal(x.value) != is_ordinal(y.value):
        return False
    if a.owners and b.owners and not a.owners & b.owners:
        return False
    lengths = x.length is not None and y.length is not None
    return lengths or not (a.after and b.after and not a.after & b.after)


def _number_difference(sides: list[_Side]) -> tuple[Difference | None, Difference | None]:
    """A number difference where two sides give different values for one thing: a number of one
    side, with no equal on another side, that counts one thing (``_one_thing``) with a number of
    that side which has no equal on the first ("three men were executed" / "two men were
    executed"). Numbers of different things ("a 9-14 record" / "a three-game losing streak"),
    or a share against a count ("2.5 million voters" / "50 percent of voters"), are details each
    side adds, not a divergence."""
    # "0.41 percent" and "0.41" are one value told with and without its unit; "2,000 feet" and
    # "600m" are one length
    found = {
        s.source: [
            _Number(n, n.value.rstrip("%"), n.value.endswith("%"), length)
            for n, length in zip(number_contexts(s.core), number_lengths(s.core), strict=True)
        ]
        for s in sides
    }
    # "2m" may be 2 (metres) or 2,000,000: it equals "two million"
    readings = {s: [number_readings(n.told.words, n.value) for n in m] for s, m in found.items()}
    values = {s: frozenset().union(*r) for s, r in readings.items()}

    def equalled(s: str, k: int, o: str) -> bool:
        """Whether the ``k``-th number of source ``s`` has an equal in source ``o``."""
        if readings[s][k] & values[o]:
            return True
        # every reading: "2m" may be the two million that "millions" stands for
        if any(within_vague(v, w) for v in readings[s][k] for r in readings[o] for w in r):
            return True
        length = found[s][k].length
        return length is not None and any(
            n.length is not None and same_length(length, n.length) for n in found[o]
        )

    def unequalled(s: str, o: str) -> list[_Number]:
        """The numbers of source ``s`` with no equal in source ``o``."""
        return [n for k, n in enumerate(found[s]) if not equalled(s, k, o)]

    # each side's conflicting numbers, in the order its text gives them (not the sources')
    conflicting: dict[str, set[int]] = {}
    for s, o in itertools.permutations(found, 2):
        theirs = unequalled(o, s)
        for k, n in enumerate(found[s]):
            if not equalled(s, k, o) and any(_one_thing(n, m) for m in theirs):
                conflicting.setdefault(s, set()).add(k)
    if len(conflicting) >= 2:
        return Difference(
            "number",
            tuple(
                (s.source, _listing(found[s.source][k].told.words for k in sorted(ks)))
                for s in sides
                if (ks := conflicting.get(s.source))
            ),
        ), None
    # what each side states that no other side does
    added = {
        s: [
            n.told.words
            for k, n in enumerate(m)
            if not any(equalled(s, k, o) for o in found if o != s)
        ]
        for s, m in found.items()
    }
    if any(added.values()):
        return None, Difference(
            "detail", tuple((s.source, _listing(added[s.source])) for s in sides)
        )
    return None, None


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name``'s words ("CHP" / "California Highway
    Patrol", "NYPD" / "New York Police Department"; "of", "the" … left out), a word in
    capitals giving all its letters ("USGS" / "US Geological Survey", "U.S. Geological
    Survey")."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = [w for w in name.split() if w.casefold() not in NOT_NAME_WORDS]
    if len(words) == len(short) and all(w[:1] == c for w, c in zip(words, short, strict=True)):
        return True
    letters = [w.replace(".", "") for w in words]
    return "".join(w if w.isalpha() and w.isupper() else w[:1] for w in letters) == short


def _one_body(x: str, y: str) -> bool:
    """``related_names``, or one name the acronym of the other: the same speaker or body to an
    editor. (Alignment's name veto keeps to ``related_names``: there the acronyms moved the
    ECB+ figures by at most 0.002, recall and precision in opposite directions.)"""
    return related_names(x, y) or _acronym_of(x, y) or _acronym_of(y, x)


def one_speaker(x: str, y: str) -> bool:
    """Two attributions that name one speaker: one name spelled alike or with words left out
    ("Mark Jay Heller", "Mark Heller", "Heller"), a body and its acronym, or two bodies named
    more or less fully ("Geological Survey", "US Geological Survey"). Between people a shared
    given name is not enough ("Mark Heller" / "Mark Smith"), as it is for bodies and names
    (``_one_body``)."""
    if same_name(x, y) or _acronym_of(x, y) or _acronym_of(y, x):
        return True
    short, long = sorted((x.split(), y.split()), key=len)
    if len(short) == 1 < len(long) and fold(short[0]) == fold(long[-1]):
        return True
    return "person" not in (name_kind(x), name_kind(y)) and related_names(x, y)


def _unmatched(names: Iterable[str], others: Iterable[str]) -> list[str]:
    others = list(others)
    return [n for n in names if not any(_one_body(n, o) for o in others)]


def _name_difference(sides: list[_Side]) -> Difference | None:
    """Sides that name different people or bodies (full names only: a lone capitalised word
    such as "Chechen" or "France" is too often an adjective or a setting; and none from a
    dateline, "Posted on Thu Jun 13", which the judge leaves out everywhere, nor titles in
    quotation marks)."""
    # a title on one side is a title on all ("The Thick of It" quoted by one, not by another)
    titles = {t.casefold() for s in sides for c in s.claims for t in quoted_titles(c.text)}
    named = {
        s.source: [
            n
            for n in dict.fromkeys(n for c in s.claims for n in c.names if n in _core(c.text)[0])
            if n.casefold() not in titles
        ]
        for s in sides
    }
    names = {s: [n for n in ns if " " in n] for s, ns in named.items()}
    # a full name another side names by one word ("Lohan") is one they share
    extra = {
        s: _unmatched(ns, [n for o, ons in named.items() if o != s for n in ons])
        for s, ns in names.items()
    }
    # a name stands against another only where the two stand for one thing: "in Palm Springs"
    # / "in Rancho Mirage" after the Betty Ford Center, not each side's other people; and a
    # person never stands for a body or place ("Lindsay Lohan" / "Betty Ford Center")
    core = {s.source: " ".join(_core(c.text)[0] for c in s.claims) for s in sides}
    near = {s: {n: name_surroundings(core[s], n) for n in ns} for s, ns in extra.items()}
    kind = {n: name_kind(n) for ns in extra.values() for n in ns}

    def against(s: str, n: str, o: str, m: str) -> bool:
        return bool(near[s][n] & near[o][m]) and {kind[n], kind[m]} != {"person", "thing"}

    conflicting = {
        s: [n for n in ns if any(against(s, n, o, m) for o in extra if o != s for m in extra[o])]
        for s, ns in extra.items()
    }
    if sum(1 for s in conflicting if conflicting[s]) >= 2:
        return Difference(
            "name", tuple((s, ", ".join(conflicting[s]) or "—") for s in sorted(conflicting))
        )
    return None


def _is_name(speaker: str) -> bool:
    words = speaker.split()
    return bool(words) and all(w[:1].isupper() for w in words) and words[0] not in _ARTICLES


_ARTICLES = frozenset({"The", "A", "An", "This", "That", "His", "Her", "Their", "Its"})


def _named_speakers(claims: Sequence[Claim]) -> list[str]:
    """The speakers a side's claims name, in order. One they only take from elsewhere ("“…,”
    he said", a pronoun read as the last person named; a quote whose speaker another sentence
    names) is a guess, and two guesses, or a guess and a name, are no evidence that two sources
    credit two people: a side whose first speaker is a guess names none."""
    text = " ".join(x.text for x in claims)
    out: list[str] = []
    for speaker in dict.fromkeys(c.speaker for c in claims if c.speaker):
        if not word_spans(text, speaker.split()[-1]):
            break
        out.append(speaker)
    return out


def _speaks_for(person: str, body: str, side: _Side) -> bool:
    """Whether ``side`` gives ``person`` as speaking for ``body``: the body named in the words
    that describe the person ("Paul Ferguson, a researcher from … Trend Micro,"; "Marty Earley
    of the Burnsville police") or just before the name ("Qualys CTO Wolfgang Kandek", "AMD's
    Lisa Su"). A person speaks for no other person: "Vladimir Putin, beside Sergei Lavrov,"."""
    if name_kind(body) == "person":
        return False
    p, b = (rf"(?<!\w){re.escape(name)}(?!\w)" for name in (person, body))
    described = re.compile(
        rf"{p}(?:,[^,.;“”\"]*?|\s+(?:of|from|at|with)\s[^,.;“”\"]*?){b}"
        rf"|{b}(?:['’]s)?\s+(?:[\w.-]+\s+){{0,4}}{p}"
    )
    return any(described.search(c.text) for c in side.claims)


def _attribution_difference(sides: list[_Side], common: frozenset[str]) -> Difference | None:
    speakers = {s.source: _named_speakers(s.claims) for s in sides}
    # a description ("her rep", "The government"; "Police" or "Witnesses" at a sentence start,
    # ordinary words of the sources) may be the person another source names
    named = {
        s: [v for v in vs if _is_name(v) and v.casefold() not in common]
        for s, vs in speakers.items()
    }
    known = {s: vs[0] for s, vs in speakers.items() if vs and vs[0] in named[s]}
    if len(known) < 2:
        return None
    ref = next(iter(known.values()))
    if all(one_speaker(v, ref) for v in known.values()):
        return None
    of = {s.source: s for s in sides}
    if len(known) == 2:
        x, y = known
        # one side credits the other's speaker too, or has its speaker speak for that one
        for vx, vy in itertools.product(named[x], named[y]):
            if one_speaker(vx, vy) or _speaks_for(vy, vx, of[y]) or _speaks_for(vx, vy, of[x]):
                return None
    return Difference("attribution", tuple(sorted(known.items())))


# Two quotes, one of some length, are one quotation worded two ways when the words they share in
# order are more than this share of the shorter one's; at or below it they are two things said,
# not a wording change. Two short quotes are shown when they have a word in common.
_ONE_QUOTATION = 0.5
_LONG_QUOTE = 6  # words
# A quote of at most this many words is a term set in quotation marks (a scare quote), not a
# remark: written in the number or form its sentence needs, it is still the one term.
_TERM = 2  # words


def word_changes(a: str, b: str) -> list[tuple[str, str]]:
    """The wording changes inside the stretch two quotes share; words one side adds before or
    after the other's quote are no change, nor is the kind of apostrophe ("She's" / "She’s").
    A pure insertion is shown with its next word. Two quotes that share half the words of the
    shorter or fewer, in order, are two quotations, and have no wording changes, when one of
    them has six words or more ("suspicious" / "We have no idea what caused it", "military
    invasion" / "intended to justify his pending invasion of the south"), and so are
    two short ones with no word in common, not even a stem ("suspicious" / "potential
    arson"). A term of a word or two is one term in another number or form ("microserver" /
    "microservers", "building blocks" / "new server building block"): the sentence around it
    chose the form."""
    ta = _TOKEN.findall(_SPACED_APOSTROPHE.sub(r"\1", a))
    tb = _TOKEN.findall(_SPACED_APOSTROPHE.sub(r"\1", b))
    # a term's words are compared by their stems
    word = _term_word if min(len(ta), len(tb)) <= _TERM else _quoted_word
    wa, wb = [word(t) for t in ta], [word(t) for t in tb]
    from difflib import SequenceMatcher  # quotes only: not imported for every comparison

    ops = SequenceMatcher(a=wa, b=wb, autojunk=False)
    shared = sum(block.size for block in ops.get_matching_blocks())
    shorter = min(len(ta), len(tb))
    if max(len(ta), len(tb)) >= _LONG_QUOTE and shared <= _ONE_QUOTATION * shorter:
        return []
    if not shared and normal_words(" ".join(ta)).isdisjoint(normal_words(" ".join(tb))):
        return []  # nothing in common, not even a stem: two remarks ("Riot" / "bird's eye view")
    codes = ops.get_opcodes()
    # words one quote has before or after the other's are no change of wording
    while codes and codes[0][0] in ("insert", "delete"):
        codes.pop(0)
    while codes and codes[-1][0] in ("insert", "delete"):
        codes.pop()
    out = []
    floor = (0, 0)  # where the words shared before a change begin, past the last change shown
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal":
            floor = (max(floor[0], i1), max(floor[1], j1))
            continue
        if i1 == i2 or j1 == j2:  # insertion or deletion: show the next word for context
            if {t.casefold() for t in (*ta[i1:i2], *tb[j1:j2])} <= _CONNECTIVES:
                continue  # "injured but it is" / "injured" + "it is": where claims were split
            i2, j2 = i2 + 1, j2 + 1
        # words the quote has elsewhere too are shown with the word before them, so the change
        # reads, and is marked, where it stands ("violence the" / "violence of the", not
        # "the" / "of the" of "In the end, the violence the system uses")
        if i1 > floor[0] and j1 > floor[1] and (_repeated(wa, i1, i2) or _repeated(wb, j1, j2)):
            i1, j1 = i1 - 1, j1 - 1
        if same_wording(" ".join(ta[i1:i2]), " ".join(tb[j1:j2])):
            continue  # "that's" / "that is", "terrorised" / "terrorized": one wording
        out.append((" ".join(ta[i1:i2]), " ".join(tb[j1:j2])))
        floor = (i2, j2)
    return out


def _repeated(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` (not empty) stands at another place of ``words`` too."""
    n = end - start
    if not n:
        return False
    run = list(words[start:end])
    return any(list(words[k : k + n]) == run for k in range(len(words) - n + 1) if k != start)


# A conjunction one quote has and the other does not: where a sentence was split into claims
# ("…, but …"), or a word too small to change what is quoted.
_CONNECTIVES = frozenset("but and while whereas although though yet".split())


def _term_word(token: str) -> str:
    """A word of a term as compared: its stem ("blocks", "block": "block")."""
    return " ".join(sorted(normal_words(token))) or _quoted_word(token)


def _quoted_word(token: str) -> str:
    """A quote's word as compared: "She's" and "She’s" are one word (the apostrophes differ in
    type, not in wording), and so are "Twelfth" and "12th", "twelve" and "12"."""
    word = token.casefold().replace("’", "'")
    return ORDINALS.get(word) or CARDINALS.get(word) or word


# Contractions a quote may be written out with ("that's" / "that is", "I'm" / "I am"): the
# pronouns whose "'s" is "is" or "has" (of a noun it is a possessive), and each ending's words.
_S_IS = frozenset("it that there here what who he she where how when".split())
_ENDINGS: dict[str, tuple[str, ...]] = {
    "'m": ("am",),
    "'re": ("are",),
    "'ve": ("have",),
    "'ll": ("will",),
    "'d": ("would", "had"),
}
_NOT = {"won't": "will not", "can't": "can not", "shan't": "shall not", "ain't": "is not"}
# British spellings as American ones write them ("terrorised" / "terrorized", "colour",
# "centre", "travelled", "analyse", "defence"), applied to both quotes alike.
_SPELLING_RULES = (
    (r"(?<=\w\w)is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"(?<=\w\w\w)our(s|ed|ing|ite|ites|able|ful)?$", r"or\1"),
    (r"(?<=\w\w)([tb])re(s)?$", r"\1er\2"),
    (r"(?<=\w)ell(ed|ing|er|ers)$", r"el\1"),
    (r"(?<=\w)yse(s|d)?$", r"yze\1"),
    (r"(?<=\w\w)ogue(s)?$", r"og\1"),
    (r"^(def|off|lic|pret)ence(s)?$", r"\1ense\2"),
    (r"^programme(s)?$", r"program\1"),
    (r"^grey$", "gray"),
)


@cache
def _spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``_SPELLING_RULES`` compiled, on the first quote change only (most runs have none)."""
    return tuple((re.compile(pattern), american) for pattern, american in _SPELLING_RULES)


def _written_out(word: str) -> set[str]:
    """The ways a quote's word may be written out: itself, and a contraction's words."""
    word = word.casefold().replace("’", "'")
    if word in _NOT:
        return {word, _NOT[word]}
    if word.endswith("n't"):
        return {word, word[:-3] + " not"}
    for ending, full in _ENDINGS.items():
        if word.endswith(ending) and len(word) > len(ending):
            return {word} | {f"{word[: -len(ending)]} {f}" for f in full}
    if word.endswith("'s") and word[:-2] in _S_IS:
        return {word, word[:-2] + " is", word[:-2] + " has"}
    return {word}


def _spelled(word: str) -> str:
    for pattern, american in _spellings():
        word = pattern.sub(american, word)
    return word


def _wordings(text: str) -> set[str]:
    """``text`` as compared for wording: contractions written out either way, spellings as
    American English writes them, no spaces or hyphens between words ("endgame" / "end
    game", "e-mail" / "email")."""
    out = {""}
    for token in _TOKEN.findall(text):
        # each contraction doubles the ways: past a few, the rest are read as written
        ways = _written_out(token) if len(out) < 64 else {token.casefold().replace("’", "'")}
        out = {f"{a} {b}" for a in out for b in ways}
    return {"".join(_spelled(w) for w in re.split(r"[\s-]+", x) if w) for x in out}


def same_wording(a: str, b: str) -> bool:
    """Whether two stretches of quotes are the same words written two ways: a contraction
    and its words ("that's" / "that is"), British and American spelling ("terrorised" /
    "terrorized"), a compound written as one word or two ("endgame" / "end game")."""
    return not _wordings(a).isdisjoint(_wordings(b))


# Words in brackets inside a quotation are the writer's, not the speaker's ("We appreciate
# your respect to her (Tara Reid) and her family's privacy", "[the Endangered Species Act]").
_INSERTION = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")


def _quote_difference(sides: list[_Side]) -> Difference | None:
    """A quotation worded two ways: the wording most sides give (between wordings as often
    given, the first in text order) against the first other wording that differs from it in
    words, each shown on every side that gives it, and on every side whose quote differs from
    the other wording just as it does (the same quote with more said before or after it). Which
    wordings stand does not depend on the order of the sources."""
    quotes = {
        s.source: " ".join(_INSERTION.sub(" ", c.quote) for c in s.claims if c.quote) for s in sides
    }
    given: dict[str, list[str]] = {}
    for source in sorted(quotes):
        if quotes[source]:
            given.setdefault(quotes[source], []).append(source)
    if len(given) < 2:
        return None
    reference = min(given, key=lambda q: (-len(given[q]), q))
    for other in sorted(given):
        changes = word_changes(reference, other) if other != reference else []
        if changes:
            said = {
                reference: " … ".join(x for x, _ in changes),
                other: " … ".join(y for _, y in changes),
            }
            for quote in given.keys() - said.keys():
                if word_changes(quote, other) == changes:
                    said[quote] = said[reference]
                elif word_changes(reference, quote) == changes:
                    said[quote] = said[other]
            cells = {s: cell for quote, cell in said.items() for s in given[quote]}
            return Difference("quote", tuple(sorted(cells.items())))
    return None


def _others(sides: list[_Side], source: str) -> frozenset[str]:
    """The words of every side but ``source``'s."""
    return frozenset().union(*(s.words for s in sides if s.source != source))


def _bears_on(governs: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether what a cue negates is in ``words``, and, when it bears on more than one word, one
    more of them: "no tsunami warning" says nothing against "hit by the 2004 tsunami"."""
    return (
        bool(governs)
        and governs[0] in words
        and (len(governs) == 1 or any(g in words for g in governs[1:]))
    )


# A negation before one of these bears on where or when ("was not at the church"); another side
# states that only with the same word before the thing ("at the church", not "got to the church").
_PLACE_WORDS = frozenset("at in on to from inside near".split())


def _states(cue: Cue, other: _Side) -> bool:
    """Whether ``other`` states what ``cue`` negates: the word it negates, and, where the
    negation is of a place or a time, the word before it that says so."""
    word = cue.governs[0]
    if word not in other.words:
        return False
    shown = cue.words.split()
    if len(shown) < 2 or shown[-1].casefold() not in _PLACE_WORDS:
        return True
    tokens = other.core.split()
    return any(
        t.casefold() == shown[-1].casefold()
        and word in normal_words(" ".join(tokens[i + 1 : i + 4]))
        for i, t in enumerate(tokens)
    )


def _negation_difference(sides: list[_Side]) -> Difference | None:
    """A side negates what another side states: the word a negation negates ("do not exist",
    "has not been charged") is in another side, where no negation bears on it. A negation of
    something the others do not say ("no chance of parole" / "life without parole", "showed no
    emotion") is no difference."""
    cues = {s.source: negation_cues(s.core) for s in sides}
    shown: dict[str, str] = {}
    differs = False
    for s in sides:
        others = _others(sides, s.source)
        bearing = [c for c in cues[s.source] if _bears_on(c.governs, others)]
        shown[s.source] = bearing[0].words if bearing else NOT_NEGATED
        # a side that negates a word the cue bears on too says the same in other words: "no
        # immediate reports of damage" / "no damage … had been reported"
        differs = differs or any(
            _states(c, o)
            and not any(
                # a negation that bears on no word after it denies what its sentence said
                # before ("Nichols offered to plead guilty … but prosecutors had refused")
                set(c.governs) & set(oc.governs) or not oc.governs
                for oc in cues[o.source]
            )
            for c in bearing
            for o in sides
            if o.source != s.source
        )
    if not differs:
        return None
    # a side that neither negates nor states what another side's negation denies tells
    # nothing of it: shown as "—", as a side with no number in a number row is left out
    for s in sides:
        theirs = (c for o in sides if o.source != s.source for c in cues[o.source] if c.governs)
        if shown[s.source] == NOT_NEGATED and not any(_states(c, s) for c in theirs):
            shown[s.source] = "—"
    return Difference("negation", tuple(shown.items()))


# Words two modal cues must both bear on for their sides to tell one thing in two ways: one
# word alone ("servers": "battled Intel in making chips for servers" / "will turn itself into
# a server maker") is as often two things said of it.
_MODAL_SHARED = 2


def _modality_difference(sides: list[_Side]) -> Difference | None:
    """Sides that tell one thing as done, promised or possible in different ways. A side's
    modality is its first cue bearing on words another side has too ("Putin intends to
    investigate the activities of Chechen authorities"), so a cue in a clause of its own
    ("… for what is to be a three-month stay") is none, and a side with no such cue tells
    none: a present tense ("AMD is paying $334 million") is no "did" against a "will". Two
    sides differ when their cues differ, bear on ``_MODAL_SHARED`` words in common, and tell
    of one thing: one cue's verb (the first word it bears on) is among the words the other
    bears on ("could clinch a playoff berth" / "clinched a playoff spot"), or both tell of one
    subject ("he took steps to establish the truth" / "he intends to investigate"). So "one
    person had been attacked outside of a Rite Aid" / "police could be seen inside a Rite Aid"
    are two things told of one place. Only the sides of such a pair show their cue."""
    told: dict[str, Cue] = {}
    subjects: dict[str, str] = {}
    for s in sides:
        others = _others(sides, s.source)
        bearing = [c for c in modality_cues(s.core) if others.intersection(c.governs)]
        if bearing:
            told[s.source] = bearing[0]
            subjects[s.source] = cue_subject(s.core, bearing[0].start)
    differing = {
        source
        for (x, a), (y, b) in itertools.combinations(told.items(), 2)
        if a.kind != b.kind
        and len(set(a.governs) & set(b.governs)) >= _MODAL_SHARED
        and (
            a.governs[0] in b.governs
            or b.governs[0] in a.governs
            or subjects[x] == subjects[y] != ""
        )
        for source in (x, y)
    }
    if not differing:
        return None
    # a side whose cue differs from none is shown as telling none, as a number no other side
    # contradicts is not listed
    return Difference(
        "modality",
        tuple((s.source, told[s.source].words if s.source in differing else "—") for s in sides),
    )


def judge(
    alignment: Alignment, claims_by_id: dict[str, Claim], common: frozenset[str] = frozenset()
) -> Match:
    """The match for one alignment: its kind and its typed differences. ``common`` holds the
    ordinary words of the compared sources (``common_words``)."""
    # a claim joined by a lead's link alone tells the story again, in other words: not one
    # statement of the fact to hold against the others
    claims = [claims_by_id[i] for i in alignment.claims if i not in alignment.retold]
    sides = _sides(claims)
    found: list[Difference] = []
    details: list[Difference] = []
    for diff, detail in (
        _number_difference(sides),
        _date_difference(sides),
    ):
        if diff:
            found.append(diff)
        if detail:
            details.append(detail)
    for diff in (
        _name_difference(sides),
        _attribution_difference(sides, common),
        _quote_difference(sides),
    ):
        if diff:
            found.append(diff)
    for diff in (_negation_difference(sides), _modality_difference(sides)):
        if diff:
            found.append(diff)
    if len(claims) > 2 and alignment.links:
        found = _linked_only(found, alignment, claims_by_id, common)
    kind: MatchKind = "divergence" if any(d.type not in _MINOR for d in found) else "agreement"
    return Match(
        claims=alignment.claims,
        kind=kind,
        score=alignment.score,
        differences=tuple(found + _one_detail(details)),
        retold=alignment.retold,
    )


# Differences a quotation split over two sentences shows only as a whole: read side by side.
_WHOLE_SIDE: frozenset[DifferenceType] = frozenset({"quote"})


def _linked_only(
    found: list[Difference],
    alignment: Alignment,
    claims_by_id: dict[str, Claim],
    common: frozenset[str],
) -> list[Difference]:
    """The differences of a match of three claims or more that two claims linked directly
    show of themselves: a match grows by links (A1~B1, A2~B2), and a difference between A2
    and B1, which no link joined, is two facts of one match, not a divergence. Quotes are read
    as whole sides. (A link never holds a retold claim: it is one of the claims no link but a
    lead's joined.)"""
    needed = {d.type for d in found} - _WHOLE_SIDE
    shown: set[DifferenceType] = set()
    for pair in alignment.links:
        if needed <= shown:
            break  # every type to hold up is shown: the other links change nothing
        shown.update(d.type for d in judge(Alignment(pair, 0.0), claims_by_id, common).differences)
    return [d for d in found if d.type in _WHOLE_SIDE or d.type in shown]


def common_words(contexts: Iterable[NameContext]) -> frozenset[str]:
    """The words the compared documents (their ``name_context``) write in lower case and never
    capitalise inside a sentence, folded ("police", "witnesses"; not "white" where "said Terry
    White" stands too)."""
    lower: set[str] = set()
    known: set[str] = set()
    for context in contexts:
        lower |= context.lower
        known.update(w.casefold() for w in context.known)
    return frozenset(lower - known)


def _one_detail(details: list[Difference]) -> list[Difference]:
    """The details a side adds (a number, a date), as one difference: one row of the table."""
    if len(details) < 2:
        return details
    words: dict[str, list[str]] = {}
    for d in details:
        for source, listed in d.sides:
            words.setdefault(source, [])
            if listed != _listing(()):
                words[source].append(listed)
    return [
        Difference("detail", tuple((s, ", ".join(w) or _listing(())) for s, w in words.items()))
    ]
