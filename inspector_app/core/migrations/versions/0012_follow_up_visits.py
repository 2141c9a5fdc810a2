"""follow-up visits verify earlier findings; HQ's establishment files kept apart

* `finding_verifications`: an earlier visit's finding checked again at a follow-up visit (a synced
  record of the follow-up; the finding may be another laptop's, so it is named without a foreign key);
* `findings.last_verification`: the latest verification that counts (null for every existing finding:
  registered in core.audit.ADDED_FIELDS, so `check` accepts records audited before it existed);
* `inspections.previous_inspection_id` loses its foreign key: a follow-up may follow a visit another
  laptop made, known here only from HQ's publication;
* `establishment_file_items`: what HQ publishes for the establishment files (not synced, not audited).

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default): SQLite keeps the table as it is.
    op.add_column("findings", sa.Column("last_verification", sa.Text(), nullable=True))
    # Dropping a constraint rebuilds the table on SQLite (batch mode; migrate.upgrade turned foreign keys off).
    with op.batch_alter_table("inspections") as batch:
        batch.drop_constraint("fk_inspections_previous_inspection_id_inspections", type_="foreignkey")
    op.create_table(
        "finding_verifications",
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("finding_id", sa.String(length=36), nullable=False),
        sa.Column("original_inspection_id", sa.String(length=36), nullable=False),
        sa.Column("original_reference", sa.String(length=32), nullable=True),
        sa.Column("item_code", sa.String(length=24), nullable=True),
        sa.Column("title_th", sa.String(length=300), nullable=True),
        sa.Column("title_en", sa.String(length=300), nullable=True),
        sa.Column("legal_refs", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=2), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("verified_at", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_finding_verifications_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_verifications")),
        sa.UniqueConstraint("inspection_id", "finding_id", name=op.f("uq_finding_verifications_inspection_id_finding_id")),
    )
    op.create_index(op.f("ix_finding_verifications_inspection_id"), "finding_verifications", ["inspection_id"])
    op.create_index(op.f("ix_finding_verifications_finding_id"), "finding_verifications", ["finding_id"])
    op.create_table(
        "establishment_file_items",
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.String(length=64), nullable=False),
        sa.Column("establishment_ids", sa.Text(), nullable=False),
        sa.Column("establishment", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("item", "item_id", name=op.f("pk_establishment_file_items")),
    )
    op.create_index(op.f("ix_establishment_file_items_group_id"), "establishment_file_items", ["group_id"])


def downgrade() -> None:
    op.drop_table("establishment_file_items")
    op.drop_table("finding_verifications")
    with op.batch_alter_table("inspections") as batch:
        batch.create_foreign_key("fk_inspections_previous_inspection_id_inspections", "inspections",
                                 ["previous_inspection_id"], ["id"])
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("last_verification")
