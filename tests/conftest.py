"""Shared fixtures: every test gets its own data dir; Qt runs offscreen."""

from __future__ import annotations

import os

# Forced, not defaulted: an empty value with no display aborts the whole run.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Test slots use the cheap Argon2id profile; the profile is stored in each slot.
os.environ["INSPECTOR_KDF_PROFILE"] = "fast"
os.environ.pop("INSPECTOR_PASSPHRASE", None)

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
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


class StoreFiles:
    """Data dirs of the test user made once per worker, each test unlocking a copy of its own.

    Making a store (key slot, migrations, validating the shipped checklists) takes about a second, and
    filling one with demo data several more; a copy of the files takes milliseconds and holds the same
    rows, so each test still starts from a store nobody else touched.
    """

    def __init__(self, root: Path):
        self.root = root
        self._made: dict[str, Path] = {}

    def unlock_copy(self, data_dir: Path, name: str = "new", fill: Callable[[Store], object] | None = None) -> Store:
        """A copy in `data_dir` of the new store that `fill` filled (once per worker and name), unlocked."""
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = self._make(name, fill)
        shutil.copytree(made, data_dir)
        return setup.open_store(data_dir, PASSPHRASE, USER)

    def demo_copy(self, data_dir: Path, inspections: int, seed: int) -> Store:
        """A copy in `data_dir` of a store holding `inspections` demo inspections made with `seed`, unlocked."""
        from inspector_app.core import demo

        return self.unlock_copy(data_dir, f"demo-{inspections}-seed-{seed}",
                                lambda made: demo.generate(made, inspections=inspections, seed=seed))

    def _make(self, name: str, fill: Callable[[Store], object] | None) -> Path:
        folder = self.root / name
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("INSPECTOR_LOG_DIR", str(self.root / "logs"))
            with setup.create_store(folder, USER, PASSPHRASE, display_name="Somchai Test") as made:
                if fill is not None:
                    fill(made)
        return folder


@pytest.fixture(scope="session")
def store_files(tmp_path_factory: pytest.TempPathFactory) -> StoreFiles:
    return StoreFiles(tmp_path_factory.mktemp("store-files"))


@pytest.fixture
def store(data_dir: Path, store_files: StoreFiles) -> Iterator[Store]:
    """A new data store of the test user, unlocked (a copy of one the worker made as `setup.create_store` does)."""
    s = store_files.unlock_copy(data_dir)
    yield s
    s.close()
