"""What the clean stage produces from a RawDocument."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Removed:
    """A piece of boilerplate taken out of the text, kept aside with where it was."""

    # "related_link" | "byline" | "copyright" | "agency_code" | "signature" | "dateline"
    # | "timestamp" (a line holding only the publication date) | "promo" (page furniture)
    # | "syndication" ("Artikel ini telah tayang di ...") | "headline" (the title atop the text)
    kind: str
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
    # which rule of clean/pubdate.py found it: "metadata", "evidence" (a removed stamp,
    # dateline or source line), "stamp", "anniversary", "report_day", "weekday_date",
    # "weekday", "date", "copyright"
    step: str = ""


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in the raw text.

    `segments` is a sorted tuple of (clean_start, raw_start, length): each run of
    cleaned characters that was copied unchanged from the raw text.
    """

    segments: tuple[tuple[int, int, int], ...]

    def to_raw(self, clean_offset: int) -> int:
        """The raw offset of a clean offset (a start, or any position in a copied run).

        Positions of synthetic characters (a space standing for a NBSP or a run of
        blanks, a line separator) map just past the preceding copied run.
        """
        index = bisect_right(self.segments, clean_offset, key=_segment_start) - 1
        if index < 0:
            return 0
        clean_start, raw_start, length = self.segments[index]
        return raw_start + min(clean_offset - clean_start, length)

    def to_raw_end(self, clean_end: int) -> int:
        """The raw offset for an exclusive span end: just after its last character.

        Differs from to_raw only where invisible characters were dropped right at
        `clean_end`; use it for the end of evidence spans.
        """
        if clean_end <= 0:
            return self.to_raw(clean_end)
        return self.to_raw(clean_end - 1) + 1

    def raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """The raw [start, end) of the clean span [clean_start, clean_end)."""
        if clean_end <= clean_start:
            start = self.to_raw(clean_start)
            return start, start
        return self.to_raw(clean_start), self.to_raw_end(clean_end)


def _segment_start(segment: tuple[int, int, int]) -> int:
    return segment[0]


@dataclass(frozen=True)
class CleanDocument:
    doc_id: str
    text: str  # cleaned article text; all evidence offsets point into this
    offsets: OffsetMap
    removed: tuple[Removed, ...] = ()
    dateline: Dateline | None = None
    published: DateEvidence | None = None
    outlet: str | None = None  # from metadata, dateline or signature
    title: str | None = None  # the headline atop the text, else the title in the metadata
    content_hash: str = ""  # sha256 of the normalized cleaned text
    language: str = "id"
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def headline_end(self) -> int:
        """text[:headline_end] is the headline, a paragraph of its own; 0 when there is none."""
        if self.title and self.text.startswith(self.title + "\n"):
            return len(self.title)
        return 0
