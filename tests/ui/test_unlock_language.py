"""The unlock window speaks the language the app was last shown in: chosen in Settings, or the language of
whoever unlocked last. The per-user language is known only after unlock, and an inspector whose screens are
Burmese or Lao should not meet another language every morning. A first run follows the system."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from inspector_app import APP_NAME
from inspector_app.core.services import setup
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import UNLOCK_LANGUAGE, Settings
from inspector_app.ui.translation import Translations

from ..conftest import PASSPHRASE, USER
from .test_start_imports import _probe_start

ROOT = Path(__file__).resolve().parents[2]
BURMESE = ("\u1000", "\u109f")


def _catalogue(language: str, context: str) -> dict[str, str]:
    tree = ET.parse(ROOT / "translations" / f"inspector_{language}.ts")
    for found in tree.getroot().iter("context"):
        if found.findtext("name") == context:
            return {m.findtext("source") or "": m.findtext("translation") or "" for m in found.iter("message")}
    return {}


def _app_settings(config: Path) -> QSettings:
    """The settings file the app itself reads on Linux (organisation FieldInspector, XDG_CONFIG_HOME)."""
    return QSettings(str(config / "FieldInspector" / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)


def test_a_burmese_choice_saved_shows_the_unlock_window_in_burmese(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    setup.create_store(data_dir, USER, PASSPHRASE).close()
    saved = _app_settings(tmp_path / "config")
    saved.setValue("unlock/language", "my")  # what the Settings page stored when Burmese was chosen
    saved.setValue(f"users/{USER}/ui/language", "my")
    saved.sync()

    at = _probe_start(data_dir, tmp_path)
    burmese = _catalogue("my", "UnlockDialog")
    title, user, passphrase, *buttons = at["unlock_shown"]["texts"]
    assert title == burmese["Unlock Field Inspector"] and any(BURMESE[0] <= ch <= BURMESE[1] for ch in title)
    assert (user, passphrase) == (burmese["&User"], burmese["&Passphrase"])
    assert burmese["Unlock"] in buttons
    assert at["unlock_shown"]["loaded"] == []  # still nothing heavy before the window paints


def test_the_next_unlock_window_follows_whoever_unlocked_last(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    setup.create_store(data_dir, USER, PASSPHRASE).close()
    saved = _app_settings(tmp_path / "config")
    saved.setValue("unlock/language", "my")  # the laptop's other inspector reads Burmese
    saved.setValue(f"users/{USER}/ui/language", "lo")  # this one, Lao
    saved.sync()

    at = _probe_start(data_dir, tmp_path)
    assert at["unlock_shown"]["texts"][0] == _catalogue("my", "UnlockDialog")["Unlock Field Inspector"]
    after = _app_settings(tmp_path / "config")
    assert after.value("unlock/language") == "lo"
    at = _probe_start(data_dir, tmp_path)
    assert at["unlock_shown"]["texts"][0] == _catalogue("lo", "UnlockDialog")["Unlock Field Inspector"]


@pytest.mark.parametrize(("system", "language"), [("th_TH.UTF-8", "th"), ("C.UTF-8", "en")])
def test_a_first_run_follows_the_system_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str,
                                                 language: str) -> None:
    data_dir = tmp_path / "data"
    setup.create_store(data_dir, USER, PASSPHRASE).close()
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", system)
    at = _probe_start(data_dir, tmp_path)  # no settings file at all
    expected = "Unlock Field Inspector" if language == "en" else _catalogue(language, "UnlockDialog")[
        "Unlock Field Inspector"]
    assert at["unlock_shown"]["texts"][0] == expected


def test_choosing_a_language_in_settings_is_remembered_for_the_unlock_window(
        ui_ctx: UiContext, translations: Translations, settings_file: Path, qtbot: QtBot) -> None:
    ui_ctx.translations = translations
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.PAGES.index("settings"))
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("my"))
    # Read as the next start reads it: no user known yet.
    machine = Settings(None, QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert machine.get(UNLOCK_LANGUAGE) == "my"
    page.language.setCurrentIndex(page.language.findData(""))  # back to the system's
    machine = Settings(None, QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert machine.get(UNLOCK_LANGUAGE) == ""
