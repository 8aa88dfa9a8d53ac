"""Plain-text files: one article per file, in whatever common encoding it came."""

from __future__ import annotations

from collections.abc import Iterator

from warta.ingest.discover import InputFile
from warta.ingest.encoding import UndecodableError, decode_text, normalize_newlines
from warta.ingest.files import ReadError, read_all
from warta.ingest.types import IngestProblem, RawDocument


def read_text(file: InputFile) -> Iterator[RawDocument | IngestProblem]:
    source = file.source
    try:
        decoded = decode_text(read_all(file))
    except (ReadError, UndecodableError) as exc:
        yield IngestProblem(source, None, str(exc))
        return
    yield RawDocument(
        doc_id=file.stem,
        source=source,
        text=normalize_newlines(decoded.text),
        format="txt",
        encoding=decoded.encoding,
    )
