"""supervisors' resolutions on the laptop: resolved_at_hq, sealed_at_hq, outbox.base_resolution

* `resolved_at_hq`: the revision HQ wrote of a record in a resolution this laptop applied; a change
  made on it names the resolution (`outbox.base_resolution`), so HQ applies it;
* `sealed_at_hq`: a supervisor may settle a conflict by choosing another laptop's sealed testimony;
  the laptop keeps that envelope here and sends it back unchanged with its later changes.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default): SQLite adds it without rebuilding the table.
    op.add_column("outbox", sa.Column("base_resolution", sa.Integer(), nullable=True))
    op.create_table(
        "resolved_at_hq",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_resolved_at_hq")),
    )
    op.create_table(
        "sealed_at_hq",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("placeholder", sa.Text(), nullable=True),
        sa.Column("from_device_id", sa.String(64), nullable=True),
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", "field", name=op.f("pk_sealed_at_hq")),
    )


def downgrade() -> None:
    op.drop_table("sealed_at_hq")
    op.drop_table("resolved_at_hq")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("base_resolution")
