"""Alembic environment for the laptop database.

Always run through `inspector_app.core.migrate`, which hands over an open,
keyed connection inside a transaction (foreign keys off) and checks the
result before committing.
"""

from alembic import context

from inspector_app.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
context.run_migrations()
