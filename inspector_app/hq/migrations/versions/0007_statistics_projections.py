"""projection tables (and their monthly sums) for statistics across laptops, backfilled from the records HQ holds

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.hq import projections

revision = "0007"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("hq_stat_follow_ups", "hq_stat_deadlines", "hq_stat_referrals", "hq_stat_indicators", "hq_stat_sections", "hq_stat_inspections", "hq_referrals",
          "hq_indicators", "hq_interviews", "hq_finding_sections", "hq_findings", "hq_inspections", "hq_establishments")


def upgrade() -> None:
    op.create_table(
        "hq_establishments",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name_th", sa.String(300), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.Column("sector", sa.String(32), nullable=True),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_establishments")),
    )
    op.create_table(
        "hq_inspections",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("owner_device_id", sa.String(36), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("establishment_id", sa.String(64), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.Column("sector", sa.String(32), nullable=True),
        sa.Column("visit_type", sa.String(32), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("visit_month", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("previous_inspection_id", sa.String(64), nullable=True),
        sa.Column("followed", sa.Boolean(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("findings_s1", sa.Integer(), nullable=False),
        sa.Column("findings_s2", sa.Integer(), nullable=False),
        sa.Column("findings_s3", sa.Integer(), nullable=False),
        sa.Column("findings_s4", sa.Integer(), nullable=False),
        sa.Column("open_findings", sa.Integer(), nullable=False),
        sa.Column("interviews", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_inspections")),
    )
    op.create_index("ix_hq_inspections_district_visit", "hq_inspections", ["district_code", "visit_date"])
    op.create_index("ix_hq_inspections_establishment", "hq_inspections", ["establishment_id"])
    op.create_index("ix_hq_inspections_follow_up", "hq_inspections", ["follow_up_date"])
    op.create_index("ix_hq_inspections_previous", "hq_inspections", ["previous_inspection_id"])
    op.create_index("ix_hq_inspections_province_visit", "hq_inspections", ["province_code", "visit_date"])
    op.create_index("ix_hq_inspections_visit_date", "hq_inspections", ["visit_date"])
    op.create_table(
        "hq_findings",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("item_code", sa.String(64), nullable=True),
        sa.Column("indicator", sa.String(40), nullable=True),
        sa.Column("severity", sa.String(2), nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("referral_target", sa.String(32), nullable=True),
        sa.Column("sections", sa.Integer(), nullable=False),
        sa.Column("title_th", sa.String(300), nullable=True),
        sa.Column("title_en", sa.String(300), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("visit_month", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_findings")),
    )
    op.create_index("ix_hq_findings_district_visit", "hq_findings", ["district_code", "visit_date"])
    op.create_index("ix_hq_findings_inspection", "hq_findings", ["inspection_id"])
    op.create_index("ix_hq_findings_item_code", "hq_findings", ["item_code"])
    op.create_index("ix_hq_findings_province_visit", "hq_findings", ["province_code", "visit_date"])
    op.create_index("ix_hq_findings_status_deadline", "hq_findings", ["status", "deadline", "visit_date", "province_code", "district_code"])
    op.create_index("ix_hq_findings_visit_date", "hq_findings", ["visit_date"])
    op.create_table(
        "hq_finding_sections",
        sa.Column("finding_id", sa.String(64), nullable=False),
        sa.Column("section", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(2), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("visit_month", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.PrimaryKeyConstraint("finding_id", "section", name=op.f("pk_hq_finding_sections")),
    )
    op.create_index("ix_hq_finding_sections_district_visit", "hq_finding_sections", ["district_code", "visit_date"])
    op.create_index("ix_hq_finding_sections_inspection", "hq_finding_sections", ["inspection_id"])
    op.create_index("ix_hq_finding_sections_province_visit", "hq_finding_sections", ["province_code", "visit_date"])
    op.create_index("ix_hq_finding_sections_visit_date", "hq_finding_sections", ["visit_date"])
    op.create_table(
        "hq_interviews",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_interviews")),
    )
    op.create_index("ix_hq_interviews_inspection", "hq_interviews", ["inspection_id"])
    op.create_table(
        "hq_indicators",
        sa.Column("interview_id", sa.String(64), nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("visit_month", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.PrimaryKeyConstraint("interview_id", "indicator", name=op.f("pk_hq_indicators")),
    )
    op.create_index("ix_hq_indicators_district_visit", "hq_indicators", ["district_code", "visit_date"])
    op.create_index("ix_hq_indicators_inspection", "hq_indicators", ["inspection_id"])
    op.create_index("ix_hq_indicators_province_visit", "hq_indicators", ["province_code", "visit_date"])
    op.create_index("ix_hq_indicators_visit_date", "hq_indicators", ["visit_date"])
    op.create_table(
        "hq_referrals",
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("source_entity", sa.String(40), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("target", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("visit_month", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_hq_referrals")),
    )
    op.create_index("ix_hq_referrals_district_visit", "hq_referrals", ["district_code", "visit_date"])
    op.create_index("ix_hq_referrals_inspection", "hq_referrals", ["inspection_id"])
    op.create_index("ix_hq_referrals_province_visit", "hq_referrals", ["province_code", "visit_date"])
    op.create_index("ix_hq_referrals_visit_date", "hq_referrals", ["visit_date"])
    op.create_table(
        "hq_stat_inspections",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(32), nullable=False),
        sa.Column("visit_type", sa.String(32), nullable=False),
        sa.Column("signed_off", sa.Integer(), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("findings_s1", sa.Integer(), nullable=False),
        sa.Column("findings_s2", sa.Integer(), nullable=False),
        sa.Column("findings_s3", sa.Integer(), nullable=False),
        sa.Column("findings_s4", sa.Integer(), nullable=False),
        sa.Column("interviews", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "sector", "visit_type", "signed_off", name=op.f("pk_hq_stat_inspections")),
    )
    op.create_table(
        "hq_stat_sections",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(2), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "section", "severity", name=op.f("pk_hq_stat_sections")),
    )
    op.create_table(
        "hq_stat_indicators",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "indicator", name=op.f("pk_hq_stat_indicators")),
    )
    op.create_table(
        "hq_stat_referrals",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("referrals", sa.Integer(), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "target", "status", name=op.f("pk_hq_stat_referrals")),
    )
    op.create_table(
        "hq_stat_deadlines",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "deadline", name=op.f("pk_hq_stat_deadlines")),
    )
    op.create_table(
        "hq_stat_follow_ups",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("district_code", sa.String(4), nullable=False),
        sa.Column("visit_month", sa.Integer(), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "district_code", "visit_month", "follow_up_date", name=op.f("pk_hq_stat_follow_ups")),
    )
    # Backfill from the records already at HQ (the same derivation pushes use; columns this
    # revision lacks are left to the migration that adds them).
    projections.rebuild(op.get_bind())


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
