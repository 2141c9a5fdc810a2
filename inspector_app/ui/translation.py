"""Loading translations, switching language at run time, and pseudo-localisation.

Translators are installed on the application; Qt then sends every widget a
LanguageChange event, and `RetranslateFilter` calls `retranslate()` on each
widget that has one, so open windows, dialogs and editors change language
without a restart. Qt's own strings (qtbase) are loaded too.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import translations_dir
from .language import SUPPORTED, set_current_language

QT_LOCALES = {"en": "en", "th": "th_TH", "my": "my_MM", "km": "km_KH", "lo": "lo_LA"}


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in SUPPORTED else "en"


class PseudoTranslator(QTranslator):
    """INSPECTOR_PSEUDO=1: every string stretched and bracketed, to find clipped layouts."""

    ACCENTS = str.maketrans("aceinorsuyACEINORSUY", "åçéîñøŕšûýÅÇÉÎÑØŔŠÛÝ")
    KEEP = re.compile(r"(%n|%\d|\{\d*\}|&&|&|<[^>]+>|\n)")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        if not source:
            return source
        parts = self.KEEP.split(source)
        out = []
        for part in parts:
            if self.KEEP.fullmatch(part or "x") and part:
                out.append(part)
            else:
                out.append(part.translate(self.ACCENTS))
        text = "".join(out)
        padding = "~" * max(2, len(source) * 2 // 5)
        return f"[{text} {padding}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


class Translations:
    """Owns the installed translators; `apply(code)` switches the whole app."""

    def __init__(self, app: QApplication):
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        code = language if language in SUPPORTED else system_language()
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        set_current_language(code)
        QLocale.setDefault(QLocale(QT_LOCALES[code]))
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, directory in ((f"qtbase_{code}", qt_dir), (f"inspector_{code}", str(translations_dir()))):
                translator = QTranslator(self.app)
                if translator.load(name, directory):
                    self._install(translator)
        if os.environ.get("INSPECTOR_PSEUDO") == "1":
            self._install(PseudoTranslator(self.app))
        if not self._installed:
            # No translator to add or remove: widgets still need to hear about the change.
            for widget in self.app.allWidgets():
                self.app.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
        # Deliver the change now, so every open window shows the new language when this returns.
        self.app.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = code
        return code

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


class RetranslateFilter(QObject):
    """Calls `retranslate()` on any widget that has one when the language changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            retranslate = getattr(watched, "retranslate", None)
            if callable(retranslate):
                try:
                    retranslate()
                except TypeError:
                    pass  # a retranslate that needs arguments is called by its owner
        return False


_filters: dict[int, RetranslateFilter] = {}


def install(app: QApplication, language: str) -> Translations:
    """Set up translations for the app (the retranslate filter is installed once per application)."""
    if id(app) not in _filters:
        event_filter = RetranslateFilter(app)
        app.installEventFilter(event_filter)
        _filters[id(app)] = event_filter
    translations = Translations(app)
    translations.apply(language)
    return translations
