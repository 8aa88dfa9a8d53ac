"""Split raw text into lines, remembering where each line sits in the raw text.

Every later step works on these spans rather than on copies of the text, so that
whatever survives cleaning can be mapped back to the raw offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Line terminators we accept: Windows, old Mac, Unix, and the Unicode separators
# that trafilatura or a JSON field occasionally leave in extracted text.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # ZWSP, ZWNJ, ZWJ, WJ, BOM, soft hyphen


def is_blank_char(ch: str) -> bool:
    """Whitespace, including NBSP, and invisible format characters (ZWSP, BOM...)."""
    return ch.isspace() or ch in INVISIBLE_CHARS


@dataclass(frozen=True)
class LineSpan:
    """One non-blank line, as a [start, end) span of the raw text, trimmed of blanks.

    `blank_before` is true when a blank line separates it from the previous non-blank
    line: that is how we keep paragraph breaks apart from simple line breaks.
    """

    start: int
    end: int
    blank_before: bool = False

    def text(self, raw: str) -> str:
        return raw[self.start : self.end]

    def trimmed(self, raw: str, start: int | None = None, end: int | None = None) -> LineSpan:
        """The same line narrowed to [start, end) and stripped of blanks at both ends."""
        new_start = self.start if start is None else start
        new_end = self.end if end is None else end
        while new_start < new_end and is_blank_char(raw[new_start]):
            new_start += 1
        while new_end > new_start and is_blank_char(raw[new_end - 1]):
            new_end -= 1
        return replace(self, start=new_start, end=new_end)

    @property
    def empty(self) -> bool:
        return self.end <= self.start


def split_lines(raw: str) -> list[LineSpan]:
    """The non-blank lines of `raw`, trimmed, with paragraph-break flags."""
    lines: list[LineSpan] = []
    blank_seen = False
    position = 0
    for match in [*_LINE_BREAK.finditer(raw), None]:
        line_end = match.start() if match else len(raw)
        line = LineSpan(position, line_end).trimmed(raw)
        if line.empty:
            blank_seen = True
        else:
            lines.append(replace(line, blank_before=blank_seen and bool(lines)))
            blank_seen = False
        if match:
            position = match.end()
    return lines


def drop_lines(lines: list[LineSpan], drop: set[int]) -> list[LineSpan]:
    """The lines not in `drop`; a paragraph break before a dropped line carries over
    to the next kept line, so removing a boilerplate paragraph leaves one break."""
    kept: list[LineSpan] = []
    pending_break = False
    for index, line in enumerate(lines):
        if index in drop:
            pending_break = pending_break or line.blank_before
            continue
        blank_before = (line.blank_before or pending_break) and bool(kept)
        kept.append(replace(line, blank_before=blank_before))
        pending_break = False
    return kept
