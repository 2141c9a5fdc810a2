"""The supervisors' workspace: each user's language, the evidence access log, the inspection index
(the review queue's columns, backfilled), and the session columns evidence.py made unused.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
QUEUE = ("hq_status", "worst_severity", "submitted_at")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))
    with op.batch_alter_table("user_sessions") as batch:
        # An evidence unlock lives in evidence_sessions (evidence.unlock_for_session), keyed by the session id.
        batch.drop_column("evidence_unlocked_until")
        batch.drop_column("evidence_key_wrapped")
    op.create_table(
        "evidence_access",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=True),
        sa.Column("detail", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_evidence_access_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_access")),
    )
    op.create_index(op.f("ix_evidence_access_at"), "evidence_access", ["at"])
    op.create_index("ix_evidence_access_inspection_id_at", "evidence_access", ["inspection_id", "at"])
    index = op.create_table(
        "inspection_index",
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("hq_status", sa.String(12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("establishment_id", sa.String(64), nullable=True),
        sa.Column("establishment_name", sa.String(300), nullable=True),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("district_code", sa.String(4), nullable=True),
        sa.Column("visit_type", sa.String(20), nullable=True),
        sa.Column("visit_date", sa.String(10), nullable=True),
        sa.Column("worst_severity", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("s1_findings", sa.Integer(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", UTC_TIME, nullable=True),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_inspection_index")),
    )
    op.create_index(op.f("ix_inspection_index_establishment_id"), "inspection_index", ["establishment_id"])
    op.create_index("ix_inspection_index_queue", "inspection_index", list(QUEUE))
    op.create_index("ix_inspection_index_district_queue", "inspection_index", ["district_code", *QUEUE])
    op.create_index("ix_inspection_index_province_queue", "inspection_index", ["province_code", *QUEUE])
    _backfill(op.get_bind(), index)


def _backfill(conn: sa.Connection, index: sa.Table) -> None:
    """One row per inspection already held; HQ's first sight of a signed revision is taken as the record's
    last change (the best time a database without the index knows)."""
    from inspector_app.hq.queue_index import index_row

    records = sa.table("records", sa.column("entity", sa.String), sa.column("entity_id", sa.String),
                       sa.column("inspection_id", sa.String), sa.column("fields", sa.JSON),
                       sa.column("needs_review", sa.Boolean), sa.column("updated_at", UTC_TIME))
    decisions = sa.table("review_decisions", sa.column("id", sa.Integer), sa.column("inspection_id", sa.String),
                         sa.column("revision", sa.Integer), sa.column("decision", sa.String))
    establishments = {r.entity_id: r.fields for r in conn.execute(
        sa.select(records.c.entity_id, records.c.fields).where(records.c.entity == "establishments"))}
    findings: dict[str, list] = {}
    for r in conn.execute(sa.select(records.c.inspection_id, records.c.fields).where(records.c.entity == "findings")):
        findings.setdefault(r.inspection_id, []).append(r.fields)
    decided = {}
    for r in conn.execute(sa.select(decisions.c.inspection_id, decisions.c.revision, decisions.c.decision)
                          .order_by(decisions.c.id)):
        decided[r.inspection_id] = (r.revision, r.decision)
    rows = []
    for r in conn.execute(sa.select(records.c.entity_id, records.c.fields, records.c.needs_review,
                                    records.c.updated_at).where(records.c.entity == "inspections")):
        fields = r.fields if isinstance(r.fields, dict) else {}
        rows.append(index_row(r.entity_id, fields, bool(r.needs_review), findings.get(r.entity_id, ()),
                              establishments.get(fields.get("establishment_id")), decided.get(r.entity_id), None,
                              _aware(r.updated_at)))
        if len(rows) >= 1000:
            conn.execute(index.insert(), rows)
            rows = []
    if rows:
        conn.execute(index.insert(), rows)


def _aware(moment):  # noqa: ANN001, ANN202 - SQLite gives naive UTC text back
    from datetime import UTC, datetime

    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def downgrade() -> None:
    op.drop_table("inspection_index")
    op.drop_table("evidence_access")
    with op.batch_alter_table("user_sessions") as batch:
        batch.add_column(sa.Column("evidence_unlocked_until", UTC_TIME, nullable=True))
        batch.add_column(sa.Column("evidence_key_wrapped", sa.Text(), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.drop_column("language")
