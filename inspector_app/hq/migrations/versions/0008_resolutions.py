"""resolutions: supervisors settle conflicts and proposals field by field, each decision audited

* `resolutions`: who decided what on which version, when, and the revision it wrote;
* `conflict_versions.resolution_id`: the decision that closed a version;
* `records.resolution_id`, and `records.writer_device_id` may be empty: a revision HQ wrote itself
  (a resolution) has no device behind it. Existing rows keep their writer.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "resolutions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("version_device_id", sa.String(36), nullable=False),
        sa.Column("version_op_id", sa.String(100), nullable=False),
        sa.Column("hq_rev", sa.Integer(), nullable=False),
        sa.Column("hq_writer_device_id", sa.String(36), nullable=True),
        sa.Column("rev", sa.Integer(), nullable=True),
        sa.Column("choices", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("settled_version_ids", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("resolved_by_user_id", sa.String(36), nullable=False),
        sa.Column("resolved_by_name", sa.String(200), nullable=False),
        sa.Column("resolved_at", UTC_TIME, nullable=False),
        sa.Column("publication_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["version_device_id"], ["devices.id"],
                                name=op.f("fk_resolutions_version_device_id_devices")),
        sa.ForeignKeyConstraint(["hq_writer_device_id"], ["devices.id"],
                                name=op.f("fk_resolutions_hq_writer_device_id_devices")),
        sa.ForeignKeyConstraint(["resolved_by_user_id"], ["users.id"],
                                name=op.f("fk_resolutions_resolved_by_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolutions")),
    )
    op.create_index("ix_resolutions_record", "resolutions", ["entity", "entity_id"])
    with op.batch_alter_table("conflict_versions") as batch:
        batch.add_column(sa.Column("resolution_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_conflict_versions_resolution_id_resolutions"), "resolutions",
                                 ["resolution_id"], ["id"])
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("resolution_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_records_resolution_id_resolutions"), "resolutions", ["resolution_id"],
                                 ["id"])
        batch.alter_column("writer_device_id", existing_type=sa.String(36), nullable=True)


def downgrade() -> None:
    # A revision HQ wrote itself is credited to the record's owner: the column had no room for "HQ".
    op.execute("UPDATE records SET writer_device_id = owner_device_id WHERE writer_device_id IS NULL")
    with op.batch_alter_table("records") as batch:
        batch.alter_column("writer_device_id", existing_type=sa.String(36), nullable=False)
        batch.drop_constraint(op.f("fk_records_resolution_id_resolutions"), type_="foreignkey")
        batch.drop_column("resolution_id")
    with op.batch_alter_table("conflict_versions") as batch:
        batch.drop_constraint(op.f("fk_conflict_versions_resolution_id_resolutions"), type_="foreignkey")
        batch.drop_column("resolution_id")
    op.drop_index("ix_resolutions_record", table_name="resolutions")
    op.drop_table("resolutions")
