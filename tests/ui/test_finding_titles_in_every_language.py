"""A finding is named in the screen's language wherever it is listed, by the rule the editor uses: the
checklist's words in Burmese, Khmer or Lao while the title is still the checklist's words, else Thai on a
Thai screen and English on the others. Checked on the Follow-ups page (this laptop's findings and another
laptop's that HQ published), the Referrals page, the editor's Findings tab and the establishment file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings, referrals
from inspector_app.core.services import followups as followup_service
from inspector_app.core.services.sync_apply import PulledItem, apply_pull
from inspector_app.core.store import Store
from inspector_app.core.views import establishment_file
from inspector_app.core.views.evidence import findings as findings_content
from inspector_app.core.views.followups import verifications
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.findings_tab import FindingsModel
from inspector_app.ui.establishment_file_page import OpenFindingsModel
from inspector_app.ui.followup_labels import title_in_language
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import wrapped_tip

from ..core.helpers import new_inspection
from .screens import Screens
from .typing_helpers import wait_until_read

ITEMS = index_items(load_templates())
WAGES = ITEMS["LPA-E-01"].finding.violation  # the checklist's words for "paid below the minimum wage"
REGISTER = ITEMS["LPA-H-01"].finding.violation
WRITTEN_TH, WRITTEN_EN = "ลูกจ้างทำงานเกินเวลา", "Workers work beyond the hours agreed"  # the inspector's own words
LANGUAGES = ("th", "my", "km", "lo", "en")
TODAY = date(2026, 12, 7)


def _expected(name: str, language: str) -> str:
    """What a user reads for the finding: the checklist's words in their language, or Thai / English."""
    labels, th, en = EXPECTED[name]
    if labels is not None and language in ("my", "km", "lo"):
        return labels[language]
    return th if language == "th" else en


@pytest.fixture
def recorded(ui_ctx: UiContext) -> Iterator[tuple[Store, str, dict[str, str]]]:
    """One visit of this laptop: a finding in the checklist's words (referred to the police), one whose title the
    inspector wrote; and a visit another laptop made that HQ published, with a finding in the checklist's words."""
    store = ui_ctx.store
    inspection = new_inspection(store)  # visit 2026-11-20
    proposal = propose_for_answer(ITEMS["LPA-E-01"], "non_compliant")
    assert proposal is not None
    wages = findings.accept_proposed(store, inspection, proposal, deadline="2026-12-01").created("findings")
    written = findings.create_finding(store, inspection, item_code="LPA-F-02", severity="S3", title_th=WRITTEN_TH,
                                      title_en=WRITTEN_EN, deadline="2026-12-02").created("findings")
    referrals.create_referral(store, wages, receiving_body="POLICE")
    apply_pull(store, [PulledItem(1, "file_item", {
        "item": "visit", "item_id": "hq-visit-1", "group_id": "group-1", "establishment_ids": [],
        "data": {"reference": "HQ-0001", "visit_date": "2026-11-01",
                 "findings": [{"id": "hq-finding-1", "item_code": "LPA-H-01", "severity": "S3",
                               "title_th": REGISTER["th"], "title_en": REGISTER["en"], "deadline": "2026-12-03",
                               "status": "open"}]},
        "establishment": {"name_th": "ไร่ทดสอบ", "name_en": None, "province_code": "63", "district_code": "6301"}})],
        1)
    yield store, inspection, {wages: "wages", written: "written", "hq-finding-1": "register"}


EXPECTED = {"wages": (WAGES, WAGES["th"], WAGES["en"]), "written": (None, WRITTEN_TH, WRITTEN_EN),
            "register": (REGISTER, REGISTER["th"], REGISTER["en"])}


def _window_on(ui_ctx: UiContext, qtbot: QtBot, page: str) -> MainWindow:
    """The main window at a laptop's 1366x768, showing `page`."""
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.nav.setCurrentRow(window.PAGES.index(page))
    return window


def test_the_follow_ups_page_names_each_finding_in_the_screens_language(
        ui_ctx: UiContext, recorded: tuple[Store, str, dict[str, str]], translations: Translations,
        qtbot: QtBot) -> None:
    _store, _inspection, names = recorded
    assert all(WAGES.get(lang) and REGISTER.get(lang) for lang in LANGUAGES)
    window = _window_on(ui_ctx, qtbot, "followups")
    page = window.followups
    assert isinstance(page, FollowUpsPage)
    page.today = TODAY
    page.reload()
    wait_until_read(qtbot, page)
    column = page.model.COLUMNS.index("item")
    for language in LANGUAGES:
        translations.apply(language)
        shown, expected = {}, {}
        for n in range(page.proxy.rowCount()):
            row = page.model.rows[page.proxy.mapToSource(page.proxy.index(n, 0)).row()]
            if row.finding_id in names:
                name = names[row.finding_id]
                shown[name] = page.proxy.index(n, column).data()
                expected[name] = f"{row.severity} · {_expected(name, language)}"
        assert set(shown) == set(EXPECTED) and shown == expected, (language, shown)
    translations.apply("my")
    assert window.followups.proxy.index(0, column).data()  # painted in Burmese for the screenshot
    Screens(qtbot, translations).shoot(window, "followups-titles")
    translations.apply("en")


def test_the_referrals_page_and_the_editor_name_the_finding_the_same_way(
        ui_ctx: UiContext, recorded: tuple[Store, str, dict[str, str]], translations: Translations,
        qtbot: QtBot) -> None:
    store, inspection, names = recorded
    window = _window_on(ui_ctx, qtbot, "referrals")
    page = window.referrals
    wait_until_read(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    column = page.model.COLUMNS.index("inspection")
    content = findings_content(store, inspection)
    editor = FindingsModel()
    editor.set_rows(list(content.findings))
    for language in LANGUAGES:
        translations.apply(language)
        tip = page.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        # The visit on the first line, then the finding's severity and title, wrapped as every long tooltip is.
        finding = tip.split("\n", 1)[1]
        severity = finding.split(" ", 1)[0]
        assert finding == wrapped_tip(f"{severity} {_expected('wages', language)}"), (language, tip)
        in_editor = {names[r.id]: editor.index(n, editor.COLUMNS.index("title")).data()
                     for n, r in enumerate(editor.rows)}
        assert in_editor == {name: _expected(name, language) for name in ("wages", "written")}, language
    translations.apply("en")


def test_the_establishment_file_names_its_open_findings_the_same_way(
        recorded: tuple[Store, str, dict[str, str]], translations: Translations) -> None:
    store, inspection, names = recorded
    file = establishment_file.file_of_inspection(store, inspection, today=TODAY)
    model = OpenFindingsModel()
    model.set_rows(list(file.open_findings), file.today, file)
    for language in LANGUAGES:
        translations.apply(language)
        shown = {names[r.finding_id]: model.index(n, 3).data() for n, r in enumerate(model.rows)}
        assert shown == {name: _expected(name, language) for name in ("wages", "written")}, language
    translations.apply("en")


def test_a_follow_ups_verification_step_names_the_carried_findings_the_same_way(
        recorded: tuple[Store, str, dict[str, str]], translations: Translations) -> None:
    store, inspection, names = recorded
    follow_up = followup_service.start_follow_up(store, inspection, visit_date="2026-12-05").created("inspections")
    shown = verifications(store, follow_up)
    assert shown is not None
    carried = {names[i.finding_id]: i for i in shown.items}
    assert set(carried) == {"wages", "written"}
    for language in LANGUAGES:
        translations.apply(language)
        for name, item in carried.items():  # as the Verification step heads each item, and as the view says it
            assert title_in_language(item.title_th, item.title_en, "", item.title_labels) == _expected(name, language)
            assert item.title(language) == _expected(name, language)
    translations.apply("en")
