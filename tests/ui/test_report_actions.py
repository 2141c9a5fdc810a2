"""Reports from the app: the editor's Report menu and the summary dialog open a preview."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import WorkerInterview
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.inspections_page import InspectionsPage
from inspector_app.ui.report_actions import SummaryReportDialog
from inspector_app.ui.report_preview import ReportPreviewDialog


def open_previews() -> list[ReportPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog) and w.isVisible()]


def test_report_menu_builds_and_previews_each_kind(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=3, seed=8)
    with ui_ctx.store.session() as s:
        inspection_id = s.scalars(select(WorkerInterview.inspection_id)).first()
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    actions = {a.objectName(): a for a in editor.report_button.menu().actions()}
    for name in ("reportFull", "reportEmployer"):
        actions[name].trigger()
        qtbot.waitUntil(lambda: len(open_previews()) == 1, timeout=60_000)
        preview = open_previews()[0]
        qtbot.waitUntil(lambda: preview.page_count > 0, timeout=10_000)
        preview.close()
        qtbot.waitUntil(lambda: not open_previews())
    worker_menu = next(a.menu() for a in editor.report_button.menu().actions() if a.menu() is not None)
    worker_menu.actions()[0].trigger()  # Burmese
    qtbot.waitUntil(lambda: len(open_previews()) == 1, timeout=60_000)
    assert "worker-sheet-my" in open_previews()[0].windowTitle() or open_previews()[0].page_count == 1
    open_previews()[0].close()


def test_summary_report_from_the_inspections_page(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=10, seed=8)
    page = InspectionsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.summary_button.click()
    dialog = page.findChild(SummaryReportDialog)
    assert dialog is not None
    dialog.date_from.setDate(dialog.date_from.date().addYears(-3))
    dialog.make()
    qtbot.waitUntil(lambda: len(open_previews()) == 1, timeout=60_000)
    preview = open_previews()[0]
    assert preview.page_count >= 1
    preview.close()
