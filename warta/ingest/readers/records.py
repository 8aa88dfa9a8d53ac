"""JSON Lines and JSON files: many articles per file, one record each.

Both are streamed: JSON Lines line by line, JSON arrays element by element (see
json_stream), so a large export never has to fit in memory.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from warta.ingest.discover import InputFile
from warta.ingest.encoding import normalize_newlines, strip_bom
from warta.ingest.fields import FieldMap
from warta.ingest.files import GZIP_ERRORS, MAX_RECORD_BYTES, ReadError, open_binary, too_large
from warta.ingest.ids import clean_id, doc_id_from_url
from warta.ingest.readers.json_stream import JsonStreamError, iter_json_records
from warta.ingest.types import IngestProblem, RawDocument

_USED_ELSEWHERE = ("id", "text", "title", "url", "published", "outlet")
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class OversizeLine:
    """A line longer than MAX_RECORD_BYTES: skipped without holding it in memory."""

    size: int


def record_document(
    record: object, fields: FieldMap, file: InputFile, number: int, location: str
) -> RawDocument | IngestProblem:
    """One record as a RawDocument, or the reason it is not an article."""
    source = str(file.path)
    if not isinstance(record, dict):
        kind = type(record).__name__ if record is not None else "null"
        return IngestProblem(source, location, f"not a JSON object (got {kind})")
    text = fields.get(record, "text")
    if text is None:
        return IngestProblem(
            source, location, f"no text field (looked for: {fields.describe('text')}; see --field)"
        )
    url = fields.get(record, "url")
    own_id = fields.get(record, "id")
    doc_id = (
        clean_id(own_id) if own_id else (doc_id_from_url(url) if url else None)
    ) or f"{file.stem}-{number}"
    return RawDocument(
        doc_id=doc_id,
        source=f"{source}#{number}",
        text=normalize_newlines(text),
        format=file.format,
        title=fields.get(record, "title"),
        url=url,
        published=fields.get(record, "published"),
        outlet=fields.get(record, "outlet"),
        encoding="utf-8",
        meta=_other_fields(record, fields),
    )


def _other_fields(record: Mapping[str, object], fields: FieldMap) -> dict[str, str]:
    used = {name for canonical in _USED_ELSEWHERE for name in fields.names[canonical]}
    return {
        key: str(value)
        for key, value in record.items()
        if key not in used and isinstance(value, str | int | float | bool)
    }


def read_jsonl(file: InputFile, fields: FieldMap) -> Iterator[RawDocument | IngestProblem]:
    source = str(file.path)
    records = 0
    line_number = 0
    try:
        with open_binary(file) as stream:
            for line_number, line in _lines(stream):
                location = f"line {line_number}"
                if isinstance(line, OversizeLine):
                    records += 1
                    yield IngestProblem(source, location, f"{too_large(line.size)}; skipped")
                    continue
                if not line.strip():
                    continue
                records += 1
                if isinstance(line, bytes):
                    try:
                        line = line.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        yield IngestProblem(source, location, f"not valid UTF-8 (byte {exc.start})")
                        continue
                try:
                    record = json.loads(line.rstrip("\r\n"))
                except json.JSONDecodeError as exc:
                    yield IngestProblem(
                        source, location, f"invalid JSON: {exc.msg} (column {exc.colno})"
                    )
                    continue
                yield record_document(record, fields, file, line_number, location)
    except ReadError as exc:
        yield IngestProblem(source, None, str(exc))
        return
    except GZIP_ERRORS as exc:
        where = f"line {line_number + 1}"
        yield IngestProblem(source, where, f"truncated or corrupt gzip data ({exc}); rest skipped")
        return
    except (UnicodeDecodeError, OSError) as exc:
        yield IngestProblem(source, f"line {line_number + 1}", f"cannot read: {exc}; rest skipped")
        return
    if records == 0:
        yield IngestProblem(source, None, "empty file (no records)")


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | str | OversizeLine]]:
    """Numbered lines: bytes for UTF-8 (decoded per line, so one bad line costs one record),
    str for UTF-16/32 files, which cannot be split into lines before decoding. A line
    longer than MAX_RECORD_BYTES comes out as its OversizeLine: memory stays bounded."""
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    codec, _ = strip_bom(head)
    if codec is not None and not codec.startswith("utf-8"):
        text = io.TextIOWrapper(stream, encoding=codec)
        for number, line in enumerate(_bounded_lines(text), start=1):
            yield number, line.lstrip("\ufeff") if number == 1 and isinstance(line, str) else line
        return
    for number, raw in enumerate(_bounded_lines(stream), start=1):
        if number == 1 and isinstance(raw, bytes) and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        yield number, raw


def _bounded_lines(stream: BinaryIO | TextIO) -> Iterator[bytes | str | OversizeLine]:
    while line := stream.readline(MAX_RECORD_BYTES + 1):
        if len(line) <= MAX_RECORD_BYTES or line[-1:] in ("\n", b"\n"):
            yield line
            continue
        size = len(line)
        while rest := stream.readline(_SKIP_CHUNK):  # skip to the end of the line
            size += len(rest)
            if rest[-1:] in ("\n", b"\n"):
                break
        yield OversizeLine(size)


def read_json(file: InputFile, fields: FieldMap) -> Iterator[RawDocument | IngestProblem]:
    source = str(file.path)
    records = 0
    try:
        with open_binary(file) as stream:
            head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
            codec, _ = strip_bom(head)
            text = io.TextIOWrapper(stream, encoding=codec or "utf-8")
            for number, record in iter_json_records(text):
                records = number
                location = f"record {number}"
                yield record_document(record, fields, file, number, location)
    except ReadError as exc:
        yield IngestProblem(source, None, str(exc))
        return
    except JsonStreamError as exc:
        yield IngestProblem(source, exc.location, exc.reason)
        return
    except GZIP_ERRORS as exc:
        location = f"record {records + 1}"
        yield IngestProblem(
            source, location, f"truncated or corrupt gzip data ({exc}); rest skipped"
        )
        return
    except UnicodeDecodeError as exc:
        yield IngestProblem(
            source, f"record {records + 1}", f"not valid UTF-8 ({exc.reason}); rest skipped"
        )
        return
    if records == 0:
        yield IngestProblem(source, None, "no records (empty JSON array)")
