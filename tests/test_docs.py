"""The README's promises: two commands in the quick start, the second one run by CI; every
command has help text; the committed seeds report is what the code produces."""

from __future__ import annotations

import argparse
import re

import pytest

from factdiff.cli import _parser
from factdiff.pipeline import compare
from tests.conftest import ROOT, SEED_A, SEED_B


def _quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```\w*\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start()
    assert len(commands) == 2
    assert "reports/seeds.md" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    assert _quick_start()[1] in (ROOT / ".ci/run").read_text(encoding="utf-8")


def test_every_command_has_help() -> None:
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        assert parser.format_help(), name
        assert any(c.dest == name and c.help for c in sub._choices_actions), name


def test_committed_seeds_reports_are_what_the_code_produces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)  # the report names its sources by the paths given, as in the README
    report = compare([str(SEED_A.relative_to(ROOT)), str(SEED_B.relative_to(ROOT))])
    assert (ROOT / "reports/seeds.md").read_text(encoding="utf-8") == report.to_markdown()
    assert (ROOT / "reports/seeds.json").read_text(encoding="utf-8") == report.to_json()


def test_committed_claims_files_are_what_extract_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    from factdiff.pipeline import extract
    from factdiff.render import claims_to_yaml

    for seed in (SEED_A, SEED_B):
        x = extract(f"seeds/{seed.name}")
        committed = ROOT / "claims" / (seed.stem + ".yaml")
        assert committed.read_text(encoding="utf-8") == claims_to_yaml(x.info, x.claims)


def test_claims_files_compare_like_their_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    from_claims = compare([f"claims/{SEED_A.stem}.yaml", f"claims/{SEED_B.stem}.yaml"])
    from_text = compare([f"seeds/{SEED_A.name}", f"seeds/{SEED_B.name}"])
    assert from_claims.matches == from_text.matches
    assert from_claims.unique == from_text.unique
    assert [s.dropped for s in from_claims.sources] == [s.dropped for s in from_text.sources]
