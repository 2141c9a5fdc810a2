"""The coordinators' handbook window: F1 from any screen, search in any script, the booklet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.handbook import LANGUAGES, load_handbook
from inspector_app.ui.context import UiContext
from inspector_app.ui.handbook_window import GlossaryListModel, HandbookWindow
from inspector_app.ui.language import set_current_language
from inspector_app.ui.main_window import MainWindow

from ..core.helpers import new_inspection
from .typing_helpers import type_text

ZAWGYI_PASSPORT = ("\u108f\u102d\u102f\u1004\u1039\u1004\u1036\u1000\u1030\u1038"
                   "\u101c\u1000\u1039\u1019\u103d\u1010\u1039")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    set_current_language("en")
    yield
    set_current_language("")


def press_f1(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def test_f1_opens_the_handbook_from_the_list_and_beside_an_open_inspection(
        ui_ctx: UiContext, qtbot: QtBot, english: None) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    press_f1(qtbot, window.inspections.table)
    qtbot.waitUntil(lambda: window.handbook_window is not None and window.handbook_window.isVisible())
    handbook = window.handbook_window
    assert handbook.isWindow() and not handbook.isModal()
    handbook.close()
    assert not handbook.isVisible()

    editor = window.open_inspection(inspection_id)
    field = editor.focusWidget() or editor.tabs
    press_f1(qtbot, field)
    qtbot.waitUntil(handbook.isVisible)
    assert window.handbook_window is handbook  # the same window, with its search, comes back
    assert window.stack.currentWidget() is editor and editor.isVisible()  # the editor stays open beside it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is handbook.search)  # ready to type a term


def test_the_status_bar_button_opens_it_and_the_lock_closes_it(ui_ctx: UiContext, qtbot: QtBot,
                                                               english: None) -> None:
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.handbook_button, Qt.MouseButton.LeftButton)
    assert window.handbook_window is not None and window.handbook_window.isVisible()
    window.lock()
    assert not window.handbook_window.isVisible()
    assert window.show_handbook() is None  # nothing opens over the lock screen


def open_window(qtbot: QtBot, ctx: UiContext | None = None) -> HandbookWindow:
    window = HandbookWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(
    ("typed", "term_id"),
    [
        ("အကျိုးဆောင်", "broker"),
        ("ពលកម្មដោយបង្ខំ", "forced_labour"),
        ("ໃບອະນຸຍາດເຮັດວຽກ", "work_permit"),
        ("หนี้", "debt"),
        ("PINK CARD", "pink_card"),
    ],
)
def test_typing_a_term_in_any_language_shows_it_in_all_five_with_its_legal_basis(
        qtbot: QtBot, english: None, typed: str, term_id: str) -> None:
    window = open_window(qtbot)
    type_text(window.search, typed)
    assert window.tabs.currentWidget() is window.glossary_page
    term = load_handbook().term(term_id)
    assert term is not None
    assert window.card.term is term
    assert {code: label.plain_text() for code, label in window.card.texts.items()} == {
        code: term.term[code] for code in LANGUAGES}
    legal = [label.plain_text() for label in window.card.legal]
    if term.legal_basis:
        assert all(any(f"{s.section} — " in line for line in legal) for s in term.legal_basis), legal
    else:
        assert legal == ["No statutory definition"]
    assert window.terms.currentIndex().row() == 0


def test_zawgyi_typed_burmese_is_found_and_the_user_is_told(qtbot: QtBot, english: None) -> None:
    window = open_window(qtbot)
    type_text(window.search, ZAWGYI_PASSPORT)
    assert window.card.term is not None and window.card.term.id == "passport"
    assert "Zawgyi" in window.status.plain_text()
    assert "RO Foreign Workers s.131" in " ".join(label.plain_text() for label in window.card.legal)


def test_unconfirmed_translations_and_references_say_so(qtbot: QtBot, english: None) -> None:
    window = open_window(qtbot)
    window.find("minimum wage")
    texts = [w.plain_text() for w in window.card.findChildren(type(window.card.texts["en"]))]
    assert "(to be confirmed)" in texts  # under the Burmese, Khmer and Lao columns
    assert any("LPA s.90" in t and "reference to be confirmed" in t for t in texts)
    conduct = window.conduct_page.texts
    assert conduct[("impartial", "my")].plain_text().endswith("(to be confirmed)")
    assert not conduct[("impartial", "th")].plain_text().endswith("(to be confirmed)")


def test_nothing_found_says_so_and_clearing_shows_every_term(qtbot: QtBot, english: None) -> None:
    window = open_window(qtbot)
    type_text(window.search, "xyzzy")
    assert window.model.rowCount() == 0 and window.found.text() == "0 terms"
    assert window.card.term is None
    window.search.clear()
    assert window.model.rowCount() == len(load_handbook().glossary)


def test_the_users_language_comes_first(qtbot: QtBot) -> None:
    set_current_language("th")
    try:
        window = open_window(qtbot)
        window.find("passport")
        order = list(window.card.texts)
        assert order[0] == "th"
        first_rule = window.conduct_page.widget().findChild(QWidget, "rule_impartial")
        assert first_rule is not None
        set_current_language("my")
        window.retranslate()
        window.find("passport")
        assert list(window.card.texts)[0] == "my"
    finally:
        set_current_language("")


def test_glossary_list_model(qtmodeltester, english: None) -> None:  # noqa: ANN001
    from inspector_app.core.handbook_search import search

    model = GlossaryListModel()
    model.set_hits(search(load_handbook(), "wage"), "th")
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "ค่าจ้าง · wage"


def test_print_or_save_makes_the_booklet_in_the_chosen_language(ui_ctx: UiContext, qtbot: QtBot,
                                                                english: None) -> None:
    from inspector_app.ui.report_preview import ReportPreviewDialog

    window = open_window(qtbot, ui_ctx)
    actions = {a.objectName(): a for a in window.print_menu.actions()}
    assert set(actions) == {f"booklet_{code}" for code in LANGUAGES}
    actions["booklet_km"].trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportPreviewDialog, "bookletPreview") is not None, timeout=30_000)
    preview = window.findChild(ReportPreviewDialog, "bookletPreview")
    assert preview.suggested_name == "coordinators-handbook-1.0-km.pdf"
    qtbot.waitUntil(lambda: preview.page_count > 5, timeout=10_000)
    preview.close()
