"""What the words around a date say about it, for the publication date (pubdate.py).

- cues (data/date_cues.tsv): the report's own day ("hari ini, Selasa (23/8)", "diterima
  ... pada Jumat (4/4/2025)"), a day ahead ("mulai Kamis 28 April 2022"), a day looked
  back on ("Jumat (20/2/2015) yang lalu"), yesterday ("Selasa (29/9/2015) kemarin");
- stamps: a full date on a short line followed by a clock time ("01 Juni, 2018, 05.53 WIB",
  "Terbaru 25 Oktober 2010 - 06:59 GMT") or on a source line ("Sumber: ANGKATAN
  BERSENJATA (28 /09/ 1992)");
- anniversaries: "Hari ini 17 tahun lalu", "pada Jumat 8 April 2005 atau tepat 16 tahun
  silam", "Tepat hari ini, 20 Mei 2002 silam" (... "Sudah 20 Tahun").
The train articles each rule was written from are named in the data file and below.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from warta.clean.dates import DateMention, find_date_mentions

CUES_FILE = Path(__file__).resolve().parent / "data" / "date_cues.tsv"

# How many words a cue may stand from its date, by role (data/README.md).
_WORDS_BEFORE = {"report_day": 4, "future": 2, "yesterday": 1, "statement": 6}
_WORDS_AFTER = {"past": 2, "yesterday": 1}
_CLAUSE_END = re.compile(r"[,.;:!?\n]")

# A stamp line is short: a date, a time, an outlet or an author at most.
_STAMP_LINE_WORDS = 12
# The clock time after a stamp's date, a word or two between: "- Published 10:39 GMT".
_CLOCK = re.compile(r"\s*[,\-–—|]?\s*(?:[^\W\d_]+\s+){0,2}\d{1,2}[:.]\d{2}(?!\d)")

# Anniversary pieces (train d015, d022, h110): the cue, and how many years ago.
_ANNIVERSARY = re.compile(
    r"(?<![^\W\d_])(?:tepat\s+hari\s+ini|hari\s+ini,?\s+\d{1,3}\s+tahun\s+(?:lalu|silam)"
    r"|tepat\s+\d{1,3}\s+tahun\s+(?:lalu|silam))",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(
    r"(?<![\w])(?:(?P<ago>\d{1,3})\s+tahun\s+(?:yang\s+)?(?:lalu|silam)"
    r"|(?:sudah|genap)\s+(?P<since>\d{1,3})\s+tahun)(?![\w])",
    re.IGNORECASE,
)


@cache
def cue_pattern(role: str) -> re.Pattern[str]:
    """The cues of one role (data/date_cues.tsv) as one word-bounded pattern."""
    with CUES_FILE.open(encoding="utf-8", newline="") as handle:
        cues = [row["cue"] for row in csv.DictReader(handle, delimiter="\t") if row["role"] == role]
    body = "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in cues)
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)


def cued(text: str, mention: DateMention, role: str) -> bool:
    """Does a cue of `role` stand next to the mention, on its line (after it: in its
    clause)?"""
    pattern = cue_pattern(role)
    if role in _WORDS_BEFORE:
        line_start = text.rfind("\n", 0, mention.start) + 1
        words = text[line_start : mention.start].split()[-_WORDS_BEFORE[role] :]
        if pattern.search(" ".join(words)):
            return True
    if role in _WORDS_AFTER:
        after = text[mention.end :]
        clause_end = _CLAUSE_END.search(after)
        words = after[: clause_end.start() if clause_end else len(after)].split()
        return bool(pattern.search(" ".join(words[: _WORDS_AFTER[role]])))
    return False


def stamp_dates(text: str) -> list[DateMention]:
    """Full dates that stamp the text (stamp and source lines), in text order."""
    found = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        if len(line.split()) <= _STAMP_LINE_WORDS:
            source_line = cue_pattern("source").match(line.lstrip()) is not None
            for mention in find_date_mentions(line):
                if mention.date() is not None and (source_line or _CLOCK.match(line, mention.end)):
                    found.append(
                        replace(
                            mention, start=mention.start + line_start, end=mention.end + line_start
                        )
                    )
                    break
        line_start += len(line)
    return found


@dataclass(frozen=True)
class Anniversary:
    mention: DateMention  # the date remembered
    years: int  # how long ago
    text: str  # the words that say so


def anniversary(text: str, mentions: list[DateMention]) -> Anniversary | None:
    """A piece written on the anniversary of a dated event: the dated mention nearest
    the anniversary cue, and the number of years nearest to it."""
    cue = _ANNIVERSARY.search(text)
    full = [m for m in mentions if m.date() is not None]
    ago = list(_YEARS_AGO.finditer(text))
    if cue is None or not full or not ago:
        return None

    def distance(start: int, end: int) -> int:
        return max(start - cue.end(), cue.start() - end, 0)

    mention = min(full, key=lambda m: distance(m.start, m.end))
    years = min(ago, key=lambda m: distance(m.start(), m.end()))
    count = int(years.group("ago") or years.group("since"))
    return Anniversary(mention, count, f"{mention.text} … {years.group(0)}")
