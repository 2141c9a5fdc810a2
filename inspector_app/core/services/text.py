"""Text clean-up applied to everything typed or imported before it is stored."""

from __future__ import annotations

import unicodedata


def clean_text(value: str | None) -> str | None:
    """NFC, trimmed, None when empty. Burmese in the legacy Zawgyi encoding is stored as Unicode."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None
