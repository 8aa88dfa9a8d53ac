"""rebuild state: a change counter for the knowledge base's inputs and what it was built from

Revision ID: 0004_rebuild_state
Revises: 0003_scale
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_rebuild_state"
down_revision: str | None = "0003_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "knowledge_state",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    # Nothing is known about the kb_* tables of a store made before this migration (nor
    # of a new one): "built" never matches, so the first update rebuilds them.
    state = sa.table("knowledge_state", sa.column("name", sa.String), sa.column("value"))
    op.bulk_insert(
        state,
        [
            {"name": "generation", "value": 0},
            {"name": "built_generation", "value": -1},
            {"name": "built_articles", "value": -1},
        ],
    )


def downgrade() -> None:
    op.drop_table("knowledge_state")
