from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.align import Alignment
from factdiff.claims import enrich
from factdiff.judge import NOT_NEGATED, common_words, judge, same_wording, word_changes
from factdiff.mentions import name_context
from factdiff.models import Claim, Difference, Match
from factdiff.render import _difference_row, differing_sources
from tests.conftest import sentences


def _judge(
    a: str,
    b: str,
    qa: str | None = None,
    qb: str | None = None,
    sa: str | None = None,
    sb: str | None = None,
) -> Match:
    ca = enrich(Claim("A1", "A", a, 1, (0, len(a)), speaker=sa, quote=qa))
    cb = enrich(Claim("B1", "B", b, 1, (0, len(b)), speaker=sb, quote=qb))
    common = common_words([name_context([a]), name_context([b])])
    return judge(Alignment(("A1", "B1"), 0.9), {"A1": ca, "B1": cb}, common)


def _diffs(m: Match) -> dict[str, dict[str, str]]:
    return {d.type: dict(d.sides) for d in m.differences}


def test_same_statement_agrees() -> None:
    m = _judge("Macron met Putin in Versailles.", "Macron met Putin in Versailles on the day.")
    assert m.kind == "agreement"


@pytest.mark.parametrize(
    ("a", "b", "kind", "sides"),
    [
        (
            "Three men had been executed.",
            "Two men had been executed.",
            "number",
            {"A": "Three", "B": "Two"},
        ),
        (  # a headline in Title Case counts what the sentence counts
            "Horton was the mother of 12 children.",
            "Video of Brooklyn Mother of 13 Zurana Horton Shot in a Gang Shooting",
            "number",
            {"A": "12", "B": "13"},
        ),
        (
            "AMD will pay $334 million for SeaMicro.",
            "AMD will pay $33m for SeaMicro.",
            "number",
            {"A": "334 million", "B": "33m"},
        ),
        (
            "The men were freed on Monday.",
            "The men were freed on Tuesday.",
            "date",
            {"A": "on Monday", "B": "on Tuesday"},
        ),
        (
            "The patch came out in March 2008.",
            "The patch came out in March 2009.",
            "date",
            {"A": "March 2008", "B": "March 2009"},
        ),
        (
            "Putin took steps to establish the truth about the camps.",
            "Putin intends to investigate the truth about the camps.",
            "modality",
            {"A": "took steps to", "B": "intends to investigate"},
        ),
        (
            "The camps exist in Chechnya.",
            "The camps do not exist in Chechnya.",
            "negation",
            {"A": "(not negated)", "B": "not exist"},
        ),
        # two names in one place
        (
            "Vladimir Putin met Emmanuel Macron at Versailles.",
            "Sergei Lavrov met Emmanuel Macron at Versailles.",
            "name",
            {"A": "Vladimir Putin", "B": "Sergei Lavrov"},
        ),
        # "230, 000" and "13" are two numbers, not three: values with commas apart by semicolons
        (
            "The tsunami killed 230, 000 people in 13 countries.",
            "The tsunami killed 170, 000 people in 14 countries.",
            "number",
            {"A": "230, 000; 13", "B": "170, 000; 14"},
        ),
    ],
)
def test_typed_divergences(a: str, b: str, kind: str, sides: dict[str, str]) -> None:
    m = _judge(a, b)
    assert m.kind == "divergence"
    assert _diffs(m)[kind] == sides


@pytest.mark.parametrize(
    ("a", "b", "kind", "sides"),
    [
        (
            "Witnesses say Gray did not have a gun.",
            "Police say Gray pointed a gun at the officers.",
            "negation",
            {"A": "not have", "B": NOT_NEGATED},
        ),
        (
            "An Oklahoma man has pleaded not guilty to two first-degree murder charges.",
            "An Oklahoma man was found guilty Thursday on two first-degree murder charges.",
            "negation",
            {"A": "not guilty", "B": NOT_NEGATED},
        ),
        (
            "There appeared to be no casualties.",
            "There were varying reports of casualties.",
            "negation",
            {"A": "no casualties", "B": NOT_NEGATED},
        ),
        (
            "At least four bombs were reportedly dropped on the camp.",
            "An Antonov bomber dropped four bombs on the camp.",
            "modality",
            {"A": "reportedly dropped on", "B": "dropped four bombs"},
        ),
        # "expected to" tells what is to come, though its verb is a past tense
        (
            "LaSalle was charged on Friday with criminal vehicular homicide.",
            "LaSalle is expected to face charges on Friday of criminal vehicular homicide.",
            "modality",
            {"A": "charged on Friday", "B": "expected to face"},
        ),
        # a negated verb of weight is still the fact denied
        (
            "Police did not confirm the name of the victim.",
            "Police confirmed the name of the victim on Friday.",
            "negation",
            {"A": "not confirm", "B": NOT_NEGATED},
        ),
        # not at a place, and at it
        (
            "Kroon said he was not at the church when the fire broke out.",
            "Kroon said he was at the church when the fire broke out.",
            "negation",
            {"A": "not at", "B": NOT_NEGATED},
        ),
        # a verb of denying or refusing negates its object, or the clause after "that"
        (
            "Russia denied reports that gay men were held in camps.",
            "Gay men were held in camps, reports said.",
            "negation",
            {"A": "denied reports", "B": NOT_NEGATED},
        ),
        (
            "The judge denied bail to the suspect.",
            "The judge granted bail to the suspect.",
            "negation",
            {"A": "denied bail", "B": NOT_NEGATED},
        ),
        # other verbs, told of one subject
        (
            "Macron said he took steps to establish the truth of the activities of Chechen "
            "officials.",
            "Putin told Macron that he intends to investigate the activities of Chechen "
            "authorities.",
            "modality",
            {"A": "took steps to", "B": "intends to investigate"},
        ),
    ],
)
def test_negation_and_modality_of_what_both_sides_say(
    a: str, b: str, kind: str, sides: dict[str, str]
) -> None:
    assert _diffs(_judge(a, b))[kind] == sides


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what is negated is not what the other side says
        (
            "He was sentenced to life with no chance of parole.",
            "He was sentenced to life without parole.",
        ),
        (
            "Peterson showed no emotion as he was convicted of murder.",
            "Peterson was convicted of murder.",
        ),
        # the promise is told of something else than what the sides share
        (
            "Lohan checked into Betty Ford on Thursday for what is to be a three-month stay.",
            "Lohan checked into Betty Ford on Thursday night.",
        ),
        # one word in common is as often two things said of it
        (
            "AMD has long battled Intel in making chips for servers.",
            "With the purchase, AMD will turn itself into a server maker.",
        ),
        # one expectation, told in two tenses
        ("It expects to close the deal in March.", "The deal is expected to close in March."),
        # a present tense tells nothing done against a promise
        ("AMD will pay $334 million for SeaMicro.", "AMD is paying $334 million for SeaMicro."),
        # what the negation bears on is more than the one word both sides have
        (
            "A 6.1-magnitude quake struck Aceh, with no tsunami warning issued.",
            "A 6.1-magnitude quake struck Aceh, a region hit by the 2004 tsunami.",
        ),
        # both sides deny one thing, in other words ("no reports of damage" / "no damage
        # reported"; "we weren't executing" / "I didn't feel we were executing")
        (
            "There were no immediate reports of damage or casualties.",
            "No damage or injuries had been reported, the disaster chief said.",
        ),
        (
            "I feel on the floor we weren't executing the philosophy that we want.",
            "I didn't feel on the floor we were executing the philosophy we wanted.",
        ),
        # one negation written three ways
        ("Smith didn ’ t return a call.", "Smith did not return a call."),
        ("'I cant speak for the first death.", "'I can't speak for the first death."),
        # a contrast denies an alternative, not what the other side states
        (
            "We should be looking for ways to improve the act, not weaken it.",
            "The Bush rule weakened the act.",
        ),
        (
            "The company bought Atom chips from the distribution channel, not from Intel.",
            "Every SeaMicro server uses Atom chips from Intel.",
        ),
        (
            "AMD said the motive was not to sell servers but to offer fabric technology.",
            "AMD says the deal is about more than selling servers.",
        ),
        # what a source left unsaid, when it happened, that it happened before
        (
            "He did not say what Reid was being treated for.",
            "The publicist confirmed that Reid was being treated at Promises.",
        ),
        (
            "They could not be rescued until the next morning.",
            "A rescue helicopter carried them out this morning.",
        ),
        (
            "It is not the first time this year Bush has had a problem with his knee.",
            "Bush, a first-round pick, had a problem with his left knee.",
        ),
        # what would have been, or would be, were things otherwise; what a question asks
        (
            "The Saints would not have placed Bush on injured reserve if they were still in it.",
            "The Saints placed running back Reggie Bush on injured reserve.",
        ),
        (
            "The issue could allow remote code execution if a system browses to a website.",
            "The issue would allow a hacker remote code execution if a person surfs to a website.",
        ),
        (
            "The New Orleans Saints placed Reggie Bush on the injured list on Wednesday.",
            "Saints could shut down Reggie Bush?",
        ),
        # two things told of one place: neither the verb nor the subject is shared
        (
            "One person had been attacked outside of a local Rite Aid.",
            "Police investigators could be seen inside a Rite Aid store.",
        ),
        # "going to" a place is no promise
        (
            "Turkmenistan voted Sunday in a parliamentary election.",
            "Turkmenistan's voters are going to the polls in parliamentary elections.",
        ),
        # not at a place is denied only by being at it, not by getting to it
        (
            "Kroon said he was not at the church when the fire broke out.",
            "Kroon says by the time he got to the church, smoke was pouring out.",
        ),
        # "officially" (stem of "officials") is how, not what, the negation denies
        (
            "The facility has not been officially sanctioned by the court.",
            "Her lawyer negotiated with court officials to change the venue.",
        ),
        # one side denies what the other's denial bears on: the claims that there were
        # militants, not the claims (ECB+, the Gaza school)
        (
            "No militants were inside the school, the UN says.",
            "The UN denied Israeli claims that there were militants in the school.",
        ),
        # a refusal that bears on no word after it refuses what its sentence told before
        (
            "Prosecutors turned down an offer from Nichols to plead guilty.",
            "Nichols had offered to plead guilty, but prosecutors had refused.",
        ),
    ],
)
def test_negation_and_modality_of_something_else_are_no_divergence(a: str, b: str) -> None:
    assert {"negation", "modality"}.isdisjoint(_diffs(_judge(a, b)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The jury met on March 3, 2017.", "The jury met on 3 March 2017."),
        ("The attack came on Sept. 11, 2001.", "The attack came on September 11th 2001."),
    ],
)
def test_one_date_written_two_ways_agrees(a: str, b: str) -> None:
    assert _judge(a, b).kind == "agreement"


def test_one_number_grouped_two_ways_agrees() -> None:
    a = "The quake near Padang killed more than 1000 people."
    b = "The quake near Padang killed more than 1, 000 people."
    assert _judge(a, b).kind == "agreement"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("AMD announced the deal on February 29, 2012.", "AMD announced the deal on 2/29/2012."),
        ("AMD announced the deal today.", "AMD announced the deal on February 29, 2012."),
        ("The crash came in 2012.", "The crash came on February 29, 2012."),
        ("She checked in on Thursday.", "She checked in on May 2."),
        ("The report came out on 05/03/2013.", "The report came out on March 5, 2013."),
        ("The report came out on 05/03/2013.", "The report came out on May 3, 2013."),
    ],
)
def test_dates_that_cannot_contradict_each_other_agree(a: str, b: str) -> None:
    """A year and a full date of it, a date told two ways, a weekday and a date, or "today"
    against a date: no side names another value of the same thing."""
    assert "date" not in _diffs(_judge(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck at 7:42.", "The quake struck at 7:41."),
        ("The report came out on 05/03/2013.", "The report came out on May 4, 2013."),
        ("She checked in late on Thursday.", "She checked in early on Friday."),
    ],
)
def test_dates_naming_other_values_diverge(a: str, b: str) -> None:
    assert "date" in _diffs(_judge(a, b))


def test_numbers_of_different_things_are_details_not_a_divergence() -> None:
    m = _judge(
        "The Sixers fired their coach while floundering at 9-14.",
        "The Sixers fired their coach after a three-game losing streak.",
    )
    assert m.kind == "agreement"
    assert _diffs(m)["detail"] == {"A": "9, 14", "B": "three"}
    # the injured and the houses damaged are two counts (ECB+, the 2013 Aceh earthquake)
    m = _judge(
        "At least five people were injured and 10 houses were damaged in Takengon.",
        "Five people died and seven were injured in Takengon in the quake.",
    )
    assert "number" not in _diffs(m)
    # a count of quakes and their magnitudes are two things (ECB+, the 2009 Papua quakes)
    m = _judge(
        "A UN team was dispatched after two quakes struck west of Manokwari on Sunday.",
        "The quake was the latest since 7.6 and 7.5 magnitude quakes struck Manokwari on Sunday.",
    )
    assert "number" not in _diffs(m)


def test_a_measure_after_a_number_is_what_it_counts() -> None:
    """ "7.5 magnitude quakes" gives a magnitude; two magnitudes of one quake still differ."""
    m = _judge(
        "A 7.5 magnitude quake struck west of Manokwari on Sunday.",
        "A 7.6 magnitude quake struck west of Manokwari on Sunday.",
    )
    assert _diffs(m)["number"] == {"A": "7.5", "B": "7.6"}


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # a measure right before a number is what it counts (ECB+)
        (
            "West Papua was hit by a magnitude 6.1 earthquake today.",
            "West Papua was hit by two powerful earthquakes today.",
            False,
        ),
        (
            "He sprained the knee in last Thursday's 27-24 overtime loss at Chicago.",
            "He sprained the knee in the team's Week 15 loss at Chicago.",
            False,
        ),
        ("A magnitude 6.1 quake hit Aceh.", "A magnitude 6.4 quake hit Aceh.", True),
        # one after it wins: "4 minutes 48 seconds" counts seconds with its 48
        (
            "Ratliff scored with 4 minutes 48 seconds remaining.",
            "Ratliff scored with 48 minutes remaining.",
            False,
        ),
    ],
)
def test_a_measure_before_a_number_is_what_it_counts(a: str, b: str, diverge: bool) -> None:
    assert ("number" in _diffs(_judge(a, b))) == diverge


def test_ordinals_of_different_things_do_not_diverge_and_of_one_thing_do() -> None:
    # ECB+: a seed and a quarter are two things, though both are ordinals in digits
    m = _judge(
        "Colts beat Chiefs 20 - 13, clinch 5th seed in AFC playoffs.",
        "Luck throws for 205 yards, 4th - quarter TD as Colts beat Chiefs 20 - 13.",
    )
    assert "number" not in _diffs(m)
    m = _judge(
        "Peter Capaldi is the 12th actor to play the Doctor.",
        "Peter Capaldi is the 13th actor to play the Doctor.",
    )
    assert _diffs(m)["number"] == {"A": "12th", "B": "13th"}
    # a rank and a count of another value are two things (ECB+: the record-breaking point)
    m = _judge(
        "Hansbrough scored his 10th point on a bank shot to pass Ford.",
        "Hansbrough, who needed nine points coming in, passed Ford.",
    )
    assert "number" not in _diffs(m)
    # the round a fight stopped in is the rounds it lasted
    m = _judge(
        "Wladimir Klitschko stopped Tony Thompson in the 6th round.",
        "Wladimir Klitschko defeats Tony Thompson in six rounds.",
    )
    assert m.differences == ()


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # ECB+ (the 2013 Aceh earthquake): 70 are dozens
        (
            "Dozens of people were injured in the quake.",
            "70 people were injured in the quake.",
            False,
        ),
        (
            "Hundreds of people were injured in the quake.",
            "Five people were injured in the quake.",
            True,
        ),
        # ECB+ (an Internet Explorer flaw): "2m" read as two million is millions
        (
            "Hackers have used the flaw to steal data from millions of Windows users.",
            "Hackers have used the flaw to attack over 2m Windows users.",
            False,
        ),
        # "zero" of "zero-day" counts nothing
        (
            "Microsoft issued an emergency patch Wednesday for a zero-day Internet Explorer "
            "vulnerability.",
            "Microsoft has issued a rare emergency update for its Internet Explorer browser as "
            "attackers targeted a vulnerability on hundreds of thousands of webpages.",
            False,
        ),
    ],
)
def test_a_vague_count_agrees_with_the_counts_it_may_stand_for(
    a: str, b: str, diverge: bool
) -> None:
    assert ("number" in _diffs(_judge(a, b))) is diverge


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # ECB+: two players' points are two numbers
        (
            "Point guard Ty Lawson also chipped in 16 points for the Tar Heels.",
            "Shy Ely scored 23 points for the Purple Aces.",
            False,
        ),
        # one mother's children, named on one side or both
        ("Brooklyn mother of 12 Zurana Horton was shot.", "Horton was the mother of 13.", True),
        ("The Brooklyn mother of 12 was shot.", "Zurana Horton, a mother of 13, was shot.", True),
    ],
)
def test_numbers_of_two_named_owners_are_two_things(a: str, b: str, diverge: bool) -> None:
    assert ("number" in _diffs(_judge(a, b))) is diverge


def test_a_number_shared_is_no_detail_and_only_what_differs_is_shown() -> None:
    m = _judge(
        "Three men were executed and 40 were held.",
        "Two men were executed and 40 were held.",
    )
    assert _diffs(m)["number"] == {"A": "Three", "B": "Two"}
    assert "detail" not in _diffs(m)


@pytest.mark.parametrize(
    ("a", "b", "number"),
    [
        # news abbreviations: one value
        ("AMD will pay $334 million for SeaMicro.", "AMD will pay $334m for SeaMicro.", None),
        # a bare "m" may be millions (or metres)
        (
            "The flaw has let hackers into at least two million computers.",
            "The flaw has let hackers into over 2m computers.",
            None,
        ),
        ("He ran the 100m in 10 seconds.", "He ran the 200m in 10 seconds.", ("100m", "200m")),
        # a length in feet and in metres, rounded, is one length; two lengths are not
        (
            "The climber fell about 2,000 feet from the ridge.",
            "The climber fell about 600m from the ridge.",
            None,
        ),
        ("The quake struck 10 kilometers deep.", "The quake struck 6 miles deep.", None),
        # a whole number of a unit and a fraction of it that rounds to it are one length (ECB+
        # topic 37: "six miles" / "6. 2 miles"); a fraction that does not round to it is not
        ("The quake struck six miles deep.", "The quake struck 6.2 miles deep.", None),
        ("The quake struck six miles deep.", "The quake struck 6.5 miles deep.", ("six", "6.5")),
        ("The quake struck 200 metres deep.", "The quake struck 210 metres deep.", ("200", "210")),
        (
            "The climber fell about 700 metres from the ridge.",
            "The climber fell about 200 feet from the ridge.",
            ("700", "200"),
        ),
        # what follows each number is what it counts: hours and firefighters (ECB+, Wasilla),
        # but "people" may be any count (Yida's refugees)
        (
            "The fire was battled by firefighters for nearly eight hours.",
            "As many as 40 volunteer firefighters battled the fire.",
            None,
        ),
        (
            "Yida is a camp of about 20,000 refugees from the Nuba mountains.",
            "The bombs hit Yida, a refugee camp of roughly 21,000 people.",
            ("20,000", "21,000"),
        ),
        # what a number counts stops at a conjunction and skips "at least": the killed and
        # the injured are two facts
        (
            "The quake struck Aceh, killing at least three people and destroying homes.",
            "The quake struck Aceh: at least 50 reported injured.",
            None,
        ),
        (
            "The quake killed at least 12 people.",
            "The quake killed at least 24 people.",
            ("12", "24"),
        ),
        # a share and a count are never one number told two ways
        (
            "Over 2.5 million Turkmens are eligible to vote.",
            "The vote is valid with a turnout of more than 50 percent of eligible voters.",
            None,
        ),
    ],
)
def test_which_numbers_are_one_value_told_two_ways(
    a: str, b: str, number: tuple[str, str] | None
) -> None:
    found = _diffs(_judge(a, b)).get("number")
    assert found == (None if number is None else {"A": number[0], "B": number[1]})


def test_a_percentage_told_without_its_unit_is_the_same_number() -> None:
    m = _judge(
        "His blood-alcohol level was 0.41 percent.",
        "His blood-alcohol level was 0.41, five times the limit.",
    )
    assert "number" not in _diffs(m)


def test_quote_wording() -> None:
    m = _judge(
        "“The first refugee arrived on French land,” he said.",
        "“The first refugee has arrived on French land.",
        qa="The first refugee arrived on French land",
        qb="The first refugee has arrived on French land.",
    )
    assert _diffs(m)["quote"] == {"A": "arrived", "B": "has arrived"}


@pytest.mark.parametrize(
    ("qa", "qb", "quote"),
    [
        # words the writer put in brackets are not the speaker's (ECB+, Tara Reid's rep)
        (
            "We appreciate your respect to her (Tara Reid) and her family's privacy",
            "We appreciate your respect to her and her family's privacy",
            None,
        ),
        (
            "we should be looking at ways to strengthen [the Endangered Species Act]",
            "we should be looking for ways to improve it",
            {"A": "at … strengthen", "B": "for … improve it"},
        ),
    ],
)
def test_words_in_brackets_in_a_quote_are_the_writers(
    qa: str, qb: str, quote: dict[str, str] | None
) -> None:
    m = _judge(f"“{qa},” he said.", f"“{qb},” he said.", qa=qa, qb=qb)
    assert _diffs(m).get("quote") == quote


@pytest.mark.parametrize(
    ("a", "b", "sa", "sb"),
    [
        (
            "The talks failed, Lavrov said.",
            "The talks failed, Putin said.",
            "Sergei Lavrov",
            "Vladimir Putin",
        ),
        # a person named beside the other speaker does not speak for them
        (
            "The talks failed, John Kerry, beside David Cameron, said.",
            "The talks failed, David Cameron said.",
            "John Kerry",
            "David Cameron",
        ),
        # a surname that is also an ordinary word is a name where it stands capitalised within
        (
            "The white car was hit, White said.",
            "The white car was hit, Heller said.",
            "Terry White",
            "Mark Heller",
        ),
        # two people with one given name are two speakers
        (
            "She checked into rehab, Mark Heller said.",
            "She checked into rehab, Mark Smith said.",
            "Mark Heller",
            "Mark Smith",
        ),
        # and with one pair of initials (ECB+: the Chargers' general manager named two ways)
        (
            "“We are aware of the issue,” general manager A.J. Smith said.",
            "“We are aware of the issue,” general manager A.J. Butler said.",
            "A.J. Smith",
            "A.J. Butler",
        ),
    ],
)
def test_attribution(a: str, b: str, sa: str, sb: str) -> None:
    assert _diffs(_judge(a, b, sa=sa, sb=sb))["attribution"] == {"A": sa, "B": sb}


@pytest.mark.parametrize(
    ("a", "sa"),
    [
        # a pronoun read as the last person named, who is not always the speaker
        ("“I was stopped by an officer,” he said.", "Brad Baehr"),
        # a quote whose speaker another sentence names
        ("“I don't think any charges will be filed.", "Brad Baehr"),
    ],
)
def test_a_speaker_the_claim_does_not_name_is_no_other_speaker(a: str, sa: str) -> None:
    b = "“I was stopped by an officer,” Jackson said."
    m = _judge(a, b, sa=sa, sb="Vincent Jackson")
    assert "attribution" not in _diffs(m)


@pytest.mark.parametrize(
    ("a", "b", "sa", "sb"),
    [
        # a spelling variant of the speaker
        (
            "The refugee arrived, Deumier said.",
            "The refugee arrived, Duemier said.",
            "Joël Deumier",
            "Joel Duemier",
        ),
        # an acronym of the speaker
        (
            "He was on probation for a previous DUI arrest, the CHP said.",
            "He was on probation for a previous DUI arrest, the California Highway Patrol said.",
            "CHP",
            "California Highway Patrol",
        ),
        # a word in capitals gives all its letters (ECB+: the quake's depth, "said the USGS")
        (
            "The quake struck at a depth of 10 kilometres, said the USGS.",
            "The quake struck at a depth of 10 kilometres, the US Geological Survey said.",
            "USGS",
            "US Geological Survey",
        ),
        # a description ("her rep"; "Police" starting a sentence, in small letters elsewhere)
        (
            "Reid checked into rehab, her rep said.",
            "Reid checked into rehab, Ketsoyan said.",
            "her rep",
            "Jack Ketsoyan",
        ),
        (
            "Police said the woman was struck at 7 p.m.",
            "The woman was struck at 7 p.m. by a car the police found, said Sgt. Marty Earley.",
            "Police",
            "Marty Earley",
        ),
        # a body and the person one side has speak for it
        (
            "Attacks were spreading, said Paul Ferguson, a researcher from Trend Micro.",
            "Attacks were spreading, Trend Micro said.",
            "Paul Ferguson",
            "Trend Micro",
        ),
        (
            "Attacks were spreading, Qualys CTO Wolfgang Kandek said.",
            "Attacks were spreading, Qualys said.",
            "Wolfgang Kandek",
            "Qualys",
        ),
        (
            "Attacks were spreading, Trend Micro's Paul Ferguson said.",
            "Attacks were spreading, Trend Micro said.",
            "Paul Ferguson",
            "Trend Micro",
        ),
        # a body named more or less fully
        (
            "The quake struck at 9 a.m., the Geological Survey said.",
            "The quake struck at 9 a.m., the US Geological Survey said.",
            "Geological Survey",
            "US Geological Survey",
        ),
    ],
)
def test_one_speaker_written_two_ways_is_no_divergence(a: str, b: str, sa: str, sb: str) -> None:
    assert "attribution" not in _diffs(_judge(a, b, sa=sa, sb=sb))


def test_a_number_on_one_side_only_is_a_detail_not_a_divergence() -> None:
    m = _judge("Men had been executed.", "Three men had been executed.")
    assert m.kind == "agreement" and _diffs(m)["detail"] == {"A": "—", "B": "Three"}


@pytest.mark.parametrize(
    ("a", "b", "changes"),
    [
        ("we agreed to check", "we agreed to check", []),
        ("we spoke about it", "we spoke about it and more besides", []),  # a longer quote
        ("refugee arrived on land", "refugee has arrived on land", [("arrived", "has arrived")]),
        ("three men died here", "two men died here", [("three", "two")]),
        # one wording written two ways: a contraction and its words, British and American
        # spelling, a compound as one word or two (ECB+: Gaza's children "terrorised …
        # traumatised", Sudan's "endgame … oilfields"); not a word that only looks alike
        ("and that's what we did", "and that is what we did", []),
        ("we don't need it", "we do not need it", []),
        ("they were terrorized and traumatized", "they were terrorised and traumatised", []),
        ("the endgame for the oilfields", "the end game for the oil fields", []),
        ("the colour of the centre", "the color of the center", []),
        ("we have four of them", "we have for of them", [("four", "for")]),
        ("where I'm at right now", "where I am right now", [("I'm at", "I am")]),
        ("John's car was there", "John is car was there", [("John's", "John is")]),
        # a change in words the quote has elsewhere is shown with the word before it, so it
        # reads, and is marked, where it stands
        (
            "In the end our violence is less than the violence the system uses",
            "In the end our violence is less than the violence of the system uses",
            [("violence the", "violence of the")],
        ),
        ("the man said the man ran", "the man said a man ran", [("said the", "said a")]),
        # but never with a word the change before it shows
        (
            "the cat sat the cat sat",
            "the big cat black sat the cat sat",
            [("the cat", "the big cat"), ("sat", "black sat")],
        ),
        # apostrophes of either kind, or set off by a tokeniser, are no change of wording
        ("She's in rehab right now", "She’s in rehab right now", []),
        ("She's in rehab right now", "She ’ s in rehab right now", []),
        ("She's in rehab right now", "She was in rehab right now", [("She's", "She was")]),
        # a number in words or digits, and a conjunction where a sentence was split, are none
        ("becoming the Twelfth Doctor", "becoming the 12th Doctor", []),
        ("twelve people were hurt", "12 people were hurt", []),
        ("Many were injured but it is hard", "Many were injured it is hard", []),
        # two long quotes sharing few words are two things said, not one worded two ways
        (
            "She is interested in going back to Betty Ford because she knows everyone",
            "She has completed her course of treatment there and looks forward to more",
            [],
        ),
        # nor is a word against a long quote it is not in, nor a phrase of which the long
        # one has no more than half the words
        ("suspicious", "We have no idea what caused it", []),
        ("military invasion", "intended to justify his pending invasion of the south", []),
        # two short ones with a word in common may be one remark quoted two ways
        (
            "it moved very very rapidly",
            "it moved unbelievably quickly",
            [("very very rapidly", "unbelievably quickly")],
        ),
        # a term of a word or two, in the number or form its sentence needs, is one term;
        # a word of a longer quote in another form is a change of wording
        ("microserver", "microservers", []),
        ("building blocks", "new server building block", []),
        ("building blocks", "new server building tools", [("blocks", "tools")]),
        ("building blocks for OEMs", "building block for OEMs", [("blocks", "block")]),
        ("I just wanted to say", "I just want to say", [("wanted", "want")]),
        # two with nothing in common, not even a stem, are two remarks (two people's, in ECB+)
        ("moved very very rapidly", "unbelievably quickly", []),
    ],
)
def test_word_changes(a: str, b: str, changes: list[tuple[str, str]]) -> None:
    assert word_changes(a, b) == changes


def test_the_sources_that_differ_are_those_saying_another_kind_of_thing() -> None:
    """In the coverage table, a source differs from the others by what its words say: two
    things done in other verbs agree; the thing to come and the one negation differ."""
    m = Match(
        ("A1", "B1", "C1", "D1"),
        "divergence",
        0.5,
        (
            Difference(
                "modality",
                (
                    ("A", "checked into the"),
                    ("B", "admitted herself to"),
                    ("C", "is to be"),
                    ("D", "—"),
                ),
            ),
            Difference(
                "negation",
                (("A", NOT_NEGATED), ("B", NOT_NEGATED), ("C", NOT_NEGATED), ("D", "never ever")),
            ),
        ),
    )
    assert differing_sources(m) == {"C", "D"}


def test_sides_telling_no_modality_are_not_counted_as_done() -> None:
    """A side whose words bear no modality on the shared fact ("—") is neither done nor
    promised: two promises against one thing done make the thing done the odd one."""
    m = Match(
        ("A1", "B1", "C1", "D1", "E1", "F1"),
        "divergence",
        0.5,
        (
            Difference(
                "modality",
                (
                    ("A", "will pay $334"),
                    ("B", "will acquire SeaMicro"),
                    ("C", "bought SeaMicro for"),
                    ("D", "—"),
                    ("E", "—"),
                    ("F", "—"),
                ),
            ),
        ),
    )
    assert differing_sources(m) == {"C"}


def test_a_divergence_table_sets_the_odd_sides_in_bold() -> None:
    """Among many sources, the words that say something else than most are in bold; between
    two, neither is (there is no majority)."""
    many = Difference("negation", (("A", NOT_NEGATED), ("B", NOT_NEGATED), ("C", "never ever")))
    assert _difference_row(many, ["A", "B", "C"]) == (
        "| negation | (not negated) | (not negated) | **never ever** |"
    )
    two = Difference("date", (("A", "on Monday"), ("B", "on Tuesday")))
    assert _difference_row(two, ["A", "B"]) == "| date | on Monday | on Tuesday |"
    # a date differs from most where it conflicts with theirs: not "today", a year, or the
    # same day with its date (ECB+, Lohan's check-in)
    dated = Difference(
        "date",
        (
            ("A", "on Thursday"),
            ("B", "Thursday"),
            ("C", "Thursday"),
            ("D", "2012"),
            ("E", "today"),
            ("F", "on Thursday, May 2"),
            ("G", "Friday, 1: 30 a. m."),
        ),
    )
    assert _difference_row(dated, list("ABCDEFG")) == (
        "| date | on Thursday | Thursday | Thursday | 2012 | today | on Thursday, May 2 | "
        "**Friday, 1: 30 a. m.** |"
    )


def test_one_speaker_named_more_or_less_fully_is_no_odd_side() -> None:
    """Among many sources, "Heller", "Mark Heller" and "Mark Jay Heller" are one speaker: only
    the side that names another one is set in bold (ECB+, Lohan's lawyer against the
    prosecutor)."""
    d = Difference(
        "attribution",
        (
            ("C", "Terry White"),
            ("I", "Mark Heller"),
            ("N", "Mark Jay Heller"),
            ("Q", "Mark Jay Heller"),
            ("T", "Heller"),
        ),
    )
    assert _difference_row(d, list("CINQT")) == (
        "| attribution | **Terry White** | Mark Heller | Mark Jay Heller | Mark Jay Heller "
        "| Heller |"
    )
    # a given name in common is no one speaker
    two = Difference("attribution", (("A", "Mark Heller"), ("B", "Mark Smith"), ("C", "Smith")))
    assert _difference_row(two, list("ABC")) == (
        "| attribution | **Mark Heller** | Mark Smith | Smith |"
    )


def test_when_each_page_was_published_is_no_divergence() -> None:
    m = _judge(
        "Lohan checks into rehab May 2, 2013 1: 12 PM Lindsay Lohan checked into rehab Thursday.",
        "Lohan enters rehab May 3, 2013 | 8: 20 am Lindsay Lohan checked into rehab on Thursday.",
    )
    assert m.kind == "agreement"
    m = _judge(
        "Lohan enters rehab May 3, 2013 | 8: 20 am Lohan checked into rehab on Thursday.",
        "Lohan enters rehab May 3, 2013 | 8: 20 am Lohan checked into rehab on Friday.",
    )
    assert _diffs(m)["date"] == {"A": "on Thursday", "B": "on Friday"}


def test_what_one_side_adds_is_one_detail() -> None:
    m = _judge(
        "Lohan checked out of the Betty Ford Center.",
        "Lohan checked out of the Betty Ford Center on Thursday after a 30 - day program.",
    )
    assert m.kind == "agreement"
    assert [d.type for d in m.differences] == ["detail"]
    assert _diffs(m)["detail"] == {"A": "—", "B": "30, on Thursday"}


def test_names_in_a_dateline_are_no_name_difference() -> None:
    """ "Posted on Thu Jun 13, 2013 …" names no one: a claim's names leave its dateline out,
    and the judge leaves datelines out, so only the places differ."""
    a = "Lindsay Lohan left rehab Posted on Thu Jun 13, 2013 08: 45 AM PDT Lindsay Lohan has"
    a += " checked out of the Betty Ford Center in Palm Springs."
    b = "Lindsay Lohan has checked out of the Betty Ford Center in Rancho Mirage."
    m = _judge(a, b)
    names = enrich(Claim("A1", "A", a, 1, (0, len(a)))).names
    assert names == ("Lindsay Lohan", "Betty Ford Center", "Palm Springs")
    assert _diffs(m)["name"] == {"A": "Palm Springs", "B": "Rancho Mirage"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Comeaux escaped Nov. 30 and was caught Dec 7 in Houston.", ("Comeaux", "Houston")),
        ("Texas prisoner caught Dec. 7, 2009 A convicted sex offender was caught.", ("Texas",)),
        # an abbreviation alone, or a given name, stays a name
        ("Jan Smith met residents of Mar Vista.", ("Jan Smith", "Mar Vista")),
    ],
)
def test_a_short_month_or_weekday_before_a_day_is_no_name(
    text: str, names: tuple[str, ...]
) -> None:
    assert enrich(Claim("A1", "A", text, 1, (0, len(text)))).names == names


def test_a_title_in_quotation_marks_is_no_name_difference() -> None:
    """ "The “Mean Girls” star" names a film, not someone the sides could disagree on."""
    a = "The “Mean Girls” star Lindsay Lohan checked into the Betty Ford Center."
    b = "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage."
    assert "Mean Girls" in enrich(Claim("A1", "A", a, 1, (0, len(a)))).names
    assert "name" not in _diffs(_judge(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # each side names someone else besides: no one name stands against another
        (
            "Andre Miller is averaging 15.5 points per game for the Sixers.",
            "The Sixers made the off-season acquisition of Elton Brand.",
        ),
        # a full name the other side gives by one word is one they share
        (
            "Lindsay Lohan checked into the Betty Ford Center.",
            "Lohan checked into the Betty Ford Center in Rancho Mirage.",
        ),
        # a person and a team (or a body, a place) never stand for one thing
        (
            "The Colts could clinch a berth with a win or a Pittsburgh Steelers loss.",
            "The Colts clinched a berth behind a win by Andrew Luck.",
        ),
    ],
)
def test_names_that_stand_for_different_things_are_no_name_difference(a: str, b: str) -> None:
    assert "name" not in _diffs(_judge(a, b))


def test_values_listed_apart_by_semicolons_are_each_marked() -> None:
    from factdiff.render import _bold_words

    assert _bold_words("killed 230, 000 people in 13 countries", ["230, 000; 13"]) == (
        "killed **230, 000** people in **13** countries"
    )


def test_a_value_is_marked_where_it_stands_alone_not_inside_a_longer_number() -> None:
    """ECB+: "1 dead", not the "1" of the magnitude "6. 1" as tokenised text spaces it."""
    from factdiff.render import _bold_words

    text = "Magnitude - 6. 1 quake hits Indonesia 1 dead Tuesday"
    assert _bold_words(text, ["1"]) == "Magnitude - 6. 1 quake hits Indonesia **1** dead Tuesday"


def test_values_listed_apart_by_commas_are_each_marked() -> None:
    """A cell lists values by commas when none holds one ("on Thursday, 7 p.m., Wednesday"),
    and a value holding a comma stays whole."""
    from factdiff.render import _bold_words

    text = "She was identified on Thursday; she was struck around 7 p.m. Wednesday."
    assert _bold_words(text, ["on Thursday, 7 p.m., Wednesday"]) == (
        "She was identified **on Thursday**; she was struck around **7 p.m.** **Wednesday**."
    )
    assert _bold_words("killed on Oct. 21, 2011 at 2", ["Oct. 21, 2011; 2"]) == (
        "killed on **Oct. 21, 2011** at **2**"
    )


def test_a_quotes_words_are_marked_across_the_punctuation_between_them() -> None:
    """A quote's change is shown as words only ("choice It's"); the text may have a point or a
    comma between them, and they are marked there, not left unmarked."""
    from factdiff.render import _bold_words

    text = "I think it's a really canny choice. It's going to be a thrill."
    assert _bold_words(text, ["choice It's"]) == (
        "I think it's a really canny **choice. It's** going to be a thrill."
    )
    assert _bold_words("a choice, it is", ["choice It's"]) == "a choice, it is"


def test_a_number_is_marked_where_it_counts_not_in_a_time() -> None:
    """ "mother of 12" is the number the table shows, not the "12" of the time "12: 12 AM"; a
    time itself, or a number written only in one, is still marked."""
    from factdiff.render import _bold_words

    text = "APRIL 11, 2013, 12: 12 AM Two men went on trial for killing a mother of 12."
    assert _bold_words(text, ["12"]).endswith("a mother of **12**.")
    assert _bold_words(text, ["12: 12 AM"]) == text.replace("12: 12 AM", "**12: 12 AM**")
    assert _bold_words("at 3: 30 a. m.", ["30"]) == "at 3: **30** a. m."


def test_a_number_counts_the_word_after_a_hyphen_tokenised_text_sets_apart() -> None:
    """ "child dead as 6. 1 - magnitude earthquake": the number is a magnitude, not a count of
    the dead, though "dead" stands just before it."""
    a = "Five dead in Indonesia quake as buildings collapsed."
    b = "Child dead as 6. 1 - magnitude earthquake hits Indonesia."
    assert "number" not in _diffs(_judge(a, b))
    assert "number" in _diffs(_judge(a, "Six dead in Indonesia quake as buildings collapsed."))


def test_a_date_cell_shows_the_dates_in_conflict_not_those_agreed() -> None:
    m = _judge(
        "Jackson was arrested at 3 p.m. on Monday, May 2, 2011.",
        "Jackson was arrested at 3 p.m. on Tuesday.",
    )
    assert _diffs(m)["date"] == {"A": "on Monday", "B": "on Tuesday"}


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # ECB+: the arrest and the game it will not stop are two things of one story
        (
            "Despite his arrest early yesterday, Vincent Jackson will play in Sunday's game.",
            "Vincent Jackson was arrested Tuesday on suspicion of drunk driving.",
            False,
        ),
        (
            "Prosecutors charged Simpson in the April 2012 shooting death of Ka'Loni Flynn.",
            "Trial is set for June 17 for Christopher Kenyon Simpson.",
            False,
        ),
        # one thing, told on two days or at two times
        ("Vincent Jackson was arrested on Monday.", "Vincent Jackson was arrested Tuesday.", True),
        # an aside in brackets does not cut a date from what it dates
        (
            "They also signed veteran DeShawn Wynn (Florida) on Tuesday to serve as a backup.",
            "New Orleans picked up DeShawn Wynn on Monday after putting Chris Ivory on reserve.",
            True,
        ),
        # the time a crowd dispersed and the time its protest began are two things
        (
            "At this point (10:30 p.m.), the police said that the crowd has dispersed.",
            "They said the protest began around 8:30pm but the crowd is being dispersed.",
            False,
        ),
        # times a few minutes apart are one time told two ways, whatever the words around them
        (
            "A call came in from the Valley Hotel at 3:33 a.m. from someone who saw smoke.",
            "Owen says the fire call came in at 3:30 a.m.",
            True,
        ),
        ("He set the record with 7:41 to go.", "He moved into the top spot with 7:42 left.", True),
    ],
)
def test_dates_diverge_only_where_they_date_one_thing(a: str, b: str, diverge: bool) -> None:
    assert ("date" in _diffs(_judge(a, b))) is diverge


def test_a_claim_joined_by_a_leads_link_alone_is_not_compared() -> None:
    """A claim a lead's link alone brought into a match tells the story again in other words
    (``Alignment.retold``): shown with the match, its date is not held against the others'
    (ECB+: testimony heard Tuesday, jurors arriving Monday, one trial)."""
    texts = {
        "A1": "Jurors heard testimony Tuesday in the trial of Jermayne Timmons.",
        "B1": "Jurors heard testimony in the trial of Jermayne Timmons, accused of the shooting.",
        "B2": "Potential jurors walked into the courthouse Monday for the trial.",
    }
    claims = {
        cid: enrich(Claim(cid, cid[0], t, int(cid[1]), (0, len(t)))) for cid, t in texts.items()
    }
    common = common_words([name_context([t]) for t in texts.values()])
    compared = judge(Alignment(("A1", "B1", "B2"), 0.4), claims, common)
    assert "date" in _diffs(compared)
    retold = judge(Alignment(("A1", "B1", "B2"), 0.4, retold=("B2",)), claims, common)
    assert "date" not in _diffs(retold)
    assert retold.claims == ("A1", "B1", "B2"), "still shown with the match"


def test_a_larger_match_diverges_only_where_linked_claims_differ() -> None:
    """A match grows by links (A1~B1, A2~B2): the speakers of A1 and B2, which no link
    joined, are two facts' speakers, not one fact told by two (ECB+: police charged the
    driver; witnesses say she was hit)."""
    texts = {
        "A1": "A Schenectady man has been charged in the fatal crash, New York Police said.",
        "A2": "Subryan struck Raj Chohan as she walked along parked cars on 117th Street.",
        "B1": "A woman has died after being hit by a car, and the driver was charged.",
        "B2": "Witnesses say Raj Chohan was leaving her car on 117th Street when she was hit.",
    }
    speakers = {"A1": "New York Police", "B2": "Witnesses"}
    claims = {
        cid: enrich(Claim(cid, cid[0], t, int(cid[1]), (0, len(t)), speaker=speakers.get(cid)))
        for cid, t in texts.items()
    }
    common = common_words([name_context([t]) for t in texts.values()])
    ids = ("A1", "A2", "B1", "B2")
    # read as whole sides, the police and the witnesses stand against each other
    assert "attribution" in _diffs(judge(Alignment(ids, 0.4), claims, common))
    linked = judge(Alignment(ids, 0.4, links=(("A1", "B1"), ("A2", "B2"))), claims, common)
    assert "attribution" not in _diffs(linked)
    assert linked.kind == "agreement"
    # where the police's claim and the witnesses' are linked, the difference stands
    crossed = Alignment(ids, 0.4, links=(("A1", "B1"), ("A1", "B2"), ("A2", "B2")))
    assert "attribution" in _diffs(judge(crossed, claims, common))


def test_a_quote_of_three_sources_reads_the_same_in_any_order() -> None:
    """Two sources give a quotation one way, a third another way: the table shows each wording
    on every source that gives it, whichever letters the sources have (ECB+: Capaldi's "not to
    keep this secret any more" / "the secret any longer")."""
    one = "It is so wonderful not to keep this secret any more"
    other = "It's so wonderful not to keep the secret any longer"

    def quoted(order: dict[str, str]) -> dict[str, str]:
        claims = {
            f"{src}1": enrich(
                Claim(f"{src}1", src, f"“{q},” he said.", 1, (0, len(q) + 12), quote=q)
            )
            for src, q in order.items()
        }
        m = judge(Alignment(tuple(sorted(claims)), 0.9), claims, frozenset())
        return _diffs(m)["quote"]

    # the same three reports lettered two ways: two give one wording, the third the other
    first = quoted({"A": one, "B": one, "C": other})
    second = quoted({"A": other, "B": one, "C": one})
    assert first["A"] == first["B"] == second["B"] == second["C"]
    assert first["C"] == second["A"] != first["A"]
    assert "this" in first["A"] and "the" in first["C"]


def test_a_quote_with_more_said_around_it_shows_its_wording() -> None:
    """A third source that gives one of the two wordings with another sentence quoted before
    it shows that wording in the table, not "—" (ECB+ topic 37: "injuries suffered" in a
    source that first quotes "A child died when a wall collapsed"); a source quoting only
    something else shows none."""
    one = "We have received around 50 people with injuries suffered when the walls collapsed"
    other = "We have received around 50 people with injuries sustained when the walls collapsed"
    more = "A child died when a wall collapsed. " + one
    apart = "A child died when a wall collapsed"
    quotes = {"A": other, "B": one, "C": one, "D": more, "E": apart}
    claims = {
        f"{src}1": enrich(Claim(f"{src}1", src, f"“{q},” she said.", 1, (0, len(q) + 13), quote=q))
        for src, q in quotes.items()
    }
    m = judge(Alignment(tuple(sorted(claims)), 0.9), claims, frozenset())
    cells = _diffs(m)["quote"]
    assert cells["B"] == cells["C"] == cells["D"] != cells["A"]
    assert "suffered" in cells["D"] and "sustained" in cells["A"]
    assert "E" not in cells


def test_a_sides_numbers_are_listed_in_its_own_order_whatever_the_sources_order() -> None:
    """A side whose numbers conflict with two other sides' lists them as its text gives them,
    not in the order of the sources they conflict with."""
    texts = (
        "The 6.1 magnitude quake killed five people in Aceh.",
        "The quake killed two people in Aceh.",
        "The 7.2 magnitude quake killed people in Aceh.",
    )
    cells = []
    for order in ((0, 1, 2), (0, 2, 1)):
        claims = {
            f"{src}1": enrich(Claim(f"{src}1", src, texts[k], 1, (0, len(texts[k]))))
            for src, k in zip("ABC", order, strict=True)
        }
        m = judge(Alignment(tuple(sorted(claims)), 0.9), claims, frozenset())
        cells.append(_diffs(m)["number"]["A"])
    assert cells == ["6.1, five", "6.1, five"]


_JUDGE_WORDS = (
    "Jackson was arrested on Monday Tuesday at 3:30 3:33 p.m. five six 12 13th dozens 70 people "
    "killed injured in Aceh Sumatra Ty Lawson Shy Ely scored points said police witnesses not "
    "never will would the a quake of and"
)
_QUOTES = (
    None,
    "It is so wonderful not to keep this secret any more",
    "It's so wonderful not to keep the secret any longer",
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(sentences(_JUDGE_WORDS, 14), st.sampled_from(_QUOTES)), min_size=2, max_size=4
    ),
    st.permutations(range(4)),
)
def test_the_judge_does_not_depend_on_the_sources_letters(
    drawn: list[tuple[str, str | None]], letters: list[int]
) -> None:
    """The same claims lettered in another order give the same kind and the same differences,
    each side's words with its claim (the letters only change). Claims draw their words from
    dates, times, numbers, vague counts, names and negations, and a quotation worded one of two
    ways or none."""
    texts = [t if q is None else f"{t} “{q},” he said." for t, q in drawn]
    ids = "ABCD"

    def findings(lettering: list[int]) -> tuple[str, set[tuple[str, frozenset[tuple[int, str]]]]]:
        source = {ids[lettering[k]]: k for k in range(len(texts))}
        claims = {
            f"{s}1": enrich(Claim(f"{s}1", s, texts[k], 1, (0, len(texts[k])), quote=drawn[k][1]))
            for s, k in source.items()
        }
        m = judge(Alignment(tuple(sorted(claims)), 0.5), claims, frozenset())
        return m.kind, {
            (d.type, frozenset((source[s], w) for s, w in d.sides)) for d in m.differences
        }

    assert findings(list(range(4))) == findings(letters)


_QUOTE_WORDS = st.sampled_from(
    "that's that is I'm I am don't do not colour color centre center end game endgame "
    "terrorised terrorized four for the a was it's it is".split(" ")
)


@given(st.lists(_QUOTE_WORDS, min_size=1, max_size=8), st.lists(_QUOTE_WORDS, max_size=8))
def test_one_wording_is_read_alike_both_ways(a: list[str], b: list[str]) -> None:
    """A stretch of a quote is its own wording, and one wording is one either way round."""
    x, y = " ".join(a), " ".join(b)
    assert same_wording(x, x)
    assert same_wording(x, y) == same_wording(y, x)


def test_a_modality_row_shows_the_cues_that_differ() -> None:
    """Among three sources, the cue of a side that differs from no other is not shown, as a
    number no side contradicts is not listed (ECB+, the endangered species rule: "required to
    consult" / "will be required to consult", not a third source's "signed the rule")."""
    texts = {
        "A": "Agencies are required to consult scientists on the rule, officials said.",
        "B": "Agencies will be required to consult scientists on the rule, officials said.",
        "C": "Obama signed the rule on Tuesday, officials said.",
    }
    claims = {f"{s}1": enrich(Claim(f"{s}1", s, t, 1, (0, len(t)))) for s, t in texts.items()}
    m = judge(Alignment(tuple(sorted(claims)), 0.9), claims, frozenset())
    cells = _diffs(m)["modality"]
    assert "required" in cells["A"] and "will" in cells["B"]
    assert cells["C"] == "—"


def test_a_source_that_does_not_state_what_a_negation_denies_tells_nothing_of_it() -> None:
    """Among three sources, one that neither negates nor states what another's negation
    denies shows "—", not "(not negated)": it says nothing of it (ECB+, the Lohan rehab)."""
    texts = {
        "A1": "Lindsay Lohan checked into Morningside Recovery on Thursday.",
        "B1": "Lindsay never checked into Morningside Recovery on Thursday.",
        "C1": "Lindsay Lohan went to a rehab facility in Newport Beach on Thursday.",
        "D1": "Lohan checked into Morningside Recovery in Newport Beach on Thursday.",
    }
    claims = {i: enrich(Claim(i, i[0], t, 1, (0, len(t)))) for i, t in texts.items()}
    common = common_words([name_context([t]) for t in texts.values()])
    m = judge(Alignment(tuple(texts), 0.5), claims, common)
    negation = {"A": NOT_NEGATED, "B": "never checked", "C": "—", "D": NOT_NEGATED}
    assert _diffs(m)["negation"] == negation
    assert "B" in differing_sources(m) and "C" not in differing_sources(m)
