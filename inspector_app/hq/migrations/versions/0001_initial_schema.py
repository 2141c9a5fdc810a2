"""HQ schema: devices and codes, supervisors, batches and ops, records and conflicts,
attachments and uploads, templates and reference data, the publication stream.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
JSON = sa.JSON(none_as_null=True)


def upgrade() -> None:
    op.create_table(
        "hq_settings",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_hq_settings")),
    )
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.bulk_insert(counters, [{"name": "pull", "value": 0}])

    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("enrolled_at", UTC_TIME, nullable=False),
        sa.Column("revoked_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("local_id", name=op.f("uq_devices_local_id")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("expires_at", UTC_TIME, nullable=False),
        sa.Column("used_at", UTC_TIME, nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("note", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_enrol_codes_device_id_devices")),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_codes")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )

    op.create_table(
        "batches",
        sa.Column("batch_id", sa.String(100), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("op_count", sa.Integer(), nullable=False),
        sa.Column("received_at", UTC_TIME, nullable=False),
        sa.Column("response", JSON, nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_batches_device_id_devices")),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_batches")),
    )
    op.create_index(op.f("ix_batches_device_id"), "batches", ["device_id"])
    op.create_table(
        "ops",
        sa.Column("op_id", sa.String(100), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("batch_id", sa.String(100), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(48), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("received_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_ops_device_id_devices")),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_ops")),
    )
    op.create_index(op.f("ix_ops_device_id"), "ops", ["device_id"])
    op.create_table(
        "records",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("owner_device_id", sa.String(36), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(48), nullable=False),
        sa.Column("fields", JSON, nullable=False),
        sa.Column("fields_sha256", sa.String(64), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("last_op_id", sa.String(100), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["owner_device_id"], ["devices.id"], name=op.f("fk_records_owner_device_id_devices")),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_records")),
        sa.UniqueConstraint("entity_id", name=op.f("uq_records_entity_id")),
    )
    op.create_index(op.f("ix_records_inspection_id"), "records", ["inspection_id"])
    op.create_index(op.f("ix_records_owner_device_id"), "records", ["owner_device_id"])
    op.create_table(
        "conflict_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("op_id", sa.String(100), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("hq_rev", sa.Integer(), nullable=False),
        sa.Column("fields", JSON, nullable=False),
        sa.Column("received_at", UTC_TIME, nullable=False),
        sa.Column("resolved_at", UTC_TIME, nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_conflict_versions_device_id_devices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_versions")),
        sa.UniqueConstraint("op_id", name=op.f("uq_conflict_versions_op_id")),
    )
    op.create_index("ix_conflict_versions_record", "conflict_versions", ["entity", "entity_id"])

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("stored_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "attachment_owners",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_attachment_owners_device_id_devices")),
        sa.ForeignKeyConstraint(["sha256"], ["attachments.sha256"],
                                name=op.f("fk_attachment_owners_sha256_attachments")),
        sa.PrimaryKeyConstraint("sha256", "device_id", name=op.f("pk_attachment_owners")),
    )
    op.create_table(
        "uploads",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_uploads_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", "sha256", name=op.f("pk_uploads")),
    )

    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source_name", sa.String(200), nullable=False),
        sa.Column("document", JSON, nullable=False),
        sa.Column("published_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_templates_code_version")),
    )
    op.create_table(
        "reference_data",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("document", JSON, nullable=False),
        sa.Column("published_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_reference_data")),
    )
    op.create_table(
        "publications",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target_device_id", sa.String(36), nullable=True),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(["target_device_id"], ["devices.id"],
                                name=op.f("fk_publications_target_device_id_devices")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_publications")),
    )
    op.create_index(op.f("ix_publications_target_device_id"), "publications", ["target_device_id"])
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("record_rev", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("reviewer_id", sa.String(36), nullable=False),
        sa.Column("reviewer_name", sa.String(200), nullable=False),
        sa.Column("decided_at", UTC_TIME, nullable=False),
        sa.Column("publication_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_review_decisions_reviewer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
        sa.UniqueConstraint("inspection_id", "revision", name=op.f("uq_review_decisions_inspection_id_revision")),
    )
    op.create_index(op.f("ix_review_decisions_inspection_id"), "review_decisions", ["inspection_id"])


def downgrade() -> None:
    for table in ("review_decisions", "publications", "reference_data", "templates", "uploads", "attachment_owners",
                  "attachments", "conflict_versions", "records", "ops", "batches", "users", "enrol_codes", "devices",
                  "counters", "hq_settings"):
        op.drop_table(table)
