"""The public API is exactly what DESIGN.md promises."""

from __future__ import annotations

from pathlib import Path

import factdiff


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
