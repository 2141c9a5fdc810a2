"""The workspace's two languages: English source strings, Thai from `translations/th.json`.

Templates call `_("English text", name=value)` (Jinja's i18n extension, new style: the
keyword arguments fill `%(name)s`), Python code marks a string with `N_()` where it is
defined and translates it where it is shown. `tests/hq/web/test_translations.py` finds
every such string and fails when Thai lacks one. Dates are Buddhist Era in Thai
(`inspector_app.i18n.dates`) and always shown in Bangkok time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...i18n.dates import format_date, format_datetime

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}
CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"


def N_(message: str) -> str:  # noqa: N802 - the conventional name for "translate later"
    """Marks a string for translation where it is defined; `Translator.gettext` translates it when shown."""
    return message


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    with open(CATALOGUE_DIR / f"{language}.json", encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if not k.startswith("//")}


def normalise(language: str | None) -> str | None:
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else None


def from_accept_language(header: str | None) -> str:
    """The first of our languages the browser asks for (weights in order), else Thai."""
    best, best_q = DEFAULT_LANGUAGE, -1.0
    for position, part in enumerate((header or "").split(",")[:20]):
        name, _, params = part.strip().partition(";")
        code = normalise(name)
        if code is None:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if q - position * 1e-6 > best_q:
            best, best_q = code, q - position * 1e-6
    return best


@dataclass(frozen=True)
class Translator:
    language: str

    def gettext(self, message: str, **params: Any) -> str:
        text = catalogue(self.language).get(message) or message
        return text % params if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params: Any) -> str:
        params.setdefault("num", n)
        if self.language == "en":
            text = singular if n == 1 else plural
        else:
            text = catalogue(self.language).get(singular) or plural
        return text % params

    def date(self, value: date | datetime | str | None, style: str = "long") -> str:
        if value in (None, ""):
            return ""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                return value
        return format_date(value, self.language, style)  # type: ignore[arg-type]

    def datetime(self, value: datetime | str | None, style: str = "short") -> str:
        if value in (None, ""):
            return ""
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return value
        return format_datetime(value, self.language, style)  # type: ignore[arg-type]

    def age(self, moment: datetime | None, now: datetime) -> str:
        """How long ago, in whole days (hours on the first day)."""
        if moment is None:
            return ""
        seconds = max(0, int((now - moment).total_seconds()))
        if seconds < 86400:
            return self.ngettext("%(num)s hour", "%(num)s hours", seconds // 3600)
        return self.ngettext("%(num)s day", "%(num)s days", seconds // 86400)

    def pick(self, th: str | None, en: str | None) -> str:
        """A text held in both languages, in this one when there."""
        first, second = (th, en) if self.language == "th" else (en, th)
        return first or second or ""
