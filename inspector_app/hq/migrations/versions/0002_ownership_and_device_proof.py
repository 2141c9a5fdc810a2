"""Ownership and device proof: who wrote each record, unique references, proposals, reassignments,
enrolment challenges.

* `records.writer_device_id`: the device that wrote the current revision (from the op that wrote it);
* `records.reference`: an inspection's reference, unique at HQ. Where HQ already holds several
  inspections with one reference (accepted before this check existed), the first one received keeps
  it; the others keep it in their fields only and are flagged for review;
* records under an inspection written by another device than the inspection's owner (accepted
  before ownership was checked) are flagged for review; their writer stays on record;
* `conflict_versions.kind`: `stale` for the versions kept so far, `proposal` from now on for changes
  to another device's directory record;
* `ownership_changes` (audited reassignments) and `enrol_challenges` (device proof at re-enrolment);
* an index on `ops (entity, entity_id)`: a record's history of writers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("writer_device_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("reference", sa.String(64), nullable=True))
    op.execute(
        "UPDATE records SET writer_device_id = COALESCE("
        "(SELECT ops.device_id FROM ops WHERE ops.op_id = records.last_op_id), records.owner_device_id)"
    )
    _claim_references()
    # Records under an inspection that another device wrote: kept, but a supervisor must look at them.
    op.get_bind().execute(sa.text(
        "UPDATE records SET needs_review = :flag WHERE inspection_id IS NOT NULL AND entity <> 'inspections' "
        "AND EXISTS (SELECT 1 FROM records AS parent WHERE parent.entity = 'inspections' "
        "AND parent.entity_id = records.inspection_id AND parent.owner_device_id <> records.writer_device_id)"
    ).bindparams(flag=True))
    with op.batch_alter_table("records") as batch:
        batch.alter_column("writer_device_id", existing_type=sa.String(36), nullable=False)
        batch.create_foreign_key(op.f("fk_records_writer_device_id_devices"), "devices", ["writer_device_id"], ["id"])
    op.create_index("uq_records_reference", "records", ["reference"], unique=True)

    with op.batch_alter_table("conflict_versions") as batch:
        batch.add_column(sa.Column("kind", sa.String(12), server_default="stale", nullable=False))
    op.create_index("ix_ops_record", "ops", ["entity", "entity_id"])

    op.create_table(
        "ownership_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("from_device_id", sa.String(36), nullable=False),
        sa.Column("to_device_id", sa.String(36), nullable=False),
        sa.Column("records_moved", sa.Integer(), nullable=False),
        sa.Column("by_user_id", sa.String(36), nullable=False),
        sa.Column("by_name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("changed_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["from_device_id"], ["devices.id"],
                                name=op.f("fk_ownership_changes_from_device_id_devices")),
        sa.ForeignKeyConstraint(["to_device_id"], ["devices.id"], name=op.f("fk_ownership_changes_to_device_id_devices")),
        sa.ForeignKeyConstraint(["by_user_id"], ["users.id"], name=op.f("fk_ownership_changes_by_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ownership_changes")),
    )
    op.create_index(op.f("ix_ownership_changes_inspection_id"), "ownership_changes", ["inspection_id"])
    op.create_table(
        "enrol_challenges",
        sa.Column("challenge", sa.String(64), nullable=False),
        sa.Column("local_device_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("expires_at", UTC_TIME, nullable=False),
        sa.Column("used_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("challenge", name=op.f("pk_enrol_challenges")),
    )
    op.create_index(op.f("ix_enrol_challenges_local_device_id"), "enrol_challenges", ["local_device_id"])


def _claim_references() -> None:
    """Give each reference to the first inspection received with it; flag the later copies."""
    conn = op.get_bind()
    records = sa.table("records", sa.column("entity", sa.String), sa.column("entity_id", sa.String),
                       sa.column("fields", sa.JSON), sa.column("created_at", UTC_TIME),
                       sa.column("reference", sa.String), sa.column("needs_review", sa.Boolean))
    rows = conn.execute(sa.select(records.c.entity_id, records.c.fields)
                        .where(records.c.entity == "inspections")
                        .order_by(records.c.created_at, records.c.entity_id)).all()
    claimed: set[str] = set()
    for entity_id, fields in rows:
        reference = fields.get("reference") if isinstance(fields, dict) else None
        if not isinstance(reference, str) or not reference.strip() or len(reference) > 64:
            continue
        key = records.c.entity_id == entity_id
        if reference in claimed:
            conn.execute(sa.update(records).where(records.c.entity == "inspections", key).values(needs_review=True))
        else:
            claimed.add(reference)
            conn.execute(sa.update(records).where(records.c.entity == "inspections", key).values(reference=reference))


def downgrade() -> None:
    op.drop_index(op.f("ix_enrol_challenges_local_device_id"), table_name="enrol_challenges")
    op.drop_table("enrol_challenges")
    op.drop_index(op.f("ix_ownership_changes_inspection_id"), table_name="ownership_changes")
    op.drop_table("ownership_changes")
    op.drop_index("ix_ops_record", table_name="ops")
    with op.batch_alter_table("conflict_versions") as batch:
        batch.drop_column("kind")
    op.drop_index("uq_records_reference", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_constraint(op.f("fk_records_writer_device_id_devices"), type_="foreignkey")
        batch.drop_column("reference")
        batch.drop_column("writer_device_id")
