"""A new establishment's form with several things wrong: every field with a problem is marked, with its problem
in words on it (tooltip and accessible description), the first problem is said under the form with how many
more there are, in the screen's language, and nothing is saved; the dialog still fits a laptop's screen in
Burmese; corrected, it saves."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from inspector_app.core.models import Establishment
from inspector_app.ui.context import UiContext
from inspector_app.ui.establishments_page import EstablishmentDialog
from inspector_app.ui.translation import Translations

from .typing_helpers import type_text

THAI = re.compile(r"[\u0e00-\u0e7f]")
USABLE_HEIGHT = 768 - 64  # a 1366×768 screen less a taskbar and the window's title (as test_fits_a_laptop)


def establishments(ctx: UiContext) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(Establishment))


def open_with_four_problems(ctx: UiContext, qtbot: QtBot) -> EstablishmentDialog:
    """No name, no province, a latitude without its longitude, more under-18s than workers; Save pressed."""
    dialog = EstablishmentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    qtbot.keyClicks(dialog.latitude, "16.71")
    dialog.workers_male.setValue(3)
    dialog.workers_under18.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_every_problem_is_marked_at_once_and_nothing_is_saved(ui_ctx: UiContext, thai: Translations,
                                                               qtbot: QtBot) -> None:
    dialog = open_with_four_problems(ui_ctx, qtbot)
    marked = [dialog.name_th, dialog.place.province, dialog.longitude, dialog.workers_under18]
    for field in marked:
        assert THAI.search(field.toolTip()) and field.accessibleDescription() == field.toolTip(), field.objectName()
    assert dialog.name_en.toolTip() == "" and dialog.latitude.accessibleDescription() == ""  # fields without a problem
    assert "16.7132" in dialog.latitude.toolTip()  # a GPS box's example, not a problem
    said = dialog.error.text()
    assert dialog.error.isVisible() and said.startswith(dialog.name_th.toolTip()) and "3" in said, said
    assert THAI.search(said) and not re.search(r"[A-Za-z]{3,}", said), said
    qtbot.wait(200)
    assert establishments(ui_ctx) == 0 and dialog.isVisible()

    # Each correction takes its field's mark away; corrected, the same form saves.
    type_text(dialog.name_th, "โรงงานทดสอบ")
    assert dialog.name_th.toolTip() == ""
    dialog.place.set_codes("63", "6306", None)
    qtbot.keyClicks(dialog.longitude, "98.57")
    dialog.workers_under18.setValue(0)
    assert all(field.accessibleDescription() == "" for field in marked)
    assert all(field.toolTip() == "" for field in marked if field is not dialog.longitude)
    assert "98.5749" in dialog.longitude.toolTip()  # its example back in its tooltip
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert establishments(ui_ctx) == 1


def test_with_every_problem_marked_the_dialog_still_fits_a_laptop_in_burmese(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None) -> None:
    translations.apply("my")
    dialog = open_with_four_problems(ui_ctx, qtbot)
    qtbot.wait(100)
    assert dialog.error.isVisible()
    assert dialog.minimumSizeHint().height() <= USABLE_HEIGHT, dialog.minimumSizeHint()
