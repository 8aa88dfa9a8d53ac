"""What the ingest stage produces: raw documents, and problems with the input."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.ingest.names import printable


@dataclass(frozen=True)
class RawDocument:
    """One article as read from a file or record, before any cleaning.

    `text` is the article text as found: for .txt the decoded file, for HTML and WARC
    the main text extracted from the page, for JSON the record's text field.
    """

    doc_id: str  # file name without extension, or the record's own id
    source: str  # file path (and for multi-record files "path#record")
    text: str
    format: str  # "txt" | "html" | "jsonl" | "json" | "warc"
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date from metadata, when the source has one
    outlet: str | None = None
    encoding: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class IngestProblem:
    """A file or record that could not be read; reported, counted, skipped."""

    source: str  # file path
    location: str | None  # "line 7", "record 3", or None for the whole file
    reason: str

    def __str__(self) -> str:
        # Names and reasons may quote what was read: escaped, so a file name holding a
        # newline or terminal escape codes cannot forge lines or rewrite the terminal.
        where = f"{self.source}:{self.location}" if self.location else self.source
        return printable(f"{where}: {self.reason}")
