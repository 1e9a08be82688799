"""Number and calendar words shared by the stages that read values (claims), compare them
(similarity, align) and must not take them for names (mentions)."""

from __future__ import annotations

import re

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS = {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# "three" -> "3", "forty" -> "40", "dozen" -> "12"
CARDINALS: dict[str, str] = (
    {w: str(i) for i, w in enumerate(_UNITS)}
    | {w: str(n) for w, n in _TENS.items()}
    | {"dozen": "12"}
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

# A year in news text, 1800-2099 ("in 2008"; not the digits of "1990s" or "20083").
YEAR = r"(?:1[89]|20)\d{2}\b"
# The years a normalised date names ("march 3 2017" -> "2017").
YEARS = re.compile(rf"\b{YEAR}")
