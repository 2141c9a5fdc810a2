"""The application's event filter for languages and numbers (installed by `translation.install_filter`).

On a language change it calls `retranslate()` on every widget that has one (and says a shown
message again); spin boxes and progress bars get 0-9 digits as they are polished (`digits`),
calendars their Buddhist-era years and 0-9 day numbers as they are shown (`era_calendar`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCalendarWidget, QProgressBar, QSpinBox, QWizard

from . import digits, era_calendar


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
