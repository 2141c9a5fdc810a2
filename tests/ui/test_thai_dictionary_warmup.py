"""On a Thai screen the Thai word dictionary is built off the GUI thread right after the list shows,
before the pages that wrap Thai text are built; other screens do not spend its memory up front."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.i18n import segment
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations


class Builds:
    """Records the threads that build PyThaiNLP's word dictionary; `forget` drops the built one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        import pythainlp.tokenize

        self.monkeypatch = monkeypatch
        self.real = pythainlp.tokenize.word_dict_trie  # cached once built (functools.lru_cache)
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(pythainlp.tokenize, "word_dict_trie", self.build)
        self.forget()

    def build(self) -> object:
        if self.real.cache_info().currsize == 0:  # this call builds it; later ones find it cached
            self.threads.append(threading.current_thread())
        return self.real()

    def forget(self) -> None:
        """As in a process that has not built it yet."""
        self.real.cache_clear()
        self.monkeypatch.setattr(segment, "_thai_words_ready", threading.Event())
        self.threads.clear()


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Builds:
    return Builds(monkeypatch)


def _window(ctx: UiContext, translations: Translations, qtbot: QtBot) -> MainWindow:
    demo.generate(ctx.store, inspections=3, seed=2)  # the follow-ups page's summary wraps Thai text
    ctx.translations = translations
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window._built) == len(window.PAGES), timeout=20_000)  # noqa: SLF001 - every page
    return window


def test_a_thai_screen_builds_the_dictionary_off_the_gui_thread(ui_ctx: UiContext, translations: Translations,
                                                                 builds: Builds, qtbot: QtBot) -> None:
    translations.apply("th")
    # A process that starts in Thai: the switch above re-wraps any widget an earlier test left in this
    # worker (Settings' live switch builds the dictionary at once, by design), so start counting after it.
    builds.forget()
    _window(ui_ctx, translations, qtbot)
    assert segment.thai_words_ready()
    assert [(t.name, t.daemon) for t in builds.threads] == [("thai-dictionary", True)]  # quitting never waits
    assert segment.words("กรุณาเพิ่มรูปถ่ายหลักฐาน") == ["กรุณา", "เพิ่ม", "รูปถ่าย", "หลักฐาน"]


def test_an_english_screen_leaves_it_until_thai_text_needs_it(ui_ctx: UiContext, translations: Translations,
                                                              builds: Builds, qtbot: QtBot) -> None:
    _window(ui_ctx, translations, qtbot)
    assert not any(t.name == "thai-dictionary" for t in builds.threads)
