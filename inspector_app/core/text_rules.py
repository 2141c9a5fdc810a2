"""Text HQ can store, checked on the laptop before anything is saved.

HQ refuses a change whose text holds a NUL character (PostgreSQL text cannot hold one) or a lone
surrogate (not valid Unicode, so no UTF-8 encoder takes it): `sync.protocol.text_problem`. A
laptop that saved such a value would have that change refused at every sync, so the same rule
holds here: typed and imported text loses its NUL characters (`without_nul`, which carry no
meaning in a form field and cannot be seen), and the one write path refuses, with the field's
name, any value of a change queued for HQ that still breaks the rule, before anything is written.
What HQ sent (reference data, decisions) and laptop-only records are not checked: refusing them
would only stop the laptop taking HQ's word, and none of it goes back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP

NUL = "\x00"
NUL_ESCAPED = "\\u0000"  # how JSON text writes a NUL


def without_nul(text: str) -> str:
    return text.replace(NUL, "") if NUL in text else text


def text_fault(value: Any) -> tuple[str, str] | None:
    """(where, what) for the first text in `value` HQ would refuse, or None. `where` is a dotted path."""
    if isinstance(value, str):
        if NUL in value:
            return "", "a NUL character"
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "", "text that is not valid Unicode (a lone surrogate)"
        return None
    if isinstance(value, Mapping):
        items: Any = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = (text_fault(key) if isinstance(key, str) else None) or text_fault(item)
        if found is not None:
            inner, what = found
            name = str(key).replace(NUL, "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")[:64]
            return (f"{name}.{inner}" if inner else name), what
    return None


def _plain(value: Any) -> bool:
    """A quick yes for the usual column value (this runs on the save path of every change)."""
    if type(value) is str:
        if NUL in value:
            return False
        if value.isascii():
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    return type(value) not in (dict, list, tuple)


def refuse_unstorable(entity: str, values: Mapping[str, Any]) -> None:
    """Raise ValidationError naming the field of a record about to be saved that HQ could never take.
    `values` maps column names (the app's own) to values; JSON values are looked into, keys too."""
    for field, value in values.items():
        if _plain(value):
            continue
        found = text_fault(value)
        if found is None:
            continue
        inside, what = found
        label = entity.replace("_", " ").removesuffix("s")
        part = f" (at {inside})" if inside else ""
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The {field} of this {record}{part} holds {what}, which cannot be stored or sent to HQ; "
                      "nothing was saved. Type or paste the text again without it."),
            field=field.replace("_", " "), record=label, part=part, what=what)


def refuse_unstorable_json(entity: str, fields_json: str) -> None:
    """`refuse_unstorable` for a record already serialised as JSON text (no escaping of non-ASCII), cheaply:
    the exact walk runs only when the text holds an escaped NUL or does not encode."""
    if NUL_ESCAPED not in fields_json:
        try:
            fields_json.encode("utf-8")
            return
        except UnicodeEncodeError:
            pass
    import json

    refuse_unstorable(entity, json.loads(fields_json))
