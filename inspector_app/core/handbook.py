"""The language coordinators' handbook: code of conduct, interview safeguards, glossary.

The content is versioned resource data (``resources/handbook/handbook.vN.json``, checked
against ``resources/schema/handbook.schema.json``), not database rows: every laptop
reads the same shipped file. Each glossary term carries its legal basis as section keys
("LPA:90"), looked up first in the shared ``legal_sections.json`` and only then in the
handbook's own ``sections`` (for sections that file does not list), or the explicit
"none" when no statute defines the term.

Nothing here is verified merely by being written down: translations listed under an
entry's ``to_be_confirmed`` and legal sections marked ``verify`` are shown to readers as
"to be confirmed" by the app and the booklet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from inspector_app.paths import resources_dir

from .errors import InspectorError
from .messages import internal
from .legal import Law, LegalReference, LegalSection, ReferenceDataError, load_legal_reference

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "Category",
    "Guidance",
    "Handbook",
    "HandbookError",
    "Part",
    "Term",
    "default_handbook_path",
    "load_handbook",
]

#: The handbook's languages in the order the glossary shows them.
LANGUAGES = ("th", "my", "km", "lo", "en")
#: Each language named in English and in its own script (column headings, error messages).
LANGUAGE_NAMES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "th": ("Thai", "ไทย"),
    "my": ("Burmese", "မြန်မာ"),
    "km": ("Khmer", "ខ្មែរ"),
    "lo": ("Lao", "ລາວ"),
    "en": ("English", "English"),
})
_FILE_PATTERN = re.compile(r"^handbook\.v(\d+)\.json$")


class HandbookError(InspectorError):
    """Handbook data that cannot be used; the message names the file, the entry and the problem.

    The message is for whoever fixes the shipped file (English in every language); the UI says in the
    user's language that the handbook cannot be opened and shows it as the detail.
    """


# --------------------------------------------------------------------------- the content


@dataclass(frozen=True, eq=False)
class Guidance:
    """One rule of the code of conduct or the interview safeguards."""

    id: str
    text: Mapping[str, str]
    legal_basis: tuple[LegalSection, ...]
    to_be_confirmed: frozenset[str]


@dataclass(frozen=True, eq=False)
class Part:
    """The code of conduct ("conduct") or the interview safeguards ("safeguards")."""

    id: str
    title: Mapping[str, str]
    intro: Mapping[str, str]
    items: tuple[Guidance, ...]


@dataclass(frozen=True, eq=False)
class Category:
    id: str
    title: Mapping[str, str]


@dataclass(frozen=True, eq=False)
class Term:
    """A glossary term in all five languages with its legal basis."""

    id: str
    category: Category
    term: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    legal_basis: tuple[LegalSection, ...]  # empty: no statutory definition
    basis_note: Mapping[str, str] | None  # en, th
    basis_note_verify: bool
    to_be_confirmed: frozenset[str]  # languages whose translation is not yet checked

    @property
    def has_statutory_basis(self) -> bool:
        return bool(self.legal_basis)

    @property
    def legal_to_be_confirmed(self) -> bool:
        """Any part of the legal statement (a section or the note) not yet checked."""
        return any(s.verify for s in self.legal_basis) or (self.basis_note is not None and self.basis_note_verify)


@dataclass(frozen=True, eq=False)
class Handbook:
    """One loaded handbook file. Identity-hashed, so search indexes can be cached per handbook."""

    version: str
    published: date
    title: Mapping[str, str]
    subtitle: Mapping[str, str]
    labels: Mapping[str, Mapping[str, str]]
    parts: Mapping[str, Part]
    categories: tuple[Category, ...]
    glossary: tuple[Term, ...]
    legal: LegalReference  # legal_sections.json with the handbook's own additions
    to_be_confirmed: frozenset[str]  # languages of the titles, labels and intros not yet checked
    source_name: str

    @property
    def conduct(self) -> Part:
        return self.parts["conduct"]

    @property
    def safeguards(self) -> Part:
        return self.parts["safeguards"]

    def label(self, key: str, language: str) -> str:
        return self.labels[key][language]

    def term(self, term_id: str) -> Term | None:
        return next((t for t in self.glossary if t.id == term_id), None)

    def citation(self, section: LegalSection, language: str = "en", *, compact: bool = False) -> str:
        """How a section is cited: "LPA 90*" (compact) or "LPA s.90 — Minimum wage… (reference to be confirmed)".

        The compact form uses the law's code, explained by `laws_cited`; "*" marks a
        section still to be confirmed. Burmese, Khmer and Lao readers get the citation in their
        language where legal_sections.json has one (unofficial, like the English), else in English.
        """
        if compact:
            return f"{section.law} {section.section}" + ("*" if section.verify else "")
        return self.legal.display(section.key, language)

    def laws_cited(self) -> list[Law]:
        """Every law the handbook cites, in the order legal_sections.json lists them (its additions last)."""
        cited = {section.law for entry in (*self.conduct.items, *self.safeguards.items, *self.glossary)
                 for section in entry.legal_basis}
        return [law for code, law in self.legal.laws.items() if code in cited]

    def terms_by_category(self) -> Iterator[tuple[Category, list[Term]]]:
        for category in self.categories:
            terms = [t for t in self.glossary if t.category is category]
            if terms:
                yield category, terms


# --------------------------------------------------------------------------- loading


def default_handbook_path() -> Path:
    """The newest shipped handbook (the highest N of ``resources/handbook/handbook.vN.json``)."""
    folder = resources_dir() / "handbook"
    found = sorted(
        (int(m.group(1)), p) for p in folder.glob("handbook.v*.json") if (m := _FILE_PATTERN.match(p.name))
    )
    if not found:
        raise HandbookError(internal(f"No handbook data in {folder} (expected handbook.v1.json)."))
    return found[-1][1]


def load_handbook(path: str | Path | None = None, *, legal: LegalReference | None = None) -> Handbook:
    """Read, validate and build the handbook; raise HandbookError naming every problem.

    Cached per file and reloaded when the file changes on disk.
    """
    file = Path(path) if path is not None else default_handbook_path()
    try:
        stat = file.stat()
    except OSError as exc:
        raise HandbookError(internal(f"{file.name}: cannot be read ({exc.strerror}).")) from None
    if legal is None:
        try:
            legal = load_legal_reference()
        except ReferenceDataError as exc:
            raise HandbookError(internal(str(exc))) from None
    return _load(str(file.resolve()), stat.st_mtime_ns, stat.st_size, legal)


@lru_cache(maxsize=4)
def _load(path: str, _mtime: int, _size: int, legal: LegalReference) -> Handbook:
    file = Path(path)
    try:
        doc = json.loads(file.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise HandbookError(internal(f"{file.name}: cannot be read ({exc.strerror}).")) from None
    except UnicodeDecodeError:
        raise HandbookError(internal(f"{file.name}: is not UTF-8 text.")) from None
    except json.JSONDecodeError as exc:
        raise HandbookError(internal(f"{file.name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}.")) from None
    problems = [_describe(doc, error) for error in sorted(_validator().iter_errors(doc), key=_order)]
    if not problems:
        try:
            return _build(file.name, doc, legal)
        except _Problem as problem:
            problems = [str(problem)]
    unique = list(dict.fromkeys(problems))
    more = f" (and {len(unique) - 3} more problems)" if len(unique) > 3 else ""
    raise HandbookError(internal(f"{file.name}: " + "; ".join(unique[:3]) + more + "."))


class _Problem(Exception):
    pass


def _build(name: str, doc: dict[str, Any], legal: LegalReference) -> Handbook:
    reference = _merged_reference(name, doc, legal)

    def basis(keys: Any, where: str) -> tuple[LegalSection, ...]:
        if keys == "none" or keys is None:
            return ()
        found = []
        for key in keys:
            section = reference.get(key)
            if section is None:
                raise _Problem(f'{where}: legal basis "{key}" is neither in legal_sections.json nor under "sections"')
            found.append(section)
        return tuple(found)

    parts: dict[str, Part] = {}
    for raw in doc["parts"]:
        where = f'part "{raw["id"]}"'
        if raw["id"] in parts:
            raise _Problem(f"{where} appears twice")
        _unique((item["id"] for item in raw["items"]), f"{where}: item")
        parts[raw["id"]] = Part(
            id=raw["id"], title=_frozen(raw["title"]), intro=_frozen(raw["intro"]),
            items=tuple(
                Guidance(item["id"], _frozen(item["text"]), basis(item.get("legal_basis"), f'{where}, item "{item["id"]}"'),
                         frozenset(item["to_be_confirmed"]))
                for item in raw["items"]
            ),
        )
    for required in ("conduct", "safeguards"):
        if required not in parts:
            raise _Problem(f'part "{required}" is missing')
    _unique((c["id"] for c in doc["categories"]), "category")
    categories = {c["id"]: Category(c["id"], _frozen(c["title"])) for c in doc["categories"]}
    _unique((t["id"] for t in doc["glossary"]), "glossary term")
    terms = []
    for raw in doc["glossary"]:
        where = f'glossary term "{raw["id"]}"'
        category = categories.get(raw["category"])
        if category is None:
            raise _Problem(f'{where}: category "{raw["category"]}" is not listed under "categories"')
        note = raw.get("basis_note")
        terms.append(Term(
            id=raw["id"], category=category, term=_frozen(raw["term"]),
            aliases=MappingProxyType({k: tuple(v) for k, v in (raw.get("aliases") or {}).items()}),
            legal_basis=basis(raw["legal_basis"], where),
            basis_note=_frozen(note["text"]) if note else None,
            basis_note_verify=bool(note and note["verify"]),
            to_be_confirmed=frozenset(raw["to_be_confirmed"]),
        ))
    return Handbook(
        version=doc["version"], published=date.fromisoformat(doc["published"]),
        title=_frozen(doc["title"]), subtitle=_frozen(doc["subtitle"]),
        labels=MappingProxyType({k: _frozen(v) for k, v in doc["labels"].items()}),
        parts=MappingProxyType(parts), categories=tuple(categories.values()), glossary=tuple(terms),
        legal=reference, to_be_confirmed=frozenset(doc["to_be_confirmed"]), source_name=name,
    )


def _merged_reference(name: str, doc: dict[str, Any], legal: LegalReference) -> LegalReference:
    """legal_sections.json plus the handbook's own laws and sections; the shared file wins on a clash."""
    laws: dict[str, Law] = dict(legal.laws)
    for code, raw in doc["laws"].items():
        laws.setdefault(code, Law(
            code=code, title=_frozen(raw["title"]), short=_frozen(raw["short"]),
            effective_from=date.fromisoformat(raw["effective_from"]) if raw.get("effective_from") else None))
    sections: dict[str, LegalSection] = dict(legal.sections)
    for key, raw in doc["sections"].items():
        if raw["law"] not in laws:
            raise _Problem(f'section "{key}": law "{raw["law"]}" is neither in legal_sections.json nor under "laws"')
        if key != f'{raw["law"]}:{raw["section"]}':
            raise _Problem(f'section "{key}": key does not match law and section ("{raw["law"]}:{raw["section"]}")')
        sections.setdefault(key, LegalSection(key=key, law=raw["law"], section=raw["section"],
                                              title=_frozen(raw["title"]), verify=raw["verify"], effective_from=None))
    return LegalReference(version=legal.version, published=legal.published, laws=MappingProxyType(laws),
                          sections=MappingProxyType(sections), source_name=f"{legal.source_name} + {name}")


def _unique(ids: Iterator[str] | Any, what: str) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise _Problem(f'{what} "{value}" appears twice')
        seen.add(value)


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


# --------------------------------------------------------------------------- schema errors in plain words


@cache
def handbook_schema() -> Mapping[str, Any]:
    schema = json.loads((resources_dir() / "schema" / "handbook.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(handbook_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _order(error: SchemaError) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in error.absolute_path)


def _where(doc: Any, path: list[str | int]) -> tuple[str, list[str | int]]:
    """("glossary term "wage"", ["term"]) for the path glossary/0/term, and so on."""

    def named(container: str, index: int, what: str) -> str:
        entry = doc.get(container, [])[index] if isinstance(doc, dict) else None
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        return f'{what} "{entry_id}"' if isinstance(entry_id, str) and entry_id else f"{what} {index + 1}"

    if len(path) >= 2 and path[0] == "glossary" and isinstance(path[1], int):
        return named("glossary", path[1], "glossary term"), path[2:]
    if len(path) >= 2 and path[0] == "categories" and isinstance(path[1], int):
        return named("categories", path[1], "category"), path[2:]
    if len(path) >= 2 and path[0] == "parts" and isinstance(path[1], int):
        where = named("parts", path[1], "part")
        rest = path[2:]
        if len(rest) >= 2 and rest[0] == "items" and isinstance(rest[1], int):
            part = doc["parts"][path[1]]
            item = part["items"][rest[1]] if isinstance(part, dict) else None
            item_id = item.get("id") if isinstance(item, dict) else None
            where += f', item "{item_id}"' if isinstance(item_id, str) else f", item {rest[1] + 1}"
            rest = rest[2:]
        return where, rest
    if len(path) >= 2 and path[0] in ("sections", "laws", "labels"):
        return f'{path[0][:-1]} "{path[1]}"', path[2:]
    return "", path


def _describe(doc: Any, error: SchemaError) -> str:
    where, rest = _where(doc, list(error.absolute_path))
    field = ".".join(str(p + 1) if isinstance(p, int) else p for p in rest)
    prefix = f"{where}: " if where else ""
    subject = f"{field} " if field else ""
    validator = error.validator
    if validator == "required":
        missing = [key for key in error.validator_value if key not in (error.instance or {})]
        languages = [key for key in missing if key in LANGUAGE_NAMES]
        if languages and len(languages) == len(missing):
            named = ", ".join(f'{LANGUAGE_NAMES[k][0]} ("{k}")' for k in languages)
            return f"{prefix}{subject or 'text '}has no {named} text"
        return f"{prefix}{subject}is missing " + ", ".join(f'"{key}"' for key in missing)
    if validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"{prefix}{subject}has an unexpected field " + ", ".join(f'"{key}"' for key in extra)
    if validator == "minItems" and list(error.absolute_path) == ["glossary"]:
        return f"the glossary has {len(error.instance)} terms; at least {error.validator_value} are required"
    if validator == "oneOf" and rest and rest[-1] == "legal_basis":
        return (f'{prefix}legal_basis must be a list of section keys such as "LPA:90", or "none" when no '
                f"statute defines the term")
    if validator == "pattern" or validator == "minLength":
        if error.validator_value == "\\S" or validator == "minLength":
            return f"{prefix}{subject}is empty"
        return f"{prefix}{subject}{error.instance!r} is not in the expected form"
    if validator == "type":
        return f"{prefix}{subject}must be {error.validator_value}, not {type(error.instance).__name__}"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f"{prefix}{subject}{error.instance!r} is not one of {allowed}"
    if validator == "format":
        return f"{prefix}{subject}{error.instance!r} is not a date written YYYY-MM-DD"
    message = error.message if len(error.message) <= 160 else error.message[:157] + "…"
    return f"{prefix}{subject}{message}"
