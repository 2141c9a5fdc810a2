"""Core's messages on a Thai (and Burmese) screen: a refused Complete and a failed sync say it in that language.

What the user reads is checked for English: every Latin-letter word left, once the codes and
addresses the message names are taken out, would be English the translation missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core.messages import QT_TRANSLATE_NOOP, Code, UserMessage, plural
from inspector_app.core.services import sync_apply
from inspector_app.sync.engine import SyncEngine, SyncProgress
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.messages import message_text
from inspector_app.ui.translation import Translations, install

from ..core.helpers import new_inspection

HQ_URL = "https://hq.example.go.th"
THAI = re.compile(r"[\u0e00-\u0e7f]")
BURMESE = re.compile(r"[\u1000-\u109f]")


def english_words(text: str, *known: str) -> list[str]:
    """Latin words in `text` once the names it carries (codes, URLs, ...) are taken out."""
    for name in sorted(known, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"\b[A-Z]{1,5}(?:-[A-Z0-9]+)+\b", " ", text)  # checklist item codes such as LPA-C-01
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:  # noqa: ANN001
    t = install(qapp, "th")
    yield t
    t.apply("en")


def test_parameters_are_named_and_dated_in_the_user_language(translations: Translations) -> None:
    late = UserMessage(QT_TRANSLATE_NOOP("ReferralErrors", "A referral cannot become {status} on {day}, before its "
                                                           "earlier step ({earlier})."),
                       status=Code("ReferralStatus", "sent"), day=date(2025, 3, 1), earlier=date(2025, 3, 5))
    thai = message_text(late)
    assert THAI.search(thai) and english_words(thai) == []
    assert "2568" in thai and "2025" not in thai  # Buddhist-era years on a Thai screen
    field = UserMessage(QT_TRANSLATE_NOOP("Errors", "{what} must be a whole number (got {value})."),
                        what=QT_TRANSLATE_NOOP("Fields", "Age"), value="'x'")
    assert message_text(field).startswith("อายุ")  # a field's name is itself translated
    def sent(done: int, total: int) -> UserMessage:
        return UserMessage(plural(total, QT_TRANSLATE_NOOP("SyncMessages", "{done} of {total} change sent"),
                                  QT_TRANSLATE_NOOP("SyncMessages", "{done} of {total} changes sent")),
                           done=done, total=total)

    count = sent(1200, 3400)
    translations.apply("my")
    burmese = message_text(count)
    assert BURMESE.search(burmese) and "1,200" in burmese and "3,400" in burmese  # digits as the app shows them
    assert BURMESE.search(message_text(sent(0, 1)))  # the singular is translated too
    translations.apply("en")
    assert message_text(count) == "1,200 of 3,400 changes sent"
    assert count == "1200 of 3400 changes sent"  # the CLI's English
    assert message_text(sent(1, 1)) == sent(1, 1) == "1 of 1 change sent"


def test_complete_refused_on_a_thai_screen_says_why_in_thai(ui_ctx: UiContext, translations: Translations,
                                                             qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    editor.tabs.setCurrentWidget(editor.signoff)
    qtbot.mouseClick(editor.signoff.complete_button, Qt.MouseButton.LeftButton)
    # The inspector is taken to the first unanswered item, with the reason in Thai on that tab.
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.checklist, timeout=20_000)
    shown = editor.checklist.banner.text()
    assert THAI.search(shown) and english_words(shown) == [], shown
    assert english_words(editor.signoff.message.text()) == []

    # Switching language says it again in the new language, where it is shown.
    translations.apply("my")
    for text in (editor.checklist.banner.text(), editor.signoff.message.text()):
        assert BURMESE.search(text) and not THAI.search(text) and english_words(text) == [], text


def _enrolled(ctx: UiContext) -> None:
    sync_apply.record_enrolment(ctx.store, hq_url=HQ_URL, hq_device_id="hq-device-1", token="token-1",
                                hq_public_key="", hq_transport_key="")


def _hq_forgot_this_laptop(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, json={"detail": "HQ does not know this laptop's token; enrol the laptop again.",
                                     "code": "unknown_token"})


def test_a_failed_sync_on_a_thai_screen_is_reported_in_thai(ui_ctx: UiContext, translations: Translations,
                                                             qtbot: QtBot) -> None:
    _enrolled(ui_ctx)
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.sync_controller.transport = httpx.MockTransport(_hq_forgot_this_laptop)
    with qtbot.waitSignal(window.backgroundStarted, timeout=10_000):  # the list has shown; then the user picks Sync
        window.show()
    window.nav.setCurrentRow(window.PAGES.index("sync"))
    page = window.sync
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.sync_controller.finished, timeout=30_000) as done:
        page.sync_button.click()
    assert done.args[0].error
    qtbot.waitUntil(lambda: bool(page.last_error.text()), timeout=10_000)
    for text in (page.result.text(), page.last_error.text()):
        assert THAI.search(text) and english_words(text, HQ_URL) == [], text

    translations.apply("km")  # what is on screen follows the language, the kept last error too
    for text in (page.result.text(), page.last_error.text()):
        assert re.search(r"[\u1780-\u17ff]", text) and not THAI.search(text) and english_words(text, HQ_URL) == [], text


def test_sync_progress_is_said_in_thai(ui_ctx: UiContext, translations: Translations) -> None:
    _enrolled(ui_ctx)
    said: list[SyncProgress] = []
    engine = SyncEngine.for_store(ui_ctx.store, transport=httpx.MockTransport(_hq_forgot_this_laptop))
    try:
        report = engine.sync_round(progress=said.append)
    finally:
        engine.close()
    assert report.error and [p.phase for p in said] == ["connect", "done"]
    for progress in said:
        text = message_text(progress.message)
        assert THAI.search(text) and english_words(text, HQ_URL) == [], text
