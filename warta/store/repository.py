"""The store's small API, used by every stage that reads or writes articles.

    store = open_store("sqlite:///warta.db")   # migrates the schema on open
    store.add_articles([...])                   # one transaction: all or nothing
    store.get_article("001_49ef7eb7caaede94")
    for article in store.iter_articles(): ...

Objects returned are detached from any session: read them freely, change them only
through the API.
"""

from __future__ import annotations

import array
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from warta.config import database_url
from warta.store.db import make_engine, upgrade
from warta.store.models import Article


@dataclass(frozen=True)
class Fingerprint:
    """What deduplication needs to know about a stored article, without its text."""

    doc_id: str
    raw_hash: str
    content_hash: str
    duplicate_of: str | None
    minhash: bytes | None


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._sessions()

    def add_articles(self, articles: Sequence[Article]) -> None:
        """Store new articles in one transaction: a crash leaves all of them or none."""
        if not articles:
            return
        with self._sessions.begin() as session:
            session.add_all(articles)

    def get_article(self, doc_id: str) -> Article | None:
        with self.session() as session:
            return session.scalars(select(Article).where(Article.doc_id == doc_id)).first()

    def list_articles(
        self, *, limit: int | None = None, offset: int = 0, include_duplicates: bool = True
    ) -> list[Article]:
        query = select(Article).order_by(Article.id).offset(offset).limit(limit)
        if not include_duplicates:
            query = query.where(Article.duplicate_of.is_(None))
        with self.session() as session:
            return list(session.scalars(query))

    def iter_articles(
        self, *, batch_size: int = 200, include_duplicates: bool = False
    ) -> Iterator[Article]:
        """All articles in ingest order, a page at a time: originals only by default.

        Pages by id rather than holding one long read transaction, so a concurrent writer
        is never starved.
        """
        last_id = 0
        while True:
            query = select(Article).where(Article.id > last_id).order_by(Article.id)
            if not include_duplicates:
                query = query.where(Article.duplicate_of.is_(None))
            with self.session() as session:
                page = list(session.scalars(query.limit(batch_size)))
            if not page:
                return
            yield from page
            last_id = page[-1].id

    def count_articles(self, *, include_duplicates: bool = True) -> int:
        query = select(func.count(Article.id))
        if not include_duplicates:
            query = query.where(Article.duplicate_of.is_(None))
        with self.session() as session:
            return int(session.scalar(query) or 0)

    def fingerprints(self) -> Iterator[Fingerprint]:
        """Hashes and signatures of every stored article, for deduplication."""
        query = select(
            Article.doc_id,
            Article.raw_hash,
            Article.content_hash,
            Article.duplicate_of,
            Article.minhash,
        ).order_by(Article.id)
        with self.session() as session:
            for row in session.execute(query).yield_per(1000):
                yield Fingerprint(*row)

    def duplicates_of(self, doc_id: str) -> list[Article]:
        """The stored copies (exact or near) that point at this original."""
        query = select(Article).where(Article.duplicate_of == doc_id).order_by(Article.id)
        with self.session() as session:
            return list(session.scalars(query))

    def find_ids(self, prefix: str, limit: int = 10) -> list[str]:
        """Stored doc_ids starting with `prefix` (for "did you mean" and short ids)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = (
            select(Article.doc_id)
            .where(Article.doc_id.like(f"{escaped}%", escape="\\"))
            .order_by(Article.doc_id)
            .limit(limit)
        )
        with self.session() as session:
            return list(session.scalars(query))

    def get_minhash(self, doc_id: str) -> bytes | None:
        with self.session() as session:
            return session.scalar(select(Article.minhash).where(Article.doc_id == doc_id))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`, a bare path, or the default."""
    engine = make_engine(database_url(url))
    upgrade(engine)
    return Store(engine)


def pack_signature(signature: Sequence[int]) -> bytes:
    """A MinHash signature as compact bytes (little-endian uint64), portable across backends."""
    values = array.array("Q", signature)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tobytes()


def unpack_signature(data: bytes) -> list[int]:
    values = array.array("Q")
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()
