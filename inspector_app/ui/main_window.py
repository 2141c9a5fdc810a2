"""The main window: navigation, pages, open inspections, status bar and the lock.

Building it reads nothing: every page asks for its rows off the GUI thread and shows them
when they come, and the status bar's counts come from the sync controller's reads.

The inspections list is what an inspector sees first, so it alone is built with the window.
The other pages, the status bar's counts and the watch for HQ wait until the list has painted
(then they are built one per turn of the event loop, so a page opened later shows at once); a
page asked for before that is built when asked.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ..core.changes import ChangeSet
from ..sync.status import SyncStatus
from . import settings as keys
from .after_paint import AfterFirstPaint
from .context import ChangeHub, UiContext
from .coordinators_page import CoordinatorsPage
from .editor.editor_page import EditorPage
from .establishments_page import EstablishmentsPage
from .followups_page import FollowUpsPage
from .inspections_page import InspectionsPage
from .language import current_language
from .lock import IdleWatcher, LockPage
from .messages import message_text
from .referrals_page import ReferralsPage
from .settings_page import SettingsPage
from .sync_controller import SyncController
from .script_metrics import ScriptRowDelegate
from .sync_page import SyncPage
from .widgets import resize_within_screen

STATUS_REFRESH_MS = 15_000
STATUS_AFTER_CHANGE_MS = 300  # a burst of autosaves asks for the counts once
BACKGROUND_START_LATEST_MS = 3_000  # the rest of the window starts by then even if the list has not shown
DICTIONARY_AFTER_MS = 300  # after the list's first paint, the Thai word dictionary's build starts (Thai screens)
DICTIONARY_POLL_MS = 50  # how often the page building looks whether the Thai dictionary is ready


class MainWindow(QMainWindow):
    PAGES = ("inspections", "followups", "establishments", "referrals", "coordinators", "sync", "settings")
    backgroundStarted = Signal()  # noqa: N815 - the list has shown: what the first screen did not need starts now

    def __init__(self, ctx: UiContext, *, automatic_sync: bool = True):
        super().__init__()
        self.ctx = ctx
        self.store = ctx.store
        self.setObjectName("mainWindow")
        resize_within_screen(self, 1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setItemDelegate(ScriptRowDelegate(self.nav))  # rows tall enough for Burmese
        self.stack = QStackedWidget()
        self.inspections = InspectionsPage(ctx)
        self.sync_controller = SyncController(ctx, self, automatic=automatic_sync, start=False)
        self._built: dict[int, QWidget] = {0: self.inspections}
        for n in range(len(self.PAGES)):
            self.stack.addWidget(self.inspections if n == 0 else QWidget())  # a stand-in until built
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.show_page)
        self.inspections.openInspection.connect(self.open_inspection)
        self.inspections.newInspectionRequested.connect(lambda: self.new_inspection())
        self.inspections.openFile.connect(self.open_establishment_file)
        self._started = False
        self._closing = False
        self._first_paint_hook: AfterFirstPaint | None = None
        self.inspections.model.firstPageLoaded.connect(self._list_arrived)
        # Should the list not come (a failed read, a window never shown), the rest starts anyway.
        QTimer.singleShot(BACKGROUND_START_LATEST_MS, self, self.start_background)

        self.editors: dict[str, EditorPage] = {}
        self.file_windows: dict[str, QWidget] = {}  # establishment files, by the inspection they were opened from
        self.lock_page = LockPage(self.store.keyring(), self.store.username)
        self.lock_page.unlocked.connect(self.unlock)
        self.stack.addWidget(self.lock_page)
        self.locked = False
        self._reopen_after_unlock: list[str] = []

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingChanges")
        self.last_sync_label = QLabel()
        self.last_sync_label.setObjectName("lastSync")
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineState")
        for label in (self.pending_label, self.last_sync_label, self.online_label):
            self.statusBar().addPermanentWidget(label)
        self.handbook_window = None  # the coordinators' handbook (F1), made on first use
        self.handbook_button = QPushButton()
        self.handbook_button.setObjectName("handbookButton")
        self.handbook_button.setFlat(True)
        self.handbook_button.clicked.connect(self.show_handbook)
        self.statusBar().addPermanentWidget(self.handbook_button)
        self._status_timer = QTimer(self, interval=STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._status_soon = QTimer(self, singleShot=True, interval=STATUS_AFTER_CHANGE_MS)
        self._status_soon.timeout.connect(self.refresh_status)
        ctx.hub.changed.connect(self._on_changed)
        self.sync_controller.statusChanged.connect(self.show_status)
        for signal in (self.sync_controller.reachableChanged, self.sync_controller.finished):
            signal.connect(lambda *_a: self.show_status(self.sync_controller.last_status))

        self.idle = IdleWatcher(ctx.settings.get(keys.IDLE_LOCK_MINUTES), self, watch=False)
        self.idle.idle.connect(self.lock)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        # F1 from any screen, dialogs and the wizard included: the handbook is what a coordinator reaches for.
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_handbook)
        help_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        for n in range(len(self.PAGES)):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda n=n: self.nav.setCurrentRow(n))

        geometry = ctx.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self.retranslate()
        self.nav.setCurrentRow(0)

    # -- pages, built when first needed ------------------------------------------------------

    @property
    def followups(self) -> FollowUpsPage:
        return self._page(self.PAGES.index("followups"))  # type: ignore[return-value]

    @property
    def establishments(self) -> EstablishmentsPage:
        return self._page(self.PAGES.index("establishments"))  # type: ignore[return-value]

    @property
    def referrals(self) -> ReferralsPage:
        return self._page(self.PAGES.index("referrals"))  # type: ignore[return-value]

    @property
    def coordinators(self) -> CoordinatorsPage:
        return self._page(self.PAGES.index("coordinators"))  # type: ignore[return-value]

    @property
    def sync(self) -> SyncPage:
        return self._page(self.PAGES.index("sync"))  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self._page(self.PAGES.index("settings"))  # type: ignore[return-value]

    def _page(self, n: int) -> QWidget:
        page = self._built.get(n)
        if page is None:
            page = self._built[n] = self._make_page(self.PAGES[n])
            stand_in = self.stack.widget(n)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.insertWidget(n, page)
        return page

    def _make_page(self, name: str) -> QWidget:
        ctx = self.ctx
        if name == "followups":
            followups = FollowUpsPage(ctx)
            followups.openInspection.connect(self.open_inspection)
            followups.openFile.connect(self.open_establishment_file)
            return followups
        if name == "establishments":
            return EstablishmentsPage(ctx)
        if name == "referrals":
            referrals = ReferralsPage(ctx)
            referrals.openInspection.connect(self.open_inspection)
            return referrals
        if name == "coordinators":
            return CoordinatorsPage(ctx)
        if name == "sync":
            return SyncPage(ctx, self.sync_controller)
        settings_page = SettingsPage(ctx)
        settings_page.settingsChanged.connect(self._settings_changed)
        settings_page.languageChanged.connect(self.switch_language)
        return settings_page

    def _list_arrived(self) -> None:
        """The list's first rows came: once they are on screen, start the rest."""
        self.inspections.model.firstPageLoaded.disconnect(self._list_arrived)
        if self._started:
            return
        self._first_paint_hook = AfterFirstPaint(self.inspections.table.viewport(), self.start_background)
        self.inspections.table.viewport().update()

    def start_background(self) -> None:
        """What the first screen does not need: the status bar's counts, the watch for HQ, the other pages."""
        if self._started or self._closing:
            return
        self._started = True
        self._first_paint_hook = None
        self.backgroundStarted.emit()
        self.idle.watch()
        self.refresh_status()
        self.sync_controller.start()
        if current_language() == "th":
            # The pages wait for the Thai word dictionary: one of them wraps Thai text as its rows come, and
            # would build it on the GUI thread meanwhile (a page asked for is built at once all the same).
            # Its build starts a moment after the list shows, so as not to slow the reads that follow it.
            QTimer.singleShot(DICTIONARY_AFTER_MS, self, self._warm_dictionary)
        else:
            QTimer.singleShot(0, self, self._build_next_page)

    def _warm_dictionary(self) -> None:
        if self._closing:
            return
        if warm_line_breaking(current_language()):
            self._warming = QTimer(self, interval=DICTIONARY_POLL_MS)
            self._warming.timeout.connect(self._build_after_dictionary)
            self._warming.start()
        else:
            self._build_next_page()

    def _build_after_dictionary(self) -> None:
        from ..i18n.segment import thai_words_ready

        if thai_words_ready() or self._closing:
            self._warming.stop()
            self._build_next_page()

    def _build_next_page(self) -> None:
        missing = [n for n in range(1, len(self.PAGES)) if n not in self._built]
        if missing and not self._closing:
            self._page(missing[0])
            QTimer.singleShot(0, self, self._build_next_page)

    # -- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field Inspector — %1").replace("%1", self.store.username))
        names = (self.tr("Inspections"), self.tr("Follow-ups"), self.tr("Establishments"), self.tr("Referrals"),
                 self.tr("Coordinators"), self.tr("Sync"), self.tr("Settings"))
        for n, name in enumerate(names):
            self.nav.item(n).setText(name)
        for n, editor in enumerate(self.editors.values()):
            if not editor.short_title():
                self.nav.item(len(self.PAGES) + n).setText(self.tr("Loading…"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.handbook_button.setText(self.tr("Coordinators' handbook (F1)"))
        self.show_status(self.sync_controller.last_status)

    # -- navigation ---------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        if self.locked or row < 0:
            return
        if row < len(self.PAGES):
            self.stack.setCurrentWidget(self._page(row))
        else:
            editor = list(self.editors.values())[row - len(self.PAGES)]
            self.stack.setCurrentWidget(editor)

    def open_inspection(self, inspection_id: str) -> EditorPage:
        editor = self.editors.get(inspection_id)
        if editor is None:
            editor = EditorPage(self.ctx, inspection_id)
            editor.closeRequested.connect(lambda: self.close_inspection(inspection_id))
            self.editors[inspection_id] = editor
            self.stack.addWidget(editor)
            self.nav.addItem(editor.short_title() or self.tr("Loading…"))  # its reference once read
            editor.titleChanged.connect(lambda title, e=editor: self._rename_nav(e, title))
            editor.fileRequested.connect(self.open_establishment_file)
        self.nav.setCurrentRow(len(self.PAGES) + list(self.editors).index(inspection_id))
        self.stack.setCurrentWidget(editor)
        return editor

    def open_establishment_file(self, inspection_id: str) -> QWidget:
        """The file of the workplace an inspection was made at, in a window beside this one."""
        from .establishment_file_page import EstablishmentFileWindow

        window = self.file_windows.get(inspection_id)
        if window is None:
            window = EstablishmentFileWindow(self.ctx, inspection_id=inspection_id, parent=self)
            window.openInspection.connect(self.open_inspection)
            window.followUpRequested.connect(self.new_inspection)
            window.destroyed.connect(lambda *_a, key=inspection_id: self.file_windows.pop(key, None))
            self.file_windows[inspection_id] = window
        window.show()
        window.raise_()
        return window

    def _rename_nav(self, editor: EditorPage, title: str) -> None:
        editors = list(self.editors.values())
        if editor in editors:
            self.nav.item(len(self.PAGES) + editors.index(editor)).setText(title)

    def close_inspection(self, inspection_id: str) -> None:
        if inspection_id not in self.editors:
            return
        position = len(self.PAGES) + list(self.editors).index(inspection_id)
        editor = self.editors.pop(inspection_id)
        editor.flush()
        row = self.nav.currentRow()
        self.nav.takeItem(position)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.nav.setCurrentRow(0 if row >= self.nav.count() else min(row, self.nav.count() - 1))

    def new_inspection(self, establishment_id: str | None = None, follow_up_of: str | None = None) -> QWidget:
        """The new-inspection wizard; from an establishment's file, preset to follow up one of its visits."""
        from .new_inspection_wizard import NewInspectionWizard

        wizard = NewInspectionWizard(self.ctx, establishment_id=establishment_id or None,
                                     follow_up_of=follow_up_of or None)
        wizard.setParent(self, wizard.windowFlags())
        wizard.created.connect(self.open_inspection)
        wizard.open()
        return wizard

    def show_handbook(self) -> QWidget | None:
        """Open (or bring forward) the handbook window beside whatever is on screen."""
        if self.locked:
            return None
        if self.handbook_window is None:
            from ..core.errors import InspectorError
            from .handbook_window import HandbookWindow
            from .messages import error_text

            try:
                self.handbook_window = HandbookWindow(self.ctx, self)
            except InspectorError as exc:
                # The detail names the broken shipped file for support (English, as written for them).
                QMessageBox.warning(self, self.tr("Coordinators' handbook"), self.tr(
                    "The handbook cannot be opened: its data on this laptop is damaged. Reinstall the app or ask "
                    "HQ for help, and give them this detail: %1").replace("%1", error_text(exc)))
                return None
        window = self.handbook_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.focus_search()
        return window

    # -- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything: save pending edits, close editors and dialogs, show only the lock page."""
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        from ..reports.photos import shared_cache

        shared_cache().clear()  # decrypted evidence photos do not outlive the lock
        self._reopen_after_unlock = list(self.editors)
        for inspection_id in list(self.editors):
            self.close_inspection(inspection_id)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.isWindow():
                widget.close()
        self.nav.setEnabled(False)
        self.nav.hide()
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.passphrase.setFocus()

    def unlock(self) -> None:
        self.locked = False
        self.nav.show()
        self.nav.setEnabled(True)
        self.stack.setCurrentIndex(0)
        self.nav.setCurrentRow(0)
        for inspection_id in self._reopen_after_unlock:
            self.open_inspection(inspection_id)
        self._reopen_after_unlock = []
        self.idle.resume()

    # -- status -------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Ask for fresh counts (read off the GUI thread; `show_status` shows them when they come)."""
        self.sync_controller.refresh()

    def show_status(self, status: SyncStatus | None) -> None:
        if self.store.read_only and self.store.read_only_reason:
            self.statusBar().showMessage(message_text(self.store.read_only_reason))
        if status is None:
            self.pending_label.setText(self.tr("Loading…"))
            return
        self.pending_label.setText(self.tr("%Ln changes waiting to sync", "", status.pending))
        if status.last_success:
            from ..i18n.dates import format_datetime

            when = format_datetime(status.last_success, current_language(), style="short")
            self.last_sync_label.setText(
                self.tr("Last sync: %1 (USB)").replace("%1", when) if status.last_success_via == "usb"
                else self.tr("Last sync: %1").replace("%1", when))
        else:
            self.last_sync_label.setText(self.tr("Never synced"))
        if status.revoked:
            self.online_label.setText(self.tr("Access revoked by HQ"))
        elif self.sync_controller.running is not None:
            self.online_label.setText(self.tr("Syncing…"))
        else:
            self.online_label.setText(self.tr("Online") if self.sync_controller.reachable else self.tr("Offline"))

    def _on_changed(self, _changes: ChangeSet) -> None:
        self._status_soon.start()

    def _settings_changed(self, key: str) -> None:
        if key == keys.IDLE_LOCK_MINUTES.key:
            self.idle.set_minutes(self.ctx.settings.get(keys.IDLE_LOCK_MINUTES))

    def switch_language(self, language: str) -> None:
        """Switch every open window to `language` ("" follows the system) without a restart."""
        translations = self.ctx.translations
        if translations is not None:
            translations.apply(language)  # to Thai: retranslated texts need the dictionary at once, here

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closing = True
        for editor in self.editors.values():
            editor.flush()
        self.sync_controller.shutdown()
        self.ctx.ops.close(interrupt_reads=self.ctx.store.reads.interrupt)
        self.ctx.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)


def warm_line_breaking(language: str) -> bool:
    """On a Thai screen, build the Thai word dictionary on a background thread; whether one was started.

    The follow-ups page's summary and the first inspection's checklist wrap Thai text, and would
    otherwise build it on the GUI thread (0.3 s of CPU, more on a busy laptop). Other screens build
    it only if Thai text needs it: it holds about 70 MB. A daemon thread: quitting never waits for it.
    """
    from ..i18n.segment import prepare_thai_words, thai_words_ready

    if language != "th" or thai_words_ready():
        return False
    threading.Thread(target=prepare_thai_words, name="thai-dictionary", daemon=True).start()
    return True


def make_context(store, settings=None) -> UiContext:  # noqa: ANN001, ANN201
    from .operations import Operations
    from .settings import Settings

    return UiContext(store=store, ops=Operations(QCoreApplication.instance()),
                     settings=settings or Settings(store.username), hub=ChangeHub())
