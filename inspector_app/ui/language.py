"""The language the user reads the app in (set at start and by Settings)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

SUPPORTED = ("en", "th", "my", "km", "lo")
PROPERTY = "inspector_language"


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property(PROPERTY) if app is not None else None
    if value in SUPPORTED:
        return str(value)
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def set_current_language(language: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(PROPERTY, language if language in SUPPORTED else "")


def label(labels: Mapping[str, str] | None, language: str | None = None) -> str:
    """A data label in the user's language, else English (marked), else any."""
    if not labels:
        return ""
    from ..core.checklists import label_for  # not at import: the unlock window loads this module

    text, fell_back = label_for(labels, language or current_language())
    if fell_back and text and text == labels.get("en"):
        return QCoreApplication.translate("Language", "{0} [English]").format(text)
    return text


def relabel_items(combo: QComboBox, name_of: Callable[[Any], str]) -> None:
    """Name a combo's coded items again in the current language (after a switch); items without a value stay."""
    for index in range(combo.count()):
        value = combo.itemData(index)
        if value is not None:
            combo.setItemText(index, name_of(value))
