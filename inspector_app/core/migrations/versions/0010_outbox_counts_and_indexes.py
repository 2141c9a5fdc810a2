"""outbox: kept counts per state, and an index for every query on it

`outbox_counts` holds how many rows are pending, rejected and in conflict (and how many pending
rows wait to be sealed), counted here once from the rows; from now on the app moves them with
the rows. The single-column state index gives way to (state, seq), which serves the queue in
order and each state's newest rows; a partial index finds the few pending rows HQ holds back;
one on entity_id lets `check` find the queued copy of a changed record.

Rows HQ already acknowledged are not deleted here (that could keep an upgrade busy for a long
time on a large laptop): the next sync compacts them in small transactions.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-08
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = '0011'
branch_labels = None
depends_on = None

UNSEALED_SQL = (
    "(state = 'pending' AND sealed IS NULL AND (entity IN ('inspections', 'worker_interviews', 'interpreter_notes', 'worker_documents', 'referrals')"
    " OR (entity = 'inspection_revisions' AND json_type(fields, '$.snapshot') = 'object')))"
)


def upgrade() -> None:
    op.create_table('outbox_counts',
                    sa.Column('name', sa.String(length=16), nullable=False),
                    sa.Column('ops', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('name', name=op.f('pk_outbox_counts')))
    op.execute("INSERT INTO outbox_counts (name, ops) "
               "SELECT s.name, (SELECT count(*) FROM outbox WHERE state = s.name) "
               "FROM (SELECT 'pending' AS name UNION ALL SELECT 'rejected' UNION ALL SELECT 'conflict') AS s")
    op.execute(f"INSERT INTO outbox_counts (name, ops) SELECT 'unsealed', count(*) FROM outbox WHERE {UNSEALED_SQL}")
    op.drop_index('ix_outbox_state', table_name='outbox')
    op.create_index('ix_outbox_state_seq', 'outbox', ['state', 'seq'])
    op.create_index('ix_outbox_waiting', 'outbox', ['seq'],
                    sqlite_where=sa.text("state = 'pending' AND last_error IS NOT NULL"))
    op.create_index('ix_outbox_entity_id', 'outbox', ['entity_id'])


def downgrade() -> None:
    op.drop_index('ix_outbox_entity_id', table_name='outbox')
    op.drop_index('ix_outbox_waiting', table_name='outbox')
    op.drop_index('ix_outbox_state_seq', table_name='outbox')
    op.create_index('ix_outbox_state', 'outbox', ['state'])
    op.drop_table('outbox_counts')
