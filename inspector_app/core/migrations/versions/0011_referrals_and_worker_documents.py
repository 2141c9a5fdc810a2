"""referral records and worker documents (their own synced records), Social Security registration

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-08

Referrals were a code on a finding and worker documents a JSON list on the interview; each gets
its own record, made from the old data (see ``inspector_app.core.after_visit_upgrade``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = "0012"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=48), nullable=False),
    ]


def upgrade() -> None:
    from inspector_app.core.after_visit_upgrade import make_records

    op.add_column("worker_interviews", sa.Column("social_security", sa.String(length=16), nullable=True))
    op.create_table(
        "worker_documents",
        *_synced(),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("held_by", sa.String(length=16), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("expires_on", sa.String(length=10), nullable=True),
        sa.Column("permit_status", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_worker_documents_inspection_id_inspections")),
        sa.ForeignKeyConstraint(["interview_id"], ["worker_interviews.id"],
                                name=op.f("fk_worker_documents_interview_id_worker_interviews")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker_documents")),
    )
    op.create_index(op.f("ix_worker_documents_inspection_id"), "worker_documents", ["inspection_id"])
    op.create_index(op.f("ix_worker_documents_interview_id"), "worker_documents", ["interview_id"])
    op.create_table(
        "referrals",
        *_synced(),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("finding_id", sa.String(length=36), nullable=True),
        sa.Column("receiving_body", sa.String(length=20), nullable=False),
        sa.Column("referral_date", sa.String(length=10), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_phone", sa.String(length=64), nullable=True),
        sa.Column("contact_notes", sa.Text(), nullable=True),
        sa.Column("case_number", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("sent_on", sa.String(length=10), nullable=True),
        sa.Column("accepted_on", sa.String(length=10), nullable=True),
        sa.Column("closed_on", sa.String(length=10), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("interview_ids", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_referrals_inspection_id_inspections")),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_referrals_finding_id_findings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_inspection_id"), "referrals", ["inspection_id"])
    op.create_index(op.f("ix_referrals_finding_id"), "referrals", ["finding_id"])
    make_records(op.get_bind())


def downgrade() -> None:
    op.drop_table("referrals")
    op.drop_table("worker_documents")
    with op.batch_alter_table("worker_interviews") as batch:
        batch.drop_column("social_security")
