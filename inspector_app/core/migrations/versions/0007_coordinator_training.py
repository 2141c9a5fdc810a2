"""coordinator training records and accreditation

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: nullable, or NOT NULL with a constant default, so SQLite keeps the table as it is.
    op.add_column('language_coordinators',
                  sa.Column('training_records', sa.Text(), nullable=False, server_default='[]'))
    op.add_column('language_coordinators', sa.Column('accreditation_body', sa.String(length=200), nullable=True))
    op.add_column('language_coordinators', sa.Column('accreditation_number', sa.String(length=64), nullable=True))
    op.add_column('language_coordinators',
                  sa.Column('accreditation_valid_until', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('language_coordinators', schema=None) as batch_op:
        batch_op.drop_column('accreditation_valid_until')
        batch_op.drop_column('accreditation_number')
        batch_op.drop_column('accreditation_body')
        batch_op.drop_column('training_records')
