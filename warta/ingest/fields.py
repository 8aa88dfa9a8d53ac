"""Which record fields (JSON / JSON Lines) hold the text, title, url... of an article."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Canonical field -> the record keys tried, in order. Covers common English and
# Indonesian exports; `--field text=isi` puts another name first.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "_id", "guid"),
    "text": ("text", "content", "body", "article", "isi", "konten"),
    "title": ("title", "headline", "judul"),
    "url": ("url", "link", "source_url", "uri"),
    "published": ("published", "date", "published_at", "publish_date", "datePublished", "tanggal"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "media"),
}


@dataclass(frozen=True)
class FieldMap:
    names: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))

    @classmethod
    def from_options(cls, options: Iterable[str]) -> FieldMap:
        """Build from `canonical=name[,name...]` options; raises ValueError on a bad one."""
        names = dict(DEFAULT_FIELDS)
        for option in options:
            canonical, sep, given = option.partition("=")
            canonical = canonical.strip()
            if not sep or canonical not in DEFAULT_FIELDS:
                known = ", ".join(DEFAULT_FIELDS)
                raise ValueError(
                    f"bad --field {option!r}: expected FIELD=NAME with FIELD one of {known}"
                )
            extra = tuple(n.strip() for n in given.split(",") if n.strip())
            if not extra:
                raise ValueError(f"bad --field {option!r}: no record field name after '='")
            names[canonical] = extra + tuple(n for n in names[canonical] if n not in extra)
        return cls(names)

    def get(self, record: Mapping[str, object], canonical: str) -> str | None:
        """The first non-empty value among the names for `canonical`, as a string."""
        for name in self.names[canonical]:
            value = record.get(name)
            if value is None or isinstance(value, dict | list):
                continue
            text = str(value).strip()
            if text:
                return text
        return None

    def describe(self, canonical: str) -> str:
        return ", ".join(self.names[canonical])
