"""The hotline numbers the documents print (configurable data, `resources/reference/hotlines.json`): every
one on the worker sheet, the labour protection hotline on the employer notice too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import internal
from inspector_app.paths import resources_dir

__all__ = ["ASK_HOTLINE", "confirmed", "default_hotlines_path", "load_hotlines"]

# Where a worker asks about a wage amount the sheet cannot print, or about a new employer; where an employer
# asks about the notice.
ASK_HOTLINE = "labour_protection"


def default_hotlines_path() -> Path:
    return resources_dir() / "reference" / "hotlines.json"


def load_hotlines(path: Path | None = None) -> list[dict[str, Any]]:
    """The hotline numbers printed on worker sheets (configurable data, see hotlines.json)."""
    path = path or default_hotlines_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(internal(f"{path.name}: cannot be read ({exc.strerror}).")) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(internal(f"{path.name}: invalid JSON at line {exc.lineno}: {exc.msg}.")) from None
    entries = doc.get("hotlines") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise ValidationError(internal(f'{path.name}: "hotlines" must be a list.'))
    out = []
    for n, entry in enumerate(entries, start=1):
        if not (isinstance(entry, dict) and isinstance(entry.get("number"), str)
                and isinstance(entry.get("label"), dict)):
            raise ValidationError(internal(f'{path.name}: hotline {n} needs a "number" text and a "label" object.'))
        if not entry["label"].get("en") or not entry["label"].get("th"):
            raise ValidationError(internal(f'{path.name}: hotline {n} label needs "en" and "th" texts.'))
        if not isinstance(entry.get("verify", False), bool):
            raise ValidationError(internal(f'{path.name}: hotline {n}: "verify" must be true or false.'))
        out.append(entry)
    return out


def confirmed(key: str, path: Path | None = None) -> dict[str, Any] | None:
    """The hotline `key` of hotlines.json, once its number is confirmed ("verify" false); else None."""
    return next((h for h in load_hotlines(path) if h.get("key") == key and not h.get("verify")), None)
