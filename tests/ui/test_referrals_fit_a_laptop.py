"""The Referrals page on a 1366×768 laptop, in every language: every column of a row is on screen
without scrolling sideways, the dates and statuses whole, and a text cut short carries itself whole in
its tooltip.

Referrals as an inspector's week makes them: a factory with a long name, twelve coded workers, a case
number, a referral accepted and one closed with its outcome. In Burmese the columns sized to their
words came to more than the window: the Workers column sat behind a horizontal scroll bar and Outcome
shrank to its header.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.services import directory, findings, inspections, interviews, referrals
from inspector_app.core.store import Store
from inspector_app.core.views.referrals import local_today
from inspector_app.ui.context import UiContext
from inspector_app.ui.referrals_page import ReferralsModel
from inspector_app.ui.script_height import script_text_height
from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import share_width

from ..core.helpers import template_id
from .laptop import cell_text_width, header_text_width, laptop_window
from .screens import save_as_shown
from .typing_helpers import wait_until_read

LANGUAGES = ("en", "th", "my", "km", "lo")
# Read whole whatever the width: the dates (the referral's, its last step's) and the case number.
WHOLE = ("referral_date", "status", "case_number")
OUTCOME = "ส่งต่อทีมสหวิชาชีพแล้ว ลูกจ้างทั้งสิบสองคนได้รับการคุ้มครองในสถานคุ้มครอง และนายจ้างคืนหนังสือเดินทางแล้ว"


def a_busy_week(store: Store) -> None:
    """Two referrals from one visit with twelve coded workers, beside the demo's."""
    demo.generate(store, inspections=3, seed=2)
    establishment = directory.create_establishment(
        store, name_th="บริษัท ทดสอบอุตสาหกรรมแปรรูปอาหารทะเลแม่สอด จำกัด", name_en="Test Seafood Processing Co.",
        province_code="63", district_code="6306", sector="factory", workers_male=60,
        workers_female=80).created("establishments")
    visit_date = local_today() - timedelta(days=30)
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"), visit_type="complaint",
        visit_date=visit_date.isoformat()).created("inspections")
    codes = [f"W-{n:02d}" for n in range(1, 13)]
    for code in codes:
        interviews.save_interview(store, inspection_id, worker_code=code, worker_name="Test Worker", consent=True,
                                  private_setting=True, employer_absent=True, indicators=["retention_of_documents"])
    finding_id = findings.create_finding(store, inspection_id, title="นายจ้างยึดหนังสือเดินทางของลูกจ้าง", severity="S1",
                                         legal_refs=["ATIP:6/1"]).created("findings")
    for body, last in (("SOCIAL_SECURITY", "accepted"), ("MDT", "closed")):
        referral = referrals.create_referral(store, finding_id, receiving_body=body, interview_ids=codes,
                                             referral_date=visit_date.isoformat()).created("referrals")
        for step, day in (("sent", 20), ("accepted", 12), ("closed", 3)):
            referrals.advance_referral(store, referral, step, on=(local_today() - timedelta(days=day)).isoformat(),
                                       case_number="MDT-63/0141-2569" if step == "accepted" else None,
                                       outcome=OUTCOME if step == "closed" else None)
            if step == last:
                break


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_column_of_a_referral_is_on_a_1366x768_screen(ui_ctx: UiContext, translations: Translations,
                                                            qtbot: QtBot, app_font: None, language: str) -> None:
    a_busy_week(ui_ctx.store)
    translations.apply(language)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot, "referrals")
    QApplication.processEvents()
    table = window.referrals.table
    assert table.model().rowCount() >= 5
    save_as_shown(window, f"referrals-1366x768-{language}")
    assert_fits(table)


def assert_fits(table: QTableView) -> None:
    """What an inspector needs of every row is on screen, none of it behind a scroll bar."""
    header = table.horizontalHeader()
    model = table.model()
    widths = {column: header.sectionSize(n) for n, column in enumerate(ReferralsModel.COLUMNS)}

    # Nothing off to the right: every column is in the table's width, no scroll bar to reach one.
    assert sum(widths.values()) <= table.viewport().width(), (widths, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0

    # Each column at least as wide as its heading; the dates, statuses and case numbers whole in each row.
    narrow = {column: (widths[column], header_text_width(table, n)) for n, column in enumerate(ReferralsModel.COLUMNS)
              if widths[column] < header_text_width(table, n)}
    assert not narrow, narrow
    for n, column in enumerate(ReferralsModel.COLUMNS):
        if column in WHOLE:
            cut = [model.index(r, n).data() for r in range(model.rowCount()) if widths[column] < cell_text_width(table, r, n)]
            assert not cut, (column, widths[column], cut)

    # An inspection's reference whole (two of a province's differ in their last digits), its visit date may be cut.
    column = ReferralsModel.COLUMNS.index("inspection")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for r in range(model.rowCount()):
        reference = model.index(r, column).data().split(" · ")[0]
        assert widths["inspection"] >= table.fontMetrics().horizontalAdvance(f"{reference} …") + 2 * margin, reference

    # A text cut short is whole in its tooltip: which workers, the outcome, the receiving body, the inspection.
    for r in range(model.rowCount()):
        for n, column in enumerate(ReferralsModel.COLUMNS):
            shown = model.index(r, n).data()
            if widths[column] < cell_text_width(table, r, n):
                tip = model.index(r, n).data(Qt.ItemDataRole.ToolTipRole) or ""
                assert "".join(shown.split()) in "".join(tip.split()), (column, shown, tip)  # wrapped at its own breaks

    # Burmese stacked marks and Thai marks above the line have the row's height.
    assert table.verticalHeader().defaultSectionSize() >= script_text_height(table.font())
    assert header.height() >= script_text_height(header.font())


def test_the_columns_fit_again_after_a_language_switch_and_a_smaller_window(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None) -> None:
    a_busy_week(ui_ctx.store)
    translations.apply("th")
    window = laptop_window(ui_ctx, qtbot, "referrals")
    table = window.referrals.table
    translations.apply("my")  # Burmese words are longer: measured again
    wait_until_read(qtbot, window)
    QApplication.processEvents()
    assert_fits(table)
    window.resize(1280, 656)  # a smaller laptop: the same words share a narrower table
    QApplication.processEvents()
    assert_fits(table)


def test_the_widest_columns_are_narrowed_alike_and_none_below_its_least() -> None:
    wanted = {0: 100, 1: 400, 2: 300, 3: 50}
    assert share_width(wanted, {}, 900) == wanted
    assert share_width(wanted, {0: 100}, 600) == {0: 100, 1: 225, 2: 225, 3: 50}
    assert share_width(wanted, {0: 100, 2: 280}, 600) == {0: 100, 1: 170, 2: 280, 3: 50}
    assert share_width(wanted, {c: w for c, w in wanted.items()}, 600) == wanted  # too wide rather than cut


def test_a_column_the_inspector_widened_keeps_its_width_when_the_window_changes(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None) -> None:
    a_busy_week(ui_ctx.store)
    translations.apply("th")
    window = laptop_window(ui_ctx, qtbot, "referrals")
    table, columns = window.referrals.table, window.referrals.columns
    QApplication.processEvents()
    assert columns.by_hand == {}  # sizing the columns to their words is not the inspector's doing
    header = table.horizontalHeader()
    workers = ReferralsModel.COLUMNS.index("workers")
    widened = header.sectionSize(workers) + 120
    header.resizeSection(workers, widened)  # as dragging the column's edge does

    window.resize(1280, 656)
    QApplication.processEvents()
    assert header.sectionSize(workers) == widened  # it used to go back to the shared width
    translations.apply("my")  # the words are measured again: the other columns share what is left
    wait_until_read(qtbot, window)
    QApplication.processEvents()
    assert header.sectionSize(workers) == widened
    assert set(columns.by_hand) == {workers}
    # The others share what is left, none narrower than its heading (a scroll bar rather than a cut heading).
    stretch = ReferralsModel.COLUMNS.index("outcome")
    narrow = [ReferralsModel.COLUMNS[n] for n in range(header.count())
              if n != stretch and header.sectionSize(n) < header_text_width(table, n)]
    assert narrow == []
