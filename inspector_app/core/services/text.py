"""Text clean-up applied to everything typed or imported before it is stored."""

from __future__ import annotations

import unicodedata

from ...i18n.zawgyi import normalize_burmese
from ..text_rules import without_nul


def clean_text(value: str | None) -> str | None:
    """NFC, trimmed, None when empty, without NUL characters (HQ refuses them; see core.text_rules).
    Burmese in the legacy Zawgyi encoding is stored as Unicode."""
    if value is None:
        return None
    text, _converted = normalize_burmese(without_nul(str(value)))
    text = unicodedata.normalize("NFC", text).strip()
    return text or None


def was_zawgyi(value: str | None) -> bool:
    """Whether `clean_text` would convert this text from Zawgyi (the UI shows a notice)."""
    return bool(value) and normalize_burmese(str(value))[1]
