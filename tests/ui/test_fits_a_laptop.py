"""Every screen fits a 1280×720 laptop in every language: no window wants more than the screen,
no text is cut, no one-line field is too short for Thai or Burmese.

Pages are taken from the main window itself (every widget of its stack, the editor's tabs), so a
page added later is checked without touching this file; dialogs come from `DIALOGS`, and a test
fails when a dialog class exists that is not listed there.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

import inspector_app.ui
from inspector_app.core import demo
from inspector_app.core.views import inspection_list
from inspector_app.ui.context import UiContext
from inspector_app.ui.inspections_model import ROLE_ID
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.script_height import script_safe_height
from inspector_app.ui.translation import Translations, install

from .typing_helpers import wait_until_read

SCREEN = QSize(1280, 720)
# What a window gets of that screen: less the title bar and the taskbar.
USABLE = QSize(SCREEN.width(), SCREEN.height() - 64)
LANGUAGES = ("en", "th", "my", "km", "lo", "pseudo")
# Every dialog and window of its own the app opens (the wizard is walked page by page).
DIALOGS = ("EstablishmentDialog", "CoordinatorDialog", "SummaryReportDialog", "ReportPreviewDialog", "UnlockDialog",
           "FirstRunDialog", "HandbookWindow", "ReferralDialog", "DocumentDialog", "EstablishmentFileWindow")
MNEMONIC = re.compile(r"&(.)")


@pytest.fixture
def translations(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[Translations]:  # noqa: ANN001
    from inspector_app.ui.fonts import apply_app_font

    apply_app_font(qapp)
    t = install(qapp, "en")
    yield t
    monkeypatch.delenv("INSPECTOR_PSEUDO", raising=False)  # before English comes back, not after
    t.apply("en")


# -- what a user would see cut off ----------------------------------------------------------------

def _shown(text: str) -> str:
    return MNEMONIC.sub(r"\1", text.replace("&&", "\0")).replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if label.wordWrap() or rich:
        needed_height = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        needed_width = label.minimumSizeHint().width() if label.wordWrap() else label.sizeHint().width()
        if needed_height > label.height() + 1 or needed_width > label.width() + 1:
            return f"needs {needed_width}x{needed_height}, has {label.width()}x{label.height()}"
        return None
    metrics = label.fontMetrics()
    shown = _shown(text) if label.buddy() is not None else text
    width = max(metrics.horizontalAdvance(line) for line in shown.split("\n")) + label.indent() * (label.indent() > 0)
    height = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, shown).height()
    if width > room.width() + 1 or height > room.height() + 1:
        return f"text {width}x{height} in {room.width()}x{room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    element = {QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
               QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
               QPushButton: QStyle.SubElement.SE_PushButtonContents}
    kind = next((e for cls, e in element.items() if isinstance(button, cls)), None)
    if kind is None:  # tool buttons and the like: their own size hint says what the text needs
        hint = button.sizeHint()
        return None if hint.width() <= button.width() + 1 else f"needs {hint.width()}, has {button.width()}"
    room = button.style().subElementRect(kind, option, button)
    metrics = button.fontMetrics()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    width = metrics.horizontalAdvance(text) + icon
    if isinstance(button, QPushButton):
        width += 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) // 2
        if button.menu() is not None:
            width += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    if width > room.width() + 1:
        return f"text {width} in {room.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    width = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return f"text {width} in {field.width()}" if width > field.width() + 1 else None


def cut_off(root: QWidget) -> list[str]:
    """Every visible text under `root` that does not fit its widget, and every one-line field too short."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found = None
        if isinstance(widget, QLabel):
            found = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None \
                and type(widget.parent()).__name__ not in ("QTabBar", "QScrollBar"):
            found = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            found = _combo_problem(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found = "a form that scrolls sideways: what is off to the right is cut off"
        if found is None and isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)) \
                and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            if widget.height() + 1 < script_safe_height(widget):
                found = f"height {widget.height()} < {script_safe_height(widget)} for Thai and Burmese"
        if found:
            text = widget.text() if hasattr(widget, "text") else getattr(widget, "currentText", lambda: "")()
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:50]!r}: {found}")
    return problems


def too_big(window: QWidget) -> list[str]:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > USABLE.width() or hint.height() > USABLE.height():
        return [f"minimum size {hint.width()}x{hint.height()} > {USABLE.width()}x{USABLE.height()}"]
    return []


# -- the dialogs, each as the app opens it --------------------------------------------------------

def _tiny_pdf() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Report")
    painter.end()
    buffer.close()
    return bytes(data)


def _dialogs(ctx: UiContext, window: MainWindow, data_dir: Path) -> dict[str, Callable[[], QWidget]]:
    from inspector_app.core.views import referrals, testimony
    from inspector_app.ui.coordinators_page import CoordinatorDialog
    from inspector_app.ui.editor.documents_box import DocumentDialog
    from inspector_app.ui.establishment_file_page import EstablishmentFileWindow
    from inspector_app.ui.establishments_page import EstablishmentDialog
    from inspector_app.ui.referral_dialog import ReferralDialog
    from inspector_app.ui.first_run import FirstRunDialog
    from inspector_app.ui.handbook_window import HandbookWindow
    from inspector_app.ui.report_actions import SummaryReportDialog
    from inspector_app.ui.report_preview import ReportPreviewDialog
    from inspector_app.ui.unlock import UnlockDialog

    establishment = window.establishments.model.index(0, 0).data(ROLE_ID)
    referral = referrals.list_referrals(ctx.store)[0]
    documents = next(c.documents for c in (testimony.interviews(ctx.store, r.id) for r in inspection_list.list_page(
        ctx.store, inspection_list.InspectionQuery()).rows) if c.documents)
    made = {
        "EstablishmentDialog": lambda: EstablishmentDialog(ctx, establishment, parent=window),
        "CoordinatorDialog": lambda: CoordinatorDialog(ctx, parent=window),
        "SummaryReportDialog": lambda: SummaryReportDialog(ctx, window),
        "ReportPreviewDialog": lambda: ReportPreviewDialog(_tiny_pdf(), "13-2569-0001-full.pdf", window),
        "UnlockDialog": lambda: UnlockDialog(data_dir, "Demo data: user “demo”, passphrase “field-demo-2569”."),
        "FirstRunDialog": lambda: FirstRunDialog(data_dir.parent / "new"),
        "HandbookWindow": lambda: HandbookWindow(ctx, window),
        "ReferralDialog": lambda: ReferralDialog(ctx, referral.id, window),
        "DocumentDialog": lambda: DocumentDialog(ctx, documents[0].interview_id, documents[0], window),
        "EstablishmentFileWindow": lambda: EstablishmentFileWindow(ctx, inspection_id=referral.inspection_id,
                                                                   parent=window),
    }
    assert set(made) == set(DIALOGS)
    return made


def test_every_dialog_of_the_app_is_checked() -> None:
    """A new dialog must be added to `_dialogs`, so its size is checked in every language."""
    found = set()
    for module in pkgutil.walk_packages(inspector_app.ui.__path__, "inspector_app.ui."):
        for name, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if cls.__module__ == module.name and issubclass(cls, QDialog):
                found.add(name)
    assert found - {"NewInspectionWizard"} <= set(DIALOGS), found - set(DIALOGS)  # the wizard is walked page by page


# -- the walk -------------------------------------------------------------------------------------

def _gone(window: QWidget) -> None:
    """Closed and deleted now: a window left open would be translated back to English after the test, slowly."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _settle(qtbot: QtBot, root: QWidget) -> None:
    QApplication.processEvents()
    wait_until_read(qtbot, root)
    QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_a_1280x720_laptop(ui_ctx: UiContext, translations: Translations, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch, data_dir: Path, language: str) -> None:
    if language == "pseudo":
        monkeypatch.setenv("INSPECTOR_PSEUDO", "1")
    demo.generate(ui_ctx.store, inspections=3, seed=2)
    translations.apply("en" if language == "pseudo" else language)
    ui_ctx.translations = translations
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget, top: QWidget | None = None) -> None:
        _settle(qtbot, root)
        found = cut_off(root) + (too_big(top) if top is not None else [])
        if found:
            problems[name] = found

    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(USABLE)
    window.show()
    # A draft if there is one: its forms are enabled, as an inspector at work sees them.
    rows = inspection_list.list_page(ui_ctx.store, inspection_list.InspectionQuery()).rows
    editor = window.open_inspection(next((r.id for r in rows if r.status == "draft"), rows[0].id))
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    for n in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(n)
        check(f"editor tab {editor.tabs.tabText(n)}", editor.tabs.currentWidget())
    for n in range(len(window.PAGES)):  # pages are built after the list's first paint: build them all now
        window.nav.setCurrentRow(n)
    for n in range(window.stack.count()):  # every page, the lock page and open editors included
        window.stack.setCurrentIndex(n)
        page = window.stack.currentWidget()
        check(f"page {type(page).__name__}", page)
    problems.update({"main window": too_big(window)} if too_big(window) else {})

    from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

    wizard = NewInspectionWizard(ui_ctx, window)
    wizard.resize(USABLE.boundedTo(wizard.size()))
    wizard.show()
    for step in range(len(wizard.pageIds())):
        page = wizard.currentPage()
        if step == 0:
            qtbot.waitUntil(lambda: page.picker.proxy.rowCount() > 0, timeout=10_000)
            page.picker.list.setCurrentIndex(page.picker.proxy.index(0, 0))
        qtbot.waitUntil(page.isComplete, timeout=10_000)
        check(f"wizard page {type(page).__name__}", wizard, wizard)
        wizard.next()
    wizard.reject()

    _gone(wizard)
    for name, make in _dialogs(ui_ctx, window, data_dir).items():
        dialog = make()
        dialog.show()
        check(name, dialog, dialog)
        _gone(dialog)
    assert problems == {}, "\n".join(f"{where}:\n  " + "\n  ".join(found) for where, found in problems.items())
