"""Screenshots of a walk through the app, in Thai and Burmese, for people to look at.

Off by default (the suite stays fast): set FI_SCREENSHOTS to a directory and the tests that take a
`Screens` write there one PNG per screen and language (`NN-name-th.png`, `NN-name-my.png`), main
windows grabbed at 1366x768, dialogs at their own size. Each test names its shots with its own prefix. `pdf_pages` renders a PDF's pages the same
way (pdftoppm), so a form is looked at as printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.ui.fonts import set_app_font
from inspector_app.ui.translation import Translations, install

from .typing_helpers import wait_until_read

ENV = "FI_SCREENSHOTS"
LANGUAGES = ("th", "my")
SCREEN = (1366, 768)


def save_as_shown(widget: QWidget, name: str) -> None:
    """With FI_SCREENSHOTS set, `widget` as the user sees it now (its language, its size) in `name`.png."""
    where = os.environ.get(ENV)
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(where) / f"{name}.png"))


class Screens:
    def __init__(self, qtbot: QtBot, translations: Translations | None = None):
        where = os.environ.get(ENV)
        self.directory = Path(where) if where else None
        if self.directory is not None and translations is None:
            translations = install(QApplication.instance(), "en")
        self.translations, self.qtbot = translations, qtbot
        self.count = 0
        if self.directory is not None:
            self.directory.mkdir(parents=True, exist_ok=True)
            set_app_font(QApplication.instance())  # the app's own faces: Thai and Burmese as the user sees them

    @property
    def on(self) -> bool:
        return self.directory is not None

    def shoot(self, widget: QWidget, name: str, *, screen_size: bool = True) -> None:
        """Grab `widget` in each language, then go back to the language the test reads (English)."""
        if self.directory is None or self.translations is None:
            return
        self.count += 1
        back = self.translations.language
        if screen_size and widget.isWindow():
            widget.resize(*SCREEN)
        for language in LANGUAGES:
            self.translations.apply(language)
            wait_until_read(self.qtbot, widget)
            QApplication.processEvents()
            widget.grab().save(str(self.directory / f"{self.count:02d}-{name}-{language}.png"))
        self.translations.apply(back)
        wait_until_read(self.qtbot, widget)

    def pdf_pages(self, pdf: bytes, name: str) -> list[Path]:
        if self.directory is None:
            return []
        if shutil.which("pdftoppm") is None:
            raise RuntimeError("pdftoppm (poppler-utils) is needed to look at the PDF pages")
        self.count += 1
        source = self.directory / f"{self.count:02d}-{name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(source), str(source.with_suffix(""))], check=True)
        return sorted(self.directory.glob(f"{self.count:02d}-{name}*.png"))
