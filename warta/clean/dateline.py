"""Recognize the dateline that opens an Indonesian news article.

Forms handled (hyphen, double hyphen, en dash or em dash):
  "JAKARTA, iNews.id -", "BANGKOK, KOMPAS.com -", "Moskow, MINA –"   place, outlet
  "Jakarta (ANTARA) -", "JAKARTA (Reuters) -"                       place (outlet)
  "JAKARTA -", "Jakarta –"                                         place only
  "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"                 outlet, place
  "Suara.com -"                                                    outlet only
An optional date such as "Kamis (7/7/2022)" or "3 Maret 2021" after the place is part
of the dateline; the publication-date step reads it from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.calendar import WEEKDAYS
from warta.clean.types import Dateline

_DASH = r"(?:-{1,2}|–|—)"
# A capitalized word of a place name: "JAKARTA", "Kuala", "Den", "D.C.".
_PLACE_WORD = r"[^\W\d_][\w'’.]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
# An outlet: "iNews.id", "KOMPAS.com", "MINA", "CNN Indonesia", "CNBC Indonesia".
_OUTLET_WORD = r"[^\W_][\w.]*"
_WEEKDAY_AHEAD = "(?!(?:" + "|".join(WEEKDAYS) + r")\b)"
_OUTLET = rf"(?i:{_WEEKDAY_AHEAD}){_OUTLET_WORD}(?:\s+[^\W\d_][\w.]*){{0,2}}"
# A web address used as the outlet name: "Liputan6.com", "REPUBLIKA.CO.ID".
_DOMAIN = r"[^\W_][\w\-]*(?:\.[A-Za-z]{2,})+"
# A date inside the dateline: "Kamis (7/7/2022)", "(7/7)", "3 Maret 2021".
_WHEN = (
    r"(?:\s*,?\s*(?P<when>"
    r"(?:[^\W\d_]+'?[^\W\d_]*\s*,?\s*)?\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)"
    r"|(?:[^\W\d_]+'?[^\W\d_]*\s*,?\s*)?\d{1,2}\s+[^\W\d_]{3,9}\.?\s+\d{4}"
    r"))?"
)

_PLACE_FIRST = re.compile(
    rf"^(?P<place>{_PLACE})"
    rf"(?:\s*,\s*(?P<outlet>{_OUTLET}))?"
    rf"(?:\s*,?\s*\(\s*(?P<paren_outlet>[^()\d]{{2,30}}?)\s*\))?"
    rf"{_WHEN}"
    rf"\s*{_DASH}\s+(?=\S)"
)
_OUTLET_FIRST = re.compile(
    rf"^(?P<outlet>{_DOMAIN})(?:\s*,\s*(?P<place>{_PLACE}))?{_WHEN}\s*{_DASH}\s+(?=\S)"
)

# Outlets that open with their bare name ("VIVA – ..."), which would otherwise read
# as an all-caps place.
_BARE_OUTLET_NAMES = frozenset(
    [
        "VIVA",
        "KOMPAS",
        "TEMPO",
        "REPUBLIKA",
        "ANTARA",
        "MINA",
        "OKEZONE",
        "SINDONEWS",
        "INILAH",
        "RMOL",
        "TRIBUNNEWS",
        "DETIK",
        "DETIKCOM",
        "KUMPARAN",
        "BISNIS",
        "KONTAN",
        "MERDEKA",
        "SUARA",
        "JPNN",
        "GATRA",
    ]
)

# A dateline is short; anything longer is a sentence that happens to contain a dash.
_MAX_DATELINE_CHARS = 60


@dataclass(frozen=True)
class DatelineMatch:
    dateline: Dateline
    length: int  # characters of the line the dateline takes, including the dash


def title_case_place(place: str) -> str:
    """'JAKARTA' -> 'Jakarta', 'KUALA LUMPUR' -> 'Kuala Lumpur'; mixed case unchanged.

    Short all-caps tokens ('DC') stay as they are: they are abbreviations.
    """
    if not place.isupper():
        return place
    return " ".join(word if len(word) <= 2 else word.capitalize() for word in place.split())


def _is_weekday(word: str | None) -> bool:
    return word is not None and word.split()[0].lower().rstrip(",") in WEEKDAYS


def _plausible_place(place: str, has_outlet: bool, rest: str) -> bool:
    """Reject 'Presiden Joko Widodo - yang ...' and similar openings.

    With an outlet named the form is unambiguous. Without one we accept an all-caps
    place, or a one- or two-word capitalized place followed by a capitalized start.
    """
    words = place.split()
    if not all(word[0].isupper() for word in words):
        return False
    if has_outlet or place.isupper():
        return True
    return len(words) <= 2 and (rest[:1].isupper() or rest[:1] in "\"“'‘")


def find_dateline(line: str) -> DatelineMatch | None:
    """The dateline at the start of `line` (the first line of the article), if any."""
    match = _OUTLET_FIRST.match(line) or _PLACE_FIRST.match(line)
    if not match or match.end() > _MAX_DATELINE_CHARS:
        return None
    groups = match.groupdict()
    place = groups.get("place")
    outlet = groups.get("outlet") or groups.get("paren_outlet")
    if _is_weekday(outlet):  # "JAKARTA, Senin (3/7) -": a date, not an outlet
        outlet = None
    if place is not None and outlet is None and place.upper() in _BARE_OUTLET_NAMES:
        place, outlet = None, place
    if place is not None and not _plausible_place(place, outlet is not None, line[match.end() :]):
        return None
    if place is None and outlet is None:
        return None
    text = line[: match.end()].rstrip()
    dateline = Dateline(
        place=title_case_place(place) if place else None,
        outlet=outlet.strip() if outlet else None,
        text=text,
    )
    return DatelineMatch(dateline, match.end())
