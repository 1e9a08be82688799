"""Word knowledge shared by the stages that find names (mentions), compare them (names) and
read what they name (claims, judge): folding a spelling to plain letters, the words that end the
names of bodies and places, the English given names of the ``nicknames`` table and the English
words as written. It imports only ``errors`` of the package, so each of those can read it at
load time."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from factdiff.errors import package_table

__all__ = [
    "ADVERB_AFTER_FIRST",
    "BODY_WORDS",
    "PLACE_FIRST_WORDS",
    "english_word",
    "fold",
    "given_names",
    "is_nickname",
    "name_kind",
    "nicknames",
    "other_form",
    "surname",
    "without_suffixes",
    "words",
]


# An adverb by its ending, after its first letter: three letters or more before "-ally",
# "-ously", "-ively" … ("officially", "Unfortunately"; not "Sally"), or a consonant but l or r
# before "ly" ("suddenly", "publicly", "Shortly"; not "Kelly", "Beverly"); "-ily" wants three
# letters before it ("luckily", not "Emily"). ``mentions`` reads it after a capital, ``values``
# after a small letter.
ADVERB_AFTER_FIRST = (
    r"(?:[a-z]{2,}(?:ally|ously|ively|ently|antly|ately|fully|lessly|ingly|edly|ibly|ably|ily)"
    r"|[a-z]+[bcdfghkmnptvwxz]ly)"
)


def words(text: str) -> list[str]:
    """A word list written as one string (rules as data, kept readable)."""
    return text.split()


# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = {
    "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ħ": "h", "ŋ": "n",
}  # fmt: skip
# Simple romanisation of Cyrillic and Greek, so "Сергей Лавров" compares with "Sergei Lavrov".
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћђџқұүөңғһ",
        words(
            "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya "
            "i i ye g u j lj nj c dj dz k u u o n g h"
        ),
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        words("a v g d e z i th i k l m n x o p r s s t y f ch ps o"),
        strict=True,
    )
)
_TRANSLIT = {**_SPECIAL, **{k: ("" if v == "_" else v) for k, v in _CYRILLIC.items()}, **_GREEK}
_APOSTROPHES = re.compile(r"['’‘`ʼʻʿʾ´\"]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")


def _word_char(c: str) -> bool:
    # Letters, digits, and the vowel signs of scripts such as Thai and Devanagari (marks that
    # survive the accent stripping: they are part of the letter, not accents on it).
    return c.isalnum() or unicodedata.category(c)[0] == "M"


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case form of ``name``: accents and apostrophes dropped, other punctuation as single
    spaces, Cyrillic and Greek romanised. Latin letters come out ASCII; the letters of other
    scripts stay as they are ("בנימין נתניהו"), so their spellings compare too. Idempotent."""
    # decomposed before lower case too: "𝞐" decomposes to a capital "Α"
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    text = "".join(_TRANSLIT.get(c, c) for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKD", text)
    # casefold again: decomposition can make capitals ("™" -> "TM")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        return _SEPARATORS.sub(" ", text).strip()
    # NFC puts Hangul syllables back together: one changed syllable is one edit, not one jamo.
    words = "".join(c if _word_char(c) else " " for c in text).split()
    return unicodedata.normalize("NFC", " ".join(words))


# Words that end the names of bodies and places, not of people ("US Geological Survey",
# "General Motors", "Prince Edward Island"): a title is no title before them, and "he" or "she"
# does not stand for them (claims), and a name ending in one is no person's (``name_kind``).
BODY_WORDS = frozenset(
    words(
        """
        survey church news times post daily journal press agency office department ministry
        council committee commission board court police service services center centre
        university college school hospital clinic institute foundation association union party
        company corp inc group team club fund bank administration authority organization
        organisation government army force forces station stadium park street avenue county city
        state province district region republic kingdom islands mountains military giant firm
        maker network newspaper magazine broadcaster motors electric island assembly airlines
        airport hotel museum co ltd llc plc"""
    )
)


# Words that start the names of places ("Fort Smith", "Mount Cook", "New Orleans"): a name
# "of" one is a person's or a body's of a place.
PLACE_FIRST_WORDS = frozenset(
    words("fort ft mount mt port lake saint st san santa new north south east west cape")
)


@cache
def nicknames() -> frozenset[str]:
    """The rows ``name,has_nickname,short`` of the hand-curated ``nicknames`` dataset of English
    given names (Carlton Northern, Nick Crews; Apache-2.0): "theodore,has_nickname,ted".

    The table is read as the package ships it, rows as they stand (its names are lower-case
    a to z, as folded tokens are; four initials, "k.c.", can match no token): importing the
    package would cost a small comparison 60 ms (``importlib.metadata``), for what takes 1."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("nicknames")
    places = list(spec.submodule_search_locations or ()) if spec else []
    table = os.path.join(places[0], "names.csv") if places else ""
    if table and os.path.isfile(table):
        with open(table, encoding="utf-8") as f:
            return frozenset(f.read().splitlines())
    from nicknames import NickNamer  # another layout: the package's own reader

    lookup = NickNamer().nickname_lookup
    return frozenset(
        f"{name},has_nickname,{nick}" for name, nicks in lookup.items() for nick in nicks
    )


@cache
def given_names() -> frozenset[str]:
    """The English given names of the ``nicknames`` table, both long and short forms."""
    return frozenset(w for row in nicknames() for w in row.split(",")[::2])


@cache
def _english_words() -> str:
    """The commonest English words as written, folded, one per line in sorted order
    (``data/english_words.txt`` without its header). Searched as text by bisection
    (``english_word``): splitting it into a list would cost a comparison about 7 ms."""
    return package_table("data/english_words.txt")


def english_word(word: str) -> bool:
    """Whether English text commonly writes ``word`` (folded: lower case, no accents) so:
    "versailles", not "versaille"; "fallout", not "lgbqt"."""
    text = _english_words()
    lo, hi = 0, len(text)  # the lines starting in [lo, hi) are left to search
    while lo < hi:
        start = max(lo, text.rfind("\n", lo, (lo + hi) // 2) + 1)
        end = text.index("\n", start)
        line = text[start:end]
        if line == word:
            return True
        if line < word:
            lo = end + 1
        else:
            hi = start
    return False


# Words after a surname that are no part of it ("Arcade Joseph Comeaux Jr.").
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def without_suffixes(name: str) -> list[str]:
    """The words of ``name`` but a suffix after the surname ("Arcade Joseph Comeaux")."""
    return [w for w in name.split() if w.casefold() not in _NAME_SUFFIXES]


def surname(name: str) -> str:
    """The last word of ``name`` that is no suffix, folded ("comeaux" of "Arcade Joseph
    Comeaux Jr."); "" for none."""
    words = without_suffixes(name)
    return fold(words[-1]) if words else ""


# Initials before a surname: a person's name whatever the given name ("A.J. Smith").
_INITIALS_FIRST = re.compile(r"(?:[A-Z]\.\s?)+[A-Z][\w’'-]+$")


def name_kind(name: str) -> str:
    """What a name names, when its words tell: "person" (two words or more, the first an
    English given name: "Andrew Luck"; or three or more, the second one: "Ka'Loni Marie
    Flynn"; or initials before a surname: "A.J. Smith"), "thing" (its last word ends the names
    of bodies and places, or is a plural: "Betty Ford Center", "Pittsburgh Steelers"), else ""
    (either)."""
    words = name.split()
    if not words:
        return ""
    last = words[-1].casefold()
    if last in BODY_WORDS:
        return "thing"
    if len(words) >= 2 and fold(words[0]) in given_names():
        return "person"
    if _INITIALS_FIRST.match(name):  # a given name as initials ("A.J. Smith", "P. J. Hill")
        return "person"
    # a given name second, after one the table does not hold ("Ka'Loni Marie Flynn")
    if len(words) >= 3 and fold(words[1]) in given_names():
        return "person"
    if last.endswith("s") and not last.endswith("ss") and len(words) >= 2:
        return "thing"
    return ""


# Endings that make a woman's given name of a man's ("Robert" / "Roberta", "Paul" / "Pauline").
_FEMININE_ENDINGS = ("a", "ine", "ina", "ette")


def other_form(a: str, b: str) -> bool:
    """Whether two folded given names are a man's and a woman's form of one name ("robert" /
    "roberta", "eric" / "erica", "joseph" / "josephine"): two people, though one letter apart.
    Both must be names of the ``nicknames`` table, and the man's end in a consonant ("kelli"
    / "kellie" is one name spelled two ways), and neither a short form of the other ("ann" /
    "anna")."""
    short, long = sorted((a, b), key=len)
    if short[-1:] in "aeiouy" or not any(long == short + e for e in _FEMININE_ENDINGS):
        return False
    names = given_names()
    return short in names and long in names and not is_nickname(a, b)


def is_nickname(a: str, b: str) -> bool:
    """Whether one folded given name is a short form of the other."""
    rows = nicknames()
    return f"{a},has_nickname,{b}" in rows or f"{b},has_nickname,{a}" in rows
