"""After a switch of language in Settings, every drop-down is as wide as its words in the new language.

Qt works out a drop-down's width once, when it is first shown. After English or Thai to Burmese the
Inspections page's filters kept their old width: "အခြေအနေ ဒ…" for all statuses, "စစ်ဆေးမှု အမျိုးအ…"
for all visit types, until the app was started again in Burmese.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.views import inspection_list
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from .laptop import laptop_window
from .typing_helpers import wait_until_read

# Drop-downs made narrower than their longest choice on purpose (a province's name is cut, not the filter row).
CAPPED = (QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon,)


def _field_width(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def cut_choices(root: QWidget) -> list[str]:
    """Each visible drop-down under `root` whose text, or a choice it offers, is wider than its field."""
    cut = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable():
            continue
        texts = [combo.currentText()] if combo.sizeAdjustPolicy() in CAPPED else \
            [combo.itemText(n) for n in range(combo.count())]
        metrics, room = combo.fontMetrics(), _field_width(combo)
        cut += [f"{combo.objectName() or type(combo.parent()).__name__}: {text!r} needs "
                f"{metrics.horizontalAdvance(text)}, has {room}"
                for text in texts if metrics.horizontalAdvance(text) > room + 1]
    return cut


@pytest.mark.parametrize("first", ["en", "th"])
def test_every_drop_down_fits_its_words_after_a_switch_to_burmese(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None, first: str) -> None:
    demo.generate(ui_ctx.store, inspections=4, seed=2)
    translations.apply(first)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    rows = inspection_list.list_page(ui_ctx.store, inspection_list.InspectionQuery()).rows
    editor = window.open_inspection(next((r.id for r in rows if r.status == "draft"), rows[0].id))
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)

    def screens() -> Iterator[tuple[str, QWidget]]:
        """Every page and every tab of the open inspection, each shown in turn as a user goes through them."""
        for n, page in enumerate(MainWindow.PAGES):
            window.nav.setCurrentRow(n)
            wait_until_read(qtbot, window)
            QApplication.processEvents()
            yield page, window.stack.currentWidget()
        window.open_inspection(editor.inspection_id)
        for n in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(n)
            wait_until_read(qtbot, window)
            QApplication.processEvents()
            yield f"editor tab {n}", editor.tabs.currentWidget()

    before = {name: cut_choices(screen) for name, screen in screens()}
    assert not any(before.values()), (first, before)  # started in that language: every word fits

    translations.apply("my")
    after = {name: cut_choices(screen) for name, screen in screens()}
    assert not any(after.values()), {name: cut for name, cut in after.items() if cut}
