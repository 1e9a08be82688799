"""The public API is exactly what DESIGN.md promises."""

from __future__ import annotations

from pathlib import Path

import factdiff
from factdiff.render import _continued, _excerpts


def test_exported_members() -> None:
    assert set(factdiff.__all__) == {
        "InputError",
        "Report",
        "Sentence",
        "__version__",
        "claim_similarity",
        "compare",
        "same_claim",
        "same_name",
        "split_sentences",
    }
    for name in factdiff.__all__:
        assert getattr(factdiff, name) is not None


def test_api_calls(seeds: list[str]) -> None:
    report = factdiff.compare(seeds)
    assert report.to_markdown().startswith("# factdiff:")
    assert report.to_json().startswith("{")
    sentences = factdiff.split_sentences("Mr. Smith left. He came back.")
    assert [s.text for s in sentences] == ["Mr. Smith left.", "He came back."]
    assert 0.0 <= factdiff.claim_similarity("Three men died.", "3 men died.") <= 1.0
    assert factdiff.same_claim("Three men died in the fire.", "3 men died in the fire.")
    assert factdiff.same_name("Joël Deumier", "Joel Duemier")
    assert not factdiff.same_name("Angela Merkel", "Emmanuel Macron")


def test_sources_with_nothing_of_their_own_share_one_section(tmp_path: Path) -> None:
    text = "Macron met Putin in Versailles on Monday. They spoke about the cases in Chechnya.\n"
    paths = []
    for name, extra in (("a", ""), ("b", ""), ("c", "A protest took place at the Eiffel Tower.\n")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text + extra, encoding="utf-8")
        paths.append(str(path))
    md = factdiff.compare(paths).to_markdown()
    assert "## Only in A, B (0)\n\nNone." in md
    assert "## Only in C (1)" in md and "## Only in A (0)" not in md


def test_a_claim_that_continues_a_sentence_is_shown_as_an_excerpt(seeds: list[str]) -> None:
    """A sentence of two facts is two claims; the second, shown without the first, starts with
    an ellipsis, so an editor reads it as part of a sentence ("…had strong criticism for his
    failure …", whose subject is Macron in the claim before it)."""
    md = factdiff.compare(seeds).to_markdown()
    assert "- A12: …had strong criticism for his failure to take action" in md
    # a claim that starts its sentence is shown as it stands
    assert "- A18: This falls in sharp contrast" in md
    # a claim shown just after the claim before it in its sentence is not cut
    claims = {c.id: c for c in factdiff.compare(seeds).claims}
    continued = _continued(list(claims.values()))
    assert continued["A12"] == "A11"
    assert _excerpts(["A11", "A12"], claims, continued).count("…") == 0
    assert _excerpts(["A10", "A12"], claims, continued).count("…") == 1


def test_the_summary_counts_one_fact_in_the_singular(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Macron met Putin in Versailles on Monday.\n", encoding="utf-8")
    b.write_text("Macron met Putin in Versailles on Monday. They spoke at length.\n", "utf-8")
    md = factdiff.compare([str(a), str(b)]).to_markdown()
    assert "**1 fact in common**: 1 agrees, 0 diverge. **0 names spelled several ways**" in md


def test_a_source_without_a_title_is_headed_by_its_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "folder"
    folder.mkdir(parents=True)
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text("Macron met Putin in Versailles on Monday.\n", encoding="utf-8")
    b.write_text("Macron met Putin in Versailles on Monday.\n", encoding="utf-8")
    md = factdiff.compare([str(a), str(b)]).to_markdown()
    assert md.startswith("# factdiff: a.txt vs b.txt\n")
    assert f"`{a}`" in md, "the sources table gives the whole path"


_QUAKE = (
    "Quake hits Aceh\n\nA strong 6.1 magnitude earthquake struck Aceh province in Indonesia on "
    "Tuesday, killing at least five people and injuring dozens, officials said. The quake hit "
    "the Bener Meriah district at a depth of 10 kilometres.\n",
    "Deadly earthquake in Aceh\n\nAn earthquake of magnitude 6.1 shook Indonesia's Aceh province "
    "on Tuesday, killing five people and injuring dozens, the disaster agency said. The quake "
    "struck Bener Meriah district at a depth of 10 kilometres.\n",
)


def test_sources_of_two_stories_are_shown_as_two_groups(seeds: list[str], tmp_path: Path) -> None:
    quakes = []
    for n, text in enumerate(_QUAKE):
        path = tmp_path / f"q{n}.txt"
        path.write_text(text, encoding="utf-8")
        quakes.append(str(path))
    report = factdiff.compare([*seeds, *quakes])
    assert report.to_dict()["story_groups"] == [["A", "B"], ["C", "D"]]
    md = report.to_markdown()
    assert "**The sources tell 2 stories** (see Stories). **" in md
    assert "## Stories (2)" in md
    assert "| 1 | A, B | France Leads By Example" in md and "| 2 | C, D | Quake hits Aceh |" in md
    # a divergence says whose story it is
    assert "### 1. quote — A1+A2 ↔ B1+B2+B4 (story 1)" in md
    assert all(
        line.endswith(("(story 1)", "(story 2)"))
        for line in md.splitlines()
        if line[:4] == "### " and "↔" in line
    )
    # the coverage is one table a story, of its own sources
    assert "### Story 1: A, B\n\n| fact | support | A | B |\n" in md
    assert "### Story 2: C, D\n\n| fact | support | C | D |\n" in md
    # one story: no such section, and one group of every source
    one = factdiff.compare([*seeds, seeds[0]])
    assert "## Stories" not in one.to_markdown()
    assert one.to_dict()["story_groups"] == [["A", "B", "C"]]


def test_a_chain_of_stories_is_parted_by_average_likelihood() -> None:
    """Two events of one kind (0-2, 3-5) whose reports share a story in one pair (2~3): single
    linkage chains them into one group; average linkage parts them."""
    from factdiff._story import by_average

    between = {
        (a, b): 0.99 for block in ((0, 1, 2), (3, 4, 5)) for a in block for b in block if a < b
    }
    between[(2, 3)] = 0.95
    assert by_average([0, 1, 2, 3, 4, 5], between, 0.5) == [[0, 1, 2], [3, 4, 5]]
    between.update({(a, b): 0.9 for a in (0, 1, 2) for b in (3, 4, 5)})
    assert by_average([0, 1, 2, 3, 4, 5], between, 0.5) == [[0, 1, 2, 3, 4, 5]]
