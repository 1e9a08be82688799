"""Names: decide whether two spellings are one name, and group a text's spelling variants.

(Finding names in running text is ``factdiff.mentions``; ``extract_names`` is re-exported here.)

``same_name`` compares names token by token: both names are folded (case, accents, punctuation,
Cyrillic/Greek letters; other scripts keep their letters), stripped of companies' legal forms
("Siemens AG", "OAO Gazprom") and a leading "The", reduced to a phonetic-ish key per token, and
each token of the shorter name must align, in order (or in a rotation: "Putin, Vladimir"), with a
token of the longer one, within an edit tolerance that grows with the token's length. Extra
tokens in the longer name are allowed only between its first and last aligned tokens (middle
names, patronymics), so "Marine Le Pen" is not "Jean-Marie Le Pen".

``find_variants`` groups whole mentions (not single words): every distinct spelling is a node, an
edge joins two spellings that ``same_name`` accepts (or that ``settings.aliases`` declares one
entity); each connected component is then cut back to the spellings that match its canonical
form, so a chain A~B~C cannot pull in a C unrelated to A. Mentions that differ only in capitals,
a leading "The" or a legal form count as one spelling before grouping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from rapidfuzz.distance import OSA, Indel, LCSseq

from factdiff._graph import connected_components
from factdiff._lexicon import english_word, fold, is_nickname, name_kind, other_form, words
from factdiff.config import NameSettings
from factdiff.mentions import extract_names
from factdiff.models import VariantForm, VariantGroup

__all__ = ["extract_names", "find_variants", "fold", "letters", "name_kind", "same_name"]

# --------------------------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------------------------


def letters(name: str) -> str:
    """A name's letters and digits once folded: no accents, capitals, spaces or punctuation
    ("U.S." and "US", "Sea Micro" and "SeaMicro" are written with the same letters)."""
    return fold(name).replace(" ", "")


# Rewrites from a folded token to a comparison key: spelling choices of transliteration that
# carry no difference between names. Applied in order; each with why.
_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ph", "f"),  # Philipp / Filip
        (r"w", "v"),  # Wladimir / Vladimir (German/Polish romanisation of В)
        (r"ck", "k"),  # Frederick / Frederik
        (r"q", "k"),  # Qaddafi / Kaddafi
        (r"kh", "h"),  # Khodorkovsky / Hodorkovsky
        (r"ou", "u"),  # Mahmoud / Mahmud, Rouhani / Ruhani
        (r"oo", "u"),  # Mahmood / Mahmud
        (r"ee", "i"),  # Yazeed / Yazid
        (r"y", "i"),  # Sergey / Sergei, Zelenskyy / Zelenskii
        (r"(?<=[aeiou])j(?![aeiou])", "i"),  # Sergej / Sergei, Majskij / Mayskiy
        (r"(.)\1+", r"\1"),  # doubled letters: Hassan / Hasan, Emmanuel / Emanuel
    )
)

# Connecting particles: they neither make nor break a match ("bin", "ibn", "al-", "van").
_PARTICLES = frozenset(
    words(
        "al el ul ad ar as ash at az bin ibn ben bint abu de del della der den di da das do dos du "
        "la le lo van von ter ten y e i and"
    )
)
# Particles that are also given names, leading a name as a word of their own: "Ben Simons" and
# "Al Gore" are no more "Simons" and "Gore" than "John Smith" is "Smith" ("bin Laden" and
# "al-Assad" lead with a particle; "Al Qaeda" / "al-Qaeda" both lead with one).
_GIVEN_PARTICLE = re.compile(r"(?:Ben|Al)\s+[A-Z]")
# Honorifics that may lead a name in lists ("Shaikh Isa …", "Dr Jane …").
_HONORIFICS = frozenset(words("mr mrs ms miss dr prof sir dame shaikh sheikh sheik haji hajji"))
_NOT_COMPARED = _PARTICLES | _HONORIFICS

# Suffixes that turn a place into its people or adjective (Russia/Russian, Japan/Japanese,
# Iraq/Iraqi, Chechnya/Chechen is caught by the edit tolerance): never a spelling variant.
_DERIVATIONS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "er", "ns", "ans", "ians")


_VOWELS_AFTER_FIRST = re.compile(r"(?<=.)[aeiouyh]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """First letter and the consonants after it (h counts as a vowel sign: "Kūh", "Juan")."""
    return _DOUBLED.sub(r"\1", _VOWELS_AFTER_FIRST.sub("", key))


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    for pattern, repl in _KEY_RULES:
        token = pattern.sub(repl, token)
    return token


class _Name(NamedTuple):
    tokens: tuple[str, ...]  # folded, particles and honorifics removed
    keys: tuple[str, ...]
    joined: str  # all folded tokens (particles included) without spaces
    digits: tuple[str, ...]
    acronym: bool


# Two to six capitals, run together or each with its dot ("UN", "U.S.", "W. H. O.", "U. N").
_ACRONYM = re.compile(r"^(?:(?:[A-Z]\.?){2,6}|(?:[A-Z]\.\s){1,5}[A-Z]\.?)$")


# Legal forms of companies, folded: one company with or without them ("Siemens AG" / "Siemens
# Aktiengesellschaft" / "Siemens", "OAO Gazprom" / "Gazprom JSC"). Dropped from the end of a
# name, and those in _LEADING (and "the": "The World Bank") from its start, while a word remains.
_LEGAL_FORMS = frozenset(
    tuple(form.split())
    for form in (
        *words(
            "inc incorporated corp corporation co company ltd limited llc plc llp lp ag "
            "aktiengesellschaft gmbh kg se sa nv bv spa srl sarl oy oyj ab jsc ojsc cjsc pjsc "
            "oao zao pao ooo pte pty bhd as"
        ),
        "co ltd",
        "pty ltd",
        "sdn bhd",
        "sp z oo",
        "joint stock company",
        "open joint stock company",
        "closed joint stock company",
        "public joint stock company",
        "limited liability company",
        "public limited company",
        "gesellschaft mit beschrankter haftung",
    )
)
_LEADING = frozenset(
    {("the",)}
    | {
        f
        for f in _LEGAL_FORMS
        if len(f) > 1 or f[0] in {"oao", "zao", "pao", "ooo", "ojsc", "pjsc"}
    }
)
_DOTTED = {f[0] for f in _LEGAL_FORMS if len(f) == 1} | {"oo"}  # legal forms written with dots
_DOTS = re.compile(r"[./]")
_AFFIXES = sorted(_LEGAL_FORMS | _LEADING, key=lambda f: (-len(f), f))  # longest first


@lru_cache(maxsize=65536)
def _without_legal_form(name: str) -> tuple[str, ...]:
    """The folded words of ``name`` without legal forms (and a leading "the" before two words or
    more) while a word remains. A form counts only as whole words of ``name`` ("S.A.",
    "Sp. z o.o."), never as the end of a hyphenated word ("Yen-ts'ao-p'ao" keeps its "pao")."""
    tokens: list[str] = []
    starts: set[int] = set()  # indices of tokens that begin a word of the name
    for word in name.split():
        starts.add(len(tokens))
        folded = fold(word)
        dotless = fold(_DOTS.sub("", word))  # "B.V." -> "bv", "o.o." -> "oo", "A/S" -> "as"
        tokens.extend([dotless] if dotless != folded and dotless in _DOTTED else folded.split())
    starts.add(len(tokens))
    lo, hi = 0, len(tokens)
    changed = True
    while changed:
        changed = False
        for form in _AFFIXES:
            n = len(form)
            if hi - lo <= n:
                continue
            if form in _LEGAL_FORMS and hi - n in starts and tuple(tokens[hi - n : hi]) == form:
                hi, changed = hi - n, True
            elif (
                form in _LEADING
                and lo + n in starts
                and tuple(tokens[lo : lo + n]) == form
                and (form != ("the",) or hi - lo > 2)  # "The World" is no "World"
            ):
                lo, changed = lo + n, True
            if changed:
                break
    return tuple(tokens[lo:hi])


# Words of place names that news copy abbreviates: "St. Petersburg" is "Saint Petersburg". Only
# before another word: a last "St" may be a street or a state ("Wichita St").
_SHORT_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "mtn": "mountain", "ft": "fort"}


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of ``name`` as compared: no legal form or leading "The", place words
    written out ("Mt Cook" → "mount cook")."""
    words = _without_legal_form(name)
    return (*(_SHORT_FORMS.get(t, t) for t in words[:-1]), *words[-1:])


@lru_cache(maxsize=65536)
def _parse(name: str, keep: str = "") -> _Name:
    """``name`` as compared; the particle ``keep`` (a given name, ``_given_name``) stays a word."""
    folded = _name_words(name)
    kept = [t for t in folded if t == keep or t not in _NOT_COMPARED] or folded
    return _Name(
        tokens=tuple(kept),
        keys=tuple(_key(t) for t in kept),
        joined="".join(folded),
        digits=tuple(sorted(re.findall(r"\d+", "".join(folded)))),
        acronym=bool(_ACRONYM.match(name.strip())),
    )


# --------------------------------------------------------------------------------------------
# same_name
# --------------------------------------------------------------------------------------------

_NONE, _WEAK, _STRONG = 0, 1, 2
_DIGIT = re.compile(r"\d")


def _tolerance(length: int) -> int:
    """Edits allowed between two token keys, by the longer key's length."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


def _derived(a: str, b: str) -> bool:
    """True if one token is the other plus a demonym/derivation suffix (Russia/Russian)."""
    short, long = sorted((a, b), key=len)
    for suffix in _DERIVATIONS:
        if long.endswith(suffix):
            stem = long[: -len(suffix)]
            # Canada/Canadian, Italy/Italian: a final vowel gives way to a longer suffix
            vowel_dropped = len(suffix) >= 2 and short[-1:] in "aeiouy" and stem == short[:-1]
            if stem == short or (vowel_dropped and stem):
                return True
    return False


def _close(ka: str, kb: str) -> bool:
    """Two token keys within the edit tolerance of their length."""
    tolerance = _tolerance(max(len(ka), len(kb)))
    # A changed first letter must not also change the length: "Prussia" is no typo of "Russia".
    return (ka[0] == kb[0] or len(ka) == len(kb)) and OSA.distance(
        ka, kb, score_cutoff=tolerance
    ) <= tolerance


def _readings(ka: str, kb: str) -> Iterable[tuple[str, str]]:
    """The two keys as they are, then as the other romanisation of Russian names would write
    them: "ks" for "x" (Alexander / Aleksandr) and "e" for a leading "ye" (Yevgeny / Evgeny).
    Only ever an extra way to match: Korean "Yŏng" / "yeong" must still meet as written."""
    yield ka, kb
    if "x" in ka or "x" in kb:
        yield ka.replace("x", "ks"), kb.replace("x", "ks")
    if ka.startswith("ie") != kb.startswith("ie"):  # the "i" of the one that has "ie" only
        yield (ka[1:], kb) if ka.startswith("ie") else (ka, kb[1:])


@lru_cache(maxsize=262144)
def _token_level(a: str, ka: str, b: str, kb: str, a_last: bool, b_last: bool) -> int:
    """How well two folded tokens (with their keys) agree: strong, weak or not at all."""
    if a == b or ka == kb:
        return _STRONG
    if _DIGIT.search(a) or _DIGIT.search(b):
        return _NONE
    if not (a_last or b_last) and other_form(a, b):  # "Robert Smith" / "Roberta Smith"
        return _NONE
    if len(a) == 1 or len(b) == 1:  # an initial: "V. Putin"
        # but no surname: a letter that ends both names is a class or a sheet's column
        # ("Class A" / "Class Action", "Hit & Run A driver …" / "Hit and Run Accidents")
        return _WEAK if a[0] == b[0] and not (a_last and b_last) else _NONE
    close = any(_close(x, y) for x, y in _readings(ka, kb))
    # Same consonants, other vowels (John/Juan, Kuh/Koh): romanisations disagree most on vowels,
    # but so do different names (Hassan/Hussein), so this only supports a match made elsewhere.
    consonants = len(ka) >= 3 and len(kb) >= 3 and len(_skeleton(ka)) >= 2
    consonants = consonants and any(_skeleton(x) == _skeleton(y) for x, y in _readings(ka, kb))
    # A truncated last token ("… Belkassem Dr" / "… Belkassem Drissi").
    truncated = (a_last and len(a) >= 2 and b.startswith(a)) or (
        b_last and len(b) >= 2 and a.startswith(b)
    )
    if not (close or consonants or truncated) or _derived(a, b) or _derived(ka, kb):
        # a first or middle name and its short form ("Ted" / "Theodore", "Bill" / "William")
        # supports a match made by the surname
        return _WEAK if not (a_last or b_last) and is_nickname(a, b) else _NONE
    return _STRONG if close else _WEAK


# Names a full name may add between the given name and the surname of a name of two words.
_MAX_ADDED_NAMES = 3


# How patronymics end, folded: Slavic ("Vladimirovich", "Ivanovna", Ukrainian "Ivanovych"); and
# the Turkic words that follow a father's name ("Heydar oglu", "Ahmad qizi", Kazakh "uly").
_PATRONYMIC_WORDS = frozenset(("ogly", "oglu", "ogli", "qizi", "kyzy", "kizi", "uly", "ulu"))
_PATRONYMIC_ENDINGS = ("vich", "vych", "vna", "ichna", *sorted(_PATRONYMIC_WORDS))


def _patronymic(tokens: Sequence[str]) -> bool:
    """Whether folded ``tokens`` are a patronymic: one word with its ending, or a father's name
    and the Turkic word for "son" or "daughter" (written apart or joined: "Heydaroglu")."""
    if len(tokens) == 2:
        return tokens[1] in _PATRONYMIC_WORDS
    return len(tokens) == 1 and len(tokens[0]) > 4 and tokens[0].endswith(_PATRONYMIC_ENDINGS)


def _align(s: _Name, lng: _Name) -> bool:
    """Every token of ``s`` aligned to a distinct token of ``lng``, in order or rotated."""
    k, n = len(s.tokens), len(lng.tokens)
    if k == 0 or k > n or n > 12:
        return False
    if k == 1 and n > 1:
        return False  # a lone surname is not the full name: "Obama" could be any Obama
    if k == 2 and n - k >= _MAX_ADDED_NAMES:
        # a given name and a surname are no spelling of a name that adds three names between
        # them: "Muhammad al-Ahdal" could be any of that family, not "Mohammad Hamdi Mohammad
        # Sadiq al-Ahdal" (one or two: "Vladimir Vladimirovich Putin", "Janan Mohammad
        # Ahmed Agha" / "Janan Agha")
        return False
    # how each token pair agrees, computed once; a token that agrees with none ends the search
    levels = [
        [
            _token_level(
                s.tokens[si], s.keys[si], lng.tokens[li], lng.keys[li], si == k - 1, li == n - 1
            )
            for li in range(n)
        ]
        for si in range(k)
    ]
    if any(all(level == _NONE for level in row) for row in levels):
        return False
    for r in range(k):
        order = list(range(r, k)) + list(range(r))
        for chosen in combinations(range(n), k):
            # extra tokens only in the middle (middle names, patronymics), or, in a name
            # turned round, patronymics after the given name ("Putin Vladimir Vladimirovich",
            # as lists write "Vladimir Vladimirovich Putin")
            if n > k and chosen[0] != 0:
                continue
            trailing = lng.tokens[chosen[-1] + 1 :]
            if trailing and (r == 0 or not _patronymic(trailing)):
                continue
            strong = weak = short = 0
            for si, li in zip(order, chosen, strict=True):
                level = levels[si][li]
                if level == _NONE:
                    break
                if level == _STRONG:
                    strong += 1
                else:
                    weak += 1
                    short += 1 < min(len(s.tokens[si]), len(lng.tokens[li])) <= 3
            else:
                # a name turned round ("Putin, Vladimir", "Aéroport de Bitam" / "Bitam
                # Airport") holds its short words whole: "Democracy Now" is no "New Democracy"
                if strong >= 1 and weak <= strong and (r == 0 or not short):
                    return True
    return False


def _merges(name: _Name) -> Iterable[_Name]:
    """``name`` with one pair of adjacent tokens written together ("Jan Daniel" → "JanDaniel")."""
    for i in range(len(name.tokens) - 1):
        tokens = (*name.tokens[:i], name.tokens[i] + name.tokens[i + 1], *name.tokens[i + 2 :])
        yield _Name(tokens, tuple(_key(t) for t in tokens), name.joined, name.digits, False)


def _letters_overlap(a: _Name, b: _Name) -> bool:
    """A necessary condition for a match, cheap to check: with both names' words as written, or
    both sorted, at least half the letters of the shorter stand, in order, in the longer (typos,
    initials, reordered and middle names all keep most of them). Sorting alone would miss a
    first letter changed by transliteration: "Moammar Qaddafi" sorts as written, "Muammar
    Gaddafi" does not."""
    for x, y in (
        ("".join(a.tokens), "".join(b.tokens)),
        ("".join(sorted(a.tokens)), "".join(sorted(b.tokens))),
    ):
        shorter = min(len(x), len(y))
        if shorter > 0 and LCSseq.similarity(x, y) >= 0.5 * shorter:
            return True
    return False


def _short_word(name: str) -> bool:
    """One word of three letters or fewer written with small letters ("Us", "Who", "It")."""
    word = name.strip()
    return word.isalpha() and len(word) <= 3 and not word.isupper()


def _given_name(a: str, b: str) -> str:
    """The folded given name that leads ``a`` and is also a particle ("Ben Simons": "ben"), when
    ``b`` leads with no particle: a word of both names to match, not a particle. Else ""."""
    if not _GIVEN_PARTICLE.match(a.strip()):
        return ""
    first, other = fold(a).split()[0], fold(b).split()[:1]
    return "" if other and other[0] in _PARTICLES else first


@lru_cache(maxsize=262144)
def _same(a: str, b: str) -> bool:
    keep = _given_name(a, b) or _given_name(b, a)
    pa, pb = _parse(a, keep), _parse(b, keep)
    if not pa.joined or not pb.joined:
        return a.strip() == b.strip() and bool(a.strip())
    if pa.digits != pb.digits:
        return False
    if pa.acronym != pb.acronym and _short_word(b if pa.acronym else a):
        return False  # "U.S." / "Us" (Weekly), "WHO" / "Who": an acronym is no short word
    if pa.joined == pb.joined:  # "U. N" / "UN", not "Doctor W. H. O." / "Doctor Who"
        return _initials_kept(a, b) and _initials_kept(b, a)
    if pa.acronym or pb.acronym:
        # An acronym matches only a permutation of its own letters (LGBTQ/LGBQT, not NBC/CNN).
        return len(pa.joined) == len(pb.joined) and sorted(pa.joined) == sorted(pb.joined)
    if not _letters_overlap(pa, pb):
        return False
    s, lng = (pa, pb) if len(pa.tokens) <= len(pb.tokens) else (pb, pa)
    aligned = _align(s, lng) or (len(s.tokens) == len(lng.tokens) and _align(lng, s))
    # two words written as one: the names are then nearly one string once spaces go
    if not aligned and len(s.tokens) < len(lng.tokens):
        near = Indel.normalized_similarity(s.joined, lng.joined) >= 0.6
        aligned = near and any(_align(s, m) or _align(m, s) for m in _merges(lng))
    return aligned and _initials_kept(a, b) and _initials_kept(b, a)


_GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]\.?$")
# Initials set apart, two or more, each with its dot but maybe the last ("W. H. O.", "U. N").
_SPACED_INITIALS = re.compile(r"(?<!\S)(?:[A-Z]\.\s+)+[A-Z]\b\.?(?!\S)")


def _initials(name: str) -> list[str]:
    """The folded letters of each run of initials in ``name``, run together ("T.J.", "U.S.")
    or set apart ("W. H. O."); a single initial ("George W. Bush") is none."""
    glued = [w for w in name.split() if _GLUED_INITIALS.match(w)]
    spaced = [m.group(0) for m in _SPACED_INITIALS.finditer(name)]
    return [fold(run).replace(" ", "") for run in (*glued, *spaced)]


def _initials_kept(a: str, b: str) -> bool:
    """Whether every run of initials in ``a`` ("T.J.", "U.S.", "W. H. O.") stands in ``b``
    whole: as that word set in capitals ("US", "WHO": "W. H. O. Doctor" is no "Doctor Who"),
    or as words with those first letters in a row ("A. J.", "United States"); a legal form
    ("L.P.") is no part of the name. Two initials run together are one given name: "T.J.
    DiLeo" is not "Tony DiLeo" with a middle name left out, as "George W. Bush" is "George
    Bush"."""
    firsts = "".join(w[0] for w in fold(b).split())
    capitals = {fold(w).replace(" ", "") for w in b.split() if w.isupper()}
    return all(
        letters in _DOTTED or letters in capitals or letters in firsts for letters in _initials(a)
    )


@lru_cache(maxsize=262144)
def same_name(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` spellings of one name (a person, company or place)?

    Accepts case, accent and punctuation differences, small typos scaled to each word's length
    (Deumier/Duemier, Versailles/Versaille), transliteration spellings (Sergey/Sergei), word order
    ("Putin, Vladimir"), joined words ("VladimirPutin"), initials, added middle names and a
    given name's short form beside the same surname ("Ted Doe" / "Theodore Doe"). Refuses
    different first names with one surname, place/demonym pairs (Russia/Russian), acronyms other
    than a permutation of the same letters or against a short word ("WHO" / "Who"), initials
    run together that the other name does not hold whole ("T.J." / "Tony"), and names that
    differ in their numbers.
    """
    x, y = sorted((a, b))
    return _same(x, y)


# --------------------------------------------------------------------------------------------
# extract_names
# --------------------------------------------------------------------------------------------


def _blocks(form: str) -> set[str]:
    """Index keys: each word key of the name (and the name written without spaces), and each
    of them with one letter deleted. Two spellings within one edit of each other share one of
    these (Deumier/Duemier: "dumier"; Versailles/Versaille: "versaille"), as in SymSpell; names
    further apart still share a word when they are one name."""
    p = _parse(form)
    keys = set()
    for t in (*p.keys, _key(p.joined)):
        keys.add(t)
        if len(t) >= 4:
            keys.update(t[:i] + t[i + 1 :] for i in range(len(t)))
    return keys


# A key shared by more spellings than this is a common word ("john"), no evidence of a variant;
# the spellings it links share rarer keys too when they are variants.
_BLOCK_CAP = 64


def _pairs(forms: Sequence[str]) -> set[tuple[str, str]]:
    index: dict[str, list[str]] = {}
    for f in forms:
        for k in _blocks(f):
            index.setdefault(k, []).append(f)
    pairs: set[tuple[str, str]] = set()
    for members in index.values():
        if len(members) > _BLOCK_CAP:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b) if a < b else (b, a))
    return pairs


def _rarity(form: str) -> float:
    """How rare a spelling is in English text: the summed weight of its words."""
    from factdiff.similarity import normalise, token_weight

    return sum(token_weight(t) for t in normalise(form).split())


_WORD = re.compile(r"[a-z]+")


def _unwritten(form: str) -> int:
    """How many words of ``form`` English text does not write so: "Versaille" 1, "Versailles"
    0 (the two share a stem, so ``_rarity`` cannot tell them apart), "LGBQT" 1. Words of two
    letters or fewer and words not in Latin letters count 0."""
    return sum(1 for w in _WORD.findall(fold(form)) if len(w) > 2 and not english_word(w))


def in_capitals(a: str, b: str) -> bool:
    """Whether two mentions are one spelling, set in capitals in one of them ("PEOPLE" / "People",
    "PETER Capaldi" / "Peter Capaldi"): word by word equal, or equal but for case where one of
    the two words is all capitals. Typography, not spelling: "DeShawn" / "Deshawn" are two
    spellings."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        x == y or (x.casefold() == y.casefold() and (x.isupper() or y.isupper()))
        for x, y in zip(wa, wb, strict=True)
    )


def _merge_affixes(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Mentions with a leading "The" or a legal form counted under the same name without them,
    when that is used too ("The Associated Press" / "Associated Press", "Microsoft Corp" /
    "Microsoft"): news style names a company in full once and short after, which is neither a
    spelling variant nor an inconsistency."""
    key = {form: " ".join(_without_legal_form(form)) for form in counts}
    affixed = {form for form in counts if key[form] != fold(form)}
    bare: dict[str, str] = {}  # folded words -> the most used form written without affixes
    for form in sorted(counts, key=lambda f: (-sum(counts[f].values()), f)):
        if form not in affixed:
            bare.setdefault(key[form], form)
    merged: dict[str, dict[str, int]] = {}
    for form, per in counts.items():
        target = bare.get(key[form], form) if form in affixed else form
        _add_counts(merged.setdefault(target, {}), per)
    return {form: dict(sorted(per.items())) for form, per in merged.items()}


def _add_counts(into: dict[str, int], per: Mapping[str, int]) -> None:
    """Add one form's uses per source to another's."""
    for source, n in per.items():
        into[source] = into.get(source, 0) + n


def _merge_capitals(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Mentions of one spelling in other capitals counted under one form (the most used, then
    the one with fewest all-capital words: "US" ten times, "Us" once in a headline, is "US"),
    so they are never a spelling variant."""
    by_fold: dict[str, list[str]] = {}
    for form in counts:
        by_fold.setdefault(form.casefold(), []).append(form)
    merged: dict[str, dict[str, int]] = {}
    for forms in by_fold.values():
        forms.sort(key=lambda f: (-sum(counts[f].values()), sum(w.isupper() for w in f.split()), f))
        while forms:
            head, rest = forms[0], forms[1:]
            per = dict(counts[head])
            forms = []
            for f in rest:
                if in_capitals(head, f):
                    _add_counts(per, counts[f])
                else:
                    forms.append(f)
            merged[head] = dict(sorted(per.items()))
    return merged


# Two single words whose stems are both at least this common in English (zipf) are two
# words: "lower" 5.2, "stage" 5.2, "bower" 3.5; "olsen" 3.4, "peyton" 3.6, "payton" 3.1.
_WORD_ZIPF = 3.5
# A last word this common read in the singular and the plural is grammar ("doctor" 5.1,
# "israeli" 4.9, "atom" 4.0); a rarer name that lost its final "s" is a misspelling
# ("Versaille": "versaill" 3.3).
_PLURAL_ZIPF = 4.0


def _twowords(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are two different common English words written as words are
    ("Lower" / "Power", "State" / "Stage", "Based" / "Passed"; not "US" / "U. S").
    Capitalised at the start of a sentence they read as names, but one is not the other
    misspelled: a misspelling is seldom itself a common word."""
    from factdiff.similarity import normalise, zipf

    if not all(w.isalpha() and w[1:].islower() for w in (a, b)):
        return False
    sa, sb = normalise(a), normalise(b)
    return sa != sb and min(zipf(sa), zipf(sb)) >= _WORD_ZIPF


def _inflected(
    a: str, b: str, common: frozenset[tuple[str, ...]] = frozenset(), *, one_source: bool = False
) -> bool:
    """Whether the last words of two names differ by an ending of the plural or the past
    ("Juror" / "Jurors", "Tar Heel" / "Tar Heels", "Promises" / "Promised"), and that is
    grammar, not spelling: the word is common in English; or one of the two names (as
    ``_name_words``) is in ``common``, used as a common noun ("the Colts" / "a Colt"); or
    ``one_source`` writes both ("the sizeable Uzbek community" / "Groups representing Uzbeks");
    or the shorter ends in capitals and the other adds a small "s" ("Xeon CPU" / "Xeon CPUs").
    So "William" / "Williams" are two names here, and "Versailles" / "Versaille", each source
    writing one, one. Inside a name the same difference is kept: "Marine Mammal(s) Protection
    Act" is one name written two ways."""
    from factdiff.similarity import normalise, zipf

    wa, wb = _name_words(a), _name_words(b)
    if not (len(wa) == len(wb) >= 1 and wa[:-1] == wb[:-1] and _inflections(wa[-1], wb[-1])):
        return False
    if one_source or wa in common or wb in common:
        return True
    short, long = sorted((a.split()[-1], b.split()[-1]), key=len)
    if short.isupper() and long == short + "s":
        return True
    return zipf(normalise(min(wa[-1], wb[-1], key=len))) >= _PLURAL_ZIPF


def _inflections(x: str, y: str) -> bool:
    """Two different words of which one is the other plus "s", "es", "d" or "ed", or both one
    stem plus two of these ("promis-es" / "promis-ed"); a stem has three letters or more
    ("US" is not the plural of "U")."""

    def bases(word: str) -> set[str]:
        cut = {word[: -len(e)] for e in ("s", "es", "d", "ed") if word.endswith(e)}
        return {word} | {c for c in cut if len(c) >= 3}

    return x != y and bool(bases(x) & bases(y))


def _longer_name(a: str, b: str) -> bool:
    """Whether one name is the other with more words after it, spelled alike ("New York" / "New
    York Times", "Mt Cook" / "Mount Cook Village", "Betty Ford" / "Betty Ford Center"; read as
    ``same_name`` reads them, without a leading "The" or a legal form), the shorter one's last
    word perhaps in another number ("U. S. Marshal" / "U. S. Marshals Service"): a longer
    name, often of another thing, and never the same name spelled another way. (``same_name``
    accepts a last word added, for the second surnames of people.)"""
    short, long = sorted((_name_words(a), _name_words(b)), key=len)
    n = len(short)
    if not 0 < n < len(long) or long[: n - 1] != short[:-1]:
        return False
    return long[n - 1] == short[-1] or _inflections(long[n - 1], short[-1])


def _fuller(a: str, b: str) -> bool:
    """Whether one form is the other with words left out, the rest written alike: a middle name
    or initial ("Mark Heller" / "Mark Jay Heller", "George Bush" / "George W. Bush") or a word of
    a longer title ("Betty Ford Center" / "Betty Ford Treatment Center"). Case and accents
    count: "Joel" is no shorter "Joël"."""
    short, long = sorted((a.split(), b.split()), key=len)
    words = iter(long)
    return len(short) < len(long) and all(w in words for w in short)


def _spelled_apart(forms: Sequence[str], aliases: Collection[frozenset[str]] = ()) -> bool:
    """Whether two of ``forms`` are spelled apart, not one a fuller form of the other, or are
    ``aliases`` (folded pairs) the settings make one name."""
    return any(
        not _fuller(a, b) or frozenset((fold(a), fold(b))) in aliases
        for a, b in combinations(forms, 2)
    )


def find_variants(
    mentions: Mapping[str, Sequence[str]],
    settings: NameSettings | None = None,
    story: Callable[[str, str], float] | None = None,
    nouns: Collection[str] = (),
) -> list[VariantGroup]:
    """Groups of one name spelled several ways across and within sources.

    ``mentions`` maps a source id to that source's name mentions in order (repeats count). The
    unit grouped is the whole mention, so "Joël Deumier" and "Joel Duemier" form one group and the
    bare surnames "Deumier" and "Duemier" another; the surnames' group then joins the full
    names' group when that is the only group they end (``_with_surnames``). Only groups with at
    least two spellings are returned, sorted by canonical form; a source using two or more
    spellings of the full name, or of the bare surname, is listed in ``inconsistent_sources``.
    A mention set in capitals counts as the same spelling in ordinary case (``in_capitals``).
    A group whose forms are each the others with words left out ("Mark Heller" / "Mark Jay
    Heller") shows no other spelling and is not returned, and a source using such forms only is
    consistent (``_fuller``). Two forms ``same_name`` takes for one are still no spellings of
    one name when one is the other with words added (``_longer_name``), a common word in the
    other number (``_inflected``), or when both are everyday words (``_two_words``). ``nouns``
    are mentions some use of which stands as a common noun does (``mentions.determined``: "the
    Colts", "a Sixer"); their singular and plural are grammar too, however rare the word.

    ``story(x, y)``, when given, is how likely sources ``x`` and ``y`` tell one story (the story
    prior, 0..1). Two spellings used in different sources are then one name only when some two
    sources using them are at least ``settings.min_story`` likely to tell one story, or one
    source uses both: "Foley" in one story and "Holley" in another are two people.
    """
    settings = settings or NameSettings()
    stop = {fold(s) for s in settings.stop_entities}
    counts: dict[str, dict[str, int]] = {}
    for source, names in mentions.items():
        for name in names:
            if name.strip() and fold(name) not in stop:
                per = counts.setdefault(name, {})
                per[source] = per.get(source, 0) + 1
    counts = _merge_capitals(_merge_affixes(counts))
    forms = sorted(counts)
    never = {frozenset((fold(a), fold(b))) for a, b in settings.never_merge}
    common = frozenset(_name_words(n) for n in nouns)
    aliases = {frozenset((fold(a), fold(b))) for a, b in settings.aliases}

    def one_source(a: str, b: str) -> bool:
        return not counts[a].keys().isdisjoint(counts[b])

    def told_together(a: str, b: str) -> bool:
        if story is None or one_source(a, b):
            return True
        return any(story(x, y) >= settings.min_story for x in counts[a] for y in counts[b])

    def linked(a: str, b: str) -> bool:
        pair = frozenset((fold(a), fold(b)))
        if pair in never:
            return False
        return pair in aliases or (
            same_name(a, b)
            and not _longer_name(a, b)
            and not _inflected(a, b, common, one_source=one_source(a, b))
            and not _twowords(a, b)
            and told_together(a, b)
        )

    edges = [p for p in _pairs(forms) if linked(*p)]
    by_fold: dict[str, list[str]] = {}
    for f in forms:
        by_fold.setdefault(fold(f), []).append(f)
    for a, b in settings.aliases:
        for x in by_fold.get(fold(a), []):
            edges.extend((x, y) for y in by_fold.get(fold(b), []) if frozenset((x, y)) not in never)

    def total(form: str) -> tuple[int, int, int, float, int, str]:
        # used by most sources first: a writer repeats their own misspelling, other writers
        # do not; on a tie, the spelling English text writes (Versailles, not Versaille; LGBTQ,
        # not LGBQT), then the most used, the more common words, and the one that keeps its
        # accents (Joël, not Joel: accents get dropped by mistake, not added)
        per = counts[form]
        accents = sum(1 for ch in form if not ch.isascii() and ch.isalpha())
        return (-len(per), _unwritten(form), -sum(per.values()), _rarity(form), -accents, form)

    groups: list[VariantGroup] = []
    pending = connected_components(forms, edges)
    while pending:
        component = pending.pop()
        if len(component) < 2:
            continue
        ranked = sorted(component, key=total)
        canonical = ranked[0]
        members = [canonical] + [f for f in ranked[1:] if linked(canonical, f)]
        rest = [f for f in component if f not in members]
        if rest:  # chain guard: what does not match the canonical form is grouped afresh
            keep = set(rest)
            pending.extend(connected_components(rest, [e for e in edges if keep.issuperset(e)]))
        if len(members) < 2:
            continue
        variant_forms = tuple(
            VariantForm(f, tuple(sorted(counts[f].items()))) for f in sorted(members, key=total)
        )
        groups.append(VariantGroup(canonical, variant_forms, ()))
    # "Mark Heller" / "Mark Jay Heller": a fuller form, no other spelling (once the bare
    # surnames have joined the full names they end)
    groups = [
        _with_inconsistent(g, aliases)
        for g in _with_surnames(groups)
        if _spelled_apart([f.text for f in g.forms], aliases)
    ]
    groups.sort(key=lambda g: (fold(g.canonical), g.canonical))
    return groups


def _with_inconsistent(group: VariantGroup, aliases: Collection[frozenset[str]]) -> VariantGroup:
    """``group`` with the sources that spell its name two ways among the forms they use: the
    full name or the surname two ways, or the full name one way and the surname another
    ("Anthony LaSalle" / "Lasalle"); not a fuller form and a shorter one ("Joël Deumier" /
    "Deumier")."""
    used: dict[str, list[str]] = {}
    for f in group.forms:
        for source, _ in f.counts:
            used.setdefault(source, []).append(f.text)
    inconsistent = tuple(sorted(s for s, fs in used.items() if _spelled_apart(fs, aliases)))
    return VariantGroup(group.canonical, group.forms, inconsistent)


def _with_surnames(groups: list[VariantGroup]) -> list[VariantGroup]:
    """Fold each group of bare surnames ("Deumier" / "Duemier") into the one group of full names
    that end in them ("Joël Deumier" / "Joel Duemier"), so a person takes one row. A surname that
    ends the names of two groups ("Bush": George W. Bush, Reggie Bush) stays apart. Which
    sources are inconsistent is read afterwards, over the joined forms (``_with_inconsistent``)."""
    full_by_last: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        if all(len(f.text.split()) >= 2 for f in g.forms):
            for f in g.forms:
                full_by_last.setdefault(fold(f.text.split()[-1]), set()).add(i)
    into: dict[int, int] = {}
    for i, g in enumerate(groups):
        if any(len(f.text.split()) != 1 for f in g.forms):
            continue
        targets = [full_by_last.get(fold(f.text), set()) for f in g.forms]
        if all(len(t) == 1 for t in targets) and len(set().union(*targets)) == 1:
            into[i] = next(iter(targets[0]))
    if not into:
        return groups
    out: list[VariantGroup] = []
    for j, g in enumerate(groups):
        if j in into:
            continue
        bare = [groups[i] for i in sorted(into) if into[i] == j]
        if bare:
            forms = g.forms + tuple(f for b in bare for f in b.forms)
            g = VariantGroup(g.canonical, forms, g.inconsistent_sources)
        out.append(g)
    return out
