"""Values read from a claim: numbers, dates, modality and negation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.similarity import normalise
from factdiff.values import (
    contradicts,
    date_contexts,
    date_mentions,
    date_readings,
    modality,
    modality_cues,
    negated,
    negation_cues,
    number_contexts,
    number_lengths,
    number_mentions,
    same_hour,
    same_length,
    within_vague,
    word_spans,
)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("three men had been executed", ["3"]),
        ("1,200 people and 5 million dollars", ["1200", "5000000"]),
        ("hundreds of gay men", ["hundreds"]),
        ("a rise of 4.5 percent", ["4.5%"]),
        ("Two months ago, reports came out", []),  # a date, not a count
        ("one survivor spoke", []),  # "one" as an article-like word is no count
        ("a zero - day flaw, zero tolerance", []),  # "zero" in set phrases is no count
        ("Updated 4:08 p.m. ET", []),  # a time, not two numbers
        ("a member of the 76ers' 1983 team", []),  # a name's digits; the year is a date
        ("a 10km run", ["10"]),
        # news abbreviations of millions and billions are the same value spelled out
        ("AMD will pay $334m for SeaMicro", ["334000000"]),
        ("a £2.5bn deal and a 2 bn fund", ["2500000000", "2000000000"]),
        ("$5k bail and a $1.2 trillion budget", ["5000", "1200000000000"]),
        ("the 100m sprint", ["100"]),  # "m" without a currency sign may be metres
        # thousands as tokenised text spaces them; a day before a count is no thousands
        ("a tsunami that killed 230, 000 people in 13 countries", ["230000", "13"]),
        ("On March 3, 200 protesters marched", ["200"]),
        ("In 2012, 100 people died", ["100"]),
        ("scores of 1, 2, 3", ["scores", "1", "2", "3"]),
        # so is a decimal point, within a sentence; not a time, nor a date in figures
        ("a 6. 1 - magnitude quake, 10 kilometres (6. 2 miles) deep", ["6.1", "10", "6.2"]),
        # an ordinal in digits is one number, not five and the word "th"
        ("Colts clinch 5th seed with a 4th - quarter TD", ["5th", "4th"]),
        ("the 12TH actor and the 1,000th visitor", ["12th", "1000th"]),
        # no thousands within a day and year run together ("19, 2013"): the day, then the year
        ("HIT - AND - RUN DA SAYSSEPTEMBER 19, 2013 A 59 - year - old", ["19", "59"]),
        # a dozen is a count of twelve, and a scale after another
        ("More than two dozen pieces, half a dozen trucks and a dozen men", ["24", "6", "12"]),
    ],
)
def test_numbers(text: str, values: list[str]) -> None:
    assert [v for _, v in number_mentions(text)] == values


def test_a_time_spaced_as_tokenised_text_is_no_decimal() -> None:
    values = {v for _, v in number_mentions("at 3. 30 p. m., 02. 16PM IST and 22. 34 BST")}
    assert not values & {"3.3", "2.16", "22.34"}


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("He fell about 2, 000 feet, then 60m more.", [(609.6, "imperial"), (60.0, "metric")]),
        ("A 6-mile race, 10 km deep", [(9656.1, "imperial"), (10_000.0, "metric")]),
        # no unit of length: a count, a share, yards of a football field, money
        ("Two men, 50 percent, a 45-yard field goal, a $2m deal", [None, None, None, None]),
    ],
)
def test_number_lengths(text: str, lengths: list[tuple[float, str] | None]) -> None:
    found = [None if x is None else (round(x.metres, 1), x.system) for x in number_lengths(text)]
    assert found == lengths


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2, 000 feet", "600m", True),  # rounded in the other system
        ("six miles", "6. 2 miles", True),  # a fraction rounded to a whole number of its unit
        ("6 miles", "6.5 miles", False),  # that does not round to it
        ("6.2 miles", "6.4 miles", False),  # two fractions
        ("200 metres", "210 metres", False),  # two whole numbers of one unit
        ("6 km", "6.2 miles", False),  # a whole number of another unit
    ],
)
def test_same_length(a: str, b: str, same: bool) -> None:
    (x,), (y,) = number_lengths(a), number_lengths(b)
    assert x is not None and y is not None
    assert same_length(x, y) is same


def test_what_a_number_counts_stops_at_the_next_number() -> None:
    counted = {
        n.words: n.near for n in number_contexts("He completed 28 of 41 passes for 329 yards.")
    }
    assert "yard" not in counted["41"] and "pass" in counted["41"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On Monday, France acted", ["monday"]),
        ("Two months ago, reports came out", ["2 months ago"]),
        ("In early May, France24 shared a video", ["early may"]),
        ("Lavrov told the press earlier this week", ["earlier this week"]),
        ("It happened on March 3, 2017", ["march 3 2017"]),
        # one spelling for one date, however it is written
        ("It happened on the 3rd of March, 2017", ["march 3 2017"]),
        ("It happened on Mar. 3 2017", ["march 3 2017"]),
        ("It happened on March 03, 2017", ["march 3 2017"]),
        ("Sept. 11, 2001 conspirator", ["september 11 2001"]),
        # a month and a year is not a month and a day ("March 20")
        ("The patch came out in March 2008", ["march 2008"]),
        ("The patch came out in Dec. 2013", ["december 2013"]),
        ("He may come", []),
        ("a Dec ruling", []),  # an abbreviation alone is no month
        # a time of day, however spaced, is one time and no numbers
        ("Updated 4:08 p.m. ET", ["4:08 pm"]),
        ("around 1: 30 a. m., the actress", ["1:30 am"]),
        ("SEPTEMBER 16, 2013 11: 12AM ONE climber", ["september 16 2013", "11:12 am"]),
        ("UPDATED 05 / 03 / 2013", ["5/3/2013"]),
        # a point between hour and minutes before "am" / "pm" or a zone, and an hour alone
        ("struck at 3.30pm local time", ["3:30 pm"]),
        ("at 3. 30 p. m. and 22. 34 BST", ["3:30 pm", "22:34"]),
        ("came at 3 p.m. and left at 11am", ["3 pm", "11 am"]),
        ("rose 3.30 percent to 6.15", []),
        ("on 3/12/09 he", ["3/12/09"]),
    ],
)
def test_dates(text: str, values: list[str]) -> None:
    assert [v for _, v in date_mentions(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He took steps to establish the truth", "did"),
        ("He intends to investigate the activities", "will"),
        ("Putin would start by talking to a prosecutor", "will"),
        ("The camps may exist", "may"),
        ("Simpson is scheduled to be sentenced November 8", "will"),
        ("“We’ll continue to monitor the situation", "will"),
        ("AMD is paying $334 million", "did"),
        ("The president is to visit Paris in May", "will"),  # a schedule
        ("He now is to face trial", "will"),
        ("Will AMD focus this offering on dense servers?", "will"),  # a question
    ],
)
def test_modality(text: str, value: str) -> None:
    assert modality(text) == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tara Reid has checked herself into Promises Treatment Center", "Promises"),  # a name
        ("The actress is still friends with Will Smith", "Will"),
        ("Will Artino scored 14 points off the bench", "Will"),  # a name leading a sentence
        ("Future plans call for new servers", "plans"),  # a noun
        ("Arson is to blame for the fire", "is"),  # a cause
        ("The challenge now is to keep her there", "is"),  # says what the challenge is
        ("The key is to act fast", "is"),
        ("He was defeated by a planned attack", "planned"),  # an adjective
        ("servers that run Intel - based chips", "based"),
        ("an unpatched vulnerability", "unpatched"),
        ("The elections are to be held in December", "held"),  # "are to" tells it
    ],
)
def test_words_that_look_like_cues_tell_no_modality(text: str, word: str) -> None:
    assert text.index(word) not in {c.start for c in modality_cues(text)}


def test_a_modal_cue_bears_on_the_words_of_its_clause() -> None:
    (cue,) = modality_cues("Putin intends to investigate the activities, Macron said")
    assert cue.kind == "will"
    assert cue.governs == (normalise("investigate"), normalise("activities"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LGBT people don’t exist", True),
        ("there are no gay men", True),
        ("He escaped without harm", False),
        ("They exist", False),
        # "n't" as tokenised text spaces it, and without its apostrophe after an auxiliary
        ("Smith didn ’ t return a call", True),
        ("I cant speak for the first death", True),
        ("He didnt return", True),
        ("Gerard 't Hooft won the prize", False),
        ("The stadium in Tient", False),
    ],
)
def test_negation(text: str, value: bool) -> None:
    assert negated(text) is value


@pytest.mark.parametrize(
    "text",
    [
        "The flaws are found in not only IE 7",
        "The deal will no doubt irk Intel",
        "the No. 1 Tar Heels",
        # an alternative weighed, nothing denied
        "Well it's better late than never, Tara.",
        "the discretion of deciding whether or not to ask for a consultation",
        "more often than not, he misses the kick",
    ],
)
def test_idioms_are_no_negation(text: str) -> None:
    assert not negated(text)


@pytest.mark.parametrize(
    ("text", "negates"),
    [
        ("He has not yet been charged", "charged"),
        ("He got life with no chance of parole", "chance"),
        ("Gray didn't have a gun", "gun"),
        ("Smith didn ’ t return a call", "return"),
        ("They needn't worry", "worry"),
        ("It was not immediately clear who fired", "clear"),  # past an adverb of manner
        ("The facility has not been officially sanctioned", "sanctioned"),  # any adverb
        ("There were no immediate reports of casualties", "reports"),
        ("The new strain is not deadly", "deadly"),  # an adjective of that shape
    ],
)
def test_what_a_negation_negates(text: str, negates: str) -> None:
    (cue,) = negation_cues(text)
    assert cue.governs[0] == normalise(negates)


def test_a_spaced_contraction_is_shown_whole() -> None:
    (cue,) = negation_cues("Smith didn ’ t return a call")
    assert cue.words == "didn ’ t return"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the nearest content word before the number and the first two after it, names and
        # small words left out
        ("Novaya Gazeta reported that three men had been executed.", {"report", "men", "execut"}),
        ("Two were executed in Grozny.", {"execut"}),
        ("The death toll rose to 12 on Monday.", {"ros"}),
        ("after a three-game losing streak", {"gam", "los"}),
        # a clause ends at a comma or a bracket
        ("Brand leads in scoring (15.9), the team said.", set()),
        # and what a number counts begins after a conjunction
        ("People were injured and 10 houses were damaged.", {"hous", "damag"}),
    ],
)
def test_what_a_number_counts(text: str, counted: set[str]) -> None:
    [n] = number_contexts(text)
    assert n.near == counted


# words of news text, and the letters, marks and cases that trip patterns up
_CUE_TEXT = st.lists(
    st.sampled_from(
        "will Will won't we’ll may could reportedly not no No. never didn't only doubt the a "
        "into planned based - unpatched be held took checked said Putin intends to investigate "
        "activities , . “ ” İstanbul ß gun".split()
    ),
    max_size=30,
).map(" ".join)


@given(_CUE_TEXT)
def test_cues_point_at_their_words_and_bear_on_normalised_words(text: str) -> None:
    for cue in (*modality_cues(text), *negation_cues(text)):
        assert 0 <= cue.start < len(text)
        assert text[cue.start :].startswith(cue.words.split()[0])
        assert all(g and normalise(g) == g for g in cue.governs)
    starts = [c.start for c in modality_cues(text)]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("normal", "readings"),
    [
        ("2/29/2012", [{("month", "february"), ("day", "29"), ("year", "2012")}]),
        (
            "5/3/13",
            [
                {("month", "may"), ("day", "3"), ("year", "2013")},
                {("month", "march"), ("day", "5"), ("year", "2013")},
            ],
        ),
        ("last tuesday", [{("weekday", "tuesday")}]),
        ("2 days ago", [set()]),
        ("9:56 am", [{("hour", "9"), ("minute", "56"), ("half", "am")}]),
        # a 24-hour clock read on a 12-hour one; an hour alone says nothing of the minutes
        ("22:34", [{("hour", "10"), ("minute", "34"), ("half", "pm")}]),
        ("0:15", [{("hour", "12"), ("minute", "15"), ("half", "am")}]),
        ("3 pm", [{("hour", "3"), ("half", "pm")}]),
        ("march 2008", [{("month", "march"), ("year", "2008")}]),
    ],
)
def test_date_readings(normal: str, readings: list[set[tuple[str, str]]]) -> None:
    assert [set(r) for r in date_readings(normal)] == readings


@pytest.mark.parametrize(
    ("mine", "theirs", "conflict"),
    [
        (["22:34"], ["10:34 pm"], False),  # one time on two clocks
        (["3 pm"], ["3:30 pm"], False),  # an hour alone gives no minutes to differ
        (["3:30"], ["3:30 pm"], False),
        (["3 pm"], ["4 pm"], True),
        (["3:30 am"], ["15:30"], True),
    ],
)
def test_times_of_day_contradict(mine: list[str], theirs: list[str], conflict: bool) -> None:
    assert contradicts(mine, theirs) is conflict


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("3:33 am", "3:30 am", True),
        ("7:41", "7:42", True),  # a game clock
        ("3 pm", "3:30 pm", True),
        ("3:30 pm", "4:30 pm", False),
        ("3:30 am", "3:30 pm", False),
        ("monday", "tuesday", False),  # no times at all
    ],
)
def test_same_hour(a: str, b: str, same: bool) -> None:
    assert same_hour(a, b) is same


def test_what_a_date_dates() -> None:
    [arrest] = date_contexts("Jackson was arrested Tuesday on suspicion of drunk driving.")
    assert arrest.value == "tuesday"
    assert {"arrest", "suspic"} <= arrest.near
    # the words around a date stop at its clause
    [_, game] = date_contexts("Arrested early yesterday, Jackson will play in Sunday's game.")
    assert "arrest" not in game.near


@pytest.mark.parametrize(
    ("a", "b", "within"),
    [
        ("dozens", "70", True),
        ("50", "dozens", True),
        ("thousands", "230000", True),
        ("hundreds", "5", False),
        ("dozens", "hundreds", False),  # two vague counts: no range between them
        ("12", "13", False),
    ],
)
def test_within_vague(a: str, b: str, within: bool) -> None:
    assert within_vague(a, b) is within


@given(
    st.text(alphabet="ab _-.éΩ1", max_size=30),
    st.text(alphabet="ab _-.éΩ1", min_size=1, max_size=4),
)
def test_word_spans_find_what_the_word_pattern_finds(text: str, phrase: str) -> None:
    """``word_spans`` stands in for a pattern compiled per name: it finds the same places."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    assert word_spans(text, phrase) == [m.span() for m in pattern.finditer(text)]
