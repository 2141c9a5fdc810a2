"""The checklist of a demo inspection read in Burmese, Khmer and Lao: its own words, no "[English]" marker.

Also an inspection begun on version 2 (before the translations): it keeps its version and
still reads in the user's language, and the screen says the translation is a draft.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import ChecklistTemplate, Inspection
from inspector_app.core.services import directory, inspections
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.checklist_model import ROLE_ITEM_CODE
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from .typing_helpers import wait_until_read

BLOCKS = {"my": ("\u1000", "\u109f"), "km": ("\u1780", "\u17ff"), "lo": ("\u0e80", "\u0eff")}


def in_script(text: str, language: str) -> bool:
    low, high = BLOCKS[language]
    return any(low <= ch <= high for ch in text)


def shown_texts(editor: EditorPage) -> list[tuple[str, str]]:
    """What the checklist's tree shows: every section and item row, and the open item's detail."""
    model, out = editor.checklist_model, []
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        out.append(("section", model.data(section)))
        for n in range(model.rowCount(section)):
            item = model.index(n, 0, section)
            code = model.data(item, ROLE_ITEM_CODE) or ""
            out.append((f"item {code}", model.data(item).split("  ", 1)[1]))
    tab = editor.checklist
    out += [("question", tab.question.text().split(" — ", 1)[1]), ("help", tab.help.text()),
            *(("citation", line) for line in tab.refs.plain_text().splitlines())]
    return [(where, " ".join(text.split())) for where, text in out]  # WrapLabel breaks lines where they fit


def v2_inspection(ui_ctx: UiContext) -> str:
    with ui_ctx.store.session() as s:
        v2 = {r.code: r.id for r in s.execute(select(ChecklistTemplate.code, ChecklistTemplate.id)
                                             .where(ChecklistTemplate.version == 2))}
    place = directory.create_establishment(ui_ctx.store, name_th="สถานประกอบการทดสอบ", province_code="63")
    return inspections.create_inspection(
        ui_ctx.store, establishment_id=place.created("establishments"), template_id=v2["LPA-GENERAL"],
        visit_type="routine", visit_date="2026-11-20",
        addon_template_ids=[v2["SECTOR-FISHING"], v2["FORCED-LABOUR"]]).created("inspections")


def test_burmese_khmer_and_lao_checklists_show_no_english(ui_ctx: UiContext, translations: Translations,
                                                          qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=2, seed=3)
    with ui_ctx.store.session() as s:
        demo_id = s.scalars(select(Inspection.id)).first()
    started_on_v2 = v2_inspection(ui_ctx)
    ui_ctx.translations = translations
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    editors = [window.open_inspection(demo_id), window.open_inspection(started_on_v2)]
    wait_until_read(qtbot, window)
    english = {id(e): shown_texts(e) for e in editors}
    assert all(not e.checklist.draft_note.isVisible() for e in editors)  # English is no translation

    for language in ("my", "km", "lo"):
        window.switch_language(language)
        for editor in editors:
            window.stack.setCurrentWidget(editor)
            editor.tabs.setCurrentWidget(editor.checklist)
            texts = shown_texts(editor)
            assert len(texts) == len(english[id(editor)]) > 60
            wrong = [(where, text) for (where, text), (_, before) in zip(texts, english[id(editor)], strict=True)
                     if "[English]" in text or text == before or not in_script(text, language)]
            assert wrong == [], f"{language}: {wrong[:5]}"
            note = editor.checklist.draft_note  # the screen says where these words come from
            assert note.isVisible() and in_script(note.text(), language)
    window.switch_language("en")
    assert shown_texts(editors[1]) == english[id(editors[1])]
