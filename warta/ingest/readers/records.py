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
from warta.ingest.readers.json_stream import JsonStreamError, TooDeep, iter_json_records
from warta.ingest.types import IngestProblem, RawDocument

_USED_ELSEWHERE = ("id", "text", "title", "url", "published", "outlet")
_SKIP_CHUNK = 1 << 20
TOO_DEEP = "JSON nested too deeply (about 1,000 levels or more): not an article record"


@dataclass(frozen=True)
class OversizeLine:
    """A line longer than MAX_RECORD_BYTES: skipped without holding it in memory."""

    size: int


def record_document(
    record: object, fields: FieldMap, file: InputFile, number: int, location: str
) -> RawDocument | IngestProblem:
    """One record as a RawDocument, or the reason it is not an article."""
    source = file.source
    if isinstance(record, TooDeep):
        return IngestProblem(source, location, TOO_DEEP)
    if not isinstance(record, dict):
        kind = type(record).__name__ if record is not None else "null"
        return IngestProblem(source, location, f"not a JSON object (got {kind})")
    text = _text_of(record, fields)
    if text is None:
        return IngestProblem(source, location, _no_text_reason(record, fields))
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


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: bool is an int in Python
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value!r:.40})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text_of(record: Mapping[str, object], fields: FieldMap) -> str | None:
    """The first text field holding a non-empty string. Only strings: a number or
    boolean there is a broken export, not an article "12345" or "True"."""
    for name in fields.names["text"]:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _no_text_reason(record: Mapping[str, object], fields: FieldMap) -> str:
    """Why a record has no usable text: none of the field names, or a field of the wrong
    type (a number or boolean must not be stored as an article "12345" or "True")."""
    present = [name for name in fields.names["text"] if name in record]
    if not present:
        return f"no text field (looked for: {fields.describe('text')}; see --field)"
    # Name the field that holds something of the wrong type before an empty string.
    name = next((n for n in present if not isinstance(record[n], str)), present[0])
    value = record[name]
    if isinstance(value, str):
        return f"text field {name!r} is empty"
    return f"text field {name!r} is {_json_kind(value)}, not text"


def _other_fields(record: Mapping[str, object], fields: FieldMap) -> dict[str, str]:
    used = {name for canonical in _USED_ELSEWHERE for name in fields.names[canonical]}
    return {
        key: str(value)
        for key, value in record.items()
        if key not in used and isinstance(value, str | int | float | bool)
    }


def read_jsonl(file: InputFile, fields: FieldMap) -> Iterator[RawDocument | IngestProblem]:
    source = file.source
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
                except RecursionError:
                    yield IngestProblem(source, location, TOO_DEEP)
                    continue
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
    source = file.source
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
