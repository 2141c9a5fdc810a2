"""The sign-off tab shows what was signed: the signature image, after signing, reopening and a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.services import setup
from inspector_app.core.store import Store
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.editor.autosave import AutoSaver
from inspector_app.ui.editor.signoff_tab import SignoffTab
from inspector_app.ui.operations import Operations
from inspector_app.ui.settings import Settings

from ..conftest import PASSPHRASE
from ..reports.report_data import make_inspection
from .typing_helpers import type_text


def ink_pixels(widget: QWidget) -> int:
    """Dark pixels in what the widget paints (pen strokes; the pad's dashed guide and borders are lighter)."""
    image = widget.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if QColor(image.pixel(x, y)).lightness() < 110)


def signature_slot(tab: SignoffTab, role: str) -> QWidget:
    """Whatever the box shows where the signature goes: the pad, or the signed image."""
    shown = [w for w in (tab.pads[role], tab.signature_views[role]) if w.isVisible()]
    assert len(shown) == 1, "exactly one of pad and signature is shown"
    return shown[0]


def open_tab(ctx: UiContext, inspection_id: str, qtbot: QtBot) -> SignoffTab:
    tab = SignoffTab(ctx, inspection_id, AutoSaver(ctx))
    qtbot.addWidget(tab)
    tab.resize(1000, 420)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    return tab


def test_signatures_stay_visible_after_signing_reopening_and_restart(
    store: Store, data_dir: Path, settings_file: Path, ui_ctx: UiContext, qtbot: QtBot
) -> None:
    made = make_inspection(store, languages=("my",), findings_count=1, photos_per_finding=0)
    tab = open_tab(ui_ctx, made.id, qtbot)
    qtbot.mouseClick(tab.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current_status == "completed", timeout=10_000)

    for role, name in (("employer", "นายสมศักดิ์ ตัวอย่าง"), ("inspector", "สมชาย ใจดี")):
        pad = tab.pads[role]
        assert signature_slot(tab, role) is pad and ink_pixels(pad) == 0
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 70))
        for x in range(20, 260, 15):
            qtbot.mouseMove(pad, QPoint(x, 40 + (x // 15 % 2) * 35))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(260, 60))
        type_text(tab.names[role], name)
        qtbot.mouseClick(tab.sign_buttons[role], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda r=role: tab.signature_views[r].isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.current_status == "signed", timeout=10_000)

    def shows_both(view: SignoffTab) -> None:
        for role in ("employer", "inspector"):
            slot = signature_slot(view, role)
            assert slot is view.signature_views[role], role
            assert ink_pixels(slot) > 150, f"{role}: the signature box is blank"
        assert signature_slot(view, "coordinator") is view.pads["coordinator"]  # nobody signed there

    shows_both(tab)
    assert tab.signed_labels["inspector"].text() == "Signed by สมชาย ใจดี"

    # Reopening the inspection: a new editor tab reads the signatures back.
    shows_both(open_tab(ui_ctx, made.id, qtbot))

    # Restarting the app: a new store session and context.
    ui_ctx.ops.wait()
    store.close()
    with setup.open_store(data_dir, PASSPHRASE) as reopened:
        ctx = UiContext(reopened, Operations(),
                        Settings(reopened.username, QSettings(str(settings_file), QSettings.Format.IniFormat)),
                        ChangeHub())
        shows_both(open_tab(ctx, made.id, qtbot))
        ctx.ops.wait()
