"""What the clean stage produces from a RawDocument."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Removed:
    """A piece of boilerplate taken out of the text, kept aside with where it was."""

    kind: str  # "related_link" | "byline" | "copyright" | "agency_code" | "signature" | "dateline"
    text: str
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class Dateline:
    place: str | None  # "Jakarta", "Moskow"
    outlet: str | None  # "ANTARA", "iNews.id", "MINA"
    text: str  # the dateline as written, e.g. "Jakarta (ANTARA) -"


@dataclass(frozen=True)
class DateEvidence:
    """The publication date, how it was found and how sure we are."""

    value: str  # ISO date, possibly partial: "2021-07-06", "2019"
    method: str  # "metadata" | "explicit" | "weekday" | "copyright" | "relative"
    confidence: float  # 0..1
    text: str  # the words that gave it, e.g. "Selasa 6 Juli"
    candidates: tuple[str, ...] = ()  # other possible values (weekday inference)


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in the raw text.

    `segments` is a sorted tuple of (clean_start, raw_start, length): each run of
    cleaned characters that was copied unchanged from the raw text.
    """

    segments: tuple[tuple[int, int, int], ...]

    def to_raw(self, clean_offset: int) -> int:
        best = 0
        for clean_start, raw_start, length in self.segments:
            if clean_start > clean_offset:
                break
            best = raw_start + min(clean_offset - clean_start, length)
        return best


@dataclass(frozen=True)
class CleanDocument:
    doc_id: str
    text: str  # cleaned article text; all evidence offsets point into this
    offsets: OffsetMap
    removed: tuple[Removed, ...] = ()
    dateline: Dateline | None = None
    published: DateEvidence | None = None
    outlet: str | None = None  # from metadata, dateline or signature
    content_hash: str = ""  # sha256 of the normalized cleaned text
    language: str = "id"
    notes: tuple[str, ...] = field(default_factory=tuple)
