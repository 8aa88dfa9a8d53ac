"""The database tables, as typed SQLAlchemy models.

Portable by design (SQLite now, PostgreSQL later): generic JSON and LargeBinary types,
unbounded Text for anything of free length, no dialect-specific column types.
Later stages add their own tables (events, agreements...) on the same Base, each in a
new Alembic migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so that later migrations can alter them on any backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _now() -> datetime:
    return datetime.now(UTC)


class Article(Base):
    """One ingested article: raw and cleaned text, where it came from, and how it was read."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(Text, unique=True)
    source: Mapped[str] = mapped_column(Text)  # file path, "path#N" for multi-record files
    source_format: Mapped[str] = mapped_column(String(16))  # txt | html | jsonl | json | warc
    encoding: Mapped[str | None] = mapped_column(String(32))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)

    # Publication date (ISO, possibly partial) and the evidence for it (DateEvidence as JSON).
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    date_evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    dateline: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    raw_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)  # cleaned; all evidence offsets point into it
    offsets: Mapped[list[list[int]]] = mapped_column(JSON)  # OffsetMap segments, clean -> raw
    removed: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # boilerplate taken out
    language: Mapped[str] = mapped_column(String(16), default="id")
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)  # anything else the source said
    notes: Mapped[list[str]] = mapped_column(JSON)

    raw_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of raw_text
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # of normalized text
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # packed MinHash signature

    # A duplicate keeps its row (so re-ingest knows it) but points at its original;
    # later stages process only originals.
    duplicate_of: Mapped[str | None] = mapped_column(
        Text, ForeignKey("articles.doc_id", ondelete="SET NULL"), index=True
    )
    duplicate_kind: Mapped[str | None] = mapped_column(String(8))  # "exact" | "near"
    similarity: Mapped[float | None] = mapped_column(Float)
    # The relevance filter's verdict (warta.relevance); None: not assessed, extracted.
    relevant: Mapped[bool | None] = mapped_column(Boolean, default=None)

    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    def __repr__(self) -> str:
        return f"Article(doc_id={self.doc_id!r}, source={self.source!r})"


def article_to_dict(article: Article, *, text: bool = True, raw: bool = False) -> dict[str, Any]:
    """An article as plain JSON-ready data: metadata, plus the cleaned (and raw) text."""
    data: dict[str, Any] = {
        "id": article.doc_id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "format": article.source_format,
        "encoding": article.encoding,
        "language": article.language,
        "chars": len(article.text),
        "content_hash": article.content_hash,
        "duplicate_of": article.duplicate_of,
        "duplicate_kind": article.duplicate_kind,
        "similarity": article.similarity,
        "ingested_at": article.ingested_at.isoformat() if article.ingested_at else None,
    }
    if text:
        data.update(
            date_evidence=article.date_evidence,
            dateline=article.dateline,
            removed=article.removed,
            meta=article.meta,
            notes=article.notes,
            text=article.text,
        )
    if raw:
        data["raw_text"] = article.raw_text
    return data
