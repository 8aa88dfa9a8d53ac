"""scale: article_bands (near-duplicate lookup in SQL) and articles.relevant

Revision ID: 0003_scale
Revises: 0002_knowledge
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_scale"
down_revision: str | None = "0002_knowledge"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BACKFILL_PAGE = 1000


def upgrade() -> None:
    # NULL: not assessed (articles stored before the relevance filter, or with --all);
    # extraction skips only rows that are explicitly false.
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("relevant", sa.Boolean(), nullable=True))
    op.create_table(
        "article_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column(
            "doc_id",
            sa.Text(),
            sa.ForeignKey(
                "articles.doc_id", ondelete="CASCADE", name="fk_article_bands_doc_id_articles"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("band", "doc_id", name="pk_article_bands"),
    )
    op.create_index("ix_article_bands_doc_id", "article_bands", ["doc_id"])
    _backfill_bands()


def _backfill_bands() -> None:
    """Bands for the originals already stored, a page at a time."""
    from warta.store.near_duplicates import band_keys
    from warta.store.repository import unpack_signature

    bind = op.get_bind()
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("doc_id", sa.Text),
        sa.column("minhash", sa.LargeBinary),
        sa.column("duplicate_of", sa.Text),
    )
    bands = sa.table("article_bands", sa.column("band", sa.BigInteger), sa.column("doc_id"))
    last_id = 0
    while True:
        page = bind.execute(
            sa.select(articles.c.id, articles.c.doc_id, articles.c.minhash)
            .where(
                articles.c.id > last_id,
                articles.c.duplicate_of.is_(None),
                articles.c.minhash.is_not(None),
            )
            .order_by(articles.c.id)
            .limit(BACKFILL_PAGE)
        ).all()
        if not page:
            return
        rows = [
            {"band": key, "doc_id": doc_id}
            for _, doc_id, minhash in page
            for key in band_keys(unpack_signature(minhash))
        ]
        bind.execute(sa.insert(bands), rows)
        last_id = page[-1][0]


def downgrade() -> None:
    op.drop_table("article_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("relevant")
