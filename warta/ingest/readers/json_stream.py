"""Stream the records of a JSON file without loading it whole.

A file holds one object (one record) or an array of records. Array elements are decoded
one at a time with json.JSONDecoder.raw_decode over a sliding buffer, so memory stays at
about one record plus one chunk.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

CHUNK_CHARS = 1 << 16
MAX_RECORD_CHARS = 20 * 1024 * 1024  # one record (an article, maybe with its HTML)
_WHITESPACE = " \t\n\r\ufeff"  # a BOM left by utf-16 decoding counts as whitespace


class JsonStreamError(ValueError):
    def __init__(self, location: str | None, reason: str) -> None:
        super().__init__(f"{location}: {reason}" if location else reason)
        self.location = location
        self.reason = reason


@dataclass(frozen=True)
class TooDeep:
    """A record nested deeper than the JSON decoder can follow (Python's recursion
    limit, about 1,000 levels): skipped, the records after it are still read."""


class _Buffer:
    def __init__(self, reader: TextIO) -> None:
        self.reader = reader
        self.text = ""
        self.pos = 0
        self.eof = False

    def fill(self, size: int = CHUNK_CHARS) -> bool:
        """Read one more chunk; False at end of file."""
        if self.eof:
            return False
        if self.pos > CHUNK_CHARS:  # drop what was consumed: memory stays flat
            self.text, self.pos = self.text[self.pos :], 0
        chunk = self.reader.read(size)
        if not chunk:
            self.eof = True
            return False
        self.text += chunk
        return True

    def next_char(self) -> str | None:
        """The next non-whitespace character (not consumed), or None at end of file."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return None

    def decode_value(self, decoder: json.JSONDecoder, location: str) -> object:
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.pos)
            except RecursionError:
                self.skip_value(location)
                return TooDeep()
            except json.JSONDecodeError as exc:
                pending = len(self.text) - self.pos
                if pending > MAX_RECORD_CHARS:
                    raise JsonStreamError(
                        location,
                        f"record larger than {MAX_RECORD_CHARS // (1024 * 1024)} MB "
                        "(or broken JSON): too large for one article; rest skipped",
                    ) from exc
                # The value may just be cut at the chunk boundary. Doubling what is read
                # keeps a large record linear: each retry decodes from its start again.
                if self.fill(max(CHUNK_CHARS, pending)):
                    continue
                raise JsonStreamError(location, f"invalid JSON: {exc.msg}; rest skipped") from exc
            # A number or literal ending exactly at the buffer's end may continue in the next chunk.
            if end == len(self.text) and self.fill():
                continue
            self.pos = end
            return value

    def skip_value(self, location: str) -> None:
        """Move past the array or object starting at `pos` by counting brackets outside
        strings: no recursion, however deep. Raises JsonStreamError when it never ends."""
        depth = 0
        in_string = escaped = False
        index = self.pos
        while True:
            while index < len(self.text):
                char = self.text[index]
                index += 1
                if in_string:
                    if escaped:
                        escaped = False
                    elif char == "\\":
                        escaped = True
                    elif char == '"':
                        in_string = False
                elif char == '"':
                    in_string = True
                elif char in "[{":
                    depth += 1
                elif char in "]}":
                    depth -= 1
                    if depth <= 0:
                        self.pos = index
                        return
            scanned = index - self.pos
            if scanned > MAX_RECORD_CHARS or not self.fill():
                raise JsonStreamError(
                    location, "nested too deeply and never closed (truncated?); rest skipped"
                )
            index = self.pos + scanned  # fill() may have dropped consumed text before pos


def iter_json_records(reader: TextIO) -> Iterator[tuple[int, object]]:
    """(record number from 1, value) for each record; a record nested too deeply to
    decode comes out as TooDeep. Raises JsonStreamError."""
    buffer = _Buffer(reader)
    decoder = json.JSONDecoder()
    first = buffer.next_char()
    if first is None:
        raise JsonStreamError(None, "empty file")
    if first == "{":
        yield 1, buffer.decode_value(decoder, "record 1")
        _expect_end(buffer)
        return
    if first != "[":
        raise JsonStreamError(None, "not a JSON object or array of objects")
    buffer.pos += 1
    if buffer.next_char() == "]":
        buffer.pos += 1
        _expect_end(buffer)
        return
    number = 0
    while True:
        number += 1
        location = f"record {number}"
        if buffer.next_char() is None:
            raise JsonStreamError(location, "file ends inside the array (truncated?)")
        yield number, buffer.decode_value(decoder, location)
        separator = buffer.next_char()
        if separator == ",":
            buffer.pos += 1
        elif separator == "]":
            buffer.pos += 1
            _expect_end(buffer)
            return
        elif separator is None:
            raise JsonStreamError(location, "file ends inside the array (truncated?)")
        else:
            raise JsonStreamError(
                location, f"expected ',' or ']' after the record, found {separator!r}"
            )


def _expect_end(buffer: _Buffer) -> None:
    extra = buffer.next_char()
    if extra is not None:
        raise JsonStreamError(None, f"unexpected {extra!r} after the end of the JSON value")
