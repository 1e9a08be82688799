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

_ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def suffixed(n: int) -> str:
    """``n`` as an ordinal in digits: 1st, 2nd, 3rd, 11th, 12th, 22nd."""
    last = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{last}"


# "twelfth" -> "12th", "fortieth" -> "40th"
ORDINALS: dict[str, str] = {w: suffixed(i) for i, w in enumerate(_ORDINAL_UNITS)} | {
    w.removesuffix("y") + "ieth": suffixed(n) for w, n in _TENS.items()
}

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

# News style abbreviates months beside a day or a year ("Sept. 11, 2001", "Dec. 2008"); alone,
# "Mar", "Jan" or "Dec" are too often other words, so bare months must be spelled out.
MONTH_ABBREVIATIONS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
WEEKDAY_ABBREVIATIONS = ("mon", "tues", "tue", "wed", "thurs", "thur", "thu", "fri", "sat", "sun")
# Time zones as datelines write them ("12:50 PM EDT", "02. 16PM IST").
TIME_ZONES = ("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
              "akst", "akdt", "hst", "gmt", "utc", "bst", "cet", "cest", "ist", "jst", "aest",
              "aedt", "hkt")  # fmt: skip
# Patterns (case-insensitive) for the parts of a written date: a month, spelled out or
# abbreviated; a day of the month; "am" / "p. m.".
MONTH = "(?:" + "|".join(MONTHS) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\b)\.?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"  # \b: not the first digits of a year ("March 2008")
AM_PM = r"(?:[ap]\.?\s?m\b\.?)"
ZONE = "(?:" + "|".join(TIME_ZONES) + ")"
# A time of day with a point between hour and minutes, only before "am" / "pm" or a zone
# (alone, "3.30" is as often a decimal): "3.30pm", "3. 30 p. m.", "22. 34 BST"; an hour alone
# before "am" / "pm": "3 p.m.", "11am".
DOT_TIME = rf"\d{{1,2}}\s?\.\s?\d\d(?:\s?{AM_PM}|(?=\s?{ZONE}\b))"
HOUR_TIME = rf"\d{{1,2}}\s?{AM_PM}"
# The verbs of a page's dateline ("Posted Oct 26, 2011", "Updated: 4:08 p.m.").
DATELINE_VERBS = ("posted", "updated", "published", "released", "created", "modified", "edited",
                  "filed")  # fmt: skip

# A year in news text, 1800-2099 ("in 2008"; not the digits of "1990s" or "20083").
YEAR = r"(?:1[89]|20)\d{2}\b"
# The years a normalised date names ("march 3 2017" -> "2017").
YEARS = re.compile(rf"\b{YEAR}")
