"""Turning core's messages and exceptions into words for the user, in their language (never a traceback).

Core's messages (core/messages.py) arrive as English templates with parameters. Here the
template is translated in its context and each parameter formatted for the user's language:
nested phrases translated in turn, coded values named (a status, a visit type), reference-data
labels in the user's language, numbers and dates as the locale writes them (Buddhist-era
years on a Thai screen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from ..core.errors import DiskFull, InspectorError, is_disk_full
from ..core.messages import Code, Label, Template, UserMessage, fill
from .language import current_language
from .language import label as localised

_ASCII_DIGITS = "0123456789"


def message_text(message: str | None) -> str:
    """A message from core in the user's language (plain text is shown as it is)."""
    if message is None:
        return ""
    if isinstance(message, Template):
        return QCoreApplication.translate(message.context, str(message))
    if not isinstance(message, UserMessage) or message.context is None:
        return str(message)
    template = QCoreApplication.translate(message.context, message.template)
    if not message.params:
        return template
    values = {name: param_text(value) for name, value in message.params.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English, localised values
        return fill(message.template, values)


def param_text(value: Any) -> str:
    """One parameter of a message as the user's language writes it."""
    if isinstance(value, UserMessage | Template):
        return message_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, Code):
        return code_label(value)
    if isinstance(value, Label):
        return localised(value.texts)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        from ..i18n.dates import format_datetime

        return format_datetime(value, current_language(), style="short")
    if isinstance(value, date):
        from ..i18n.dates import format_date

        return format_date(value, current_language(), style="short")
    if isinstance(value, Sequence | set | frozenset):
        return QCoreApplication.translate("Messages", ", ").join(param_text(v) for v in value)
    return str(value)


def number_text(value: float) -> str:
    """A number with the locale's separators, in the digits the rest of the app shows (0-9)."""
    locale = QLocale()
    text = locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 12)
    zero = locale.zeroDigit()
    if zero != "0":
        text = text.translate({ord(zero) + n: _ASCII_DIGITS[n] for n in range(10)})
    return text


# Coded values no screen names yet (the vocabulary is in core; their names are the UI's).
_MORE_NAMES = {
    "ReferralStatus": {"planned": QT_TRANSLATE_NOOP("ReferralStatus", "planned"),
                       "sent": QT_TRANSLATE_NOOP("ReferralStatus", "sent"),
                       "accepted": QT_TRANSLATE_NOOP("ReferralStatus", "accepted"),
                       "closed": QT_TRANSLATE_NOOP("ReferralStatus", "closed")},
}


def _signature_role(code: str) -> str:
    return {"inspector": QCoreApplication.translate("SignoffTab", "Inspector"),
            "employer": QCoreApplication.translate("SignoffTab", "Employer representative"),
            "coordinator": QCoreApplication.translate("SignoffTab", "Language coordinator")}[code]


def _code_labels() -> dict[str, Callable[[str], str]]:
    # Imported when first needed: these screens import this module.
    from .coordinators_page import language_name
    from .editor.checklist_model import result_label
    from .editor.findings_tab import referral_label
    from .editor.findings_tab import status_label as finding_status_label
    from .editor.interviews_tab import option_label
    from .establishments_model import sector_label
    from .inspections_model import status_label, visit_type_label

    return {"Status": status_label, "VisitType": visit_type_label, "Answer": result_label,
            "FindingStatus": finding_status_label, "Referral": referral_label, "Interviews": option_label,
            "Sector": sector_label, "Languages": language_name, "SignatureRole": _signature_role}


def code_label(code: Code) -> str:
    """A coded value's name in the user's language (the code itself when it has none)."""
    labels = _code_labels()
    name = labels.get(code.kind)
    if name is None:
        source = _MORE_NAMES.get(code.kind, {}).get(code.value)
        return QCoreApplication.translate(code.kind, source) if source else code.value
    try:
        return name(code.value)
    except KeyError:
        return code.value


def say(label: QLabel, text: Callable[[], str] | None) -> None:
    """Show `text()` on `label`, and again in the new language after each language switch (None clears it).

    The retranslate filter (ui/translation.py) calls `say_again` on any widget that has one, unless
    its text was changed another way since (cleared, or set to something else).
    """
    shown = text() if text is not None else ""
    label.say_again = text  # type: ignore[attr-defined]
    label.said = shown  # type: ignore[attr-defined]
    label.setText(shown)


def say_again(label: QLabel) -> None:
    """After a language switch: what `say` showed, in the new language (if the label still shows it)."""
    again = getattr(label, "say_again", None)
    if again is None:
        return
    current = label.plain_text() if hasattr(label, "plain_text") else label.text()
    if current != getattr(label, "said", None):
        label.say_again = None  # type: ignore[attr-defined]  # something else is shown now
        return
    say(label, again)


def say_error(label: QLabel, exc: BaseException) -> None:
    """Show why something failed on `label`, in the user's language now and after a switch."""
    say(label, lambda: error_text(exc))


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DiskFull) or is_disk_full(exc):
        return QCoreApplication.translate(
            "Messages", "The disk is full: free some space, then try again. Nothing was lost: everything saved "
                        "before is intact, and your text is still in the form.")
    if isinstance(exc, InspectorError):
        return message_text(exc.message)
    return QCoreApplication.translate(
        "Messages", "Could not save ({0}). Your text is still in the form; try again. Details are in the error log."
    ).format(type(exc).__name__)
