"""The command line end to end, as a user runs it: output, exit status, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_A, SEED_B


def run(
    *args: str, stdin: bytes | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "factdiff", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("factdiff ")


def test_the_command_runs_with_the_collector_on_and_the_imports_frozen() -> None:
    """The console script pauses the cyclic garbage collector only while it imports the
    pipeline: a run of hours over a folder must still collect what it discards."""
    script = (
        "import gc, sys, factdiff.cli as cli\n"
        "sys.argv = ['factdiff', 'compare', 'a', 'b']\n"
        "cli._dispatch = lambda args: print(gc.isenabled(), gc.get_freeze_count() > 0) or 0\n"
        "raise SystemExit(cli.run())\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "True"]


def test_version_and_help_do_not_load_the_pipeline() -> None:
    """``--version`` and ``--help`` answer at once: they import none of the stages."""
    for flag in ("--version", "--help"):
        script = (
            "import sys, factdiff.cli as cli\n"
            f"sys.argv = ['factdiff', '{flag}']\n"
            "try:\n    cli.run()\n"
            "except SystemExit:\n    print('factdiff.pipeline' in sys.modules)\n"
        )
        r = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        assert r.returncode == 0, r.stderr
        assert r.stdout.split()[-1] == "False", flag


def test_compare_writes_markdown(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    r = run("compare", str(SEED_A), str(SEED_B), "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# factdiff:") and "## Divergences" in text and "## Only in B" in text


def test_compare_json_to_stdout_follows_the_contract() -> None:
    r = run("compare", str(SEED_A), str(SEED_B), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["schema"] == 1
    assert set(data) >= {"sources", "claims", "matches", "unique", "variants"}
    claim = data["claims"][0]
    assert set(claim) >= {"id", "source", "text", "sentence", "span", "speaker", "quote"}
    for m in data["matches"]:
        assert m["kind"] in {"agreement", "divergence"} and 0 <= m["score"] <= 1
        if m["kind"] == "divergence":
            assert m["differences"]
    for v in data["variants"]:
        assert set(v) >= {"canonical", "forms", "inconsistent_sources"}


def test_output_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "1.json", tmp_path / "2.json"
    run("compare", str(SEED_A), str(SEED_B), "-o", str(a))
    run("compare", str(SEED_A), str(SEED_B), "-o", str(b))
    assert a.read_bytes() == b.read_bytes()


def test_fail_on() -> None:
    r = run("compare", str(SEED_A), str(SEED_B), "--fail-on", "divergence", "-o", os.devnull)
    assert r.returncode == 1
    r = run("compare", str(SEED_A), str(SEED_A), "--fail-on", "variant", "-o", os.devnull)
    assert r.returncode in (0, 1) and "same text as source A" in r.stderr


def test_extract_then_compare_the_claims_file(tmp_path: Path) -> None:
    claims = tmp_path / "a.yaml"
    assert run("extract", str(SEED_A), "-o", str(claims)).returncode == 0
    text = claims.read_text(encoding="utf-8")
    assert "factdiff_claims: 1" in text and "Joël Deumier" in text
    # an editor corrects a claim, then compares the claims file with the other source
    claims.write_text(text.replace("Lavrov said", "Sergei Lavrov said"), encoding="utf-8")
    r = run("compare", str(claims), str(SEED_B), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["sources"][0]["path"] == str(claims)
    assert any("Sergei Lavrov said" in c["text"] for c in data["claims"])
    assert data["matches"]


def test_stdin_source() -> None:
    r = run("compare", "-", str(SEED_B), "--format", "json", stdin=SEED_A.read_bytes())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["sources"][0]["path"] == "<stdin>"


def test_variants_command() -> None:
    r = run("variants", str(SEED_A), str(SEED_B))
    assert r.returncode == 0 and "Deumier" in r.stdout


BAD = {
    "missing": (None, "no such file"),
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
    "bad.yaml": (b"factdiff_claims: 1\nclaims: [\n", "malformed"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_one_line_error_no_output(tmp_path: Path, name: str) -> None:
    data, message = BAD[name]
    src = tmp_path / name
    if data is not None:
        src.write_bytes(data)
    out = tmp_path / "out.md"
    r = run("compare", str(src), str(SEED_B), "-o", str(out))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and message in r.stderr and str(src) in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == ([src] if data is not None else [])


def test_standard_input_once_and_an_output_folder_that_is_a_file(tmp_path: Path) -> None:
    r = run("compare", "-", "-", stdin=SEED_A.read_bytes())
    assert r.returncode == 2 and "standard input can be given as one source only" in r.stderr
    r = run("compare", str(SEED_A), str(SEED_B), "-o", str(SEED_A / "r.md"))
    assert r.returncode == 2 and "is a file, not a folder" in r.stderr


def test_empty_folder_and_single_source(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    r = run("compare", str(tmp_path), str(SEED_B))
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert str(tmp_path) in r.stderr and "folder with no .txt" in r.stderr
    r = run("compare", str(SEED_B))
    assert r.returncode == 2 and "at least two sources" in r.stderr


def test_a_folder_is_its_sources_by_name(tmp_path: Path) -> None:
    """A folder stands for its texts, pages and claims files, by name: the seeds' folder gives
    the report of its two files; settings, hidden files and subfolders are not sources."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "b.txt").write_bytes(SEED_B.read_bytes())
    (folder / "a.txt").write_bytes(SEED_A.read_bytes())
    (folder / "factdiff.yaml").write_text("match:\n  same_claim: 0.5\n", encoding="utf-8")
    (folder / ".draft.txt").write_text("Not a source.", encoding="utf-8")
    (folder / "old").mkdir()
    (folder / "old" / "c.txt").write_text("Not a source either.", encoding="utf-8")
    r = run("compare", str(folder), "--format", "json")
    assert r.returncode == 0, r.stderr
    paths = [s["path"] for s in json.loads(r.stdout)["sources"]]
    assert paths == [str(folder / "a.txt"), str(folder / "b.txt")]
    files = run("compare", str(folder / "a.txt"), str(folder / "b.txt"), "--format", "json")
    assert r.stdout == files.stdout
    assert "Deumier" in run("variants", str(folder)).stdout
    # a claims file an editor corrected is a source of the folder
    assert run("extract", str(SEED_A), "-o", str(folder / "c.yaml")).returncode == 0
    r = run("compare", str(folder), "--format", "json")
    assert [s["path"] for s in json.loads(r.stdout)["sources"]][-1] == str(folder / "c.yaml")


def test_bad_config(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("match:\n  same_claimm: 0.5\n", encoding="utf-8")
    r = run("compare", str(SEED_A), str(SEED_B), "--config", str(cfg))
    assert r.returncode == 2 and "unknown setting 'match.same_claimm'" in r.stderr
    cfg.write_text("match: [\n", encoding="utf-8")
    r = run("compare", str(SEED_A), str(SEED_B), "--config", str(cfg))
    assert r.returncode == 2 and "malformed YAML" in r.stderr


def test_bad_usage() -> None:
    r = run("compare", str(SEED_A), str(SEED_B), "--format", "pdf")
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_utf16_and_large_input(tmp_path: Path) -> None:
    utf16 = tmp_path / "a.txt"
    utf16.write_bytes(SEED_A.read_text(encoding="utf-8").encode("utf-16"))
    r = run("compare", str(utf16), str(SEED_B), "-o", os.devnull)
    assert r.returncode == 0, r.stderr
    big = tmp_path / "big.txt"
    body = SEED_B.read_text(encoding="utf-8")
    big.write_text((body + "\n\n") * 60, encoding="utf-8")  # repeated copy: many claims
    r = run("compare", str(SEED_A), str(big), "-o", os.devnull)
    assert r.returncode == 0, r.stderr


def test_the_report_never_overwrites_a_source(tmp_path: Path) -> None:
    """An output file that is one of the sources (given by name, or in a folder) is refused,
    in one line, and the source is left as it was; a report written into a folder is no source
    of it the next time."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(SEED_A.read_bytes())
    b.write_bytes(SEED_B.read_bytes())
    for args in (("compare", str(a), str(b)), ("compare", str(tmp_path)), ("extract", str(a))):
        r = run(*args, "-o", str(a))
        assert r.returncode == 2 and r.stderr.count("\n") == 1
        assert "is one of the sources" in r.stderr
        assert a.read_bytes() == SEED_A.read_bytes()
    report = tmp_path / "report.md"
    assert run("compare", str(tmp_path), "-o", str(report)).returncode == 0
    again = run("compare", str(tmp_path), "-o", str(report), "--format", "md")
    assert again.returncode == 0, again.stderr
    r = run("compare", str(tmp_path), "--format", "json")
    assert [Path(s["path"]).name for s in json.loads(r.stdout)["sources"]] == ["a.txt", "b.txt"]


def test_the_report_file_gets_the_permissions_any_new_file_gets(tmp_path: Path) -> None:
    """Written through a temporary file and renamed, the report is still readable as any file
    the user writes (the umask's permissions), not private (0600) as temporary files are."""
    out = tmp_path / "r.md"
    assert run("compare", str(SEED_A), str(SEED_B), "-o", str(out)).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"], "no temporary file is left"
