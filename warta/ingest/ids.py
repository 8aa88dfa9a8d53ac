"""Document ids for records that do not bring their own."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_NOT_SLUG = re.compile(r"[^0-9A-Za-z]+")
_PAGE_SUFFIX = re.compile(r"\.(s?html?|php|aspx?|jsp)$", re.IGNORECASE)
# Last path segments that name a page type, not the article.
_GENERIC = frozenset({"index", "default", "read", "amp", "news", "berita", "detail", "article"})
MAX_ID_LENGTH = 120


def slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text).strip("-").lower()


def doc_id_from_url(url: str) -> str | None:
    """A readable id from an article URL: its title slug when the URL has one.

    https://www.antaranews.com/berita/2256006/menlu-ri-bertemu-lavrov -> menlu-ri-bertemu-lavrov
    """
    parts = urlsplit(url.strip())
    segments = [s for s in parts.path.split("/") if s]
    last = slug(_PAGE_SUFFIX.sub("", segments[-1])) if segments else ""
    if len(last) >= 8 and not last.isdigit() and last not in _GENERIC:
        return last[:MAX_ID_LENGTH]
    # No usable title slug: fall back on the whole host + path (+ query, which often holds the id).
    whole = slug(" ".join([parts.netloc, *segments, parts.query]))
    return whole[:MAX_ID_LENGTH] or None


def clean_id(value: str) -> str:
    """A record's own id, made safe to show and to type on a command line (control
    characters and undecodable halves of UTF-16 pairs become spaces)."""
    return " ".join(_UNSAFE_IN_ID.sub(" ", value).split())[:MAX_ID_LENGTH]


_UNSAFE_IN_ID = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
