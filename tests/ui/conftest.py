"""UI fixtures: a UiContext over a fresh store, with settings in a temp file."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from inspector_app.core.store import Store
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.operations import Operations
from inspector_app.ui.settings import Settings
from inspector_app.ui.translation import Translations, install

from ..hq.support import HQServer
from .gui_thread_guard import GuiThreadQueries


@pytest.fixture
def app_font(qapp) -> None:  # noqa: ANN001
    """The faces the app draws Thai, Burmese, Khmer and Lao in (what a user sees, and what fits)."""
    from inspector_app.ui.fonts import apply_app_font

    apply_app_font(qapp)


@pytest.fixture(autouse=True)
def english(qapp) -> None:  # noqa: ANN001
    """Every UI test starts on English screens as the app shows them: its plural forms ("1 change", "2 changes")
    installed, and no catalogue of a language an earlier test switched to."""
    Translations(qapp).apply("en")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def ui_ctx(store: Store, settings_file: Path, qapp) -> Iterator[UiContext]:  # noqa: ANN001
    ctx = UiContext(
        store=store,
        ops=Operations(),
        settings=Settings(store.username, QSettings(str(settings_file), QSettings.Format.IniFormat)),
        hub=ChangeHub(),
    )
    yield ctx
    ctx.ops.wait()


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:  # noqa: ANN001
    """The app's translations installed in English; a test switches with `apply` and ends in English."""
    t = install(qapp, "en")
    yield t
    t.apply("en")


@pytest.fixture
def thai(qapp) -> Iterator[Translations]:  # noqa: ANN001
    """The app's translations installed in Thai; back to English afterwards."""
    t = install(qapp, "th")
    yield t
    t.apply("en")


@pytest.fixture
def hq_sqlite(tmp_path: Path) -> Iterator[HQServer]:
    """A real `inspector-hq serve` on a SQLite database of its own."""
    server = HQServer(str(tmp_path / "hq.db"), tmp_path / "hq-files").start()
    yield server
    server.stop()


@pytest.fixture
def gui_queries() -> Iterator[GuiThreadQueries]:
    """Records every query run on the GUI thread while a test runs."""
    queries = GuiThreadQueries()
    queries.install()
    try:
        yield queries
    finally:
        queries.remove()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A UI test that failed says where every thread of the process stood at that moment.

    A screen waits for a worker's answer; when one never comes in a full run (and always comes alone),
    the stacks say whether the worker was still reading, waiting for a lock, or never started.
    """
    report = yield
    if report.failed and call.when == "call":
        frames = sys._current_frames()
        names = {thread.ident: thread.name for thread in threading.enumerate()}
        stacks = [f"--- {names.get(ident, ident)}\n{''.join(traceback.format_stack(frame, limit=12))}"
                  for ident, frame in frames.items()]
        report.sections.append(("threads at the failure", "\n".join(stacks)))
    return report
