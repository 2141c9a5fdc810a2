"""Messages for people: an English template with named parameters, translatable without Qt.

Core never imports Qt, yet what it tells people must reach the screen in their language.
So a message keeps the English template, the Qt Linguist context it is filed under, and
its parameters. The UI translates the template (`QCoreApplication.translate(context,
template)`) and formats each parameter for the user's language (`ui/messages.py`): numbers
and dates for the locale (Buddhist-era years in Thai), coded values and reference-data
labels by their names in that language, nested phrases translated in turn. The CLI, the
logs and HQ read the English.

A template is marked where it is written, so lupdate (which reads source text, never runs
it) finds it: `QT_TRANSLATE_NOOP("Context", "English with {named} parameters")`, both
arguments string literals, parameters passed beside the marker, not inside it:

    raise ValidationError(QT_TRANSLATE_NOOP("Inspections", "{count} required items are not answered yet: "
                                            "{items}."), count=len(missing), items=shown)

A message that counts something has a template for each English form, both marked, and
`plural` picks the one that fits (Thai, Burmese, Khmer and Lao do not inflect for number, so
their translations of the pair read the same). Never "item(s)":

    UserMessage(plural(n, QT_TRANSLATE_NOOP("SyncMessages", "{count} change sent"),
                       QT_TRANSLATE_NOOP("SyncMessages", "{count} changes sent")), count=n)

Text that is only ever English (the CLI's own lines, an audit detail) says `i18n.english.count_noun(n,
"change")`.

`make translations` scans every module under core/, sync/ and reports/ that calls the marker.

A `UserMessage` is a `str` whose value is the English text, so code that treats messages as
text (the CLI, logs, old callers and tests) keeps working; string operations on it give plain
text without the template (build a new message instead of concatenating).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "Code", "Label", "Template", "UserMessage", "english", "fill", "internal", "plural"]


class Template(str):
    """An English template marked for translation, with the Qt Linguist context it is filed under."""

    context: str

    def __new__(cls, context: str, source: str) -> Template:
        template = super().__new__(cls, source)
        template.context = context
        return template

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for translation under `context`: lupdate extracts the pair from the source text; at run
    time the English comes back as a `Template` that knows its context."""
    return Template(context, source)


def plural(count: int, one: Template, other: Template) -> Template:
    """The template whose English fits `count`: `one` for exactly one, `other` for any other number (0 too)."""
    return one if count == 1 else other


@dataclass(frozen=True)
class Code:
    """A coded value (an inspection status, a visit type, ...): English shows the code, the UI its name.

    `kind` names the vocabulary ("Status", "VisitType", ...); the UI keeps the labels (see core/vocab.py).
    """

    kind: str
    value: str

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Label:
    """A reference-data label in several languages ({"en": ..., "th": ...}); the UI picks the user's."""

    texts: Mapping[str, str]

    def __str__(self) -> str:
        return self.texts.get("en") or next((t for t in self.texts.values() if t), "")

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.texts.items())))


class UserMessage(str):
    """A message for people: its English text (the str value), and what the UI needs to translate it.

    `context` is None for a message that is not translatable (HQ's own words, a developer's
    message about a broken shipped file): it is shown as it is everywhere.
    """

    context: str | None
    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> UserMessage:
        if isinstance(template, UserMessage) and not params:
            return template
        text = fill(str(template), {name: english(value) for name, value in params.items()}) if params else template
        message = super().__new__(cls, text)
        message.context = template.context if isinstance(template, Template) else None
        message.template = str(template)
        message.params = dict(params)
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.context, self.template, dict(self.params)))

    @property
    def translatable(self) -> bool:
        return self.context is not None

    # -- kept as text (the last sync error, a warning): the English and enough to translate it later --

    def to_json(self) -> str:
        return json.dumps({"context": self.context, "template": self.template,
                           "params": {k: _dump(v) for k, v in self.params.items()}}, ensure_ascii=False)

    @classmethod
    def from_stored(cls, text: str | None) -> UserMessage | None:
        """A message kept by `to_json`; plain text (kept by an older version) comes back untranslatable."""
        if text is None:
            return None
        if text.startswith("{"):
            try:
                raw = json.loads(text)
                return _rebuild(raw["context"], raw["template"], {k: _load(v) for k, v in raw["params"].items()})
            except (ValueError, KeyError, TypeError, AttributeError):
                pass
        return cls(text)


def internal(text: str) -> UserMessage:
    """A message for developers, the same in every language: an API called wrongly, a shipped data file
    broken. No screen leads a user to it (the screens offer only valid choices)."""
    return UserMessage(text)


def _rebuild(context: str | None, template: str, params: Mapping[str, Any]) -> UserMessage:
    return UserMessage(Template(context, template) if context is not None else template, **params)


def english(value: Any) -> str:
    """A parameter as the English message shows it."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Sequence | set | frozenset):
        return ", ".join(english(v) for v in value)
    return str(value)


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with its {named} parameters replaced by `values` (already text)."""
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a template that does not fit its parameters: say all of it
        return f"{template} ({', '.join(f'{k}={v}' for k, v in values.items())})"


def _dump(value: Any) -> Any:
    if isinstance(value, UserMessage):
        return {"message": json.loads(value.to_json())}
    if isinstance(value, Template):
        return {"template": [value.context, str(value)]}
    if isinstance(value, Code):
        return {"code": [value.kind, value.value]}
    if isinstance(value, Label):
        return {"label": dict(value.texts)}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Sequence | set | frozenset):
        return [_dump(v) for v in value]
    return str(value)


def _load(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_load(v) for v in value)
    if not isinstance(value, dict) or len(value) != 1:
        return value
    (kind, body), = value.items()
    if kind == "message":
        return _rebuild(body["context"], body["template"], {k: _load(v) for k, v in body["params"].items()})
    if kind == "template":
        return Template(body[0], body[1])
    if kind == "code":
        return Code(body[0], body[1])
    if kind == "label":
        return Label(body)
    if kind == "datetime":
        return datetime.fromisoformat(body)
    if kind == "date":
        return date.fromisoformat(body)
    return value
