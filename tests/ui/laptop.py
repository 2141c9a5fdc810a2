"""The app as an inspector's laptop shows it (1366×768), and what a table's words need there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView
from pytestqt.qtbot import QtBot

from inspector_app.ui.context import UiContext
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.main_window import MainWindow

from .screens import SCREEN
from .typing_helpers import wait_until_read


def laptop_window(ctx: UiContext, qtbot: QtBot, page: str | None = None) -> MainWindow:
    """The main window at 1366×768 (no automatic sync), on `page` once it has read, when one is named."""
    window = MainWindow(ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    if page is not None:
        window.nav.setCurrentRow(MainWindow.PAGES.index(page))
        wait_until_read(qtbot, window)
    return window


def worklist_page(ctx: UiContext, qtbot: QtBot, today: date) -> FollowUpsPage:
    """The Follow-ups page alone at 1366×768, as on `today`, once it has read."""
    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    page.today = today
    page.reload()
    wait_until_read(qtbot, page)
    return page


def header_text_width(table: QTableView, column: int) -> int:
    """What a header's words need: the text and the style's margins either side."""
    header = table.horizontalHeader()
    text = table.model().headerData(column, Qt.Orientation.Horizontal)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin


def cell_text_width(table: QTableView, row: int, column: int) -> int:
    """What a cell's words need, in the font the cell is drawn in (bold for an open referral's status)."""
    index = table.model().index(row, column)
    font = index.data(Qt.ItemDataRole.FontRole) or table.font()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return QFontMetrics(font).horizontalAdvance(index.data() or "") + 2 * margin
