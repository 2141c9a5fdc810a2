"""Loading translations, switching language at run time, and pseudo-localisation.

Translators are installed on the application; Qt then sends every widget a
LanguageChange event, and `RetranslateFilter` (ui/retranslate.py) calls `retranslate()` on each
widget that has one, so open windows, dialogs and editors change language
without a restart. Qt's own strings (qtbase: wizard and dialog buttons, text-field
menus, the file dialog) are loaded too: from Qt for the languages it ships, and from
our own `translations/qtbase_*.qm` for Thai, Burmese, Khmer and Lao, which Qt lacks.
English screens read the source strings, and `translations/inspector_en.qm` only for the
forms of counted messages ("1 change", "4,077 changes waiting to sync").
The same filter gives calendar popups Buddhist-era years on Thai screens (`era_calendar`) and
writes numbers in spin boxes and calendars 0-9 in every language (`digits`).
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
    KEEP = re.compile(r"(%L?n|%\d|\{\w*\}|&&|&|<[^>]+>|\n)")

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


# The translators installed on each application, whichever `Translations` installed them: applying a
# language replaces them all, so no catalogue of an earlier language stays behind.
_translators: dict[int, list[QTranslator]] = {}


class Translations:
    """Installs the translators; `apply(code)` switches the whole app."""

    def __init__(self, app: QApplication):
        self.app = app
        self._installed = _translators.setdefault(id(app), [])
        self.language = "en"

    def apply(self, language: str) -> str:
        code = language if language in SUPPORTED else system_language()
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        set_current_language(code)
        QLocale.setDefault(QLocale(QT_LOCALES[code]))
        ours = str(translations_dir())
        catalogues: tuple[tuple[str, tuple[str, ...]], ...] = (("inspector_en", (ours,)),)  # its plural forms only
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's strings first, so the app's own catalogue (installed last) is searched first.
            catalogues = ((f"qtbase_{code}", (ours, qt_dir)), (f"inspector_{code}", (ours,)))
        for name, directories in catalogues:
            translator = QTranslator(self.app)
            if any(translator.load(name, directory) for directory in directories):
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


_filters: dict[int, QObject] = {}


def install_filter(app: QApplication) -> None:
    """The retranslate filter (`ui.retranslate`), once per application.

    The app's start installs it once its unlock window has painted: an application-wide Python
    filter sees every object Qt sends an event to, and PySide makes a Python type (with its
    enums) for each kind it has not seen, a few hundred of them during that window's first paint.
    The unlock window retranslates itself and has no spin box or calendar.
    """
    if id(app) not in _filters:
        from .retranslate import RetranslateFilter

        event_filter = RetranslateFilter(app)
        app.installEventFilter(event_filter)
        _filters[id(app)] = event_filter


def install(app: QApplication, language: str, *, with_filter: bool = True) -> Translations:
    """Set up translations for the app (the retranslate filter is installed once per application)."""
    if with_filter:
        install_filter(app)
    translations = Translations(app)
    translations.apply(language)
    return translations
