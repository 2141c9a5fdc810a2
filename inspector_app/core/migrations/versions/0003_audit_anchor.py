"""the audit chain's head kept with the device record

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("audit_seq", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("devices", sa.Column("audit_head", sa.String(length=64), nullable=True))
    # Anchor the chain as it stands: its last entry becomes the head the device record vouches for.
    op.execute("UPDATE devices SET audit_seq = coalesce((SELECT max(seq) FROM audit_entries), 0), "
               "audit_head = (SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1) WHERE is_local = 1")


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("audit_head")
        batch.drop_column("audit_seq")
