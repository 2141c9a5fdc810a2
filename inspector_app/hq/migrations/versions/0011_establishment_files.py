"""establishment files: matched establishment records, device provinces, findings' status from follow-ups

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-06

Existing establishment records are matched into groups and existing inspections indexed here, once
(establishment_files.catch_up); laptops receive their provinces' files at their next pull.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
# The head this branch was built on; re-chained onto the newest head when branches merge.
down_revision = "0008"
branch_labels = None
depends_on = None


def _time(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "establishment_matches",
        sa.Column("establishment_id", sa.String(64), nullable=False),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=True),
        sa.Column("rule", sa.String(24), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("registration_key", sa.String(64), nullable=True),
        sa.Column("social_security_key", sa.String(64), nullable=True),
        sa.Column("name_key", sa.String(400), nullable=True),
        _time("matched_at"),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("establishment_id", name=op.f("pk_establishment_matches")),
    )
    op.create_index(op.f("ix_establishment_matches_group_id"), "establishment_matches", ["group_id"])
    op.create_index(op.f("ix_establishment_matches_province_code"), "establishment_matches", ["province_code"])
    op.create_table(
        "establishment_keys",
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "kind", "key", name=op.f("pk_establishment_keys")),
    )
    op.create_index(op.f("ix_establishment_keys_group_id"), "establishment_keys", ["group_id"])
    op.create_table(
        "establishment_match_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _time("at"),
        sa.Column("establishment_id", sa.String(64), nullable=False),
        sa.Column("from_group", sa.String(64), nullable=True),
        sa.Column("to_group", sa.String(64), nullable=False),
        sa.Column("rule", sa.String(24), nullable=False),
        sa.Column("by_name", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_establishment_match_log")),
    )
    op.create_index(op.f("ix_establishment_match_log_establishment_id"), "establishment_match_log",
                    ["establishment_id"])
    op.create_table(
        "device_provinces",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("provinces", sa.JSON(), nullable=False),
        sa.Column("set_by", sa.String(200), nullable=False),
        _time("set_at"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_provinces_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_provinces")),
    )
    op.create_table(
        "device_province_state",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_province_state_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", "province_code", name=op.f("pk_device_province_state")),
    )
    op.create_index(op.f("ix_device_province_state_province_code"), "device_province_state", ["province_code"])
    op.create_table(
        "file_items",
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("establishment_id", sa.String(64), nullable=True),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("owner_device_id", sa.String(36), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("item", "item_id", name=op.f("pk_file_items")),
    )
    op.create_index(op.f("ix_file_items_establishment_id"), "file_items", ["establishment_id"])
    op.create_index(op.f("ix_file_items_group_id"), "file_items", ["group_id"])
    op.create_table(
        "inspection_links",
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("establishment_id", sa.String(64), nullable=True),
        sa.Column("previous_inspection_id", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_inspection_links")),
    )
    op.create_index(op.f("ix_inspection_links_establishment_id"), "inspection_links", ["establishment_id"])
    op.create_index(op.f("ix_inspection_links_previous_inspection_id"), "inspection_links", ["previous_inspection_id"])
    op.create_table(
        "verification_index",
        sa.Column("verification_id", sa.String(64), nullable=False),
        sa.Column("finding_id", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("verification_id", name=op.f("pk_verification_index")),
    )
    op.create_index(op.f("ix_verification_index_finding_id"), "verification_index", ["finding_id"])
    op.create_index(op.f("ix_verification_index_inspection_id"), "verification_index", ["inspection_id"])
    op.create_table(
        "finding_states",
        sa.Column("finding_id", sa.String(64), nullable=False),
        sa.Column("inspection_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("last_verification", sa.JSON(), nullable=True),
        _time("derived_at"),
        sa.PrimaryKeyConstraint("finding_id", name=op.f("pk_finding_states")),
    )
    op.create_index(op.f("ix_finding_states_inspection_id"), "finding_states", ["inspection_id"])

    from inspector_app.hq.establishment_files import catch_up

    catch_up(op.get_bind())


def downgrade() -> None:
    for name in ("finding_states", "verification_index", "inspection_links", "file_items", "device_province_state",
                 "device_provinces", "establishment_match_log", "establishment_keys", "establishment_matches"):
        op.drop_table(name)
