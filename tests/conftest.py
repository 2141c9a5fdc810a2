"""Shared fixtures: every test gets its own data dir; Qt runs offscreen."""

from __future__ import annotations

import os

# Forced, not defaulted: an empty value with no display aborts the whole run.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Test slots use the cheap Argon2id profile; the profile is stored in each slot.
os.environ["INSPECTOR_KDF_PROFILE"] = "fast"
os.environ.pop("INSPECTOR_PASSPHRASE", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector_app.core.services import setup  # noqa: E402
from inspector_app.core.store import Store  # noqa: E402

PASSPHRASE = "correct horse battery staple"
USER = "somchai"


@pytest.fixture(autouse=True)
def _log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log_dir = tmp_path / "logs"
    monkeypatch.setenv("INSPECTOR_LOG_DIR", str(log_dir))
    return log_dir


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = setup.create_store(data_dir, USER, PASSPHRASE, display_name="Somchai Test")
    yield s
    s.close()
