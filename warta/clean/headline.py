"""The headline that opens many news texts, and the header lines that follow it.

Copied pages often start with the headline in Title Case (or capitals) on its own line, or
glued to the dateline of the first sentence:
  "Menlu Malaysia ke Indonesia, Bahas Masalah Perbatasan dan Pekerja Migran" + line break
  "1992-09-01 Presiden Soeharto Membuka KTT GNB Ke-10 di Jakarta" + line break
  "Modi Saksikan Lima MoU Jakarta - Perdana Menteri ..."      (no line break)
Glued to the first sentence, a headline reads as part of it, and its capitalised words as
names ("Soeharto Membuka"). It is recognised, kept as the article's title and set apart as a
paragraph of its own, so that later stages know where it ends.
Between the headline and the first paragraph, a repeat of the headline and lines holding only
a name or two (the reporters': "Fika Nurul Ulya," / "Icha Rastika") go too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.clean.dateline import find_dateline
from warta.clean.lines import LineSpan
from warta.clean.types import Removed

HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
# Of a headline's words of four letters or more, at least this share is capitalised
# (or a number): Title Case leaves only short function words ("di", "ke", "dan", "untuk").
TITLE_CASE_SHARE = 0.8
HEADER_MAX_LINES = 8  # the header block is short; beyond this the article has begun

_WORD = re.compile(r"[^\W_][\w'’.\-/&]*")
_LEADING_DATE = re.compile(r"^(?:date\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}):?\s+")
_FOOTNOTE = re.compile(r"\[\d+\]")
_NAME_WORD = r"(?:[A-Z][a-z'’\-]+|[A-Z]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
# "Fika Nurul Ulya," / "Icha Rastika" / "Umi Kalsum, Denny Armandhanu": names and nothing else
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME})*\s*,?$")


@dataclass(frozen=True)
class Header:
    headline: LineSpan | None  # the headline's span of the raw text, None when there is none
    body: list[LineSpan]  # the lines after the headline and its header lines
    removed: list[Removed]  # header lines taken out: a repeated headline, reporters' names


def is_title_case(text: str) -> bool:
    """'Menlu Retno Beberkan Upaya Kemlu ...', 'JIM TAHAP DUA HANYA DIIKUTI EMPAT FRAKSI'."""
    words = _WORD.findall(_LEADING_DATE.sub("", text))
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(long_words) >= TITLE_CASE_SHARE


def _is_headline(text: str) -> bool:
    return is_title_case(text) and not text.rstrip(" ]").endswith(".")


def _comparable(text: str) -> str:
    text = _FOOTNOTE.sub("", _LEADING_DATE.sub("", text))
    return " ".join(re.findall(r"\w+", text.lower()))


def _repeats(line: str, headline: str) -> bool:
    """The headline once more: 'Presiden Soeharto Membuka KTT GNB Ke-10 di Jakarta [1]'."""
    a, b = _comparable(line), _comparable(headline)
    return bool(a) and bool(b) and (a == b or (len(a) > 20 and (a in b or b in a)))


def _is_prose(text: str) -> bool:
    """A line of the article itself: a sentence, not a label, name or timestamp."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return text.rstrip()[-1:] in '.!?"”' or (len(words) >= 8 and lower >= 3)


def _glued_split(text: str) -> int | None:
    """Where the dateline starts in 'Headline Words Jakarta - First sentence ...', if the
    words before it are a headline. The rightmost plausible dateline wins: a dateline's
    place is short, the headline's last words are not part of it."""
    gaps = list(re.finditer(r"\s+", text))[:HEADLINE_MAX_WORDS]  # a headline is short
    for match in reversed(gaps):
        start = match.end()
        if find_dateline(text[start:]) is not None and _is_headline(text[: match.start()]):
            return start
    return None


def take_headline(raw: str, kept: list[LineSpan], known_title: str | None = None) -> Header:
    """Find the headline atop the kept lines and take the header lines after it away."""
    if not kept:
        return Header(None, kept, [])
    first = kept[0]
    text = first.text(raw)
    if find_dateline(text) is not None:
        return Header(None, kept, [])  # the article opens with its dateline
    whole_line = len(kept) > 1 and (
        _is_headline(text) or (known_title is not None and _repeats(text, known_title))
    )
    if whole_line:
        headline, body = first, kept[1:]
    else:
        split = _glued_split(text)
        if split is None:
            return Header(None, kept, [])
        headline = first.trimmed(raw, end=first.start + split)
        body = [first.trimmed(raw, start=first.start + split), *kept[1:]]
    body, removed = _drop_header_lines(raw, body, headline.text(raw))
    if not body:  # nothing but header lines: no article below a headline
        return Header(None, kept, [])
    return Header(headline, body, removed)


def _drop_header_lines(
    raw: str, lines: list[LineSpan], headline: str
) -> tuple[list[LineSpan], list[Removed]]:
    """Between the headline and the first paragraph: the headline repeated, reporters' names."""
    kept: list[LineSpan] = []
    removed: list[Removed] = []
    for index, line in enumerate(lines):
        text = line.text(raw)
        in_header = index < HEADER_MAX_LINES and not _is_prose(text) and not find_dateline(text)
        if not in_header:
            return kept + lines[index:], removed
        if _repeats(text, headline):
            removed.append(Removed("headline", text, line.start, line.end))
        elif _NAMES_ONLY.match(text):
            removed.append(Removed("byline", text, line.start, line.end))
        else:
            kept.append(line)
    return kept, removed
