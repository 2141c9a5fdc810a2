"""English screens count in words: "1 change waiting to sync", "4,077 changes waiting to sync", never "change(s)".

English reads the source strings; `translations/inspector_en.ts` holds only the two forms of each counted (%n)
message. A count that can pass 999 is written %Ln, so its digits are grouped as the language groups them, in
0-9 in every language (Burmese keeps %n: Qt would write %Ln in Burmese digits).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.services import directory
from inspector_app.sync.status import sync_status
from inspector_app.ui.context import UiContext
from inspector_app.ui.followup_labels import due_text
from inspector_app.ui.translation import Translations

from .laptop import laptop_window
from .screens import save_as_shown

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "inspector_app" / "ui"
TRANSLATIONS = ROOT / "translations"
NATIVE_DIGITS = re.compile(r"[\u0e50-\u0e59\u1040-\u1049\u17e0-\u17e9\u0ed0-\u0ed9]")  # Thai, Burmese, Khmer, Lao


def _screen_texts(path: Path) -> Iterator[tuple[int, str]]:
    """The source strings of a module's tr(), translate() and QT_TRANSLATE_NOOP() calls."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield node.lineno, arg.value


def test_no_screen_text_counts_with_s_in_brackets() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {text}" for path in sorted(UI.rglob("*.py"))
             for line, text in _screen_texts(path) if "(s)" in text]
    assert found == []


def _texts(path: Path) -> Iterator[tuple[int, str]]:
    """Every string a module writes (f-string parts included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_message_anywhere_counts_with_s_in_brackets() -> None:
    """Core's and sync's messages (the sync summary, "required items"), the CLIs, HQ's pages and logs: English
    readers meet these too, and core's English is what the CLI prints."""
    found = [f"{path.relative_to(ROOT)}:{line}: {text}" for path in sorted((ROOT / "inspector_app").rglob("*.py"))
             for line, text in _texts(path) if "(s)" in text]
    web = ROOT / "inspector_app" / "hq" / "web"
    found += [str(path.relative_to(ROOT)) for path in sorted(web.rglob("*")) if path.suffix in (".html", ".json")
              and "(s)" in path.read_text(encoding="utf-8")]
    found += [f"{language}: {source}" for language in ("th", "my", "km", "lo")
              for source in ET.parse(TRANSLATIONS / f"inspector_{language}.ts").getroot().itertext()
              if "(s)" in source]
    assert found == []


def _counted(language: str) -> dict[tuple[str, str], list[str]]:
    """The counted messages of a catalogue: (context, source) -> the forms."""
    found = {}
    for context in ET.parse(TRANSLATIONS / f"inspector_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in message.find("translation").findall("numerusform")]
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def test_the_english_catalogue_holds_both_forms_of_every_counted_message_and_nothing_else() -> None:
    english = _counted("en")
    messages = list(ET.parse(TRANSLATIONS / "inspector_en.ts").getroot().iter("message"))
    assert len(messages) == len(english) > 30  # only the counted messages
    assert set(english) == set(_counted("th"))
    for (context, source), (one, many) in english.items():
        assert many == source, (context, source)  # the source string is the English plural
        assert one and re.findall(r"%L?n", one) == re.findall(r"%L?n", source), (context, one)


def test_counts_that_can_pass_999_are_grouped_in_every_language_and_written_0_to_9() -> None:
    for source in ("%Ln changes waiting to sync", "%Ln establishments", "%Ln referrals", "%Ln findings due"):
        assert any(src == source for _context, src in _counted("en")), source
    for language in ("th", "my", "km", "lo"):
        for (context, source), forms in _counted(language).items():
            wanted = "%n" if language == "my" else re.search(r"%L?n", source).group(0)
            assert all(wanted in form for form in forms), (language, context, source, forms)


def test_the_sync_status_says_one_change_and_thousands_of_changes(ui_ctx: UiContext, translations: Translations,
                                                                   qtbot: QtBot, app_font: None) -> None:
    ui_ctx.translations = translations
    store = ui_ctx.store
    directory.create_establishment(store, name_th="โรงงานนับหนึ่ง", province_code="63")  # one change to send
    window = laptop_window(ui_ctx, qtbot, "sync")
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 change waiting to sync")
    assert window.sync.pending.text() == "1 change waiting to sync"

    demo.generate(store, inspections=20, seed=3)
    pending = sync_status(store).pending
    assert pending > 999
    window.refresh_status()
    shown = f"{pending:,} changes waiting to sync"
    qtbot.waitUntil(lambda: window.pending_label.text() == shown)
    assert window.sync.pending.text() == shown and "," in shown
    save_as_shown(window, "counts-sync-en")

    for language, number in (("th", f"{pending:,}"), ("my", str(pending)), ("km", f"{pending:,}"),
                             ("lo", f"{pending:,}".replace(",", "."))):
        window.switch_language(language)
        for text in (window.pending_label.text(), window.sync.pending.text()):
            assert number in text and "changes" not in text and not NATIVE_DIGITS.search(text), (language, text)
        if language == "th":
            save_as_shown(window, "counts-sync-th")


def test_the_establishments_count_and_a_due_date_say_one_and_many(ui_ctx: UiContext, translations: Translations,
                                                                   qtbot: QtBot) -> None:
    ui_ctx.translations = translations
    directory.create_establishment(ui_ctx.store, name_th="โรงงานนับหนึ่ง", province_code="63")
    window = laptop_window(ui_ctx, qtbot, "establishments")
    page = window.establishments
    qtbot.waitUntil(lambda: page.count_label.text() == "1 establishment")
    assert (due_text(-1), due_text(1), due_text(-1200), due_text(1200)) == (
        "Due in 1 day", "OVERDUE by 1 day", "Due in 1,200 days", "OVERDUE by 1,200 days")

    ui_ctx.hub.publish(directory.create_establishment(ui_ctx.store, name_th="โรงงานนับสอง", province_code="63"))
    qtbot.waitUntil(lambda: page.count_label.text() == "2 establishments")
    window.switch_language("th")
    assert "2" in page.count_label.text() and "establishment" not in page.count_label.text()
    assert due_text(1200) == "เกินกำหนด 1,200 วัน"
