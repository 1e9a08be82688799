"""Settings: defaults shipped in the package (``defaults.yaml``), overridden by a user file."""

from __future__ import annotations

import math
import os
import re
from functools import cache
from typing import Any, NamedTuple

from factdiff.errors import InputError, package_text, read_bytes


class CleanSettings(NamedTuple):
    furniture_lines: tuple[str, ...] = ()
    furniture_prefixes: tuple[str, ...] = ()
    label_max_words: int = 3


class SplitSettings(NamedTuple):
    extra_abbreviations: tuple[str, ...] = ()


class MatchSettings(NamedTuple):
    same_claim: float = 0.5
    mutual_best: float = 0.12
    group_ratio: float = 0.6
    max_per_source: int = 2
    lead_bonus: float = 0.05
    min_link_share: float = 0.3
    link_all: float = 0.53
    lead_links: bool = True
    candidates_per_claim: int = 8
    name_conflict_factor: float = 0.5
    time_conflict_factor: float = 0.25
    story_full: float = 0.9
    story_power: float = 3.0
    containment_weight: float = 0.5
    containment_half: float = 10.0
    anchor_weight: float = 0.5
    anchor_min_weight: float = 3.5
    phrase_min_tokens: int = 4


class NameSettings(NamedTuple):
    aliases: tuple[tuple[str, str], ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    stop_entities: tuple[str, ...] = ()
    min_story: float = 0.2


class Settings(NamedTuple):
    """All settings, by section: immutable records (named tuples, which cost less to define at
    start-up than dataclasses); ``merge`` makes a changed copy."""

    clean: CleanSettings = CleanSettings()
    split: SplitSettings = SplitSettings()
    match: MatchSettings = MatchSettings()
    names: NameSettings = NameSettings()

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data (lists, not tuples), for the report."""
        plain: dict[str, Any] = _plain(self)
        return plain


def _plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):  # a settings section
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# The values a number setting may take: (lowest, highest, whether the lowest itself is
# refused). Scores, shares and factors run from 0 to 1; counts from 1.
_UNIT = (0.0, 1.0, False)
_RANGES: dict[str, tuple[float, float, bool]] = {
    "clean.label_max_words": (0, math.inf, False),
    "match.same_claim": _UNIT,
    "match.mutual_best": _UNIT,
    "match.group_ratio": _UNIT,
    "match.max_per_source": (1, math.inf, False),
    "match.lead_bonus": _UNIT,
    "match.min_link_share": _UNIT,
    "match.link_all": _UNIT,
    "match.candidates_per_claim": (1, math.inf, False),
    "match.name_conflict_factor": _UNIT,
    "match.time_conflict_factor": _UNIT,
    "match.story_full": (0.0, 1.0, True),
    "match.story_power": (0.0, math.inf, True),
    "match.containment_weight": _UNIT,
    "match.containment_half": (0.0, math.inf, True),
    "match.anchor_weight": _UNIT,
    "match.anchor_min_weight": (0.0, math.inf, False),
    "match.phrase_min_tokens": (1, math.inf, False),
    "names.min_story": _UNIT,
}
# Settings whose items are regular expressions (matched ignoring case).
_PATTERNS = frozenset({"clean.furniture_lines", "clean.furniture_prefixes"})


def _setting(name: str) -> str:
    """The setting a key sets ("clean.extra_furniture_lines" extends clean.furniture_lines)."""
    return name.replace(".extra_", ".")


def _number(name: str, value: Any, default: int | float, where: str) -> int | float:
    """A number setting: of its default's kind (a whole number where the default is one),
    finite, and within its range (``_RANGES``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{where}: '{name}' must be a number")
    if isinstance(default, int) and not float(value).is_integer():
        raise InputError(f"{where}: '{name}' must be a whole number")
    if not math.isfinite(value):
        raise InputError(f"{where}: '{name}' must be a finite number")
    low, high, open_low = _RANGES.get(_setting(name), (-math.inf, math.inf, False))
    if value < low or value > high or (open_low and value == low):
        above = "above" if open_low else "at least"
        upto = f" and at most {high:g}" if high != math.inf else ""
        raise InputError(f"{where}: '{name}' must be {above} {low:g}{upto} (got {value!r})")
    return type(default)(value)


def _coerce(name: str, value: Any, default: Any, where: str) -> Any:
    """Check a user value against the type of its default and turn lists into tuples."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise InputError(f"{where}: '{name}' must be true or false")
        return value
    if isinstance(default, int | float):
        return _number(name, value, default, where)
    if isinstance(default, tuple):
        if not isinstance(value, list):
            raise InputError(f"{where}: '{name}' must be a list")
        out: list[Any] = []
        for item in value:
            if isinstance(item, list):
                if len(item) != 2 or not all(isinstance(x, str) for x in item):
                    raise InputError(f"{where}: '{name}' items must be pairs of strings")
                out.append(tuple(item))
            elif isinstance(item, str):
                out.append(item)
            else:
                raise InputError(f"{where}: '{name}' items must be strings")
        if _setting(name) in _PATTERNS:
            for n, pattern in enumerate(out, start=1):
                try:
                    re.compile(pattern, re.IGNORECASE)
                except re.error as exc:
                    raise InputError(
                        f"{where}: '{name}' item {n} is no valid pattern ({exc})"
                    ) from None
        return tuple(out)
    raise InputError(f"{where}: '{name}' has an unsupported value")


def _section(cls: type[Any], data: Any, base: Any, where: str, section: str) -> Any:
    if data is None:
        return base
    if not isinstance(data, dict):
        raise InputError(f"{where}: section '{section}' must be a mapping")
    known = set(cls._fields)
    changes: dict[str, Any] = {}
    for key, value in data.items():
        extra = isinstance(key, str) and key.startswith("extra_") and key[6:] in known
        name = key[6:] if extra else key
        if name not in known:
            raise InputError(f"{where}: unknown setting '{section}.{key}'")
        default = getattr(base, name)
        coerced = _coerce(f"{section}.{key}", value, default, where)
        changes[name] = default + coerced if extra and not name.startswith("extra_") else coerced
    return base._replace(**changes)


def merge(base: Settings, data: Any, where: str) -> Settings:
    """Apply the YAML mapping ``data`` (from ``where``) to ``base``; unknown keys are an error."""
    if data is None:
        return base
    if not isinstance(data, dict):
        raise InputError(f"{where}: the settings file must be a mapping of sections")
    sections = set(Settings._fields)
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key not in sections:
            raise InputError(f"{where}: unknown setting '{key}'")
        cls = type(getattr(base, key))
        changes[key] = _section(cls, value, getattr(base, key), where, key)
    return base._replace(**changes)


def _read_yaml(text: str, where: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark is not None else ""
        raise InputError(f"{where}: malformed YAML{at}") from None


@cache
def default_settings() -> Settings:
    """The settings shipped in the package: ``defaults.yaml``, read from its Python copy
    ``_defaults.py`` (``scripts/regenerate`` writes it; a test checks the two agree), because
    importing a YAML parser costs more than the whole rest of a small comparison's set-up."""
    from factdiff._defaults import DEFAULTS

    return merge(Settings(), DEFAULTS, "defaults.yaml")


def defaults_from_yaml() -> Any:
    """The mapping in ``defaults.yaml`` (the commented source of ``_defaults.py``)."""
    text = package_text("defaults.yaml")
    return _read_yaml(text, "defaults.yaml")


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Defaults, overridden by ``path`` (or ``./factdiff.yaml`` when it exists and path is None)."""
    settings = default_settings()
    if path is None:
        if not os.path.isfile("factdiff.yaml"):
            return settings
        path = "factdiff.yaml"
    p = os.fspath(path)
    try:
        text = read_bytes(p).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{p}: settings file is not UTF-8 text") from None
    return merge(settings, _read_yaml(text, str(p)), str(p))
