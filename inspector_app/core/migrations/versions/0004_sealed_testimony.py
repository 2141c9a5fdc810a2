"""sealed testimony: inspections.complaint_source and the outbox's sealed form of each op

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default): SQLite adds it without rebuilding the tables.
    op.add_column('inspections', sa.Column('complaint_source', sa.Text(), nullable=True))
    op.add_column('outbox', sa.Column('sealed', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('sealed')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_column('complaint_source')
