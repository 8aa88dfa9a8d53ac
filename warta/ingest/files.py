"""Opening input files: gzip-aware, size-limited, with errors turned into reasons."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

from warta.ingest.discover import InputFile

# One article is a few KB; a single-article file this large is a mistake, not an article.
MAX_SINGLE_ARTICLE_BYTES = 20 * 1024 * 1024
# The same bound for one JSON/JSONL record or one WARC record (it may hold a whole page).
MAX_RECORD_BYTES = MAX_SINGLE_ARTICLE_BYTES
# The longest article text taken: about 60,000 words, ten times a long feature. Longer
# texts are dumps or several articles run together, and NLP needs ~1.6 GB per 100,000
# words (spaCy refuses 1,000,000 characters outright).
MAX_ARTICLE_CHARS = 500_000

# What a damaged gzip stream raises, depending on where the damage is.
GZIP_ERRORS: tuple[type[BaseException], ...] = (EOFError, gzip.BadGzipFile, zlib.error)


class ReadError(Exception):
    """The file (or the rest of it) cannot be read; the message is the reason."""


def open_binary(file: InputFile) -> BinaryIO:
    """The file's bytes, decompressed when it is gzipped. Raises ReadError."""
    try:
        if file.gzipped:
            return gzip.open(file.path, "rb")  # type: ignore[return-value]
        return open(file.path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc


def read_all(file: InputFile) -> bytes:
    """All bytes of a one-article file. Raises ReadError (truncated gzip, too large...)."""
    try:
        with open_binary(file) as stream:
            data = stream.read(MAX_SINGLE_ARTICLE_BYTES + 1)
    except GZIP_ERRORS as exc:
        raise ReadError(f"truncated or corrupt gzip data ({exc})") from exc
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_SINGLE_ARTICLE_BYTES:
        raise ReadError(
            f"larger than {MAX_SINGLE_ARTICLE_BYTES // (1024 * 1024)} MB: too large for one article"
        )
    return data


def too_large(size: int, limit: int = MAX_RECORD_BYTES) -> str:
    mb = limit // (1024 * 1024)
    return f"larger than {mb} MB ({size:,} bytes or more): too large for one article"


def gzip_is_complete(path: Path, chunk_size: int = 1 << 20) -> bool:
    """Whether every gzip member of the file ends properly.

    warcio stops quietly at a truncated .warc.gz, as if the archive ended there; this
    extra streaming pass (cheap next to HTML extraction) tells a cut file from a whole one.
    """
    decompressor = zlib.decompressobj(wbits=31)
    in_member = False  # bytes of a member were fed and its end not seen yet
    with open(path, "rb") as stream:
        while chunk := stream.read(chunk_size):
            while chunk:
                in_member = True
                try:
                    decompressor.decompress(chunk)
                except zlib.error:
                    return False
                if not decompressor.eof:
                    break
                # A member ended (WARC.gz has one per record); the next starts after it.
                chunk = decompressor.unused_data
                decompressor = zlib.decompressobj(wbits=31)
                in_member = False
    return not in_member
