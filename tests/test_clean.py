from __future__ import annotations

import pytest

from factdiff.clean import clean
from factdiff.config import default_settings
from factdiff.models import Document


def _clean(text: str) -> tuple[str | None, list[str], list[str]]:
    c = clean(Document("A", "x.txt", text, "txt"), default_settings().clean)
    return c.title, [text[a:b] for a, b in c.segments], list(c.dropped)


@pytest.mark.parametrize(
    "furniture",
    [
        "- Advertisement -",
        "Related Articles",
        "Latest Articles",
        "By Meghan Werft",
        "Read More: Gay Men Are Being Abducted",
        "Take Action: Tell World Leaders to Act",
        "News",
        "Demand Equity",
        "Share this",
        "Subscribe to our newsletter",
    ],
)
def test_furniture_lines_are_set_aside(furniture: str) -> None:
    text = f"Macron met Putin on Monday.\n\n{furniture}\n\nThe talks lasted an hour."
    _, body, dropped = _clean(text)
    assert dropped == [furniture]
    assert body == ["Macron met Putin on Monday.", "The talks lasted an hour."]


def test_glued_advertisement_prefix_keeps_the_sentence() -> None:
    _, body, dropped = _clean(
        "Intro line of the story here.\n\n- Advertisement -On Monday, France acted."
    )
    assert body[-1] == "On Monday, France acted." and dropped == ["- Advertisement -"]


def test_title_is_the_first_line_or_the_headline_near_the_end() -> None:
    title, body, _ = _clean(
        "France Welcomes Its First Refugee\n\nA man arrived in Paris on Monday."
    )
    assert title == "France Welcomes Its First Refugee" and body == [
        "A man arrived in Paris on Monday."
    ]
    title, body, dropped = _clean(
        "A man arrived in Paris on Monday.\n\nNews\n\n"
        "France Welcomes First Refugee From Chechnya\n\nBy Jo Smith"
    )
    assert title == "France Welcomes First Refugee From Chechnya"
    assert body == ["A man arrived in Paris on Monday."] and dropped == ["News", "By Jo Smith"]


def test_a_first_line_in_sentence_case_is_the_title() -> None:
    title, body, _ = _clean(
        "France welcomes first gay refugee from Chechnya\n\nA man arrived in Paris on Monday."
    )
    assert title == "France welcomes first gay refugee from Chechnya"
    assert body == ["A man arrived in Paris on Monday."]
    # only the first line: a later short line without a period stays text
    title, body, _ = _clean("A man arrived in Paris on Monday.\n\nHe was the first of many to come")
    assert title is None and len(body) == 2
    # a text of that one line is the text, not a headline
    title, body, _ = _clean("France welcomes first gay refugee from Chechnya")
    assert title is None and body == ["France welcomes first gay refugee from Chechnya"]


def test_real_sentences_are_never_dropped() -> None:
    text = "By then, the refugee had arrived.\n\nRead the statement.\n\nHe said: no."
    _, body, dropped = _clean(text)
    assert dropped == [] and len(body) == 3


def test_hard_wrapped_paragraph_is_one_segment_with_true_offsets() -> None:
    text = "The refugee arrived\nin France on Monday.\n\nMacron spoke."
    _, body, _ = _clean(text)
    assert body == ["The refugee arrived\nin France on Monday.", "Macron spoke."]


def test_a_headline_run_into_the_body_is_the_title_when_a_dateline_sets_it_off() -> None:
    text = "AMD Buys SeaMicro Feb 29, 2012 2:31 PM Advanced Micro Devices announced a deal."
    title, body, _ = _clean(text)
    assert title == "AMD Buys SeaMicro" and body == [text]  # the claims keep their words
    title, _, _ = _clean("AMD said on Feb 29, 2012 2:31 PM Advanced Micro Devices announced it.")
    assert title is None
