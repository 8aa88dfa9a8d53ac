"""Build the cleaned text from kept raw spans, with an OffsetMap back to the raw text.

Whitespace is normalized while copying: runs of blanks inside a line (spaces, tabs,
NBSP) become one space, invisible format characters are dropped, lines are joined
with "\\n" and paragraphs with "\\n\\n". Characters copied unchanged form the
OffsetMap segments; the few synthetic characters (a space standing for a NBSP, the
line separators) map to the raw position just after the preceding copied run.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.clean.lines import LineSpan, is_blank_char
from warta.clean.types import OffsetMap


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
        """Copy raw[start:end], collapsing blank runs to one space."""
        raw = self._raw
        run_start = start
        i = start
        while i < end:
            if not is_blank_char(raw[i]):
                i += 1
                continue
            self.copy(run_start, i)
            blank_end = i
            while blank_end < end and is_blank_char(raw[blank_end]):
                blank_end += 1
            has_space = any(raw[k].isspace() for k in range(i, blank_end))
            if has_space:
                if raw[i] == " " and blank_end == i + 1:
                    self.copy(i, i + 1)  # an ordinary single space is kept as it is
                else:
                    # A synthetic space keeps the copied runs on both sides apart, so a
                    # span ending before it maps to the raw end of the word, not past
                    # the dropped blanks.
                    self.emit(" ")
            i = run_start = blank_end
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
