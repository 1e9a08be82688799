from __future__ import annotations

from pathlib import Path

import pytest

from factdiff.config import default_settings, load_settings
from factdiff.errors import InputError


def test_defaults_ship_in_the_package() -> None:
    s = default_settings()
    assert 0 < s.match.mutual_best <= s.match.same_claim <= 1
    assert s.clean.furniture_lines


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    cfg = tmp_path / "f.yaml"
    cfg.write_text(
        "match:\n  same_claim: 0.7\nclean:\n  extra_furniture_lines: ['^Sponsored by .*$']\n"
        "names:\n  aliases: [[Putin, Vladimir Putin]]\n",
        encoding="utf-8",
    )
    s = load_settings(cfg)
    assert s.match.same_claim == 0.7
    assert s.clean.furniture_lines[-1] == "^Sponsored by .*$"
    assert len(s.clean.furniture_lines) == len(default_settings().clean.furniture_lines) + 1
    assert s.names.aliases == (("Putin", "Vladimir Putin"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bogus: 1\n", "unknown setting 'bogus'"),
        ("match:\n  nope: 1\n", "'match.nope'"),
        ("match:\n  same_claim: high\n", "must be a number"),
        ("match: [1\n", "malformed YAML"),
        ("- a\n", "must be a mapping"),
        # values out of range, of the wrong kind, not finite, or patterns that do not compile
        ("match:\n  same_claim: 5\n", "'match.same_claim' must be at least 0 and at most 1"),
        ("match:\n  story_full: 0\n", "'match.story_full' must be above 0"),
        ("match:\n  max_per_source: 0\n", "'match.max_per_source' must be at least 1"),
        ("match:\n  max_per_source: 2.5\n", "must be a whole number"),
        ("match:\n  mutual_best: .nan\n", "must be a finite number"),
        ("clean:\n  furniture_lines: ['(unclosed']\n", "item 1 is no valid pattern"),
        ("clean:\n  extra_furniture_lines: ['ok', '[a-']\n", "item 2 is no valid pattern"),
    ],
)
def test_bad_settings_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "f.yaml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_settings(cfg)


def test_the_report_records_its_settings(seeds: list[str]) -> None:
    import factdiff

    report = factdiff.compare(seeds)
    assert (
        report.to_dict()["settings"]["match"]["same_claim"] == default_settings().match.same_claim
    )


def test_the_python_defaults_are_the_yaml_defaults() -> None:
    from factdiff._defaults import DEFAULTS
    from factdiff.config import defaults_from_yaml

    assert defaults_from_yaml() == DEFAULTS, "run scripts/regenerate"


def test_a_whole_number_given_as_a_float_reads_as_one(tmp_path: Path) -> None:
    cfg = tmp_path / "f.yaml"
    cfg.write_text("match:\n  max_per_source: 3.0\n", encoding="utf-8")
    assert load_settings(cfg).match.max_per_source == 3
