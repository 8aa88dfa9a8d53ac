"""WARC / WARC.gz web archives: each HTML response record is a page to extract."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.ingest.discover import InputFile
from warta.ingest.encoding import UndecodableError
from warta.ingest.files import GZIP_ERRORS, MAX_RECORD_BYTES, gzip_is_complete, too_large
from warta.ingest.ids import doc_id_from_url
from warta.ingest.readers.html import NoArticleText, decode_html, extract_page
from warta.ingest.types import IngestProblem, RawDocument

# warcio on damaged input raises these, and also AttributeError, KeyError... from deep in
# its header parser (a record cut inside its headers): any Exception is damage here.
_DAMAGE: tuple[type[BaseException], ...] = (ArchiveLoadFailed, OSError, zlib.error, Exception)


def read_warc(file: InputFile) -> Iterator[RawDocument | IngestProblem]:
    source = file.source
    number = 0  # WARC records seen, 1-based: the "record N" of problem reports
    pages = 0
    try:
        with open(file.path, "rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                if record.rec_type != "response" or not _is_ok_html(record):
                    continue
                pages += 1
                yield _page(record, file, number)
    except GZIP_ERRORS + _DAMAGE as exc:
        where = f"record {number + 1}"
        yield IngestProblem(source, where, f"truncated or corrupt WARC data ({exc}); rest skipped")
        return
    if file.path.name.lower().endswith(".gz") and not gzip_is_complete(file.path):
        yield IngestProblem(
            source, f"record {number + 1}", "truncated or corrupt WARC data (gzip stream cut short)"
        )
        return
    if pages == 0 and number > 0:
        yield IngestProblem(source, None, "no HTML response records in the archive")
    elif number == 0:
        yield IngestProblem(source, None, "empty file")


def _is_ok_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return False
    status = headers.get_statuscode() or ""
    content_type = (headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and "html" in content_type


def _page(record: object, file: InputFile, number: int) -> RawDocument | IngestProblem:
    source = file.source
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    location = f"record {number}"
    content = record.content_stream().read(MAX_RECORD_BYTES + 1)  # type: ignore[attr-defined]
    if len(content) > MAX_RECORD_BYTES:  # the rest is skipped by the archive iterator
        return IngestProblem(source, location, f"{url}: {too_large(len(content))}")
    try:
        html, encoding = decode_html(content)
        page = extract_page(html, url=url)
    except (UndecodableError, NoArticleText) as exc:
        return IngestProblem(source, location, f"{url}: {exc}")
    meta = dict(page.meta)
    crawled = record.rec_headers.get_header("WARC-Date")  # type: ignore[attr-defined]
    if crawled:
        meta["crawled"] = crawled  # when it was fetched: not the publication date
    return RawDocument(
        doc_id=(doc_id_from_url(url) if url else None) or f"{file.stem}-{number}",
        source=f"{source}#{number}",
        text=page.text,
        format="warc",
        title=page.title,
        url=url or page.url,
        published=page.published,
        outlet=page.outlet,
        encoding=encoding,
        meta=meta,
    )
