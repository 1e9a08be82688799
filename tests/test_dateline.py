from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff._dateline import between_datelines, datelines


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in datelines(text)]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "AMD buys Sea Micro for $334M February 29, 2012 2: 27 PM There's a sea change.",
            "February 29, 2012 2: 27 PM",
        ),
        ("Posted Oct 26, 2011 8: 57 AM CDT An 18-year-old gang member confessed.", None),
        ("Saints place Thomas on IR Wednesday, 05 January 2011 The injury woes went on.", None),
        ("Obama Reverses Bush March 04, 2009 In a move that will subject projects.", None),
        ("Texas prisoner captured 7: 15 a. m. Dec. 7, 2009 A convicted sex offender ran.", None),
        ("Obama White House reverses rule Tuesday 28 April 2009 22. 34 BST The Obama team.", None),
        ("Lohan in rehab May 2, 2013 | 5: 03pm “ The actress left.", None),
        ("Mom shot 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET A teen.", None),
        ("Dozens injured in Aceh quake Tue Jul 02 2013, 14: 58 hrs A strong quake struck.", None),
        (
            "Woman Killed, Driver Held on September 14, 2013 11: 41am | Updated on September 14, "
            "2013 11: 41am A woman died.",
            "September 14, 2013 11: 41am | Updated on September 14, 2013 11: 41am",
        ),
    ],
)
def test_a_dateline_between_headline_and_body_is_found(text: str, dateline: str | None) -> None:
    found = _found(text)
    assert len(found) == 1
    if dateline is not None:
        assert found == [dateline]
    # what stands after it is the body's first word
    rest = text[datelines(text)[0][1] :].lstrip(" “|")
    assert rest[:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, November 10th at approximately 3: 00 pm, the camp was bombed.",
        "The talks of May 3, 2013 The Hague hosted went on.",  # after "of": the sentence's date
        "He was arrested on Feb. 04, 2009 San Diego police said.",
        "Since January 2013 Obama has spoken twice.",  # no day: no dateline
        "In 2009 Obama signed it.",
        "The 2004 tsunami hit Aceh.",
        "At 10: 30 PM Obama spoke.",  # a time alone is no dateline
        "May 12 people be spared.",  # a date before a lower-case word belongs to the sentence
        "Friday, March 8, 2013, was a cold day.",
        "",
    ],
)
def test_dates_a_sentence_holds_are_no_dateline(text: str) -> None:
    assert _found(text) == []


def test_only_the_top_of_a_paragraph_is_searched() -> None:
    body = "Officials met again and talked for a long time about the plan. " * 6
    assert _found(f"{body}Monday, May 5, 2013 The minister said no.") == []
    assert _found("Monday, May 5, 2013 The minister said no.") == ["Monday, May 5, 2013"]


def test_a_dateline_its_verb_labels_is_found_anywhere() -> None:
    """Below a long headline, "UPDATED: 19: 14 GMT, 12 April 2013" is still the page's dateline;
    a verb without the label's colon dates a sentence ("charges filed Friday.")."""
    body = "Officials met again and talked for a long time about the plan. " * 6
    text = f"{body}UPDATED: 19: 14 GMT, 12 April 2013 Jurors on Thursday watched video."
    assert _found(text) == ["UPDATED: 19: 14 GMT, 12 April 2013"]
    assert _found(f"{body}He was held on charges filed Friday. Anthony Smith, 36, said no.") == []
    assert _found(f"{body}The report, as published: in full, May 3, 2013 went on.") == []


@given(st.text(alphabet="May 2, 2013 12:30 PM Posted on the A.b|-\n", max_size=120))
def test_datelines_are_ordered_disjoint_ranges_of_the_text(text: str) -> None:
    found = datelines(text)
    end = 0
    for a, b in found:
        assert end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        end = b


@given(st.text(alphabet="May 2, 2013 12:30 PM Posted on the A.b|-\n", max_size=120))
def test_the_pieces_between_datelines_and_the_datelines_make_the_text(text: str) -> None:
    pieces = between_datelines(text)
    found = datelines(text)
    assert len(pieces) == len(found) + 1
    rebuilt = pieces[0] + "".join(
        text[a:b] + p for (a, b), p in zip(found, pieces[1:], strict=True)
    )
    assert rebuilt == text
