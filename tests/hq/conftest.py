"""HQ tests run against SQLite and a real PostgreSQL (see fixtures.py)."""

from .fixtures import enrolled, hq, hq_db_url, pg_server  # noqa: F401
