"""Sorting the Follow-ups page by "What is due" orders the rows by the words on the screen, in its language.

The list is ordered by the database a page at a time; the title a user reads comes from the checklist's
words in the screen's language (Burmese, Khmer, Lao), or the finding's Thai or English title. An English
supervisor sorting by "What is due" saw the rows in the order of their Thai titles, which looks random.
Here a visit of this laptop with findings in the checklist's words and in the inspector's own words, and a
visit of another laptop that HQ published, are sorted by that column on an English, a Thai and a Burmese
screen: the rows read top to bottom in the order `text_order` gives the texts shown, and a switch of
language while sorted sorts them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings
from inspector_app.core.services.sync_apply import PulledItem, apply_pull
from inspector_app.core.text_order import sort_key
from inspector_app.ui.context import UiContext
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from .laptop import worklist_page
from .typing_helpers import wait_until_read

ITEMS = index_items(load_templates())
TODAY = date(2026, 12, 7)
# Checklist items of the visit's templates whose finding is S2: their titles sort differently in each language.
CHECKLIST = ("FL-B-01", "FL-B-02", "FL-B-04", "FL-B-08", "LPA-D-02", "LPA-D-03", "LPA-E-01", "LPA-E-02",
             "LPA-E-03", "LPA-E-04")
WRITTEN = (("ค่าจ้างวันหยุดไม่ครบ", "Holiday pay short"),  # the inspector's own words, in both languages
           ("เอกสารไม่ครบถ้วน", "Missing papers"),
           ("ไม่มีน้ำดื่มสะอาด", None))  # in Thai only: every screen but Thai shows the Thai
HQ_CHECKLIST = ("FL-B-10", "FL-B-11")  # another laptop's findings in the checklist's words


@pytest.fixture
def recorded(ui_ctx: UiContext) -> Iterator[None]:
    store = ui_ctx.store
    inspection = new_inspection(store)  # no follow-up visit planned: only findings are listed
    for code in CHECKLIST:
        proposal = propose_for_answer(ITEMS[code], "non_compliant")
        assert proposal is not None and proposal.severity == "S2"
        findings.accept_proposed(store, inspection, proposal, deadline="2026-12-20")
    for title_th, title_en in WRITTEN:
        findings.create_finding(store, inspection, item_code="LPA-F-02", severity="S2", title_th=title_th,
                                title_en=title_en, deadline="2026-12-21")
    published = [{"id": f"hq-finding-{n}", "item_code": code, "severity": "S2", "status": "open",
                  "title_th": ITEMS[code].finding.violation["th"], "title_en": ITEMS[code].finding.violation["en"],
                  "deadline": "2026-12-22"} for n, code in enumerate(HQ_CHECKLIST)]
    published.append({"id": "hq-finding-own-words", "item_code": "LPA-F-02", "severity": "S2", "status": "open",
                      "title_th": "ห้องพักคนงานแออัด", "title_en": "Crowded worker housing", "deadline": "2026-12-22"})
    apply_pull(store, [PulledItem(1, "file_item", {
        "item": "visit", "item_id": "hq-visit-1", "group_id": "group-1", "establishment_ids": [],
        "data": {"reference": "HQ-0001", "visit_date": "2026-11-01", "findings": published},
        "establishment": {"name_th": "ไร่ทดสอบ", "name_en": None, "province_code": "63", "district_code": "6301"}})],
        1)
    yield


def _shown(page: FollowUpsPage) -> list[str]:
    """The "What is due" column, top to bottom, as the user reads it."""
    column = page.model.COLUMNS.index("item")
    return [page.proxy.index(n, column).data() for n in range(page.proxy.rowCount())]


def _in_text_order(texts: list[str], descending: bool = False) -> list[str]:
    return sorted(texts, key=lambda t: (sort_key(t), t), reverse=descending)


def _sort_by_what_is_due(page: FollowUpsPage, qtbot: QtBot) -> None:
    page.table.horizontalHeader().sectionClicked.emit(page.model.COLUMNS.index("item"))
    wait_until_read(qtbot, page)


def test_sorting_by_what_is_due_orders_the_rows_by_the_titles_shown_in_the_screens_language(
        ui_ctx: UiContext, recorded: None, translations: Translations, qtbot: QtBot) -> None:
    rows = len(CHECKLIST) + len(WRITTEN) + len(HQ_CHECKLIST) + 1
    page = worklist_page(ui_ctx, qtbot, TODAY)
    assert page.proxy.rowCount() == rows
    _sort_by_what_is_due(page, qtbot)
    english = _shown(page)
    assert english == _in_text_order(english)
    assert "S2 · Missing papers" in english and "S2 · ไม่มีน้ำดื่มสะอาด" in english
    english_order = [page.model.row(n).row_id for n in range(rows)]

    translations.apply("th")  # switched while sorted: the rows are sorted again, by the Thai titles
    wait_until_read(qtbot, page)
    thai = _shown(page)
    assert thai == _in_text_order(thai) and "S2 · เอกสารไม่ครบถ้วน" in thai
    assert [page.model.row(n).row_id for n in range(rows)] != english_order  # the two languages' orders differ

    translations.apply("my")  # the checklist's own Burmese words
    wait_until_read(qtbot, page)
    burmese = _shown(page)
    assert ITEMS["FL-B-10"].finding.violation["my"] in " ".join(burmese)
    assert burmese == _in_text_order(burmese)

    _sort_by_what_is_due(page, qtbot)  # clicked again: the other way round
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _shown(page) == _in_text_order(burmese, descending=True)
    translations.apply("en")
    wait_until_read(qtbot, page)
    assert _shown(page) == _in_text_order(english, descending=True)
