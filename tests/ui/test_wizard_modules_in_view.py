"""The new-inspection wizard's checklist step on a Burmese screen: every module the wizard ticked for the visit
is in view at the size the wizard opens with (the interview-safeguards module sat below the list's edge,
ticked but unseen, until scrolled to)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.ui.context import UiContext
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard
from inspector_app.ui.translation import Translations

from .laptop import laptop_window
from .typing_helpers import wait_until_read


@pytest.mark.parametrize("language", ["my", "th", "km"])
def test_every_offered_module_is_in_view_at_the_wizards_size(ui_ctx: UiContext, translations: Translations,
                                                             qtbot: QtBot, app_font: None, language: str) -> None:
    demo.generate(ui_ctx.store, inspections=2, seed=3)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    window.switch_language(language)
    wizard = NewInspectionWizard(ui_ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    picker = wizard.establishment_step.picker
    qtbot.waitUntil(lambda: picker.list.model().rowCount() > 0, timeout=10_000)
    picker.list.setCurrentIndex(picker.list.model().index(0, 0))
    for _ in range(2):
        wait_until_read(qtbot, wizard)
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
        wizard.next()
    step = wizard.checklist_step
    wait_until_read(qtbot, wizard)
    qtbot.waitUntil(lambda: step.addons.count() > 0, timeout=10_000)
    QApplication.processEvents()
    assert wizard.height() <= 728 - 40  # on a 1366×768 screen, below the title bar and above the taskbar
    addons = step.addons
    ticked = [addons.item(n) for n in range(addons.count())
              if addons.item(n).checkState() == Qt.CheckState.Checked]
    assert ticked
    hidden = [item.text() for item in ticked if not addons.viewport().rect().contains(addons.visualItemRect(item))]
    assert hidden == []
