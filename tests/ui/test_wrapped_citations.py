"""A checklist item's citation on a narrow Burmese screen wraps between words: Qt's own wrapping had split
"နိုင်" inside its syllable ("နို" at a line's end, "င်" starting the next)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.i18n.segment import break_opportunities
from inspector_app.ui.context import UiContext
from inspector_app.ui.translation import Translations

from .laptop import laptop_window
from .typing_helpers import wait_until_read

UI = Path(__file__).resolve().parents[2] / "inspector_app" / "ui"


def test_a_burmese_citation_wraps_between_words(ui_ctx: UiContext, translations: Translations, qtbot: QtBot,
                                                app_font: None) -> None:
    demo.generate(ui_ctx.store, inspections=2, seed=3)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    window.switch_language("my")
    with ui_ctx.store.session() as session:
        first = session.scalars(select(Inspection.id).order_by(Inspection.reference)).first()
    editor = window.open_inspection(first)
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    editor.tabs.setCurrentWidget(editor.checklist)
    editor.checklist.select_item("LPA-C-01")
    wait_until_read(qtbot, window)
    QApplication.processEvents()
    refs = editor.checklist.refs
    whole, shown = refs.plain_text(), refs.text()
    assert "\n" in shown  # long enough to wrap at this width
    starts, position = [], 0
    for line in shown.split("\n")[1:]:
        position = whole.index(line, position)
        starts.append(position)
    assert starts and all(start in break_opportunities(whole) for start in starts), (shown, starts)


def test_no_screen_wraps_a_plain_label_itself() -> None:
    """A QLabel given setWordWrap(True) wraps Burmese, Khmer and Lao inside words: WrapLabel wraps at the shared
    breaks. The lock and unlock windows keep Qt's label: they show before the segmenter is loaded."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("widgets.py", "lock.py", "unlock.py", "loading.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        labels = {ast.unparse(target) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                  and isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "QLabel"
                  for target in node.targets}
        found += [f"{path.relative_to(UI)}:{node.lineno}" for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "setWordWrap" and ast.unparse(node.func.value) in labels]
    assert found == []
