"""HQ tests run against SQLite and a real PostgreSQL (see fixtures.py)."""

from .fixtures import clock, enrolled, filled_hqs, hq, hq_db_url, pg_server, signin_hq  # noqa: F401
