"""Read input paths into RawDocuments: the entry point of the ingest stage."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from warta.ingest.discover import IgnoredFile, InputFile, discover
from warta.ingest.fields import FieldMap
from warta.ingest.files import MAX_ARTICLE_CHARS
from warta.ingest.readers.html import read_html
from warta.ingest.readers.records import read_json, read_jsonl
from warta.ingest.readers.text import read_text
from warta.ingest.readers.warc import read_warc
from warta.ingest.types import IngestProblem, RawDocument


def read_file(
    file: InputFile, fields: FieldMap | None = None
) -> Iterator[RawDocument | IngestProblem]:
    """The articles in one input file, streamed; problems are yielded, never raised."""
    return _never_raising(file, _within_limits(_reader(file, fields or FieldMap())))


def _never_raising(
    file: InputFile, items: Iterator[RawDocument | IngestProblem]
) -> Iterator[RawDocument | IngestProblem]:
    """The last line of defence: a reader failing in a way nobody foresaw costs the rest
    of that file, never the rest of the batch (the readers report what they know)."""
    count = 0
    try:
        for item in items:
            count += 1
            yield item
    except Exception as exc:
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        where = f"after item {count}" if count else None
        yield IngestProblem(file.source, where, f"could not be read ({reason}); rest skipped")


def _reader(file: InputFile, fields: FieldMap) -> Iterator[RawDocument | IngestProblem]:
    if file.format == "txt":
        return read_text(file)
    if file.format == "html":
        return read_html(file)
    if file.format == "jsonl":
        return read_jsonl(file, fields)
    if file.format == "json":
        return read_json(file, fields)
    if file.format == "warc":
        return read_warc(file)
    raise ValueError(f"no reader for format {file.format!r}")


def _within_limits(
    items: Iterator[RawDocument | IngestProblem],
) -> Iterator[RawDocument | IngestProblem]:
    for item in items:
        if isinstance(item, RawDocument):
            yield too_long(item) or without_nul(item)
        else:
            yield item


def without_nul(raw: RawDocument) -> RawDocument:
    """The document with every text field storable: NUL characters taken out, lone
    surrogates replaced by U+FFFD.

    JSON may carry "\\u0000"; it means nothing in an article, and PostgreSQL cannot store
    it in a text column (the whole batch would fail). JSON may also carry half of a
    UTF-16 pair ("\\ud800"), which no database driver can encode as UTF-8.
    """
    fields: dict[str, object] = {
        name: storable(value)
        for name, value in vars(raw).items()
        if isinstance(value, str) and _UNSTORABLE.search(value)
    }
    if any(_UNSTORABLE.search(key) or _UNSTORABLE.search(value) for key, value in raw.meta.items()):
        fields["meta"] = {storable(k): storable(v) for k, v in raw.meta.items()}
    return replace(raw, **fields) if fields else raw  # type: ignore[arg-type]


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text.replace("\x00", ""))


def too_long(raw: RawDocument, limit: int = MAX_ARTICLE_CHARS) -> IngestProblem | None:
    """A problem when the article text is longer than any article should be, else None."""
    if len(raw.text) <= limit:
        return None
    file, _, number = raw.source.partition("#")
    location = None
    if number:
        location = f"line {number}" if raw.format == "jsonl" else f"record {number}"
    words = len(raw.text[:limit].split()) * len(raw.text) // limit  # estimate, cheaply
    return IngestProblem(
        file,
        location,
        f"article too long: {len(raw.text):,} characters (about {words:,} words); the most "
        f"is {limit:,} characters: split it into its articles",
    )


def iter_documents(
    paths: Iterable[str | Path], fields: FieldMap | None = None
) -> Iterator[RawDocument | IngestProblem]:
    """Every article under `paths` (files and directories, recursively), streamed.

    Unreadable inputs come out as IngestProblems in their place; files in formats we do
    not read, met while walking a directory, are passed over silently.
    """
    for found in discover(paths):
        if isinstance(found, InputFile):
            yield from read_file(found, fields)
        elif isinstance(found, IngestProblem):
            yield found
        else:
            assert isinstance(found, IgnoredFile)
