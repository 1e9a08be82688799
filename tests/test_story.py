"""The story prior: sources about one event against sources about two events of one kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factdiff
from factdiff import _story
from factdiff.claims import core_text, enrich
from factdiff.config import default_settings
from factdiff.models import Claim
from factdiff.pipeline import extract, variants
from factdiff.similarity import prepare
from tests.conftest import sentences

REID_PEOPLE = """Tara Reid checks into rehab

Actress Tara Reid has checked herself into Promises Treatment Center in Malibu, her publicist \
told People magazine on Tuesday.

"We appreciate your respect for her privacy at this time," said her rep, Jack Ketsoyan.

Reid, 33, starred in American Pie. Ketsoyan would not say what she was being treated for.
"""

REID_WIRE = """Tara Reid enters Promises rehab center

Tara Reid checked into the Promises Treatment Center, her representative Jack Ketsoyan said on \
Tuesday.

The American Pie star, 33, is said to be seeking treatment at the Malibu facility.

"She checked in herself - it was her decision," Ketsoyan told the magazine.
"""

LOHAN = """Lindsay Lohan checks into Betty Ford Center

Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage to begin a 90-day \
court-ordered stay, her lawyer Shawn Holley said on Thursday.

The Mean Girls actress, 26, had been sentenced over a reckless driving conviction.

Holley said Lohan arrived late in the evening and would stay for three months.
"""


def _profile(tmp_path: Path, name: str, text: str) -> _story.Profile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    claims = extract(str(path)).claims
    return _story.profile(claims, [prepare(core_text(c.text)) for c in claims])


def _claim(cid: str, text: str) -> Claim:
    return enrich(Claim(cid, cid[0], text, 1, (0, len(text))))


def test_two_reports_of_one_event_tell_one_story(tmp_path: Path) -> None:
    a = _profile(tmp_path, "people.txt", REID_PEOPLE)
    b = _profile(tmp_path, "wire.txt", REID_WIRE)
    # at full score: nothing between them is lowered
    assert _story.same_story(a, b) >= default_settings().match.story_full


def test_two_events_of_one_kind_are_two_stories(tmp_path: Path) -> None:
    reid = _profile(tmp_path, "reid.txt", REID_PEOPLE)
    lohan = _profile(tmp_path, "lohan.txt", LOHAN)
    assert _story.same_story(reid, lohan) < 0.2


def test_other_years_lower_the_likelihood(tmp_path: Path) -> None:
    text = (
        "Microsoft issued an emergency patch for Internet Explorer in {}.\n\nHackers used the flaw."
    )
    a = _profile(tmp_path, "a.txt", text.format("December 2008"))
    same_year = _profile(tmp_path, "b.txt", text.format("December 2008"))
    other_year = _profile(tmp_path, "c.txt", text.format("September 2013"))
    assert _story.same_story(a, other_year) < _story.same_story(a, same_year)


def test_a_fact_told_in_nearly_the_same_words_raises_the_likelihood(tmp_path: Path) -> None:
    """The best score between two sources' claims is evidence of one story: wire copy shares
    sentences, two events of one kind rarely do."""
    reid = _profile(tmp_path, "reid.txt", REID_PEOPLE)
    lohan = _profile(tmp_path, "lohan.txt", LOHAN)
    none, loose, close = (_story.same_story(reid, lohan, best) for best in (0.0, 0.3, 1.0))
    assert none < loose < close


def test_align_reads_the_best_score_between_the_sources(tmp_path: Path) -> None:
    report = _report(tmp_path, {"people.txt": REID_PEOPLE, "wire.txt": REID_WIRE})
    a = _profile(tmp_path, "people.txt", REID_PEOPLE)
    b = _profile(tmp_path, "wire.txt", REID_WIRE)
    [note] = report.to_dict()["stories"]
    best = max(m.score for m in report.matches)  # the best pair is matched (scores rounded)
    assert note["same_story"] == pytest.approx(_story.same_story(a, b, best), abs=0.002)
    assert note["same_story"] > _story.same_story(a, b) + 0.002


def test_claims_of_two_events_of_one_kind_are_not_matched(tmp_path: Path) -> None:
    """'checked into rehab' is told by both, of two actresses: no fact in common."""
    (tmp_path / "reid.txt").write_text(REID_PEOPLE, encoding="utf-8")
    (tmp_path / "lohan.txt").write_text(LOHAN, encoding="utf-8")
    report = factdiff.compare([str(tmp_path / "reid.txt"), str(tmp_path / "lohan.txt")])
    assert report.matches == ()


def test_claims_of_one_event_are_matched(tmp_path: Path) -> None:
    (tmp_path / "people.txt").write_text(REID_PEOPLE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(REID_WIRE, encoding="utf-8")
    report = factdiff.compare([str(tmp_path / "people.txt"), str(tmp_path / "wire.txt")])
    texts = {c.id: c.text for c in report.claims}
    matched = [{texts[c] for c in m.claims} for m in report.matches]
    assert any(
        any("Promises" in t for t in m if t in REID_PEOPLE)
        and any("Promises" in t for t in m if t in REID_WIRE)
        for m in matched
    )


@pytest.mark.parametrize(
    ("a", "b", "other_time"),
    [
        # both name years and share none: the same kind of event at another time
        ("The patch came out in March 2008.", "The patch came out in 2013.", True),
        # one shared year is enough, whatever the months
        ("He was hired in May 2005.", "He was hired in 2005, in June.", False),
        # a year is never compared with a month: "2006" and "September" can be one time
        ("The singer checked in to rehab in 2006.", "The singer checked in in September.", False),
        # neither names a year: the months decide
        ("The quake struck in March.", "The quake struck in October.", True),
        ("The quake struck in March.", "Aid arrived in March.", False),
        ("The quake struck on Monday.", "The quake struck in 2009.", False),
    ],
)
def test_sources_dated_to_other_times(a: str, b: str, other_time: bool) -> None:
    ca, cb = _claim("A1", a), _claim("B1", b)
    assert _story.other_time(_story.periods([ca]), _story.periods([cb])) is other_time
    pa = _story.profile([ca], [prepare(core_text(a))])
    pb = _story.profile([cb], [prepare(core_text(b))])
    assert _story.features(pa, pb)[3] == float(other_time)


_SENTENCE = sentences(
    "Tara Reid Lohan Microsoft patch rehab checked into the clinic on in 2008 2013 March "
    "said flaw hackers Malibu Promises Betty Ford",
    12,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=5), st.lists(_SENTENCE, min_size=1, max_size=5))
def test_same_story_is_symmetric_and_a_probability(xs: list[str], ys: list[str]) -> None:
    ca = [_claim(f"A{k}", t) for k, t in enumerate(xs, 1)]
    cb = [_claim(f"B{k}", t) for k, t in enumerate(ys, 1)]
    pa = _story.profile(ca, [prepare(core_text(t)) for t in xs])
    pb = _story.profile(cb, [prepare(core_text(t)) for t in ys])
    likely = _story.same_story(pa, pb)
    assert likely == _story.same_story(pb, pa)  # exactly: source order changes only letters
    assert 0.0 < likely < 1.0
    # a better pair of claims between them never makes one story less likely
    assert likely <= _story.same_story(pa, pb, 0.5) <= _story.same_story(pa, pb, 1.0)


def _report(tmp_path: Path, files: dict[str, str]) -> factdiff.Report:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return factdiff.compare([str(tmp_path / name) for name in files])


def test_report_says_when_two_sources_may_report_two_events(tmp_path: Path) -> None:
    report = _report(tmp_path, {"reid.txt": REID_PEOPLE, "lohan.txt": LOHAN})
    [note] = report.to_dict()["stories"]
    assert note["sources"] == ["A", "B"] and note["same_story"] < 0.5
    md = report.to_markdown()
    assert "**A and B may report two different events**" in md
    assert f"is {note['same_story']:.2f}" in md


def test_report_is_quiet_when_two_sources_tell_one_story(tmp_path: Path) -> None:
    report = _report(tmp_path, {"people.txt": REID_PEOPLE, "wire.txt": REID_WIRE})
    [note] = report.to_dict()["stories"]
    assert note["same_story"] >= default_settings().match.story_full
    assert "different event" not in report.to_markdown()
    assert "another event" not in report.to_markdown()


def test_report_names_the_source_that_may_report_another_event(tmp_path: Path) -> None:
    report = _report(
        tmp_path, {"people.txt": REID_PEOPLE, "lohan.txt": LOHAN, "wire.txt": REID_WIRE}
    )
    stories = report.to_dict()["stories"]
    assert [n["sources"] for n in stories] == [["A", "B"], ["A", "C"], ["B", "C"]]
    md = report.to_markdown()
    assert "## Sources that may report another event (1)" in md
    assert "| B | 2 of 2 |" in md  # Lohan's check-in, beside two reports of Reid's


def test_sources_with_nothing_in_common_are_said_to_share_no_word(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        {
            "a.txt": "The mayor of Paris opened a library.",
            "b.txt": "Heavy rain flooded the valley near Lyon overnight.",
        },
    )
    assert report.to_dict()["stories"] == []
    assert "share no rare word, number or name" in report.to_markdown()


def test_a_name_is_spelled_two_ways_only_within_one_story(tmp_path: Path) -> None:
    """The wire misspells Reid's publicist: a variant. A friend of Reid's named like Lohan's
    lawyer ("Shawn Holly" / "Shawn Holley") is someone else in another story: no variant."""
    files = {
        "people.txt": REID_PEOPLE + "\nHer friend Shawn Holly drove her to Malibu.\n",
        "wire.txt": REID_WIRE.replace("Jack Ketsoyan", "Jack Ketsoyian"),
        "lohan.txt": LOHAN,
    }
    report = _report(tmp_path, files)
    grouped = [sorted(f.text for f in g.forms) for g in report.variants]
    assert ["Jack Ketsoyan", "Jack Ketsoyian"] in grouped
    assert not any("Holley" in " ".join(g) for g in grouped)
    # the variants command reads the same table
    paths = [str(tmp_path / name) for name in files]
    assert factdiff.pipeline.variants(paths) == list(report.variants)


def test_variants_reads_the_prior_compare_reads(tmp_path: Path) -> None:
    """``factdiff variants`` and ``compare`` group names under one story prior: "Holley" and
    "Holly" are one name only where the sources tell one story, whichever command is run."""
    files = {
        "people.txt": REID_PEOPLE,
        "lohan.txt": LOHAN,
        "holly.txt": LOHAN.replace("Holley", "Holly").replace("Thursday", "Friday"),
        "wire.txt": REID_WIRE,
    }
    report = _report(tmp_path, files)
    paths = [str(tmp_path / name) for name in files]
    assert variants(paths) == list(report.variants)
    assert any("Shawn Holly" in {f.text for f in g.forms} for g in report.variants)
