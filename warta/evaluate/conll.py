"""Read CoNLL-style NER files: one token a line, the tag in the last column.

Handles the two shapes found in /work/shared/data: space-separated `token UPOS NER`
with CRLF endings (idner-news-2k) and `token<TAB>tag` whose tokens may contain spaces
(indonlu-nerp, e.g. `rumah sakit`), where splitting on whitespace would corrupt tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int, str]  # token start, token end (exclusive), label


@dataclass(frozen=True)
class Sentence:
    words: list[str]
    tags: list[str]

    def spans(self) -> list[Span]:
        return bio_spans(self.tags)


def _split_line(line: str, tab: bool) -> tuple[str, str]:
    columns = line.split("\t") if tab else line.split()
    if len(columns) < 2:
        raise ValueError(f"expected at least 2 columns (token ... tag), got {line!r}")
    return columns[0], columns[-1].strip()


def parse_conll(lines: Iterable[str], tab: bool | None = None) -> list[Sentence]:
    """Parse lines into sentences. `tab=None` auto-detects TAB-separated input."""
    rows = [line.rstrip("\r\n").rstrip("\r") for line in lines]
    if tab is None:
        tab = any("\t" in row for row in rows)
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for row in rows:
        if not row.strip() or row.startswith("-DOCSTART-"):
            if words:
                sentences.append(Sentence(words, tags))
                words, tags = [], []
            continue
        word, tag = _split_line(row, tab)
        words.append(word)
        tags.append(tag)
    if words:
        sentences.append(Sentence(words, tags))
    return sentences


def read_conll(path: str | Path, tab: bool | None = None) -> list[Sentence]:
    # newline="" keeps "\r" visible so CRLF files are handled by parse_conll, not the OS.
    with open(path, encoding="utf-8", newline="") as handle:
        return parse_conll(handle.read().split("\n"), tab=tab)


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """BIO(ES)-tags -> spans. An `I-` that does not continue a same-label span starts a new
    one (the usual conlleval repair; indonlu-nerp has ~130 such orphans)."""
    spans: list[Span] = []
    start: int | None = None
    label = ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix in ("I", "E") and start is not None and name == label
        if start is not None and not continues:
            spans.append((start, index, label))
            start = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = index, name
        if prefix in ("E", "S") and start is not None:
            spans.append((start, index + 1, label))
            start = None
    return spans
