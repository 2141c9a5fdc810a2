"""Loading translations, switching language at run time, and pseudo-localisation.

Translators are installed on the application; Qt then sends every widget a
LanguageChange event, and `RetranslateFilter` calls `retranslate()` on each
widget that has one, so open windows, dialogs and editors change language
without a restart. Qt's own strings (qtbase: wizard and dialog buttons, text-field
menus, the file dialog) are loaded too: from Qt for the languages it ships, and from
our own `translations/qtbase_*.qm` for Thai, Burmese, Khmer and Lao, which Qt lacks.
Calendar popups get Buddhist-era years on Thai screens (`era_calendar`); numbers in spin boxes and
calendars are written 0-9 in every language (`digits`).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QCalendarWidget, QProgressBar, QSpinBox, QWizard

from ..paths import translations_dir
from . import digits, era_calendar
from .language import SUPPORTED, set_current_language

QT_LOCALES = {"en": "en", "th": "th_TH", "my": "my_MM", "km": "km_KH", "lo": "lo_LA"}


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in SUPPORTED else "en"


class PseudoTranslator(QTranslator):
    """INSPECTOR_PSEUDO=1: every string stretched and bracketed, to find clipped layouts."""

    ACCENTS = str.maketrans("aceinorsuyACEINORSUY", "åçéîñøŕšûýÅÇÉÎÑØŔŠÛÝ")
    KEEP = re.compile(r"(%n|%\d|\{\w*\}|&&|&|<[^>]+>|\n)")

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
            ours = str(translations_dir())
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's strings first, so the app's own catalogue (installed last) is searched first.
            for name, directories in ((f"qtbase_{code}", (ours, qt_dir)), (f"inspector_{code}", (ours,))):
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


class RetranslateFilter(QObject):
    """Calls `retranslate()` on any widget that has one when the language changes; gives calendars their era."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Polish and isinstance(watched, QSpinBox | QProgressBar):
            digits.western_numbers(watched)
        elif event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget):
            era_calendar.attach(watched)
            digits.calendar(watched)
        elif event.type() == QEvent.Type.LanguageChange:
            retranslate = getattr(watched, "retranslate", None)
            if callable(retranslate):
                try:
                    retranslate()
                except TypeError:
                    pass  # a retranslate that needs arguments is called by its owner
            if callable(getattr(watched, "say_again", None)):  # a message shown with ui.messages.say
                from .messages import say_again

                say_again(watched)  # type: ignore[arg-type]
            if isinstance(watched, QWizard):
                refresh_wizard_buttons(watched)
        return False


_WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                   QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                   QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton)


def refresh_wizard_buttons(wizard: QWizard) -> None:
    """QWizard translates its standard buttons only when it changes page or style: redo it for a new language."""
    page = wizard.currentPage()
    for which in _WIZARD_BUTTONS:
        # The page's own text, else the wizard's, else Qt's default for the style, translated now.
        text = page.buttonText(which) if page is not None else wizard.buttonText(which)
        button = wizard.button(which)
        if button is not None and text:
            button.setText(text)


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
