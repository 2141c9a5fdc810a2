"""The window never waits for the database: no query runs on the GUI thread.

A query on the GUI thread freezes the whole window for as long as it takes (seconds on a
laptop with 20,000 inspections), so the app reads through `UiContext.read` and writes
through `UiContext.write`, both off the GUI thread. These tests run the real app process
from start to exit, and walk what an inspector does first every day (unlock, the list,
every page, an inspection and each of its tabs, every language, closing the window); they
fail on any statement, or any new database connection (a key derivation), made on the GUI
thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from inspector_app.core import demo
from inspector_app.core.services import setup
from inspector_app.core.store import Store
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.operations import Operations
from inspector_app.ui.settings import Settings
from inspector_app.ui.translation import install
from inspector_app.ui.unlock import UnlockDialog

from ..conftest import PASSPHRASE, USER
from .gui_thread_guard import GuiThreadQueries
from .typing_helpers import wait_until_read

ROOT = Path(__file__).resolve().parents[2]

LANGUAGES = ("th", "my", "km", "lo", "en")


def test_the_guard_sees_a_query_on_the_gui_thread_and_not_one_off_it(store: Store, gui_queries: GuiThreadQueries,
                                                                       qapp) -> None:  # noqa: ANN001
    gui_queries.recording = True
    worker = threading.Thread(target=lambda: _count_users(store))
    worker.start()
    worker.join()
    assert gui_queries.seen == []
    _count_users(store)
    assert any("SELECT count(*) FROM users" in seen for seen in gui_queries.seen)


def _count_users(store: Store) -> None:
    with store.session() as session:
        session.execute(text("SELECT count(*) FROM users")).scalar()


def test_the_real_app_from_process_start_to_exit_never_queries_on_the_gui_thread(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with setup.create_store(data_dir, USER, PASSPHRASE) as made:
        demo.generate(made, inspections=30, seed=14)
    trace, report = tmp_path / "trace.jsonl", tmp_path / "gui-thread.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_TRACE")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               INSPECTOR_LOG_DIR=str(tmp_path / "logs"), INSPECTOR_TRACE_STARTUP=str(trace),
               INSPECTOR_AUTO_UNLOCK=PASSPHRASE)  # the trace drives unlock and closes once the list shows
    done = subprocess.run([sys.executable, "-m", "tests.ui.gui_thread_guard", str(data_dir), str(report)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    events = [json.loads(line)["event"] for line in trace.read_text(encoding="utf-8").splitlines()]
    assert {"unlocked", "main_window_painted", "list_painted", "exit"} <= set(events)  # the whole run happened
    assert report.read_text(encoding="utf-8") == ""


def test_start_pages_an_inspection_and_languages_never_query_on_the_gui_thread(
        tmp_path: Path, qtbot: QtBot, gui_queries: GuiThreadQueries, qapp) -> None:  # noqa: ANN001
    data_dir = tmp_path / "data"
    with setup.create_store(data_dir, USER, PASSPHRASE, display_name="Somchai Test") as made:
        demo.generate(made, inspections=30, seed=13)
    translations = install(qapp, "en")
    gui_queries.recording = True

    gui_queries.moment = "unlock"
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=20_000)
    store = dialog.store
    assert store is not None
    settings = Settings(store.username, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(store=store, ops=Operations(), settings=settings, hub=ChangeHub())
    ctx.translations = translations
    window = None
    try:
        gui_queries.moment = "start"
        window = MainWindow(ctx, automatic_sync=False)
        window.show()
        qtbot.waitUntil(lambda: window.inspections.proxy.rowCount() == 30, timeout=20_000)
        qtbot.waitUntil(lambda: "waiting to sync" in window.pending_label.text())
        wait_until_read(qtbot, window)

        for row, page in enumerate(MainWindow.PAGES):
            gui_queries.moment = f"the {page} page"
            window.nav.setCurrentRow(row)
            wait_until_read(qtbot, window)

        gui_queries.moment = "a referral's editor"
        window.nav.setCurrentRow(MainWindow.PAGES.index("referrals"))
        qtbot.waitUntil(lambda: window.referrals.model.rowCount() > 0, timeout=20_000)
        window.referrals.table.selectRow(0)
        referral = window.referrals.open_selected()
        assert referral is not None
        qtbot.waitUntil(lambda: referral.loaded, timeout=20_000)
        referral.close()

        gui_queries.moment = "opening an inspection"
        window.nav.setCurrentRow(0)
        table = window.inspections.table
        first = window.inspections.proxy.index(0, 0)
        where = table.visualRect(first).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click: press, then again
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: len(window.editors) == 1)
        editor = next(iter(window.editors.values()))
        qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
        for tab in range(editor.tabs.count()):
            gui_queries.moment = f"the inspection's tab {editor.tabs.tabText(tab)!r}"
            editor.tabs.setCurrentIndex(tab)
            wait_until_read(qtbot, window)

        gui_queries.moment = "the establishment's file"
        editor.file_button.click()
        qtbot.waitUntil(lambda: len(window.file_windows) == 1)
        file_window = next(iter(window.file_windows.values()))
        qtbot.waitUntil(lambda: file_window.loaded, timeout=20_000)
        wait_until_read(qtbot, file_window)
        file_window.close()

        settings_row = MainWindow.PAGES.index("settings")
        for language in LANGUAGES:
            gui_queries.moment = f"switching to {language}"
            window.nav.setCurrentRow(settings_row)
            choice = window.settings_page.language
            choice.setCurrentIndex(choice.findData(language))  # as picking it from the list does
            window.nav.setCurrentRow(0)
            wait_until_read(qtbot, window)
            window.nav.setCurrentRow(len(MainWindow.PAGES))  # the open inspection, in the new language
            wait_until_read(qtbot, window)

        gui_queries.moment = "closing the window"
        window.close()
        assert gui_queries.seen == [], "database work on the GUI thread:\n" + "\n".join(gui_queries.seen)
    finally:
        gui_queries.recording = False
        if window is not None:
            window.close()  # its last saves and reads finish before the store closes
            window.deleteLater()
        translations.apply("en")
        ctx.ops.wait()
        store.close()
