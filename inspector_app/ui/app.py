"""Starting the desktop app: QApplication, crash handler, unlock, main window.

What runs before the unlock window has painted imports only what that window needs: Qt's
widgets, the fonts, the translators and the key slot file's reader. Everything else (the store,
SQLAlchemy, cryptography, every page, the application-wide event filters) is loaded once it has
painted, while the user types the passphrase (`preload_main_window_modules`). A test holds the
unlock window's import set (tests/ui/test_start_imports.py).
"""

from __future__ import annotations

import gc
import os
import sys
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME
from ..core.demo_account import DEMO_PASSPHRASE, DEMO_USER
from ..paths import default_data_dir, resources_dir

if TYPE_CHECKING:
    from .startup_trace import StartupTrace


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """The one crash path: log frames (never message text) and tell the user."""
    from PySide6.QtWidgets import QMessageBox

    from ..logs import log_unexpected

    path = log_unexpected(exc.with_traceback(tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            APP_NAME,
            QApplication.translate("App", "Something went wrong ({0}). Your saved work is safe. "
                                   "Details were written to {1}.").format(kind.__name__, path),
        )
    else:
        print(f"{APP_NAME}: unexpected error ({kind.__name__}); details in {path}", file=sys.stderr)


def ensure_demo_store(data_dir: Path) -> None:
    """First start in demo mode: a data dir with the demo user and demo data (before any window shows)."""
    from ..core.services import setup

    setup.create_demo_store(data_dir)


def install_app_filters(app: QApplication) -> None:
    """The application-wide event filters every window after the unlock window relies on:
    retranslation (with calendars' eras and 0-9 digits) and room for every script in one-line
    fields and buttons. Each is installed once per application."""
    from .script_metrics import install_script_room
    from .translation import install_filter

    install_filter(app)
    install_script_room(app)


def preload_main_window_modules() -> None:
    """Load what the main window needs (the store, the ORM, every page) while the unlock window
    waits for a passphrase, so neither the unlock window's start nor the unlock waits for it.

    It runs on the GUI thread right after the unlock window has painted: keys typed meanwhile
    are queued, not lost, and the unlock they ask for starts after it. A failure here is left
    for the real import after unlock to report.
    """
    try:
        import_module(".main_window", __package__)  # for its side effect: every page's module loaded
        from ..core import geography, store
        from .fonts import warm_fonts

        # Work the first query and the list would otherwise do after unlock: relating the ORM's
        # classes and indexing the place names the list shows.
        store.prepare()
        geography.provinces()
        _warm_widget_types()
        warm_fonts()  # every script's font opened and shaped, before the list's names need them
    except Exception:  # noqa: BLE001, S110 - the same import runs again after unlock and reports there
        pass


def _warm_widget_types() -> None:
    """PySide makes a widget's Python type (and its enums) the first time one comes back from Qt:
    the list's viewport made some forty, about 0.1 s, between the list's rows and their paint."""
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.viewport()
    view.deleteLater()


def _startup_trace() -> StartupTrace | None:
    """The start benchmark's trace, when asked for (its module is not loaded otherwise)."""
    if not os.environ.get("INSPECTOR_TRACE_STARTUP"):
        return None
    from .startup_trace import StartupTrace

    return StartupTrace.from_env()


def run_gui(data_dir: Path | None, demo: bool) -> int:
    trace = _startup_trace()
    from ..core.keys import Keyring
    from .after_paint import AfterFirstPaint
    from . import settings as keys
    from .fonts import set_app_font
    from .settings import Settings
    from .translation import install as install_translations
    from .unlock import UnlockDialog

    sys.excepthook = _excepthook
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("FieldInspector")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "field-inspector.png")))
    set_app_font(app)
    # Until a user is known, the language the app was last shown in (the system's on a first run); the
    # filters come after the unlock window (see there).
    shown_last = Settings().get(keys.UNLOCK_LANGUAGE)
    translations = install_translations(app, shown_last, with_filter=False)

    if data_dir is None:
        if demo:
            import tempfile

            data_dir = Path(tempfile.mkdtemp(prefix="field-inspector-demo-"))
        else:
            data_dir = default_data_dir()
    hint = None
    if demo:
        ensure_demo_store(data_dir)
        hint = app.translate("App", "Demo data: user “{0}”, passphrase “{1}”.").format(DEMO_USER, DEMO_PASSPHRASE)
    if not Keyring(data_dir).exists():
        from .first_run import FirstRunDialog

        install_app_filters(app)
        first = FirstRunDialog(data_dir)
        if first.exec() != FirstRunDialog.DialogCode.Accepted:
            return 1
    dialog = UnlockDialog(data_dir, hint)

    def unlock_window_painted() -> None:
        if trace is not None:
            trace.mark("unlock_shown")
        install_app_filters(app)
        preload_main_window_modules()
        if trace is not None:
            trace.mark("preloaded")
            trace.auto_unlock(dialog)

    waiting = AfterFirstPaint(dialog, unlock_window_painted)  # held until the dialog is done
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.store is None:
        return 1
    store = dialog.store
    del waiting
    if trace is not None:
        trace.mark("unlocked")
    from .main_window import MainWindow, make_context

    settings = Settings(store.username)
    language = settings.get(keys.LANGUAGE)
    translations.apply(language)
    if language != shown_last:
        settings.set(keys.UNLOCK_LANGUAGE, language)  # the next unlock window speaks as this user's screens do
    context = make_context(store, settings)
    context.translations = translations
    window = MainWindow(context)
    window.backgroundStarted.connect(_freeze_start_up_heap)
    if trace is not None:
        trace.watch_main_window(window)
    window.show()
    code = app.exec()
    store.close()
    if trace is not None:
        trace.mark("exit")
    return code


def _freeze_start_up_heap() -> None:
    """What start-up made (modules, the ORM's mappers, Qt's wrappers, translations, the place index) lives
    as long as the process: left out of the cyclic collector's full passes from the moment the list shows.
    Each pass walked it all, 70-85 ms holding the interpreter at 20,000 inspections, and the window
    stalled while the pages built after the list read. Reference counting still frees what dies of it.
    Only the app's process does this: a test process goes on to other windows whose garbage it must collect.
    """
    gc.freeze()


def leave(code: int) -> NoReturn:
    """End the app's process once `run_gui` has returned, without the interpreter's teardown.

    By then the window has saved what was open, the workers have finished and the store is closed
    (its WAL checkpointed); what is left is freeing every object of a process holding 20,000
    inspections' worth of rows, which took 0.2 s on an idle 2-core machine and up to a second on a
    busy one while the window was already gone. Only the entry point calls this, never a test.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or vanished reader: nothing more to say to it
            pass
    import logging

    logging.shutdown()
    os._exit(code)
