"""Names stage: same_name, extract_names, find_variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import factdiff
from factdiff import _lexicon
from factdiff.config import NameSettings
from factdiff.mentions import determined, name_context
from factdiff.models import VariantForm, VariantGroup
from factdiff.names import extract_names, find_variants, fold, in_capitals, name_kind, same_name
from factdiff.render import variants_to_markdown, written_alike
from tests.conftest import SEED_A, SEED_B
from tests.test_seeds import NEVER_ONE_NAME, SPELLED_TWO_WAYS

# --------------------------------------------------------------------------------------------
# same_name
# --------------------------------------------------------------------------------------------

SAME = [
    ("Joël Deumier", "Joel Duemier"),  # accent + transposed letters
    ("Deumier", "Duemier"),
    ("Versailles", "Versaille"),  # dropped letter
    ("Emanuel Macron", "Emmanuel Macron"),  # doubled letter
    ("Sergey Lavrov", "Sergei Lavrov"),  # transliteration
    ("Sergejs Lavrovs", "Sergey Viktorovich Lavrov"),  # Latvian endings, patronymic added
    ("Wladimir Putin", "Vladimir Putin"),
    ("Putin, Vladimir", "Vladimir Putin"),  # word order
    ("Putin Vladimir", "Vladimir Putin"),
    ("AlisherUsmanov", "Alisher Usmanov"),  # joined words
    ("JanDaniel Bothma", "Jan Daniel Bothma"),
    ("V. Putin", "Vladimir Putin"),  # initial
    ("Putin V.", "Vladimir Putin"),  # an initial turned round with its name
    ("Vladimir Vladimirovich Putin", "Vladimir Putin"),  # middle name
    ("Margarita Simonyán", "Margarita Simonyan"),
    ("Сергей Лавров", "Sergei Lavrov"),  # Cyrillic
    ("Osama bin Laden", "Usama ibn Laden"),  # particles
    ("Bachar el-Assad", "Bashar al-Assad"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Xinmaji Zhen", "xin ma ji zhen"),
    ("LGBTQ", "LGBQT"),  # an acronym's letters permuted
    ("NATO", "Nato"),
    ("France24", "France 24"),
    ("Hannibal", "Hanniball"),
    ("Friedrich Lindenberg", "Friedrich Lyndenburg"),
    ("Moammar Qaddafi", "Muammar Gaddafi"),  # transliteration changes first letters
    ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),  # German romanisation
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),  # ks / x
    ("Alyaksandr Lukashenka", "Alexander Lukashenko"),  # Belarusian: other vowels, ks / x
    # a list's order: surname, given name, patronymic
    ("PUTIN Vladimir Vladimirovich", "Vladimir Putin"),
    ("Karimova Gulnara Islamovna", "Gulnara Karimova"),
    ("Aliyev Ilham Heydar oglu", "Ilham Aliyev"),  # a Turkic patronymic, two words
    ("Yevgeny Prigozhin", "Evgeny Prigozhin"),  # a leading Ye / E
    ("Yŏng-sŏm", "yeongseom"),  # Korean romanisations still meet as written
    ("OAO Gazprom", "Gazprom JSC"),  # legal forms, before or after the name
    ("Siemens AG", "Siemens Aktiengesellschaft"),
    ("Nestlé S.A.", "Nestle SA"),
    ("Maersk A/S", "Maersk"),
    ("FABERLIC EUROPE", "FABERLIC EUROPE Sp. z o.o."),
    ("Stripe LLC", "Stripe Limited Liability Company"),
    ("The World Bank", "World Bank"),
    ("AT&T Inc.", "AT and T Inc."),
    ("בנימין נתניחו", "בנימין נתניהו"),  # a typo in another script: Hebrew
    ("วชิราลงกรน", "วชิราลงกรณ"),  # Thai, its vowel signs kept as letters
    ("St. Petersburg", "Saint Petersburg"),  # place words news copy abbreviates
    ("Mt Cook National Park", "Mount Cook National Park"),
    ("Ft. Smith", "Fort Smith"),
    ("Wichita State", "Wichita St"),  # a last "St" stays an abbreviation of anything
    ("Ted Doe", "Theodore Doe"),  # a given name's short form, beside the same surname
    ("Ann Smith", "Anna Smith"),  # a short form, though a woman's ending follows it
    ("George Bush", "George Herbert Walker Bush"),  # two middle names added
    ("Janan Agha", "Janan Mohammad Ahmed Agha"),
    ("Kelli Ward", "Kellie Ward"),  # one name spelled two ways
    ("Bill Clinton", "William Jefferson Clinton"),
    ("A.J. Smith", "A. J. Smith"),  # initials run together or apart
    ("AJ Butler", "A.J. Butler"),
    ("UN", "U. N"),  # an acronym's letters set apart, each with its dot but maybe the last
    ("WHO", "W. H. O."),
    ("U. S. Geological Survey", "US Geological Survey"),
    ("U.S. Geological Survey", "United States Geological Survey"),
    ("Acme L.P.", "Acme"),  # a legal form in initials
    ("Al Qaeda", "al-Qaeda"),  # both lead with the particle
    ("Ben Simons", "Simons, Ben"),  # a given name that is also a particle, in either place
    ("Aéroport de Bitam", "Bitam Airport"),  # turned round, a long word spelled another way
]

DIFFERENT = [
    ("Ihab Makhlouf", "Rami Makhlouf"),  # same surname, different first names
    ("Octavian Scholz", "Olaf Scholz"),
    ("Barack Obama", "Michelle Obama"),
    ("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov"),  # different patronymics
    ("LAVROV Sergey Ivanovich", "Sergey Viktorovich Lavrov"),
    ("Tahoe Lake City", "Lake Tahoe"),  # turned round, a word added is no patronymic
    ("Hassan Ali Khan", "Ali Hassan"),
    ("Marine Le Pen", "Jean-Marie Le Pen"),  # an extra first name is not a middle name
    ("Bashar al-Assad", "Hafez al-Assad"),
    ("Friedrich Lindenberg", "Lars Friedrich Lindemann"),
    ("Russia", "Russian"),  # place and demonym
    ("France", "French"),
    # a letter ending both names is no initial: a class, a plan, a headline's "A" before the body
    ("Class A", "Class Action"),
    ("Run A", "Run Accidents"),
    ("Chechnya", "Chechen"),
    ("Canada", "Canadian"),
    ("Japan", "Japanese"),
    ("Iraq", "Iraqi"),
    ("Russia", "Prussia"),
    ("Iran", "Iraq"),  # short words allow no typo
    ("NBC", "CNN"),  # acronyms a letter apart
    ("NBC", "NBA"),
    ("France24", "FranceInfo"),
    ("France24", "France 2"),  # different numbers
    ("Macron", "Merkel"),
    ("Trump", "Trudeau"),
    ("Putin", "Lavrov"),
    ("Obama", "Barack Obama"),  # a lone surname could be any Obama
    ("Frederik Richter", "Frank Richter"),
    ("Ts'ao", "Ts'ao-p'ao"),  # "pao" ends a hyphenated word: no legal form (PAO)
    ("김종은", "김정은"),  # Hangul: one syllable apart in a short name, not one jamo
    ("习近平", "习近王"),  # three characters allow no typo
    ("Saints", "St"),  # a last "St" is no "Saint"
    ("St. Louis", "St. Paul"),
    ("Ted", "Theodore"),  # a short form alone, or in the surname's place
    ("Ted Doe", "Ted Theodore"),
    ("Bill Clinton", "William Gates"),
    ("U.S.", "Us"),  # the country, and the magazine "Us" (Weekly)
    ("WHO", "Who"),  # an acronym is no short word ("Doctor Who")
    ("W. H. O.", "Who"),
    ("W. H. O. Doctor", "Doctor Who"),  # initials stand for a word in capitals, not "Who"
    ("Doctor W. H. O.", "Doctor Who"),
    ("T.J. DiLeo", "Tony DiLeo"),  # two initials run together are one given name (his son)
    ("L.X.C. Aviation", "LAU Aviation"),
    ("Ben Simons", "Simons"),  # "Ben" and "Al" leading a name are given names, not particles
    ("Al Gore", "Gore"),
    ("New Democracy", "Democracy Now"),  # turned round, a short word changed: "New" / "Now"
    ("Robert Smith", "Roberta Smith"),  # a man's and a woman's given name, one letter apart
    ("Eric Holder", "Erica Holder"),
    ("Paul Jones", "Pauline Jones"),
    # a given name and a surname against a name that adds three or more between them
    ("Muhammad al-Ahdal", "Mohammad Hamdi Mohammad Sadiq al-Ahdal"),
    ("John Smith", "John Paul George Ringo Smith"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_name_accepts_variants(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_same_name_refuses_different_names(a: str, b: str) -> None:
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Joël Deumier", "joel deumier"),
        ("Putin’s", "putins"),
        ("al-Assad", "al assad"),
        ("Høgsjø", "hogsjo"),
        ("Сергей", "sergei"),
        ("Paris™", "paristm"),
        ("נתניהו!", "נתניהו"),  # other scripts keep their letters
        ("  ", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


NAME_ALPHABET = st.sampled_from(list("aeiouyAEIOUYbcdfghjklmnprstvwzBCDKLMNPRSTVZéëøçß- .'’0"))
names = st.text(NAME_ALPHABET, min_size=1, max_size=24) | st.sampled_from(
    [a for pair in SAME + DIFFERENT for a in pair]
)


@given(names, names)
@example("0.EE", "YE.0")  # a key of one letter, "i", beside one with "ie": no empty reading
def test_same_name_is_symmetric(a: str, b: str) -> None:
    assert same_name(a, b) == same_name(b, a)


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_a_name_is_the_same_as_itself(name: str) -> None:
    assert same_name(name, name)


@given(st.text())
@example("𝞐")  # a mathematical capital alpha: decomposes to a capital Greek letter
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# --------------------------------------------------------------------------------------------
# extract_names
# --------------------------------------------------------------------------------------------

EXTRACT = [
    (
        "A Chechen gay man has escaped Russia without harm and made his way across the French "
        "border, according to Joël Deumier, president of the LGBTQ organization SOS Homophobie.",
        ["Chechen", "Russia", "French", "Joël Deumier", "LGBTQ", "SOS Homophobie"],
    ),
    (
        "The same day the first Chechen refugee made his way into France, Macron met with "
        "Russian president Vladimir Putin in Versailles.",
        ["Chechen", "France", "Macron", "Russian", "Vladimir Putin", "Versailles"],
    ),
    (
        "This falls in sharp contrast to what Russian Foreign Minister Sergei Lavrov told the "
        "press earlier this week.",
        ["Sergei Lavrov"],
    ),
    (
        "While France’s president as well as Canadian Prime Minister Justin Trudeau and German "
        "Chancellor Angela Merkel have been outspoken about condemning the issue, the U.S. "
        "president has remained mostly quiet.",
        ["France", "Justin Trudeau", "Angela Merkel", "U.S."],
    ),
    (
        "“We hear Mr. Putin say that he has launched an investigation,” he told the Local.",
        ["Putin", "Local"],
    ),
    (
        "But LGBT activist Deumier has doubts about Putin’s promise for an investigation.",
        ["LGBT", "Deumier", "Putin"],
    ),
    (
        "Read More: Disturbing Details of Executions Emerge From Chechnya's 'Gay Torture Camps': "
        "Report\nThey say the camps are in Chechnya.",
        ["Chechnya", "Chechnya"],
    ),
    (
        "In early May, France24 shared a video. Russian newspaper Novaya Gazeta reported it.",
        ["France24", "Russian", "Novaya Gazeta"],
    ),
    (
        "But human rights groups like Amnesty International and Human Rights Watch are seeking "
        "an investigation.",
        ["Amnesty International", "Human Rights Watch"],
    ),
    (
        "Two months ago, reports came out. The government denied it on Monday, Human Rights "
        "Watch said.",
        ["Human Rights Watch"],
    ),
    ("Government officials met. The officials said the government would act.", []),
    ("He met Osama bin Laden and Bank of America staff.", ["Osama bin Laden", "Bank of America"]),
    # times and time zones set in capitals are no part of a name
    ("It was 12:50 PM EDT Lindsay Lohan checked in.", ["Lindsay Lohan"]),
    ("He flew out at 9 AM GMT to Paris.", ["Paris"]),
    # a dateline's verb is no name, nor part of one
    (
        "Lohan checked in. Updated 12:50 PM Lindsay Lohan has checked in.",
        ["Lohan", "Lindsay Lohan"],
    ),
    ("Posted: Friday, March 8, 2013 Doug McDermott scored.", ["Doug McDermott"]),
    # a lone function word in capitals where no sentence starts ("2013 AT 1:10PM The actress")
    ("On May 3, 2013 AT 1:10PM The actress left Betty Ford.", ["Betty Ford"]),
    # a sentence run into the next without its full stop glues a function word to a name
    ("They get it through Windows Update This update fixes the flaw.", ["Windows Update"]),
    # a headline run into its first sentence: the article "A" is no part of the name
    ("He shot a man at the store A Bloomington man was charged.", ["Bloomington"]),
    ("He said A J Smith met Group A leaders.", ["A J Smith", "Group A"]),
    ("He spoke of the attack At Yida Refugee Camp on Thursday.", ["Yida Refugee Camp"]),
    # a title-case headline run into its body, set off by a dateline, is a heading
    (
        "Lindsay Lohan Checks Into Rehab May 2, 2013 12:50 PM Lindsay Lohan has checked in.",
        ["Lindsay Lohan", "Lindsay Lohan"],
    ),
    # ... and one run into its body at the start of the text, with no dateline: its words are
    # mostly ordinary ones the text writes in lower case, so only its names count
    (
        "Microsoft: IE Zero Day Flaw Affects All Versions Microsoft said attackers exploit a "
        "flaw in all versions of IE. The flaw is serious, Microsoft said.",
        ["Microsoft", "IE", "Microsoft", "IE", "Microsoft"],
    ),
    # ... even where half its words are names the text writes again ("San Diego Chargers")
    (
        "San Diego Chargers Defensive Tackle Faces DUI Charges Jamal Williams, the defensive "
        "tackle for the San Diego Chargers, was arrested. Police said Williams faces charges.",
        ["San Diego Chargers", "DUI", "Williams", "San Diego Chargers", "Police", "Williams"],
    ),
    # not a sentence that starts with a long name and small words, nor with titled names
    (
        "The Wasilla Bible Church in Wasilla, Alaska was attacked. The church burned.",
        ["Wasilla Bible Church", "Wasilla", "Alaska"],
    ),
    (
        "Pope Benedict, President Obama, Prime Minister Gordon Brown and Chancellor Angela "
        "Merkel condemned it. The president and the chancellor spoke.",
        ["Benedict", "Obama", "Gordon Brown", "Angela Merkel"],
    ),
    # names that do end or start in such words
    (
        "He watched BBC One, used the Fix It tool, read USA Today and saw Doctor Who in Group A.",
        ["BBC One", "Fix It", "USA Today", "Doctor Who", "Group A"],
    ),
    ("He watched The Thick of It on BBC.", ["The Thick of It", "BBC"]),
    # a title before a body's or place's name is part of that name
    (
        "General Motors and General Electric Co. met on Prince Edward Island with General "
        "David Petraeus and Judge James Bodiford of Superior Court.",
        [
            "General Motors",
            "General Electric Co",
            "Prince Edward Island",
            "David Petraeus",
            "James Bodiford",
            "Superior Court",
        ],
    ),
    # a player's position before the name, as a letter or a word; "Public Safety" stays a body
    (
        "The Saints cut S Malcolm Jenkins and Cornerback Vontae Davis, Palmer Public Safety "
        "Director Jon Owen said.",
        ["Saints", "Malcolm Jenkins", "Vontae Davis", "Palmer Public Safety", "Jon Owen"],
    ),
    # a person "of" a place or body: two names; a body "of" a place stays one
    (
        "Danny Gold of Metropolis met the Bank of America at Trinity United Church of Christ.",
        ["Danny Gold", "Metropolis", "Bank of America", "Trinity United Church of Christ"],
    ),
    # a person whose first given name the table lacks, known by the second
    (
        "He is accused of shooting Ka'Loni Marie Flynn of Fort Smith.",
        ["Ka'Loni Marie Flynn", "Fort Smith"],
    ),
    # or one whose given name the table lacks, of a place named as places are
    (
        "He is accused of shooting Ka'loni Flynn of Fort Smith, Ark.",
        ["Ka'loni Flynn", "Fort Smith", "Ark"],
    ),
    # a title "of" or "of the" an office before the person: the office is no part of the name
    (
        "Secretary of the Interior Dirk Kempthorne met Secretary of Commerce Gary Locke and "
        "Chairman of the Joint Chiefs of Staff Mike Mullen.",
        [
            "Interior",
            "Dirk Kempthorne",
            "Commerce",
            "Gary Locke",
            "Joint Chiefs of Staff",
            "Mike Mullen",
        ],
    ),
    # but a body "of the" a title is of is named whole
    (
        "He is director of the Natural Resources Defense Council and head of the Endangered "
        "Species Coalition.",
        ["Natural Resources Defense Council", "Endangered Species Coalition"],
    ),
    # jobs written as titles before a name
    (
        "Actress Tara Reid met Analyst Rob Enderle and Deputy Cynthia Hall.",
        ["Tara Reid", "Rob Enderle", "Cynthia Hall"],
    ),
    # a lawmaker's party alone in brackets is no name
    ("Rep. Nick Rahall (D) of West Virginia spoke.", ["Nick Rahall", "West Virginia"]),
    # a title after the body or place it is a title of: the body is a name of its own
    (
        "Alaska Gov. Sarah Palin met Commerce Secretary Gary Locke, Superior Court Judge "
        "James Dabney, Chargers General Manager A.J. Smith and Head Coach Sean Payton.",
        [
            "Alaska",
            "Sarah Palin",
            "Commerce",
            "Gary Locke",
            "Superior Court",
            "James Dabney",
            "Chargers",
            "A.J. Smith",
            "Sean Payton",
        ],
    ),
    (
        "Fire Chief James Steele, Qualys CTO Wolfgang Kandek, SeaMicro Chief Executive Andrew "
        "Feldman, Founder John Prendergast and Brigadier-General Avi Benayahu met.",
        [
            "James Steele",
            "Qualys",
            "Wolfgang Kandek",
            "SeaMicro",
            "Andrew Feldman",
            "John Prendergast",
            "Avi Benayahu",
        ],
    ),
    (
        "He said Saints RB Pierre Thomas and QB Tom Brady were hurt.",
        ["Saints", "Pierre Thomas", "Tom Brady"],
    ),
    # an office with no person after it: the body or place is the name, not the office;
    # a name that ends in a title word is still a name
    (
        "He met the SeaMicro CEO and the Alaska Gov, read Stephen King, used Windows Task "
        "Manager and saw the Senior Vice President.",
        ["SeaMicro", "Alaska", "Stephen King", "Windows Task Manager"],
    ),
    # but a headline's job words are ordinary words, and a professor of a field has no body
    (
        "Sixers Hire Maurice Cheeks as Head Coach Maurice Cheeks was officially introduced as "
        "the 21st head coach of the 76ers. Cheeks, who played for the Sixers, was named coach.",
        ["Sixers", "Cheeks", "Sixers"],
    ),
    (
        "He is Doris Duke Professor of Conservation Ecology.",
        ["Doris Duke Professor of Conservation Ecology"],
    ),
    # the first word after a dateline starts a sentence, unless a longer name starts there
    (
        "Updated: July 2, 2013 15: 01 IST Strong quake hits Aceh. A strong quake struck.",
        ["Aceh"],
    ),
    (
        "Posted at 3: 21 PM ET, 01 / 5 / 2011 New Orleans Saints place Thomas on the list. "
        "The new list is long.",
        ["New Orleans Saints", "Thomas"],
    ),
    # a run in capitals may start with an article; "&" joins capitals into one name
    ("AN AUSTRALIAN climber has died on Mt Cook.", ["AUSTRALIAN", "Mt Cook"]),
    ("He worked for AT&T and S&P before IT Services hired him.", ["AT&T", "S&P", "IT Services"]),
    # an adverb opening a sentence is no name; "Sally" and "McNally" are
    (
        "Unfortunately, the driver fled. Additionally, Sally McNally saw it. Thankfully, no one "
        "died.",
        ["Sally McNally"],
    ),
    (
        "Sadly, the driver fled. Suddenly Kelly Smith ran. Luckily, Emily and Beverly saw it. "
        "Certainly Ashley Cole did.",
        ["Kelly Smith", "Emily", "Beverly", "Ashley Cole"],
    ),
    # a US lawmaker's party and state after the name is no name; "D-Day" still is
    (
        "He met Rep. Jim McDermott, D-Wash., and Nick Rahall (D-W.Va.) in Paris, D-Day veterans.",
        ["Jim McDermott", "Nick Rahall", "Paris", "D-Day"],
    ),
    # a headline in capitals is everyday words, not one name; its acronyms stay names
    (
        "FALLOUT CONTINUES AFTER BRAZEN ESCAPE The Texas Department of Criminal Justice acted.",
        ["The Texas Department of Criminal Justice"],
    ),
    ("COLTS TOP CHIEFS Indianapolis clinched a playoff berth.", ["Indianapolis"]),
    ("WOMAN KILLED BY DRUNK DRIVER, NYPD SAYS", ["NYPD"]),
    # two words in capitals are no headline; nor are acronyms, which are seldom words
    (
        "UNITED NATIONS officials and the FBI, CIA and NSA met.",
        ["UNITED NATIONS", "FBI", "CIA", "NSA"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), EXTRACT)
def test_extract_names(sentence: str, expected: list[str]) -> None:
    assert [m.text for m in extract_names(sentence)] == expected


def test_extract_names_spans_point_at_the_mention() -> None:
    text = "Chechnya’s leader and Putin's allies met Joel Duemier."
    mentions = extract_names(text)
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [
        ("Chechnya", "Chechnya’s"),
        ("Putin", "Putin's"),
        ("Joel Duemier", "Joel Duemier"),
    ]


def test_a_sentence_is_read_with_what_its_document_tells_of_its_words() -> None:
    """Alone, "Officials" starting a sentence may be a name and a title-case headline names
    nothing; the document around them tells: it writes "officials" in lower case, and
    capitalises "Lindsay Lohan" and "Betty Ford" inside its sentences."""
    headline = "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab"
    lead = "Officials said Reid was there."
    body = "Local officials said Lindsay Lohan has left the Betty Ford Center in Malibu."
    context = name_context([headline, lead, body])
    assert [m.text for m in extract_names(headline)] == []
    assert [m.text for m in extract_names(headline, context)] == [
        "Lindsay Lohan",
        "Betty Ford",
        "Malibu",
    ]
    assert [m.text for m in extract_names(lead)] == ["Officials", "Reid"]
    assert [m.text for m in extract_names(lead, context)] == ["Reid"]
    # a word the document also capitalises inside a sentence stays a name ("Power said")
    power = name_context(["Samantha Power spoke.", "The power failed."])
    assert [m.text for m in extract_names("Power said so.", power)] == ["Power"]


_NAME_TEXT = st.text(st.sampled_from(list("Ab Cd’s. \n“”-Éx1 of'")), max_size=80)


@given(_NAME_TEXT, _NAME_TEXT)
def test_extract_names_spans_hold_the_text(text: str, elsewhere: str) -> None:
    # alone, or read with a document around it (itself and another text)
    for context in (None, name_context([text, elsewhere])):
        for m in extract_names(text, context):
            raw = text[m.start : m.end]
            assert raw.startswith(m.text)
            assert raw[len(m.text) :] in ("", "'s", "’s", "'", "’")


# --------------------------------------------------------------------------------------------
# find_variants
# --------------------------------------------------------------------------------------------


def _seed_mentions() -> dict[str, list[str]]:
    return {
        letter: [m.text for m in extract_names(path.read_text(encoding="utf-8"))]
        for letter, path in zip("AB", (SEED_A, SEED_B), strict=True)
    }


def _groups_with(groups: list[VariantGroup], a: str, b: str) -> list[VariantGroup]:
    def has(g: VariantGroup, word: str) -> bool:
        return any(word in f.text.split() for f in g.forms)

    return [g for g in groups if has(g, a) and has(g, b)]


@pytest.mark.parametrize(("a", "b"), SPELLED_TWO_WAYS)
def test_seed_variants_required(a: str, b: str) -> None:
    assert _groups_with(find_variants(_seed_mentions()), a, b)


@pytest.mark.parametrize(("a", "b"), NEVER_ONE_NAME)
def test_seed_variants_forbidden(a: str, b: str) -> None:
    assert not _groups_with(find_variants(_seed_mentions()), a, b)


def test_seed_source_b_is_inconsistent_about_deumier() -> None:
    groups = _groups_with(find_variants(_seed_mentions()), "Deumier", "Duemier")
    assert any("B" in g.inconsistent_sources for g in groups)


def test_find_variants_counts_and_canonical() -> None:
    groups = find_variants(
        {"A": ["Joël Deumier", "Joël Deumier"], "B": ["Joel Deumier", "Joel Duemier"], "C": []}
    )
    assert len(groups) == 1
    g = groups[0]
    assert g.canonical == "Joël Deumier"
    assert [(f.text, f.counts) for f in g.forms] == [
        ("Joël Deumier", (("A", 2),)),
        ("Joel Deumier", (("B", 1),)),
        ("Joel Duemier", (("B", 1),)),
    ]
    assert g.inconsistent_sources == ("B",)


@pytest.mark.parametrize(
    ("mentions", "canonical"),
    [
        # more sources beat more uses: one writer repeats their own misspelling
        ({"A": ["Duemier"] * 3, "B": ["Deumier"], "C": ["Deumier"]}, "Deumier"),
        # one source each: the spelling English text writes, however often the other is used
        ({"A": ["Versailles"], "B": ["Versaille", "Versaille"]}, "Versailles"),
        ({"A": ["LGBQT", "LGBQT"], "B": ["LGBTQ"]}, "LGBTQ"),
        # neither written in English text: the most used
        ({"A": ["Duemier", "Duemier"], "B": ["Deumier"]}, "Duemier"),
    ],
)
def test_the_canonical_spelling(mentions: dict[str, list[str]], canonical: str) -> None:
    (group,) = find_variants(mentions)
    assert group.canonical == canonical
    assert group.forms[0].text == canonical, "the canonical spelling leads the forms"


def test_bare_surnames_join_the_full_names_they_end() -> None:
    groups = _groups_with(find_variants(_seed_mentions()), "Deumier", "Duemier")
    assert len(groups) == 1, "one row for the person"
    forms = [f.text for f in groups[0].forms]
    assert {"Joël Deumier", "Joel Duemier", "Deumier", "Duemier"} <= set(forms)
    assert forms[0] == groups[0].canonical and len(forms[0].split()) == 2, "a full name leads"
    assert groups[0].inconsistent_sources == ("B",)


def test_a_full_name_and_its_surname_spelled_alike_are_consistent() -> None:
    mentions = {"A": ["Joël Deumier", "Deumier"], "B": ["Joel Duemier", "Duemier"]}
    (group,) = find_variants(mentions)
    assert [f.text for f in group.forms] == ["Joël Deumier", "Joel Duemier", "Deumier", "Duemier"]
    assert group.inconsistent_sources == ()


def test_a_surname_two_full_names_end_in_stays_apart() -> None:
    mentions = {
        "A": ["Joël Deumier", "Deumier", "Katherine Deumier"],
        "B": ["Joel Duemier", "Duemier", "Catherine Deumier"],
    }
    groups = find_variants(mentions)
    assert sorted(len(g.forms) for g in groups) == [2, 2, 2]
    assert [[f.text for f in g.forms] for g in groups if len(g.canonical.split()) == 1] == [
        ["Deumier", "Duemier"]
    ]


def test_a_fuller_form_is_no_other_spelling() -> None:
    assert find_variants({"A": ["Mark Jay Heller", "Mark Heller"], "B": ["Mark Heller"]}) == []
    (group,) = find_variants(
        {
            "A": ["Anthony Phillip LaSalle", "LaSalle"],
            "B": ["Anthony LaSalle", "Lasalle", "LaSalle"],
        }
    )
    assert {f.text for f in group.forms} == {
        "Anthony Phillip LaSalle",
        "Anthony LaSalle",
        "LaSalle",
        "Lasalle",
    }
    assert group.inconsistent_sources == ("B",), "A writes a fuller form and its surname alike"
    # the full name one way and the bare surname another is two spellings within a source
    (group,) = find_variants(
        {"A": ["Anthony Phillip LaSalle", "LaSalle"], "B": ["Anthony LaSalle", "Lasalle"]}
    )
    assert group.inconsistent_sources == ("B",)


def test_a_surname_after_a_given_name_that_is_also_a_particle_is_no_variant() -> None:
    assert find_variants({"A": ["Ben Simons", "Simons"], "B": ["Simons"]}) == []


def test_find_variants_skips_single_spellings() -> None:
    assert find_variants({"A": ["Putin", "Putin"], "B": ["Putin", "Macron"]}) == []


def test_a_longer_name_is_no_spelling_variant() -> None:
    """ "New York Times" is another name than "New York", and "Betty Ford Center" a longer one
    than "Betty Ford": neither is a spelling of the other, though a misspelling of the longer
    name still is one (and same_name still takes a second surname)."""
    assert same_name("Noureddine Ali Belkassem", "Noureddine Ali Belkassem Drissi")
    mentions = {
        "A": ["New York", "New York Times", "Betty Ford", "Mt Cook"],
        "B": ["New York Giants", "Betty Ford Center", "Betty Ford Centre", "Mount Cook Village"],
    }
    groups = find_variants(mentions)
    assert [sorted(f.text for f in g.forms) for g in groups] == [
        ["Betty Ford Center", "Betty Ford Centre"]
    ]


def _grouped(mentions: dict[str, list[str]]) -> list[list[str]]:
    return [sorted(f.text for f in g.forms) for g in find_variants(mentions)]


def test_spellings_in_two_stories_are_two_names() -> None:
    """With the story prior given, spellings of two sources are one name only when the two
    tell one story; one source using both is enough on its own."""
    mentions = {
        "A": ["Shawn Holley", "Jack Ketsoyan"],
        "B": ["Shawn Holly"],
        "C": ["Jack Ketsoyian"],
    }
    likely = {frozenset("AB"): 0.05, frozenset("AC"): 0.9, frozenset("BC"): 0.1}

    def story(x: str, y: str) -> float:
        return likely[frozenset((x, y))]

    grouped = [sorted(f.text for f in g.forms) for g in find_variants(mentions, None, story)]
    assert grouped == [["Jack Ketsoyan", "Jack Ketsoyian"]]
    assert _grouped(mentions) == [
        ["Jack Ketsoyan", "Jack Ketsoyian"],
        ["Shawn Holley", "Shawn Holly"],
    ]
    # the threshold is the setting's, and one source's own two spellings need no story
    loose = NameSettings(min_story=0.05)
    assert len(find_variants(mentions, loose, story)) == 2
    within = {"A": ["Shawn Holley", "Shawn Holly"], "B": ["Shawn Holly"]}
    assert len(find_variants(within, None, lambda x, y: 0.0)) == 1


def test_two_common_words_are_no_spelling_variant() -> None:
    """Sentence-initial words read as names ("Lower …", "Power …", "State …"), and same_name
    takes them for one edit apart; but two everyday words are two words, while a misspelling
    that is no word stays a variant."""
    assert same_name("Lower", "Power") and same_name("State", "Stage")
    mentions = {"A": ["Lower", "State", "Bireuen", "US"], "B": ["Power", "Stage", "Bireun", "U.S."]}
    assert _grouped(mentions) == [["Bireuen", "Bireun"], ["U.S.", "US"]]


def test_a_common_word_in_the_plural_is_no_spelling_variant() -> None:
    """ "Doctor" / "Doctors" and "Time Lord" / "Time Lords" are grammar; a rarer name that lost
    its final "s" is a misspelling, and so is a plural inside a name."""
    mentions = {
        "A": ["Doctor", "Time Lord", "Promises", "Versailles", "Marine Mammal Protection Act"],
        "B": ["Doctors", "Time Lords", "Promised", "Versaille", "Marine Mammals Protection Act"],
    }
    assert _grouped(mentions) == [
        ["Marine Mammal Protection Act", "Marine Mammals Protection Act"],
        ["Versaille", "Versailles"],
    ]


@pytest.mark.parametrize(
    ("text", "name", "common"),
    [
        ("He runs with the Crips.", "Crips", True),
        ("He is a Sixer and roots for us.", "Sixer", True),
        ("Microsoft is hosting two Webcasts to answer questions.", "Webcasts", True),
        ("Microsoft is hosting 2 Webcasts to answer questions.", "Webcasts", True),
        ("Over 2.5 million Turkmens are eligible to vote.", "Turkmens", True),
        ("It is listed in its Security Bulletin.", "Security Bulletin", True),
        ("The Webcast will be available on demand.", "Webcast", True),
        ("She cheered for The Bulldogs on Sunday.", "The Bulldogs", True),
        ("Macron met Putin in Versailles on Monday.", "Versailles", False),
        ("Thompson beat the Ravens.", "Thompson", False),
        ("Klitschko put Thompson on the canvas.", "Klitschko", False),
        # after a preposition, before a word in small letters: an adjective and its noun
        ("It would open up Turkmen society.", "Turkmen", True),
        ("Under Turkmen laws, voting is free.", "Turkmen", True),
        ("The talks in Versaille on Monday ended.", "Versaille", False),
        ("It was written by Smith last year.", "Smith", False),
        ("The prize went to Smith, who won.", "Smith", False),
    ],
)
def test_a_name_after_an_article_or_a_number_stands_as_a_common_noun(
    text: str, name: str, common: bool
) -> None:
    mention = next(m for m in extract_names(text) if text[m.start : m.end].startswith(name))
    assert determined(text, mention) is common


def test_a_name_used_as_a_common_noun_in_the_other_number_is_no_variant() -> None:
    """ "the Colts" / "a Colt", "the Klitschkos" (two brothers) / "Klitschko": however rare the
    word, its singular and plural are grammar once a use of either stands as a common noun's
    does; "Versailles" / "Versaille", never so used, stay one name misspelled."""
    mentions = {
        "A": ["Colts", "Klitschko", "Klistchko", "Versailles"],
        "B": ["Colt", "Klitschkos", "Versaille"],
    }
    assert _grouped(mentions) == [
        ["Colt", "Colts"],
        ["Klistchko", "Klitschko", "Klitschkos"],
        ["Versaille", "Versailles"],
    ]
    grouped = find_variants(mentions, None, None, ["Colts", "Klitschkos"])
    assert [sorted(f.text for f in g.forms) for g in grouped] == [
        ["Klistchko", "Klitschko"],
        ["Versaille", "Versailles"],
    ]


def test_singular_and_plural_written_by_one_source_or_of_capitals_are_no_variant() -> None:
    """A source that writes "Uzbek" and "Uzbeks" uses the singular and the plural; "CPU" and
    "CPUs" are one acronym in two numbers. "Versaille" / "Versailles", each source writing one,
    stay one name misspelled."""
    mentions = {
        "A": ["Uzbek", "Uzbeks", "Xeon CPU", "Versailles"],
        "B": ["Xeon CPUs", "Versaille"],
    }
    assert _grouped(mentions) == [["Versaille", "Versailles"]]
    assert _grouped({"A": ["Uzbek"], "B": ["Uzbeks"]}) == [["Uzbek", "Uzbeks"]]


def test_a_longer_name_with_its_last_word_in_the_plural_is_no_variant() -> None:
    mentions = {"A": ["U. S. Marshal", "Turkmens"], "B": ["U. S. Marshals Service", "Turkmen MPs"]}
    assert _grouped(mentions) == []


def test_chain_guard_keeps_an_unrelated_end_out() -> None:
    # Karin ~ Karen ~ Daren, but Daren is not Karin: the chain must not pull it in.
    assert same_name("Karin", "Karen") and same_name("Karen", "Daren")
    assert not same_name("Karin", "Daren")
    groups = find_variants({"A": ["Karin", "Karin", "Karen"], "B": ["Daren"]})
    assert [[f.text for f in g.forms] for g in groups] == [["Karin", "Karen"]]


def test_settings_aliases_never_merge_and_stop_entities() -> None:
    mentions = {"A": ["Putin", "Vladimir Putin", "Versailles", "Said"], "B": ["Versaille", "Saïd"]}
    # a tie goes to the spelling English text writes, then to the one that keeps its accents
    assert [g.canonical for g in find_variants(mentions)] == ["Saïd", "Versailles"]
    custom = NameSettings(
        aliases=(("Putin", "Vladimir Putin"),),
        never_merge=(("Versailles", "Versaille"),),
        stop_entities=("Said",),
    )
    groups = find_variants(mentions, custom)
    assert [[f.text for f in g.forms] for g in groups] == [["Putin", "Vladimir Putin"]]
    assert groups[0].inconsistent_sources == ("A",)


POOL = [
    "Joël Deumier", "Joel Deumier", "Joel Duemier", "Deumier", "Duemier", "Versailles",
    "Versaille", "LGBTQ", "LGBQT", "LGBT", "Karin", "Karen", "Daren", "Putin", "Vladimir Putin",
    "Russia", "Russian", "NBC", "CNN",
]  # fmt: skip


def _relabel(groups: list[VariantGroup], mapping: dict[str, str]) -> list[VariantGroup]:
    return [
        VariantGroup(
            g.canonical,
            tuple(
                VariantForm(f.text, tuple(sorted((mapping[s], n) for s, n in f.counts)))
                for f in g.forms
            ),
            tuple(sorted(mapping[s] for s in g.inconsistent_sources)),
        )
        for g in groups
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(POOL), max_size=12), min_size=1, max_size=4),
    st.randoms(use_true_random=False),
)
def test_find_variants_ignores_mention_and_source_order(
    per_source: list[list[str]], rnd: object
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    letters = "ABCD"[: len(per_source)]
    mentions = dict(zip(letters, per_source, strict=True))
    expected = find_variants(mentions)
    # shuffled mentions within each source, sources given in another order
    shuffled = {s: rnd.sample(m, len(m)) for s, m in mentions.items()}
    keys = rnd.sample(list(letters), len(letters))
    assert find_variants({k: shuffled[k] for k in keys}) == expected
    # sources lettered differently: only the letters change
    perm = rnd.sample(list(letters), len(letters))
    mapping = dict(zip(letters, perm, strict=True))
    relettered = {mapping[s]: m for s, m in mentions.items()}
    back = {v: k for k, v in mapping.items()}
    assert _relabel(find_variants(relettered), back) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("PEOPLE", "People", True),  # a magazine named in a headline set in capitals
        ("PETER Capaldi", "Peter Capaldi", True),
        ("SAN Diego Chargers", "San Diego Chargers", True),
        ("DeShawn Wynn", "Deshawn Wynn", False),  # two spellings, neither in capitals
        ("QLogic", "Qlogic", False),
        ("Joel DUEMIER", "Joel Deumier", False),  # capitals, and another spelling
    ],
)
def test_in_capitals(a: str, b: str, same: bool) -> None:
    assert in_capitals(a, b) is same
    assert in_capitals(b, a) is same


def test_a_name_set_in_capitals_is_no_spelling_variant() -> None:
    assert find_variants({"A": ["People", "People"], "B": ["PEOPLE"]}) == []
    (group,) = find_variants({"A": ["Joël Deumier", "JOËL DEUMIER"], "B": ["Joel Duemier"]})
    assert [(f.text, f.counts) for f in group.forms] == [
        ("Joël Deumier", (("A", 2),)),
        ("Joel Duemier", (("B", 1),)),
    ]
    assert group.inconsistent_sources == ()


def test_a_leading_the_or_a_legal_form_is_no_spelling_variant() -> None:
    assert find_variants({"A": ["The Associated Press"], "B": ["Associated Press"]}) == []
    assert find_variants({"A": ["Microsoft Corp.", "Microsoft"], "B": ["Microsoft"]}) == []
    (group,) = find_variants({"A": ["The Associated Press"], "B": ["Asociated Press"]})
    assert {f.text for f in group.forms} == {"Asociated Press", "The Associated Press"}


def test_capitals_with_another_spelling_stay_a_variant() -> None:
    (group,) = find_variants({"A": ["DeShawn Wynn"], "B": ["Deshawn Wynn", "DESHAWN WYNN"]})
    assert {f.text for f in group.forms} == {"DeShawn Wynn", "Deshawn Wynn"}


def test_short_forms_are_read_from_the_nicknames_table_or_its_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table ships as a CSV read directly; should the package change its layout, its own
    reader gives the same rows."""
    import importlib.util

    from factdiff import _lexicon

    shipped = _lexicon.nicknames()
    assert "theodore,has_nickname,ted" in shipped and "william,has_nickname,bill" in shipped
    _lexicon.nicknames.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        assert _lexicon.nicknames() == {r for r in shipped if "," in r and "relationship" not in r}
    finally:
        _lexicon.nicknames.cache_clear()


def test_a_heading_keeps_a_word_its_document_writes_beside_a_known_name() -> None:
    """ "Lindsay" starts every sentence it stands in, so it is not known as a name; but the
    document writes it beside "Lohan", which it is."""
    headline = "Lindsay Lohan Checks Into Rehab"
    body = "Lindsay Lohan has checked in. Her lawyer said Lohan was there."
    context = name_context([headline, body])
    assert [m.text for m in extract_names(headline, context)] == ["Lindsay Lohan"]
    # a word beside a known name only inside the heading is still no name
    assert [m.text for m in extract_names("Lohan Checks Into Rehab", context)] == ["Lohan"]


def test_compare_reads_a_team_in_the_singular_as_grammar(tmp_path: Path) -> None:
    """End to end: one source writes "the Colts", the other "a Colt stampede"; only the
    misspelled coach is a name spelled two ways."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The Colts beat the Ravens 20-13 on Sunday, coach Jim Caldwell said.\n")
    b.write_text("The Ravens lost to a late Colt stampede on Sunday, coach Jim Caldwel said.\n")
    report = factdiff.compare([str(a), str(b)])
    assert [sorted(f.text for f in g.forms) for g in report.variants] == [
        ["Jim Caldwel", "Jim Caldwell"]
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Andrew Luck", "person"),  # an English given name first
        ("Serena Williams", "person"),
        ("A.J. Smith", "person"),  # initials before a surname
        ("Betty Ford Center", "thing"),  # a word that ends bodies' and places' names
        ("Pittsburgh Steelers", "thing"),  # a plural: a team
        ("Sergei Lavrov", ""),  # a given name the table does not hold: either
        ("Lohan", ""),
    ],
)
def test_what_a_name_names(name: str, kind: str) -> None:
    assert name_kind(name) == kind


def test_the_variant_table_puts_other_letters_before_other_punctuation() -> None:
    """What an editor checks first is a name spelled with other letters ("Deumier" /
    "Duemier"); one written with other spacing, punctuation, capitals or accents ("U.S." / "US",
    "SeaMicro" / "Sea Micro") follows, in a table of its own."""

    def group(*forms: str) -> VariantGroup:
        return VariantGroup(forms[0], tuple(VariantForm(f, (("A", 1),)) for f in forms), ())

    us, deumier, seamicro = (
        group("US", "U.S."),
        group("Deumier", "Duemier"),
        group("SeaMicro", "Sea Micro"),
    )
    assert [written_alike(g) for g in (us, deumier, seamicro)] == [True, False, True]
    assert written_alike(group("Joël Deumier", "Joel Deumier"))
    md = variants_to_markdown([seamicro, deumier, us])
    lines = md.splitlines()

    def at(text: str) -> int:
        return next(k for k, line in enumerate(lines) if text in line)

    assert at("**Deumier**") < at("Written differently") < min(at("**SeaMicro**"), at("**US**"))
    # only spelled with other letters: one table, no title
    assert "Written differently" not in variants_to_markdown([deumier])


_ENGLISH = frozenset(_lexicon._english_words().split())


def test_every_listed_english_word_is_found() -> None:
    assert len(_ENGLISH) > 40_000
    assert all(_lexicon.english_word(w) for w in _ENGLISH)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=12))
def test_english_word_lookup_agrees_with_the_list(word: str) -> None:
    assert _lexicon.english_word(word) == (word in _ENGLISH)
