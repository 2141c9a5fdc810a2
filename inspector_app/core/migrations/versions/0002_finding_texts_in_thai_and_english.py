"""Findings in Thai and English; texts the app wrote derived again from the templates

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

A finding had one title, description and required action, in whatever language the
screen was in, and its title was the checklist's own wording. Each is now kept in Thai
and in English (``*_th``, ``*_en``), with ``edited_texts`` naming the texts the
inspector wrote. What the app wrote is derived again from the inspection's template
version; an inspector's words are kept. See ``inspector_app.core.legacy_findings``.
"""


import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_TEXT_COLUMNS = (
    ("title_th", sa.String(length=300)), ("title_en", sa.String(length=300)),
    ("description_th", sa.Text()), ("description_en", sa.Text()),
    ("required_action_th", sa.Text()), ("required_action_en", sa.Text()),
)


def upgrade() -> None:
    from inspector_app.core.legacy_findings import rederive_findings

    with op.batch_alter_table("findings") as batch:
        for name, column_type in NEW_TEXT_COLUMNS:
            batch.add_column(sa.Column(name, column_type, nullable=True))
        batch.add_column(sa.Column("edited_texts", sa.Text(), nullable=False, server_default="[]"))
    rederive_findings(op.get_bind())
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("title")
        batch.drop_column("description")
        batch.drop_column("required_action")


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("title", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("description", sa.Text(), nullable=True))
        batch.add_column(sa.Column("required_action", sa.Text(), nullable=True))
    conn = op.get_bind()
    for row in conn.execute(sa.text("SELECT * FROM findings")).mappings().all():
        def one(name: str) -> str | None:
            th, en = row[f"{name}_th"], row[f"{name}_en"]
            return f"{th} / {en}" if th and en and th != en else (th or en)
        conn.execute(sa.text("UPDATE findings SET title = :t, description = :d, required_action = :a WHERE id = :id"),
                     {"t": one("title") or "", "d": one("description"), "a": one("required_action"), "id": row["id"]})
    with op.batch_alter_table("findings") as batch:
        batch.alter_column("title", existing_type=sa.String(length=300), nullable=False)
        for name, _type in NEW_TEXT_COLUMNS:
            batch.drop_column(name)
        batch.drop_column("edited_texts")
