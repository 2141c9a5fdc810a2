"""referral statistics from referral records; follow-ups for visits HQ held before establishment files

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-06

`hq_referrals` held findings marked referred; it now holds the laptops' referral records (with the
finding each refers, for counting apart findings marked referred that no record names). Both it and
its monthly sums are rebuilt from the records HQ holds. Then the follow-up state 0011 left to the
laptops' next pushes is derived from the records HQ holds (followup_backfill.py).
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.hq import followup_backfill, projections

revision = "0012"
# The head on main when this was written (0011 -> 0010 -> 0007); re-chained when branches merge.
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_referrals") as batch:
        batch.add_column(sa.Column("finding_id", sa.String(64), nullable=True))
        batch.create_index("ix_hq_referrals_finding", ["finding_id"])
    conn = op.get_bind()
    projections.rebuild_referrals(conn)
    followup_backfill.backfill(conn)


def downgrade() -> None:
    # Back to 0007's meaning: findings marked referred, with their monthly sums (district and province rows).
    with op.batch_alter_table("hq_referrals") as batch:
        batch.drop_index("ix_hq_referrals_finding")
        batch.drop_column("finding_id")
    op.execute("DELETE FROM hq_referrals")
    op.execute("INSERT INTO hq_referrals (source_id, source_entity, inspection_id, target, status, visit_date,"
               " visit_month, province_code, district_code) SELECT id, 'findings', inspection_id, referral_target,"
               " 'referred', visit_date, visit_month, province_code, district_code FROM hq_findings"
               " WHERE status = 'referred'")
    op.execute("DELETE FROM hq_stat_referrals")
    for district, by_district in (("COALESCE(district_code, '')", "COALESCE(district_code, ''), "), ("'*'", "")):
        op.execute("INSERT INTO hq_stat_referrals (province_code, district_code, visit_month, target, status,"
                   f" referrals, inspections) SELECT COALESCE(province_code, ''), {district}, visit_month,"
                   " COALESCE(target, ''), status, COUNT(*), COUNT(DISTINCT inspection_id) FROM hq_referrals"
                   f" WHERE visit_month IS NOT NULL GROUP BY COALESCE(province_code, ''), {by_district}visit_month,"
                   " COALESCE(target, ''), status")
