"""Sealed testimony: HQ's evidence keys (private halves wrapped under the evidence passphrase) and
their per-session unlocks.

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
JSON = sa.JSON(none_as_null=True)


def upgrade() -> None:
    op.create_table(
        "evidence_keys",
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("wrapped_private_key", JSON, nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_evidence_keys")),
        sa.UniqueConstraint("generation", name=op.f("uq_evidence_keys_generation")),
    )
    op.create_table(
        "evidence_sessions",
        sa.Column("session_id", sa.String(128), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("wrapped_private_key", JSON, nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("expires_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["key_id"], ["evidence_keys.key_id"],
                                name=op.f("fk_evidence_sessions_key_id_evidence_keys")),
        sa.PrimaryKeyConstraint("session_id", "key_id", name=op.f("pk_evidence_sessions")),
    )
    op.create_index(op.f("ix_evidence_sessions_expires_at"), "evidence_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_evidence_sessions_expires_at"), table_name="evidence_sessions")
    op.drop_table("evidence_sessions")
    op.drop_table("evidence_keys")
