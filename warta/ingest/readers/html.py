"""HTML pages: the main article text via trafilatura, title and date from the metadata."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura

from warta.ingest.discover import InputFile
from warta.ingest.encoding import UndecodableError, decode_text, normalize_newlines
from warta.ingest.files import ReadError, read_all
from warta.ingest.types import IngestProblem, RawDocument

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Only dates the page states about itself (meta tags, JSON-LD, <time>): htmldate's
# extensive search would also take any date in the text, which is how wrong dates creep in.
# trafilatura falls back to any text it finds (a menu, a cookie notice): fewer words
# than this is not an article body.
MIN_ARTICLE_WORDS = 15
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class NoArticleText(ValueError):
    pass


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None
    meta: dict[str, str]


def decode_html(data: bytes) -> tuple[str, str]:
    """The page as text and the encoding used: the declared charset when it decodes cleanly."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(codec.removesuffix("-sig")), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """The article in a page. Raises NoArticleText when the page has no article body."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = normalize_newlines(getattr(doc, "text", None) or "").strip()
    title = _text_or_none(getattr(doc, "title", None))
    text = _drop_title_line(text, title)
    if (words := len(text.split())) < MIN_ARTICLE_WORDS:
        found = f"only {words} words outside markup" if words else "only navigation or markup"
        raise NoArticleText(f"no article text found in the page ({found})")
    meta = {
        key: value
        for key in ("author", "description", "hostname", "categories", "tags")
        if (value := _text_or_none(getattr(doc, key, None)))
    }
    return ExtractedPage(
        text=text,
        title=title,
        published=_text_or_none(getattr(doc, "date", None)),
        url=_text_or_none(getattr(doc, "url", None)) or url,
        outlet=_text_or_none(getattr(doc, "sitename", None)),
        meta=meta,
    )


def read_html(file: InputFile) -> Iterator[RawDocument | IngestProblem]:
    source = file.source
    try:
        html, encoding = decode_html(read_all(file))
        page = extract_page(html)
    except (ReadError, UndecodableError, NoArticleText) as exc:
        yield IngestProblem(source, None, str(exc))
        return
    yield RawDocument(
        doc_id=file.stem,
        source=source,
        text=page.text,
        format="html",
        title=page.title,
        url=page.url,
        published=page.published,
        outlet=page.outlet,
        encoding=encoding,
        meta=page.meta,
    )


def _drop_title_line(text: str, title: str | None) -> str:
    """trafilatura keeps the <h1> as the first line; the title is metadata, not body text."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        return rest.strip()
    return text


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None
