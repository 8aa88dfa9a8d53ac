"""Near-duplicate lookup in the database, so ingest memory stays flat at millions of articles.

Every stored original has one row per LSH band of its MinHash signature; a new article's
candidates are the originals sharing a band, checked against the real threshold with the
signatures' estimated Jaccard. This is the same banding datasketch's MinHashLSH uses for
warta.clean.dedup.NearDuplicateIndex (16 bands of 8 values at 128 permutations), so both
find the same duplicates; an in-memory index costs ~7.6 KB and a full O(N) pass per article.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence

from sqlalchemy import BigInteger, Connection, ForeignKey, Text, bindparam, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from warta.store.models import Article, Base

# Changing these (or band_keys) changes every stored key: it needs a migration that
# recomputes article_bands from articles.minhash.
BANDS = 16
ROWS = 8
THRESHOLD = 0.8  # warta.clean.dedup.NearDuplicateIndex's default


class ArticleBand(Base):
    """One LSH band of a stored original's MinHash signature."""

    __tablename__ = "article_bands"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    doc_id: Mapped[str] = mapped_column(
        Text, ForeignKey("articles.doc_id", ondelete="CASCADE"), primary_key=True
    )


def band_keys(signature: Sequence[int]) -> list[int]:
    """The signature's band keys: a signed 64-bit hash of (band number, its values)."""
    keys = []
    for band in range(BANDS):
        values = signature[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(struct.pack(f"<B{ROWS}Q", band, *values), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard of two signatures (what datasketch's MinHash.jaccard computes)."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


_SHARING_A_BAND = select(ArticleBand.doc_id).where(
    ArticleBand.band.in_(bindparam("keys", expanding=True))
)
_CANDIDATES = (
    select(Article.id, Article.doc_id, Article.minhash)
    .where(Article.doc_id.in_(_SHARING_A_BAND))
    .order_by(Article.id)
)


def stored_candidates(
    connection: Connection | Session, keys: Sequence[int]
) -> list[tuple[int, str, bytes]]:
    """(row id, doc_id, packed minhash) of the stored originals sharing a band, oldest first."""
    rows = connection.execute(_CANDIDATES, {"keys": list(keys)})
    return [(row[0], row[1], row[2]) for row in rows if row[2]]
