from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factdiff.errors import InputError
from factdiff.load import load


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_utf8_text_is_read_as_is(tmp_path: Path) -> None:
    doc = load(_write(tmp_path, "a.txt", "Joël said “yes”.\n".encode()), "A")
    assert doc.text == "Joël said “yes”.\n" and doc.warnings == () and doc.format == "txt"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_a_bom_names_the_encoding(tmp_path: Path, encoding: str) -> None:
    doc = load(_write(tmp_path, "a.txt", "Joël Deumier spoke.".encode(encoding)), "A")
    assert doc.text == "Joël Deumier spoke."


def test_utf16_without_bom_is_binary_to_us(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        load(_write(tmp_path, "a.txt", "Hello there.".encode("utf-16-le")), "A")


def test_latin1_falls_back_with_a_warning(tmp_path: Path) -> None:
    doc = load(_write(tmp_path, "a.txt", "Joël Deumier spoke.".encode("latin-1")), "A")
    assert doc.text == "Joël Deumier spoke."
    assert doc.warnings and "not UTF-8" in doc.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n\t", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "not valid"),
    ],
)
def test_unusable_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(_write(tmp_path, "a.txt", data), "A")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(str(tmp_path / "nope.txt"), "A")
    with pytest.raises(InputError, match="directory"):
        load(str(tmp_path), "A")


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Refugee arrives</title><script>var x = 'ignore me';</script></head>"
        "<body><nav>Home | News | Sport</nav><article><h1>Refugee arrives</h1>"
        "<p>The first gay Chechen refugee has arrived in France, activists said on Monday.</p>"
        "<p>Macron met Putin in Versailles and raised the persecution in Chechnya.</p>"
        "</article><footer>Copyright 2017</footer></body></html>"
    )
    doc = load(_write(tmp_path, "a.html", html.encode()), "A")
    assert "first gay Chechen refugee" in doc.text and "ignore me" not in doc.text
    assert doc.format == "html"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("claims: [oops", "malformed"),
        ("just: a mapping\n", "not a factdiff claims file"),
        ("factdiff_claims: 1\nclaims: []\n", "no 'claims'"),
        ("factdiff_claims: 1\nclaims:\n  - {span: [0, 1]}\n", "has no 'text'"),
        ("factdiff_claims: 1\nclaims:\n  - {text: hi there, span: [a, 1]}\n", "span"),
        ("factdiff_claims: 1\nclaims:\n  - {text: hi there, span: [5, 2]}\n", "span"),
        ("factdiff_claims: 1\nclaims:\n  - {text: hi there, span: [-1, 2]}\n", "span"),
        ("factdiff_claims: 2\nclaims:\n  - {text: hi there}\n", "version 2; this factdiff"),
    ],
)
def test_bad_claims_yaml(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(_write(tmp_path, "c.yaml", text.encode()), "A")


def test_a_very_large_file_is_read_with_a_warning(tmp_path: Path) -> None:
    para = "The council approved the budget on Monday after a long debate.\n\n"
    big = tmp_path / "big.txt"
    big.write_text(para * (10_000_000 // len(para) + 1), encoding="utf-8")
    doc = load(str(big), "A")
    assert len(doc.text) >= 10_000_000
    assert any("large file" in w for w in doc.warnings)
