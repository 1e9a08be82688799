"""Load a source: a text, Markdown or HTML file, a factdiff claims YAML file, or standard input."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Sequence
from typing import Any

from factdiff.errors import InputError, read_bytes
from factdiff.models import Claim, Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
YAML_SUFFIXES = {".yaml", ".yml"}
CLAIMS_MARKER = "factdiff_claims"
CLAIMS_SCHEMA = 1  # the version of the claims file this factdiff writes and reads
LARGE = 10_000_000  # bytes: a source this large gets a warning that the run will be long

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# What a folder given as a source holds that is read: texts and pages by their suffix, and
# claims files (a YAML file without the claims key, such as a ``factdiff.yaml``, is settings).
_FOLDER_SUFFIXES = (TEXT_SUFFIXES - {""}) | HTML_SUFFIXES | YAML_SUFFIXES


def expand_sources(paths: Sequence[str]) -> list[str]:
    """``paths`` with each folder replaced by the sources it holds, by name: its text,
    Markdown and HTML files and its claims YAML files, not hidden ones, subfolders, settings
    or factdiff reports."""
    if list(paths).count("-") > 1:
        raise InputError("-: standard input can be given as one source only")
    out: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            out.append(path)
            continue
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            raise InputError(f"{path}: cannot read the folder ({exc.strerror})") from None
        found = [
            file
            for name in names
            if not name.startswith(".")
            and os.path.splitext(name)[1].lower() in _FOLDER_SUFFIXES
            and os.path.isfile(file := os.path.join(path, name))
            and _source_file(file)
        ]
        if not found:
            raise InputError(f"{path}: a folder with no .txt, .md, .html or claims .yaml file")
        out.extend(found)
    return out


# How a factdiff report in Markdown starts: a report written into the folder is no source.
_REPORT_START = b"# factdiff:"


def _source_file(path: str) -> bool:
    """Whether a file of a folder is a source: any but a YAML file that is no claims file
    (settings) and a factdiff report."""
    suffix = os.path.splitext(path)[1].lower()
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return True  # loading it says what is wrong, in one line
    if suffix in YAML_SUFFIXES:
        return CLAIMS_MARKER.encode() in head
    return not head.startswith(_REPORT_START)


def decode(data: bytes, where: str) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: a BOM's encoding, else UTF-8, else cp1252/latin-1 with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError:
                raise InputError(f"{where}: not valid {encoding.upper()} despite its BOM") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    if _looks_binary(text):
        raise InputError(f"{where}: binary file, not text")
    return text, (f"{where}: not UTF-8 (byte {bad}); read as {encoding}",)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return control > max(8, len(sample) // 100)


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return read_bytes(path)


def load(path: str, source_id: str) -> Document:
    """Read one source and give it the id ``source_id`` ("A", "B", …)."""
    where = "<stdin>" if path == "-" else path
    data = _read_bytes(path)
    text, warnings = decode(data, where)
    if len(data) >= LARGE:
        # time and memory grow linearly: about 10 s and 100 MB per MB of each source
        warnings += (f"{where}: large file ({len(data) / 1e6:.0f} MB); comparing it takes minutes",)
    if not text.strip():
        raise InputError(f"{where}: empty file, nothing to compare")
    suffix = "" if path == "-" else os.path.splitext(path)[1].lower()
    if suffix in YAML_SUFFIXES or (path == "-" and text.lstrip().startswith(CLAIMS_MARKER)):
        return _load_claims(text, where, source_id, warnings)
    if suffix in HTML_SUFFIXES or (
        path == "-" and text.lstrip()[:15].lower().startswith(("<!doc", "<html"))
    ):
        return _load_html(text, where, source_id, warnings)
    fmt = "md" if suffix in {".md", ".markdown"} else "txt"
    if suffix not in TEXT_SUFFIXES:
        warnings += (f"{where}: unknown file type '{suffix}', read as plain text",)
    return Document(id=source_id, path=where, text=text, format=fmt, warnings=warnings)


def _load_html(text: str, where: str, source_id: str, warnings: tuple[str, ...]) -> Document:
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{where}: reading HTML needs the 'html' extra (pip install 'factdiff[html]')"
        ) from None
    extracted = trafilatura.bare_extraction(
        text, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not str(body).strip():
        raise InputError(f"{where}: no article text found in the HTML")
    title = getattr(extracted, "title", None)
    return Document(
        id=source_id,
        path=where,
        text=str(body),
        format="html",
        warnings=warnings,
        title=str(title) if title else None,
    )


def _load_claims(text: str, where: str, source_id: str, warnings: tuple[str, ...]) -> Document:
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{where}: malformed claims YAML{at}") from None
    if not isinstance(data, dict) or CLAIMS_MARKER not in data:
        raise InputError(f"{where}: not a factdiff claims file (no '{CLAIMS_MARKER}' key)")
    if data[CLAIMS_MARKER] != CLAIMS_SCHEMA:
        raise InputError(
            f"{where}: claims file version {data[CLAIMS_MARKER]!r}; this factdiff reads "
            f"version {CLAIMS_SCHEMA}"
        )
    items = data.get("claims")
    if not isinstance(items, list) or not items:
        raise InputError(f"{where}: claims file has no 'claims' list")
    claims: list[Claim] = []
    for n, item in enumerate(items, start=1):
        claims.append(_claim_from_yaml(item, n, where, source_id))
    title = data.get("title")
    dropped = data.get("dropped") or []
    if not isinstance(dropped, list) or not all(isinstance(d, str) for d in dropped):
        raise InputError(f"{where}: 'dropped' must be a list of lines")
    source_text = data.get("text")
    if not isinstance(source_text, str):
        source_text = "\n\n".join(c.text for c in claims)
    return Document(
        id=source_id,
        path=where,
        text=source_text,
        format="yaml",
        warnings=warnings,
        claims=tuple(claims),
        title=title if isinstance(title, str) else None,
        dropped=tuple(dropped),
    )


def _claim_from_yaml(item: Any, n: int, where: str, source_id: str) -> Claim:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("text"), str)
        or not item["text"].strip()
    ):
        raise InputError(f"{where}: claim {n} has no 'text'")
    span = item.get("span", [0, 0])
    if (
        not isinstance(span, list)
        or len(span) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
    ):
        raise InputError(f"{where}: claim {n}: 'span' must be two whole numbers")
    if not 0 <= span[0] <= span[1]:
        raise InputError(
            f"{where}: claim {n}: 'span' must run from a start to an end not before it"
        )
    sentence = item.get("sentence", n)
    if not isinstance(sentence, int) or isinstance(sentence, bool):
        raise InputError(f"{where}: claim {n}: 'sentence' must be a whole number")
    speaker = item.get("speaker")
    quote = item.get("quote")
    for key, value in (("speaker", speaker), ("quote", quote)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: claim {n}: '{key}' must be text")
    return Claim(
        id=f"{source_id}{n}",
        source=source_id,
        text=item["text"],
        sentence=sentence,
        span=(span[0], span[1]),
        speaker=speaker,
        quote=quote,
    )
