"""incremental knowledge base: per-article facts by consolidation group, entity roots

Revision ID: 0005_incremental
Revises: 0004_rebuild_state
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_incremental"
down_revision: str | None = "0004_rebuild_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kb_facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("grp", sa.Text(), nullable=False),
        sa.Column("bucket", sa.Text(), nullable=False),
        sa.Column("doc_id", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_kb_facts_grp_doc", "kb_facts", ["grp", "doc_id"])
    op.create_index("ix_kb_facts_bucket_grp", "kb_facts", ["bucket", "grp"])
    op.create_index("ix_kb_facts_doc_id", "kb_facts", ["doc_id"])
    op.create_table(
        "kb_entity_keys",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=True),
        sa.Column("wikidata", sa.Text(), nullable=True),
    )
    op.create_index("ix_kb_entity_keys_root", "kb_entity_keys", ["root"])
    op.create_index("ix_kb_entity_keys_surname", "kb_entity_keys", ["surname"])
    op.create_index("ix_kb_entity_keys_wikidata", "kb_entity_keys", ["wikidata"])
    with op.batch_alter_table("kb_events") as batch:
        batch.add_column(sa.Column("grp", sa.Text(), nullable=True))
        batch.add_column(sa.Column("answers", sa.Text(), nullable=True))
    op.create_index("ix_kb_events_grp", "kb_events", ["grp"])
    op.create_index("ix_kb_events_answers", "kb_events", ["answers"])
    with op.batch_alter_table("kb_agreements") as batch:
        batch.add_column(sa.Column("grp", sa.Text(), nullable=True))
        batch.add_column(sa.Column("block", sa.Text(), nullable=True))
    op.create_index("ix_kb_agreements_grp", "kb_agreements", ["grp"])
    op.create_index("ix_kb_agreements_block", "kb_agreements", ["block"])
    with op.batch_alter_table("kb_conflicts") as batch:
        batch.add_column(sa.Column("owner", sa.Text(), nullable=True))
        batch.add_column(sa.Column("other", sa.Text(), nullable=True))
    op.create_index("ix_kb_conflicts_owner", "kb_conflicts", ["owner"])
    op.create_index("ix_kb_conflicts_other", "kb_conflicts", ["other"])
    # The facts table starts empty: the kb_* tables must be rebuilt once (which fills it)
    # before increments can apply to them.
    op.execute("UPDATE knowledge_state SET value = -1 WHERE name = 'built_generation'")


def downgrade() -> None:
    for index, table in (
        ("ix_kb_conflicts_other", "kb_conflicts"),
        ("ix_kb_conflicts_owner", "kb_conflicts"),
        ("ix_kb_agreements_block", "kb_agreements"),
        ("ix_kb_agreements_grp", "kb_agreements"),
        ("ix_kb_events_answers", "kb_events"),
        ("ix_kb_events_grp", "kb_events"),
    ):
        op.drop_index(index, table)
    with op.batch_alter_table("kb_conflicts") as batch:
        batch.drop_column("other")
        batch.drop_column("owner")
    with op.batch_alter_table("kb_agreements") as batch:
        batch.drop_column("block")
        batch.drop_column("grp")
    with op.batch_alter_table("kb_events") as batch:
        batch.drop_column("answers")
        batch.drop_column("grp")
    op.drop_table("kb_entity_keys")
    op.drop_table("kb_facts")
