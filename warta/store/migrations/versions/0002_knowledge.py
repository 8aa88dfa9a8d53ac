"""knowledge: per-article extraction, entity overrides, consolidated kb_* tables, search

Revision ID: 0002_knowledge
Revises: 0001_articles
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_knowledge"
down_revision: str | None = "0001_articles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KB_TABLES = (
    "kb_event_parties",
    "kb_events",
    "kb_entities",
    "kb_names",
    "kb_agreements",
    "kb_series",
    "kb_conflicts",
)


def upgrade() -> None:
    op.create_table(
        "article_knowledge",
        sa.Column(
            "doc_id",
            sa.Text(),
            sa.ForeignKey(
                "articles.doc_id", ondelete="CASCADE", name="fk_article_knowledge_doc_id_articles"
            ),
            primary_key=True,
        ),
        sa.Column("extractor", sa.String(32), nullable=False),
        sa.Column("knowledge", sa.JSON(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "entity_overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "kb_entities",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False, index=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "kb_names",
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("entity", sa.Text(), primary_key=True),
    )
    op.create_table(
        "kb_events",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("date", sa.String(32), index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "kb_event_parties",
        sa.Column(
            "event",
            sa.Text(),
            sa.ForeignKey(
                "kb_events.key", ondelete="CASCADE", name="fk_kb_event_parties_event_kb_events"
            ),
            primary_key=True,
        ),
        sa.Column("party", sa.Text(), primary_key=True),
    )
    op.create_index("ix_kb_event_parties_party_event", "kb_event_parties", ["party", "event"])
    op.create_table(
        "kb_agreements",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "kb_series",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("metric", sa.String(24), nullable=False, index=True),
        sa.Column("period", sa.String(32)),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "kb_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False, index=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False, index=True),
        sa.Column("ref", sa.Text(), nullable=False, index=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("stemmed", sa.Text(), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # an external-content FTS5 index kept in step with search_docs by triggers
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(stemmed, content='search_docs', "
            "content_rowid='id', tokenize='unicode61')"
        )
        op.execute(
            "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
            "INSERT INTO search_fts(rowid, stemmed) VALUES (new.id, new.stemmed); END"
        )
        op.execute(
            "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, stemmed) "
            "VALUES ('delete', old.id, old.stemmed); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_docs_tsv ON search_docs "
            "USING gin (to_tsvector('simple', stemmed))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    for table in ("search_docs", *KB_TABLES, "entity_overrides", "article_knowledge"):
        op.drop_table(table)
