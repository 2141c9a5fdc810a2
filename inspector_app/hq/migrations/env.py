"""Alembic environment for the HQ database (SQLite or PostgreSQL).

Run through `inspector_app.hq.db.HQDatabase.upgrade`, which hands over an
open connection inside a transaction (holding an advisory lock on PostgreSQL).
"""

from alembic import context

from inspector_app.hq.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
context.run_migrations()
