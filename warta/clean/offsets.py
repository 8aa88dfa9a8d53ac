"""Build the cleaned text from kept raw spans, with an OffsetMap back to the raw text.

Whitespace is normalized while copying: runs of blanks inside a line (spaces, tabs,
NBSP) become one space, invisible format characters are dropped, lines are joined
with "\\n" and paragraphs with "\\n\\n". Characters copied unchanged form the
OffsetMap segments; the few synthetic characters (a space standing for a NBSP, the
line separators) map to the raw position just after the preceding copied run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.clean.lines import INVISIBLE_CHARS, LineSpan
from warta.clean.types import OffsetMap

# Runs of blank characters (lines.is_blank_char: \s is str.isspace) except a lone " ":
# two or more blanks, or one that is not an ordinary space. Matched greedily from the
# run's first character, each match is a whole run.
_BLANK = r"[\s" + INVISIBLE_CHARS + "]"
BLANKS_TO_NORMALIZE = re.compile(rf"{_BLANK}{{2,}}|[^\S ]|[{INVISIBLE_CHARS}]")


class _CleanTextBuilder:
    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._parts: list[str] = []
        self._length = 0
        self._segments: list[tuple[int, int, int]] = []

    def copy(self, raw_start: int, raw_end: int) -> None:
        if raw_end <= raw_start:
            return
        length = raw_end - raw_start
        last = self._segments[-1] if self._segments else None
        if last and last[0] + last[2] == self._length and last[1] + last[2] == raw_start:
            # Contiguous in both texts: extend the previous segment.
            self._segments[-1] = (last[0], last[1], last[2] + length)
        else:
            self._segments.append((self._length, raw_start, length))
        self._parts.append(self._raw[raw_start:raw_end])
        self._length += length

    def emit(self, synthetic: str) -> None:
        self._parts.append(synthetic)
        self._length += len(synthetic)

    def copy_normalized(self, start: int, end: int) -> None:
        """Copy raw[start:end], collapsing blank runs to one space.

        An ordinary single space is kept as it is, so it is simply copied along with the
        words around it; only the other blank runs are visited.
        """
        raw = self._raw
        run_start = start
        for blanks in BLANKS_TO_NORMALIZE.finditer(raw, start, end):
            i, blank_end = blanks.span()
            self.copy(run_start, i)
            has_space = any(raw[k].isspace() for k in range(i, blank_end))
            if has_space:
                # A synthetic space keeps the copied runs on both sides apart, so a
                # span ending before it maps to the raw end of the word, not past
                # the dropped blanks.
                self.emit(" ")
            run_start = blank_end
        self.copy(run_start, end)

    def result(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(self._segments))


def build_clean_text(raw: str, kept: Sequence[LineSpan]) -> tuple[str, OffsetMap]:
    """Join the kept line spans into the cleaned text and its offset map."""
    builder = _CleanTextBuilder(raw)
    first = True
    for line in kept:
        if line.empty:
            continue
        if not first:
            builder.emit("\n\n" if line.blank_before else "\n")
        builder.copy_normalized(line.start, line.end)
        first = False
    return builder.result()
