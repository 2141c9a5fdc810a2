"""worker document matching (document keys, sightings, retention flags); wider publication kinds

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = "0011"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
JSON = sa.JSON(none_as_null=True)


def upgrade() -> None:
    with op.batch_alter_table("publications") as batch:
        batch.alter_column("kind", existing_type=sa.String(16), type_=sa.String(40), existing_nullable=False)
    op.create_table(
        "document_keys",
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("retired_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_document_keys")),
        sa.UniqueConstraint("generation", name=op.f("uq_document_keys_generation")),
    )
    op.create_table(
        "document_sightings",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("establishment_id", sa.String(64), nullable=True),
        sa.Column("owner_device_id", sa.String(36), nullable=False),
        sa.Column("doc_type", sa.String(32), nullable=True),
        sa.Column("held_by", sa.String(16), nullable=True),
        sa.Column("number_hash", sa.String(64), nullable=True),
        sa.Column("number_kid", sa.String(32), nullable=True),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_sightings")),
    )
    op.create_index("ix_document_sightings_hash", "document_sightings", ["number_kid", "number_hash"])
    op.create_index("ix_document_sightings_establishment", "document_sightings", ["establishment_id"])
    op.create_index(op.f("ix_document_sightings_inspection_id"), "document_sightings", ["inspection_id"])
    op.create_table(
        "retention_flags",
        sa.Column("flag_id", sa.String(64), nullable=False),
        sa.Column("establishment_key", sa.String(200), nullable=False),
        sa.Column("registration_no", sa.String(64), nullable=True),
        sa.Column("establishment_ids", JSON, nullable=False),
        sa.Column("doc_type", sa.String(32), nullable=True),
        sa.Column("visits", JSON, nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=True),
        sa.Column("last_seen", sa.String(10), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("flag_id", name=op.f("pk_retention_flags")),
    )
    op.create_index(op.f("ix_retention_flags_establishment_key"), "retention_flags", ["establishment_key"])


def downgrade() -> None:
    op.drop_table("retention_flags")
    op.drop_table("document_sightings")
    op.drop_table("document_keys")
    with op.batch_alter_table("publications") as batch:
        batch.alter_column("kind", existing_type=sa.String(40), type_=sa.String(16), existing_nullable=False)
