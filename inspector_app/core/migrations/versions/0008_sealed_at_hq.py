"""sealed_at_hq: sealed values HQ holds for this laptop's records that only HQ can open

A supervisor may settle a conflict by choosing another laptop's sealed testimony; the laptop keeps
that envelope here and sends it back unchanged with its later changes to the record.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
