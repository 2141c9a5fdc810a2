"""Migration 0003 (sign-in tables) on an HQ database that already holds supervisors: they sign in after it."""

from __future__ import annotations

from pathlib import Path

import httpx
from alembic import command
from sqlalchemy import inspect

from inspector_app.hq import users
from inspector_app.hq.db import HQDatabase, alembic_config

from .support import HQServer


def _upgrade_to(db: HQDatabase, revision: str) -> None:
    cfg = alembic_config()
    with db.engine.connect() as conn:
        conn = conn.execution_options(hq_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)


def test_supervisors_made_before_the_sign_in_tables_sign_in_after_them(hq_db_url: str, tmp_path: Path) -> None:
    old = HQDatabase(hq_db_url)
    _upgrade_to(old, "0001")
    assert "user_sessions" not in inspect(old.engine).get_table_names()
    users.create_user(old, "somchai", "Somchai K.", "an older password 2568", role="admin")
    old.dispose()

    server = HQServer(hq_db_url, tmp_path / "files").start()  # upgrades to head on start
    try:
        tables = set(inspect(server.db.engine).get_table_names())
        assert {"login_throttle", "login_events", "user_sessions"} <= tables
        answer = httpx.post(f"{server.url}/api/v1/login",
                            json={"username": "somchai", "password": "an older password 2568"})
        assert answer.status_code == 200 and answer.json()["user"]["role"] == "admin"
        listed = httpx.get(f"{server.url}/api/v1/review/inspections",
                           headers={"Authorization": f"Bearer {answer.json()['token']}"})
        assert listed.status_code == 200
    finally:
        server.stop()
