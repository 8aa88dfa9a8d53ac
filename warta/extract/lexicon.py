"""The extraction lexicons (data/*.tsv), loaded once and compiled to patterns.

Matching is on the sentence text, case-insensitively, so it does not depend on how the
tokenizer splits "ASEAN-Rusia" or "kunjungannya"; a possessive/focus clitic (-nya, -lah, -pun)
may follow a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.actors.data import read_rows

DATA_DIR = Path(__file__).resolve().parent / "data"
CLITICS = ("nya", "lah", "pun")
CLITIC = rf"(?:{'|'.join(CLITICS)})?"
GAP = r"(?:\s+\S+){0,4}?\s+"  # "A ... B" in the lexicon: up to four words between

ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
WORD_RUN = re.compile(r"(?<![\w-])\w+")  # where a trigger pattern may start its first word
# The only non-ASCII characters that re's case-insensitive matching equates with ASCII ones
# (tests/test_speed_equivalence.py checks every code point).
ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K(elvin)


def _phrase_body(surface: str) -> str:
    parts = [r"\s+".join(re.escape(w) for w in chunk.split()) for chunk in surface.split("...")]
    return GAP.join(p for p in parts if p)


def phrase_pattern(surface: str, clitic: bool = True) -> str:
    return rf"(?<![\w-]){_phrase_body(surface)}{CLITIC if clitic else ''}(?![\w])"


def any_phrase_pattern(surfaces: list[str], clitic: bool = True) -> str:
    """Matches wherever the phrase_pattern of one of the surfaces does. The shared word
    boundaries stand once around one alternation: one search tells that a text has none
    of a lexicon's phrases several times faster than a search per phrase."""
    bodies = "|".join(_phrase_body(s) for s in surfaces)
    return rf"(?<![\w-])(?:{bodies}){CLITIC if clitic else ''}(?![\w])"


@dataclass(frozen=True)
class Trigger:
    surface: str
    type: str
    flags: frozenset[str]
    pattern: re.Pattern[str]
    first_word: str | None  # lower-cased, for triggers_in(); None: not plain ASCII, always tried

    @property
    def is_noun(self) -> bool:
        return "noun" in self.flags


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    out = []
    for row in read_rows(DATA_DIR / "verbs.tsv"):
        surface, plover, flags = (row + ["", "", ""])[:3]
        out.append(
            Trigger(
                surface,
                plover,
                frozenset(f for f in flags.split(",") if f),
                re.compile(phrase_pattern(surface), re.IGNORECASE),
                _first_word(surface),
            )
        )
    # longest surface first: "meminta maaf" before "meminta", "bantuan kemanusiaan" before
    # "bantuan"; ties broken by the surface so the order never depends on the file's order
    return tuple(sorted(out, key=lambda t: (-len(t.surface), t.surface)))


def _first_word(surface: str) -> str | None:
    words = [w for chunk in surface.split("...") for w in chunk.split()]
    return words[0].lower() if words and ASCII_WORD.fullmatch(words[0]) else None


@lru_cache(maxsize=1)
def _triggers_by_first_word() -> dict[str | None, list[int]]:
    """Positions in triggers() by first word (None: triggers always tried)."""
    index: dict[str | None, list[int]] = {}
    for position, trigger in enumerate(triggers()):
        index.setdefault(trigger.first_word, []).append(position)
    return index


def triggers_in(text: str) -> list[Trigger]:
    """The triggers that can match in `text`, in triggers() order.

    Only a trigger whose first word stands in the text can match, so the sentence's words
    are looked up instead of running every trigger's pattern over it. This is exact, not a
    heuristic: a trigger pattern starts its first word where no word character or hyphen
    precedes it and ends it at a space, a non-word character or a clitic, so a match starts
    a run of word characters that is the first word, or the first word and a clitic, in
    any letter case. str.lower() compares ASCII words as re does; a text with one of the
    few non-ASCII characters that re takes for an ASCII letter gets every trigger.
    """
    if not ASCII_CASE_TWINS.isdisjoint(text):
        return list(triggers())
    words = {m.group(0).lower() for m in WORD_RUN.finditer(text)}
    words |= {w[: -len(c)] for w in words for c in CLITICS if w.endswith(c)}
    index = _triggers_by_first_word()
    positions = [p for w in words for p in index.get(w, ())] + index.get(None, [])
    every = triggers()
    return [every[p] for p in sorted(positions)]


@dataclass(frozen=True)
class Cue:
    words: str
    value: str  # a status, a role, a sector...
    extra: str
    pattern: re.Pattern[str]


def _cues(filename: str, clitic: bool = False) -> tuple[Cue, ...]:
    out = []
    for row in read_rows(DATA_DIR / filename):
        words, value, extra = (row + ["", "", ""])[:3]
        out.append(Cue(words, value, extra, re.compile(phrase_pattern(words, clitic), re.I)))
    return tuple(sorted(out, key=lambda c: (-len(c.words), c.words)))


@lru_cache(maxsize=1)
def modality_cues() -> tuple[Cue, ...]:
    return _cues("modality.tsv")


@lru_cache(maxsize=1)
def clause_cues() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for row in read_rows(DATA_DIR / "clause_cues.tsv"):
        roles.setdefault(row[1], set()).add(row[0].lower())
    return {k: frozenset(v) for k, v in roles.items()}


@lru_cache(maxsize=1)
def sector_cues() -> tuple[Cue, ...]:
    out = []
    for row in read_rows(DATA_DIR / "sectors.tsv"):
        words, sector = row[0], row[1]
        pattern = re.compile(rf"(?<![\w]){re.escape(words)}", re.IGNORECASE)  # word start
        out.append(Cue(words, sector, "", pattern))
    return tuple(out)


@lru_cache(maxsize=1)
def agreement_status_cues() -> tuple[Cue, ...]:
    return _cues("agreement_status.tsv")


@lru_cache(maxsize=1)
def instrument_pattern() -> re.Pattern[str]:
    alternatives = []
    rows = sorted(read_rows(DATA_DIR / "instruments.tsv"), key=lambda r: (-len(r[0]), r[0]))
    for head, case in rows:
        if case == "cap":
            alternatives.append(re.escape(head))
        else:  # any case: the first letter may be either
            alternatives.append(rf"(?i:{re.escape(head)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w])")


@lru_cache(maxsize=1)
def instrument_tail_pattern() -> re.Pattern[str]:
    """'Just Energy Transition Partnership (JETP)': capitalised words, an English head last."""
    heads = "|".join(re.escape(r[0]) for r in read_rows(DATA_DIR / "instrument_tails.tsv"))
    word = r"[A-Z][\w-]*\s+(?:(?:of|and|for|on)\s+)?"
    return re.compile(rf"(?<![\w-])(?:{word}){{1,8}}(?:{heads})(?![\w])(?:\s*\([^()]{{1,40}}\))?")


@lru_cache(maxsize=1)
def metric_cues() -> tuple[Cue, ...]:
    out = []
    for row in read_rows(DATA_DIR / "metrics.tsv"):  # file order is the priority order
        words, metric, kind = (row + ["", "", ""])[:3]
        out.append(Cue(words, metric, kind, re.compile(phrase_pattern(words), re.I)))
    return tuple(out)


@lru_cache(maxsize=1)
def counted_nouns() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in read_rows(DATA_DIR / "counted_nouns.tsv")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=1)
def _any_sector_cue() -> re.Pattern[str]:
    """Where a sector_cues() pattern matches, with the word start written once."""
    words = "|".join(re.escape(c.words) for c in sector_cues())
    return re.compile(rf"(?<![\w])(?:{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def any_metric_cue() -> re.Pattern[str]:
    return re.compile(any_phrase_pattern([c.words for c in metric_cues()]), re.I)


def sectors_of(text: str) -> list[str]:
    if not _any_sector_cue().search(text):
        return []
    return sorted({c.value for c in sector_cues() if c.pattern.search(text)})
