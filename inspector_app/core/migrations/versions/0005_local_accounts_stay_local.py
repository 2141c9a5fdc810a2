"""Local accounts stay local: drop queued changes to users and devices that HQ has not taken.

HQ keeps its own accounts and devices and refuses them from laptops, so a queued change to a
local user (made before this version stopped queueing them) would be refused at every sync and
keep the laptop from ever being "all sent". The records themselves and their audit entries stay;
only the unsent outbox rows go.

Revision ID: 0005
Revises: 0001
Create Date: 2026-12-04
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM outbox WHERE entity IN ('users', 'devices') AND state IN ('pending', 'rejected')")


def downgrade() -> None:
    # The dropped rows were never sent and HQ would refuse them; there is nothing to put back.
    pass
