from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factdiff.claims import core_text, extract_claims
from factdiff.clean import clean
from factdiff.config import default_settings
from factdiff.models import Claim, Document


def _claims(text: str) -> list[Claim]:
    settings = default_settings()
    return extract_claims(clean(Document("A", "x.txt", text, "txt"), settings.clean), settings)


def test_spans_point_at_the_claim_text() -> None:
    text = (
        "Intro.  Macron met Putin in Versailles, but he did not go into any detail.\n\n"
        "End here now."
    )
    for c in _claims(text):
        assert text[c.span[0] : c.span[1]] == c.text


def test_a_sentence_with_two_facts_gives_two_claims() -> None:
    claims = _claims(
        "Macron added that Putin took steps to establish the truth, but did not go into detail."
    )
    assert [c.text for c in claims] == [
        "Macron added that Putin took steps to establish the truth",
        "did not go into detail.",
    ]
    assert {c.speaker for c in claims} == {"Macron"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We spoke about the cases,” Macron said during a press conference.", "Macron"),
        (
            "The refugee arrived, according to Joël Deumier, president of SOS Homophobie.",
            "Joël Deumier",
        ),
        ("“If they knew, they would kill me,” Nokhcho, who used a pseudonym, told NBC.", "Nokhcho"),
        # an initial's or a short title's period is no clause boundary (ECB+, the Chargers)
        (
            "“We are aware of the issue,” team general manager A.J. Smith said in a statement.",
            "A.J. Smith",
        ),
        ("Police Sgt. Marty Earley said the man fled.", "Marty Earley"),
        # the words after "which" speak (ECB+, the endangered species rule)
        (
            "The rules changed, which Interior Secretary Dirk A. Kempthorne said were minor.",
            "Dirk A. Kempthorne",
        ),
        # after an aside set off by commas, the speaker follows the verb (ECB+, Mt Cook)
        (
            "Mr Buckley, originally from Essex in the UK, lived in New Zealand, says the Press "
            "Association.",
            "Press Association",
        ),
        # a place qualifying the speaker is where the speaker is, not who (ECB+, Gaza)
        (
            "A United Nations official in Gaza said the school was marked.",
            "A United Nations official in Gaza",
        ),
        # an aside in brackets before the verb is no part of the speaker (ECB+, AMD and ATI)
        (
            "Advanced Micro Devices (NYSE: AMD) announced the largest acquisition in its history.",
            "Advanced Micro Devices",
        ),
        ("The news was announced by Joel Deumier, president of a rights group.", "Joel Deumier"),
        (
            "Russian newspaper Novaya Gazeta reported that three men had been executed.",
            "Novaya Gazeta",
        ),
        ("The government denied accounts of the reports.", "The government"),
        # the person, not the body they speak from
        (
            "“We have no idea,” the Rev. Larry Kroon of the Wasilla Bible Church said.",
            "Larry Kroon",
        ),
        ("“We are ready,” Secretary of State John Kerry said.", "John Kerry"),
        ("“It was close,” said WCCO TV Managing Editor Angela Benson.", "Angela Benson"),
        # a body's name that runs on with "of" is the speaker whole
        (
            "He was hit seven times, according to the Office of the Chief Medical Examiner.",
            "Office of the Chief Medical Examiner",
        ),
        (
            "He was hit, according to the New York City Office of the Mayor spokesman Joe Smith.",
            "Joe Smith",
        ),
        # the verb before its speaker, and a speaker set off with a description
        (
            "“He will stay in jail,” said Christina Greenway, daughter of the court reporter.",
            "Christina Greenway",
        ),
        ("“We are fine for now,” says the company's spokesman.", "the company's spokesman"),
        ("Steven Moffat, lead writer of Doctor Who, said the role was cast.", "Steven Moffat"),
        ("Lohan's lawyer, Mark Heller, said she was in rehab.", "Mark Heller"),
        # a description after the name with its closing comma left out
        ("Steven Moffat, lead writer and producer says: “It is a combination.”", "Steven Moffat"),
        ("Andrew Feldman, chief executive of SeaMicro has said that it grew.", "Andrew Feldman"),
        ("Charlotte Moore, Controller BBC One says: “He has the genius.”", "Charlotte Moore"),
        (
            "Ben Stephenson, Controller, BBC Drama Commissioning says: “We started.”",
            "Ben Stephenson",
        ),
        # "he said" after a quote is the speaker named before the quote
        (
            "Steven Moffat, lead writer of Doctor Who, said: “It is a combination,” he said.",
            "Steven Moffat",
        ),
        # a name after "of", "for", "against" … is whom the speaker is of, not the speaker
        ("A friend of Olson said she obtained a loan.", "A friend of Olson"),
        (
            "The president of South Sudan said the bombing was an act of war.",
            "The president of South Sudan",
        ),
        ("The lawyer for Lindsay Lohan said she is in rehab.", "The lawyer for Lindsay Lohan"),
        ("The charges against Olson allege she obtained a loan.", "The charges against Olson"),
        # but the author of a report is its source
        ("He fled, according to reports by the New York Daily News.", "New York Daily News"),
        # "allege" introduces what someone claims
        ("Prosecutors allege Simpson shot Flynn after she told him.", "Prosecutors"),
        # a sentence opened by "But" or "And" before its speaker
        ("But AMD executives said the deal will boost its offerings.", "AMD executives"),
        ("But Kiir said Thursday that the accusations are smoke screens.", "Kiir"),
        # "has said", "have said"; not "have claimed" or "added to", which do other things
        ("The fire chief has said an investigation is underway.", "The fire chief"),
        ("Israel has said it fired in self-defence.", "Israel"),
        ("The standings have claimed another coach.", None),
        ("The Marshals have added to their list a man serving three life sentences.", None),
        ("Breaking such a record adds to his legend.", None),
        # an inverted speaker may hold "of" ("said Sutopo Purwo Nugroho of the National …")
        (
            "Twelve people were killed, said Sutopo Purwo Nugroho of the National Disaster "
            "Mitigation Agency.",
            "Sutopo Purwo Nugroho",
        ),
        # an opening quotation mark typed for a closing one before the verb
        ("“I made the decision because we were not progressing, “said Stefanski.", "Stefanski"),
        # an inverted speaker described in small letters before the name (ECB+)
        ("“Georgia is a conservative state,” said state Rep. Barry Fleming.", "Barry Fleming"),
        ("One man was killed, said disaster agency official Fauzi.", "Fauzi"),
        (
            "“We face a delicate situation,” said military spokesman Brigadier General Avi "
            "Benayahu.",
            "Avi Benayahu",
        ),
        (
            "“I felt we were not progressing,” said general manager Ed Stefanski at a news "
            "conference.",
            "Ed Stefanski",
        ),
        # but words in small letters that end in no name are no speaker
        ("The man, said to be 40, fled.", None),
        # two speakers joined by "and" speak together; one person's two titles are one person
        ("Locke and Salazar said the departments will review the rules.", "Locke and Salazar"),
        ("AMD and SeaMicro say that they will explore the fabric.", "AMD and SeaMicro"),
        ("Police and the woman's friend said he was drunk.", "Police and the woman's friend"),
        (
            "Team president and general manager Ed Stefanski announced the firing.",
            "Ed Stefanski",
        ),
        # a clause of the writer's before "and" is no part of the speaker after it
        (
            "Bush tweaked his left knee last Thursday and coach Sean Payton said the Saints "
            "put him on IR.",
            "Sean Payton",
        ),
        ("The officers searched the car and then arrested him, the officer said.", "the officer"),
        (
            "Rep. Nick Rahall (D) of West Virginia, the chairman of the committee, says he will "
            "act.",
            "Nick Rahall",
        ),
        # "by" after a participle is who made what speaks, not a passive clause
        (
            "An opinion poll published by Ethnos newspaper on Sunday said most were unhappy.",
            "An opinion poll published by Ethnos newspaper",
        ),
        ("The man was arrested by police and then said nothing.", None),
        # an inverted description led by "one", and the name an inverted description gives
        ("“I love my city,” said one young man, a helmet on his head.", "one young man"),
        ("“We are shocked,” said her nephew, Ravi Singh, 32, of Coney Island.", "Ravi Singh"),
        (
            "“We are ready,” said one of the rebel leaders, Abdel Aziz al-Hilu, in an interview.",
            "Abdel Aziz al-Hilu",
        ),
        ("“We will not go to war,” said a government spokesman, Rabie A. Atti.", "Rabie A. Atti"),
        ("“It is bad,” said the spokesman, who declined to be named.", "the spokesman"),
        # after an inverted speaker, a relative clause, or an aside before the quote goes on
        ("“One man died,” said the official who uses one name.", "the official"),
        (
            "“What I feel,” said the young man, a helmet covering his hair, “is love.”",
            "the young man",
        ),
        # an unnamed source as news describes one, and a day between speaker and verb
        (
            "People familiar with the matter said the deal was close.",
            "People familiar with the matter",
        ),
        (
            "A source with knowledge of the talks said they failed.",
            "A source with knowledge of the talks",
        ),
        ("An NFL spokesman on Wednesday said the league will wait.", "An NFL spokesman"),
        # a speaker of up to ten words; but no phrase that ends in a verb or holds "no"
        (
            "He fled on foot, the statement from the Texas Department of Criminal Justice said.",
            "Texas Department of Criminal Justice",
        ),
        (
            "Another league source with knowledge of the team's thinking said the losses "
            "played no role.",
            "Another league source with knowledge of the team's thinking",
        ),
        ("No matter what the stats say, Philly plays slower.", None),
        # a description that runs over a comma of its own, after the name it describes
        (
            "“We have received 50 people,” Ema Suryani, a doctor at a clinic in Lampahan city, "
            "Bener Meriah district, told AFP.",
            "Ema Suryani",
        ),
        (
            "But William L. Kovacs, the Chamber of Commerce's vice president of environment, "
            "technology and regulatory affairs, said the rule was wrong.",
            "William L. Kovacs",
        ),
        # a US lawmaker's party and state, set off by commas or in brackets, is no speaker's word
        ("Rep. Nick Rahall, D-W.Va., said members may try to end the rules.", "Nick Rahall"),
        (
            "“It is wrong,” said Edward J. Markey (D-Mass.), chairman of the panel.",
            "Edward J. Markey",
        ),
    ],
)
def test_speaker(text: str, speaker: str | None) -> None:
    assert _claims(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In Washington, officials said the talks failed.",
        "The suspect, Andrew Lopez, was among three teens arrested for the shooting that "
        "claimed the life of a mother.",
    ],
)
def test_a_name_before_a_comma_is_no_speaker_of_what_follows(text: str) -> None:
    assert _claims(text)[0].speaker in {None, "officials"}


def test_he_said_takes_the_speaker_named_before() -> None:
    claims = _claims(
        "A man escaped, according to Joël Deumier, president of the group. "
        "“The first refugee arrived on French land,” he said."
    )
    assert claims[1].speaker == "Joël Deumier"
    assert claims[1].quote == "The first refugee arrived on French land"


@pytest.mark.parametrize(
    ("between", "he"),
    [
        # a body or a place named since is not who "he" is
        ("The US Geological Survey said the quake was shallow.", "John Ging"),
        ("Gaza said nothing.", "John Ging"),
        # a description of one person is; one of several is not
        ("Her spokesman said nothing.", "Her spokesman"),
        ("Two officials said nothing.", "John Ging"),
        # a description's noun is before the place that qualifies it (ECB+, Gaza)
        ("Doctors in Gaza said nothing.", "John Ging"),
        ("An official in Gaza said nothing.", "An official in Gaza"),
        # a surname read in full before is a person, and so is a name after a person's title
        ("Ging said the school was hit.", "Ging"),
        # and so is one word a description of one person names ("official Fauzi")
        ("One man was killed, said disaster agency official Fauzi.", "Fauzi"),
        ("“I am sick,” said fisherman's wife Mapahai, 35.", "Mapahai"),
        # not a body after a determiner
        ("Forty people died, the UN says.", "John Ging"),
        # a quotation with a speaker of its own that is not read takes no other's
        ("“I feel bad,” said a man wearing goggles and a jacket.", "John Ging"),
        # a person's name opening a sentence before an aside, or set off after a description
        # of one person
        ("Abdoulaye Barry, 24, who works at a shop, described the riot.", "Abdoulaye Barry"),
        ("The president-elect, Barack Obama, broke his silence.", "Barack Obama"),
        ("Public Advocate Bill de Blasio, a candidate for mayor, came too.", "Bill de Blasio"),
        ("His father, Samir, said the bodies were mangled.", "Samir"),
        # not after a description of several
        ("Two officials, Smith and Jones, said nothing.", "John Ging"),
        ("President Obama said the school was hit.", "Obama"),
        # a person before a past tense is the subject; a body or a channel is not a person
        ("Her spokesman said nothing. Later, Ging walked out.", "Ging"),
        ("Her spokesman said nothing. Palestinian TV showed the school.", "Her spokesman"),
    ],
)
def test_he_said_takes_the_last_person_named(between: str, he: str) -> None:
    claims = _claims(
        f"John Ging has run the agency since 2006. {between} “It was terrible,” he said."
    )
    assert claims[-1].speaker == he


def test_it_said_takes_the_last_body_named() -> None:
    claims = _claims(
        "Microsoft confirmed the flaw. Jerry Yang has called it serious. "
        "Attacks had already been reported, it said."
    )
    assert claims[-1].speaker == "Microsoft"


def test_i_told_inside_a_quote_is_the_quoted_speaker() -> None:
    """ "I told President Putin …" is Macron speaking, not an attribution to "I"."""
    claims = _claims(
        "“We spoke about the cases,” Macron said. “I told President Putin what France expects.”"
    )
    assert [c.speaker for c in claims] == ["Macron", "Macron"]


def test_a_quote_over_several_sentences_keeps_its_speaker() -> None:
    claims = _claims(
        "“The first refugee has arrived on French land. So France has started to welcome "
        "refugees. This is going to continue,” Joel Duemier said on French radio."
    )
    assert [c.speaker for c in claims] == ["Joel Duemier"] * 3
    assert claims[0].quote == "The first refugee has arrived on French land."
    assert claims[1].quote == "So France has started to welcome refugees."


def test_a_name_before_the_colon_that_opens_a_quote_is_its_speaker() -> None:
    """ "X disagreed with the minister: “…”" is X's quote, not the last speaker's; a name that
    only has something before the colon ("Timmons had a gun") introduces nothing."""
    claims = _claims(
        "Ms Livni told the delegation: “Everything is being done.” The UN's Chris Gunness "
        "disagreed with the minister: “There is a crisis already. It is too dangerous.”"
    )
    assert [c.speaker for c in claims] == ["Livni", "Chris Gunness", "Chris Gunness"]
    claims = _claims(
        "Ms Livni told the delegation: “Everything is being done.” Tom Timmons had a gun: "
        "“He did not fire it.”"
    )
    assert claims[-1].speaker != "Tom Timmons"


def test_the_one_person_a_sentence_names_speaks_what_he_introduces() -> None:
    """ "… as he tweeted: “…”" is the quote of the person the sentence names, not of the last
    speaker; a verb with the colon glued to it introduces too ("Tony Dungy added: “…”")."""
    claims = _claims(
        "Mark Gatiss said: “Thrilling.” Fan Tom Fletcher from McFly was the envy of his "
        "followers, sitting amongst fans as he tweeted: “That was tense!”"
    )
    assert (claims[0].speaker, claims[-1].speaker) == ("Mark Gatiss", "Tom Fletcher")
    claims = _claims("Smith said: “Fine.” And Colts coach Tony Dungy added: “It was a long fight.”")
    assert claims[-1].speaker == "Tony Dungy"
    # two people named before "he": no telling which
    claims = _claims(
        "Mark Gatiss said: “Thrilling.” Tom Fletcher met Peter Capaldi, sitting amongst fans "
        "as he tweeted: “That was tense!”"
    )
    assert claims[-1].speaker not in {"Tom Fletcher", "Peter Capaldi"}


def test_attribution_is_not_part_of_the_core() -> None:
    assert (
        core_text("“We spoke about it,” Macron said during a press conference.")
        == "We spoke about it"
    )
    assert core_text("I told President Putin what France expects.") == (
        "I told President Putin what France expects"
    )
    assert (
        core_text("The actress checked in, her lawyer said Thursday.") == "The actress checked in"
    )


def test_what_follows_an_attribution_not_set_off_is_the_statement() -> None:
    # no comma or quote before "her attorney said": what comes after it is what was said
    text = "Lohan checks into rehab 8:20 am Her attorney said Thursday the actress checked in."
    assert core_text(text) == text.rstrip(".")


def _quoted_by_characters(text: str, open_at_start: bool) -> tuple[list[str], bool]:
    """The plain definition of quote scanning: one character at a time. A quote carried in
    ends unmarked where the first mark can only open one."""
    parts: list[str] = []
    inside, current, first = open_at_start, "", True
    for i, ch in enumerate(text):
        if ch in '“„«”»"':
            before = text[i - 1] if i else " "
            opens = ch in "“„«" or (
                ch == '"'
                and (before.isspace() or before in "([:")
                and text[i + 1 : i + 2].isalnum()
            )
            if first and inside and opens:
                first, current = False, ""
                continue
            first = False
        if inside and (ch in "”»" or ch == '"'):
            parts.append(current)
            current, inside = "", False
        elif not inside and (ch in "“„«" or ch == '"'):
            inside = True
        elif inside:
            current += ch
    if inside and current:
        parts.append(current)
    return [q.strip(" ,") for q in parts if any(c.isalnum() for c in q)], inside


@given(
    st.lists(
        st.sampled_from(["“", "”", '"', "„", "«", "»", "He said ", "we will", ", ", "x", ": "])
    ),
    st.booleans(),
)
def test_quote_scanning_matches_its_plain_definition(pieces: list[str], opened: bool) -> None:
    from factdiff.claims import _quoted

    text = "".join(pieces)
    assert _quoted(text, opened) == _quoted_by_characters(text, opened)


def test_a_quote_carried_in_ends_where_a_new_one_opens() -> None:
    """A quote left open by an earlier sentence (a missing closing mark) is not still open
    where a sentence opens one: 'He said: "I can't …' quotes what follows the colon."""
    from factdiff.claims import _quoted

    text = "He said: \"I can't speak for the first death."
    assert _quoted(text, True) == (["I can't speak for the first death."], True)
    assert _quoted('in this case it was a lack of experience."', True)[0] == [
        "in this case it was a lack of experience."
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The “Mean Girls” star fooled a judge.", []),  # a title, not words said
        ("He watched “The Thick of It” and “A Star Is Born”.", []),
        ("A flag read “Stop Homophobia in Chechnya.”", ["Stop Homophobia in Chechnya."]),
        ("He shouted “NO WAY” twice.", ["NO WAY"]),
        ("“We spoke about it,” he said.", ["We spoke about it"]),
    ],
)
def test_a_title_in_quotation_marks_is_no_quote(text: str, quotes: list[str]) -> None:
    from factdiff.claims import _quoted

    assert _quoted(text, False) == (quotes, False)


# The pieces a speaker phrase is read from: words, clause boundaries, brackets and the
# relative pronouns an aside opens with.
_HEAD_PIECES = st.lists(
    st.sampled_from(
        [
            *("Steven Moffat", " writer", ",", ", ", ", who ran", ", which", " (", "(", ")"),
            *(") ", "“", "”", '"', ".", ";", " ", "\n", "x", " A.J."),
        ]
    ),
    max_size=14,
)


@given(_HEAD_PIECES)
def test_the_closing_aside_scan_matches_its_pattern(pieces: list[str]) -> None:
    """The words before a speech verb lose a closing relative clause, then a closing bracket,
    as the patterns anchored at the end define them; the scan back from the end that
    replaced them (a pattern anchored at the end rescans the words before from every
    position: minutes on a long run-on text) finds the same."""
    import re

    from factdiff.claims import _without_closing_aside

    head = "".join(pieces)
    by_pattern = re.sub(r",\s*(?:who|which)\b[^,“”\"]*,\s*$", " ", head)
    by_pattern = re.sub(r"\s*\([^()]*\)\s*$", " ", by_pattern)
    assert _without_closing_aside(head) == by_pattern


@given(_HEAD_PIECES)
def test_the_apposition_scan_matches_its_pattern(pieces: list[str]) -> None:
    """ "Name, description," closing the words before a verb, found by a scan back from the end,
    is what the pattern anchored at the end finds: runs of words without a clause boundary,
    where the period of an initial ("A.J.") is none. (Words past the speaker's length stop
    the scan back at initials: ``test_a_long_run_of_initials_is_not_cut_into``.)"""
    import re

    from factdiff.claims import _MAX_SPEAKER_WORDS, _appositive

    head = "".join(pieces)
    assume(len(head.split()) <= _MAX_SPEAKER_WORDS)
    unbroken = r"(?:[^,;:.“”\"„«»]|(?<=(?<![^\W\d_])[A-Z])\.)"
    m = re.search(rf"({unbroken}*),({unbroken}+),\s*$", head)
    expected = (m.start(1), m.end(1), m.end(2)) if m else None
    assert _appositive(head) == expected


def test_a_long_run_of_initials_is_not_cut_into() -> None:
    """Where the words back to a clause boundary past initials would be more than a speaker
    holds, they start after the last period, not between two initials ("S. Chamber")."""
    from factdiff.claims import _start_before

    text = "But William Kovacs, the U. S. Chamber of Commerce's vice president of environment"
    start = _start_before(text, len(text), 8)
    assert text[start:].strip() == "Chamber of Commerce's vice president of environment"
    # within the words a speaker holds (ten), the whole description
    start = _start_before(text, len(text))
    assert text[start:].strip() == "the U. S. Chamber of Commerce's vice president of environment"
    short = "Police Sgt. Marty Earley"
    assert _start_before(short, len(short)) == 0


@given(st.text(alphabet=" \n\tab,", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_clause_words_count_as_split_does(text: str, a: int, b: int) -> None:
    from factdiff.claims import _CLAUSE_WORDS, _MIN_CLAUSE_WORDS

    a, b = sorted((min(a, len(text)), min(b, len(text))))
    found = _CLAUSE_WORDS.match(text, a, b) is not None
    assert found == (len(text[a:b].split()) >= _MIN_CLAUSE_WORDS)


def test_a_run_on_text_is_cut_into_statements_of_bounded_length() -> None:
    """A text with no full stop is one sentence; its statements are cut at commas so that no
    claim runs to hundreds of words, and every word but the "and"s that join statements stays
    in one claim, in order."""
    part = "the river rose again near the old mill, the road was closed for hours, "
    text = (part * 120).strip(" ,")
    claims = _claims(text)
    assert all(len(c.text.split()) <= 200 for c in claims)
    assert len(claims) > 10
    spans = [c.span for c in claims]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    left_out = text
    for a, b in reversed(spans):
        left_out = left_out[:a] + " " + left_out[b:]
    assert set(left_out.replace(",", " ").split()) <= {"and"}


def test_a_long_sentence_is_one_statement() -> None:
    """A long sentence of the kind news prints (over a hundred words) is not cut."""
    sentence = " ".join(["word"] * 150) + "."
    assert len(_claims(sentence)) == 1


def test_a_run_on_text_keeps_its_speakers() -> None:
    """Thousands of words with no full stop (a transcript, a feed) are read as one sentence;
    its speakers are still found where its speech verbs stand."""
    part = "the minister, who spoke late, said the plan would work, and Jan Smith agreed; "
    claims = _claims(part * 400)
    assert len(claims) == 400
    assert {c.speaker for c in claims} == {"the minister"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # each clause names its own speaker
        (
            "Police said the man fled, but witnesses said he stayed in the car.",
            ["Police", "witnesses"],
        ),
        (
            "The rally was calm, police said on Monday, and the organisers said they were pleased.",
            ["police", "the organisers"],
        ),
        # an attribution that closes the sentence tells all of it, the clause that names
        # another speaker within too (the seeds: Macron reports what Putin told him)
        (
            "Putin told Macron that he intends to investigate the killings, but would start "
            "with a prosecutor, Macron said at the press conference.",
            ["Macron", "Macron"],
        ),
        # "and" or "but" before a name or a noun that speaks: the clause after is its, the one
        # before the writer's; a pronoun after "and" is no speaker found this way
        (
            "It was the biggest fire this year, and Steele said 40 firefighters came.",
            [None, "Steele"],
        ),
        (
            "NBC estimated the crowd at 70, and the Post says a crowd looted a store.",
            [None, "Post"],
        ),
        (
            "I had to get that anger out, and I couldn't say anything to the ref, Smith said.",
            ["Smith", "Smith"],
        ),
        # a clause before an attribution that follows its statement is its
        (
            "One bomb landed in a school yard, but the bomb did not explode, Boyette said, citing "
            "aid workers.",
            ["Boyette", "Boyette"],
        ),
        # after "in which", the speaker
        (
            "He was sued twice, and an illegal arrest in which the plaintiff says he was hit.",
            [None, "the plaintiff"],
        ),
    ],
)
def test_a_clause_names_its_own_speaker(text: str, speakers: list[str | None]) -> None:
    assert [c.speaker for c in _claims(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a year, a time of day or an adverb a headline or dateline runs into (ECB+)
        (
            "May 02, 2013 Lindsay Lohan's lawyer says the actress checked in.",
            "Lindsay Lohan's lawyer",
        ),
        ("May 3, 2013 | 8: 20 am Lohan's attorney said she checked in.", "Lohan's attorney"),
        (
            "September 17, 2013 03: 16 PM ET Computerworld - Microsoft today said that hackers "
            "are exploiting a critical bug.",
            "Microsoft",
        ),
        (
            "Advanced Micro Devices (NYSE: AMD) today announced the largest acquisition.",
            "Advanced Micro Devices",
        ),
    ],
)
def test_a_date_or_time_before_a_speaker_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _claims(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to" names a source, not a clause run on after it (ECB+)
        (
            "The fire was set at the entrance of the church, according to the Associated Press "
            "and was battled by firefighters for eight hours.",
            "Associated Press",
        ),
        (
            "Chohan had been in her neighborhood to visit Piara Singh, according to Charanjit who "
            "translated for Singh.",
            "Charanjit",
        ),
        (
            "The bug affects all versions, according to researcher Rahul Mohandas on the McAfee "
            "Avert Labs blog.",
            "Rahul Mohandas",
        ),
        # "reports by" still names who reported
        (
            "Lopez confessed according to initial reports by the New York Daily News.",
            "New York Daily News",
        ),
        # a relative adverb or pronoun before the speaker
        ("The suspect fled to a house, where police said he was arrested.", "police"),
        # an adverb or a day between the speaker and the verb; a paper's name keeps its "Today"
        (
            "The Israeli military however said the school was used by militants.",
            "The Israeli military",
        ),
        ("Police Monday said the man fled.", "Police"),
        ("It was a ricochet, legal sources earlier said.", "legal sources"),
        ("The plan will work, USA Today said.", "USA Today"),
        # "No." before a number ends no clause
        ("“We were searching,” Juror No. 12 said.", "Juror No. 12"),
        # "according to X" ends before a day, an adverb, or an article after a name
        (
            "A Texas inmate escaped from a van, according to a Texas prison statement Monday.",
            "a Texas prison statement",
        ),
        (
            "According to the country's Central Election Commission the turnout was high.",
            "Central Election Commission",
        ),
        ("According to USA Today the plan will work.", "USA Today"),
        # a speech verb before a speaker phrase is another speaker's: the phrase starts after it
        (
            "advocacy group the Enough Project, said aid workers inside the camp said a bomb fell.",
            "aid workers inside the camp",
        ),
        # a description set off by commas may hold initials ("U. S."), and be long
        (
            "Jonathan Hutson, a spokesman for the U. S. advocacy group the Enough Project, said "
            "aid workers inside the camp said a bomb fell.",
            "Jonathan Hutson",
        ),
        ("Susan Rice, U. S. Ambassador to the United Nations, said it lied.", "Susan Rice"),
    ],
)
def test_the_source_a_phrase_names(text: str, speaker: str) -> None:
    assert _claims(text)[0].speaker == speaker


def test_a_clause_before_the_pronoun_that_speaks_is_no_part_of_the_speaker() -> None:
    """ "he responded he said …": the pronoun that speaks, read as the person named before."""
    claims = _claims("Derrick Coleman said he lied. Asked why, he responded he said it was true.")
    assert claims[-1].speaker == "Derrick Coleman"


def test_but_he_said_opening_a_sentence_is_the_person_named_before() -> None:
    claims = _claims(
        "SeaMicro chief Andrew Feldman said the company had more options. But he said it "
        "was attracted by AMD's open attitude."
    )
    assert [c.speaker for c in claims] == ["Andrew Feldman", "Andrew Feldman"]


@given(
    st.lists(st.sampled_from(["police", "has", "have", "had", "also", "the"]), max_size=8),
    st.sampled_from(["", " ", "  "]),
)
def test_the_auxiliary_scan_matches_its_pattern(words: list[str], tail: str) -> None:
    """The "has" / "have" / "had" (and "also") ending the words before a speech verb, found by
    looking at the end only, is what the pattern anchored at the end finds (which would rescan
    a whole run-on text from every space)."""
    import re

    from factdiff.claims import _without_auxiliary

    head = " ".join(words) + tail
    by_pattern = re.sub(r"\s+(?:has|have|had)(?:\s+also)?\s*$", "", head)
    assert _without_auxiliary(head).rstrip() == by_pattern.rstrip()


def test_two_speakers_are_they_not_he() -> None:
    claims = _claims(
        "John Ging has run the agency since 2006. Locke and Salazar said the rules will change. "
        "“It was terrible,” he said. “It is done,” they said."
    )
    assert [c.speaker for c in claims[-2:]] == ["John Ging", "Locke and Salazar"]
