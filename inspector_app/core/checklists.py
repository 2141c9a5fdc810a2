"""Checklist templates: load the JSON files, validate them, and expose them as frozen objects.

A template is immutable once published: an inspection keeps the exact (code, version) it
was started with, and item codes are stable keys that answers and findings refer to. So
loading is strict, and every problem is reported in words a content author can act on,
naming the file and the item, e.g.::

    lpa-general.v2.json: item LPA-C-02: label has no Thai ("th") text

Validation runs in two passes: the JSON Schema (structure, required languages,
enumerations), then checks a schema cannot express (unique codes, legal references that
exist, choices that add up, file name and dates).
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from inspector_app.core.legal import LegalReference, load_legal_reference
from inspector_app.paths import resources_dir

if TYPE_CHECKING:  # jsonschema loads only to validate a template: the app's start does not wait for it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

__all__ = [
    "ANSWER_TYPES",
    "INDICATORS",
    "LANGUAGES",
    "SCHEMA_VERSION",
    "SEVERITIES",
    "STRONG_INDICATORS",
    "WORKER_LANGUAGES",
    "ChoiceDef",
    "FindingTexts",
    "ItemDef",
    "SectionDef",
    "TemplateDef",
    "TemplateError",
    "TemplateProblem",
    "canonical_sha256",
    "default_templates_dir",
    "index_items",
    "inherit_finding_texts",
    "label_for",
    "load_template",
    "load_templates",
    "template_from_document",
    "template_schema",
]

LANGUAGES = ("en", "th", "my", "km", "lo")
# Languages a worker-facing question must be readable in besides Thai and English.
WORKER_LANGUAGES = ("my", "km", "lo")
SEVERITIES = ("S1", "S2", "S3", "S4")
ANSWER_TYPES = ("compliance", "number", "text", "choice", "date")
# The eleven ILO forced-labour indicators, as named in the template schema.
INDICATORS = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_conditions",
    "excessive_overtime",
)
# Indicators strong enough that two of them in one inspection mean "refer" (see rules.py).
STRONG_INDICATORS = frozenset(
    {
        "retention_of_documents",
        "debt_bondage",
        "physical_sexual_violence",
        "restriction_of_movement",
        "intimidation_threats",
    }
)

SCHEMA_VERSION = 2  # 2: items that can produce a finding carry its texts ("finding")
_LANGUAGE_NAMES = {"en": "English", "th": "Thai", "my": "Burmese", "km": "Khmer", "lo": "Lao"}
_LABEL_FIELDS = {"title", "description", "label", "help", "worker_question", "violation", "action"}
# Finding texts may be shown to the employer, who must never read that a trafficking or
# forced-labour case is suspected (DOMAIN.md, "Employer notice"): those words stay out.
_TIP_OFF_WORDS = ("traffick", "forced labour", "forced labor", "ค้ามนุษย์", "บังคับใช้แรงงาน")
_FILE_NAME = re.compile(r"^.+\.v(?P<version>[0-9]+)\.json$")

Labels = Mapping[str, str]


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True, kw_only=True)
class FindingTexts:
    """What a finding from an item (or a choice) says: the reader's words, not the checklist's.

    ``violation`` states what is wrong ("Workers' passports are held by the employer"),
    ``action`` what the employer must do, ordered under ``action_refs`` (legal reference
    keys), by default within ``deadline_days`` of the visit (0: at once).
    """

    violation: Labels = field(hash=False)
    action: Labels = field(hash=False)
    deadline_days: int
    action_refs: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ChoiceDef:
    code: str
    label: Labels = field(hash=False)
    finding: FindingTexts | None = field(default=None, hash=False)


@dataclass(frozen=True, kw_only=True)
class ItemDef:
    """One checklist question. ``position`` counts from 1 within its section."""

    code: str
    section_code: str
    position: int
    answer_type: str
    label: Labels = field(hash=False)
    help: Labels | None = field(default=None, hash=False)
    worker_facing: bool = False
    worker_question: Labels | None = field(default=None, hash=False)
    safeguard: bool = False
    required: bool = True
    legal_refs: tuple[str, ...] = ()
    default_severity: str = "S3"
    indicator: str | None = None
    strong_indicator: bool = False
    rule: str | None = None
    unit: str | None = None
    choices: tuple[ChoiceDef, ...] = ()
    non_compliant_choices: tuple[str, ...] = ()
    # The texts of the finding a non-compliant answer makes (choice items: per choice).
    finding: FindingTexts | None = field(default=None, hash=False)

    def choice(self, code: str) -> ChoiceDef | None:
        return next((c for c in self.choices if c.code == code), None)

    @property
    def makes_findings(self) -> bool:
        """Whether an answer to this item can propose a finding.

        A safeguard records how the inspection itself was done, never a duty of the
        employer; a question with choice answers makes findings only through the
        choices listed as non-compliant.
        """
        if self.safeguard:
            return False
        if self.answer_type == "choice":
            return bool(self.non_compliant_choices)
        return True

    def finding_texts(self, value: Any = None) -> FindingTexts | None:
        """The finding texts for an answer: the chosen non-compliant choice's, else the item's."""
        if self.answer_type == "choice":
            chosen = self.choice(value) if isinstance(value, str) else None
            if chosen is None or chosen.code not in self.non_compliant_choices:
                return None
            return chosen.finding
        return self.finding


@dataclass(frozen=True, kw_only=True)
class SectionDef:
    code: str
    title: Labels = field(hash=False)
    items: tuple[ItemDef, ...]


@dataclass(frozen=True, kw_only=True)
class TemplateDef:
    """One immutable (code, version) checklist template."""

    code: str
    version: int
    kind: str
    sector: str
    effective_from: date
    effective_to: date | None
    title: Labels = field(hash=False)
    description: Labels | None = field(hash=False)
    sections: tuple[SectionDef, ...]
    source_name: str
    # sha256 of the canonical JSON, so HQ and laptops can tell they hold the same template.
    sha256: str
    document: dict[str, Any] = field(hash=False, compare=False, repr=False)
    # Languages whose texts are draft translations awaiting a native speaker's review ("translation_review").
    draft_languages: frozenset[str] = field(default=frozenset(), hash=False, compare=False)
    _by_code: Mapping[str, ItemDef] = field(
        init=False, hash=False, compare=False, repr=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        index = {item.code: item for item in self.items()}
        object.__setattr__(self, "_by_code", MappingProxyType(index))

    def items(self) -> tuple[ItemDef, ...]:
        """Every item, in section order then item order."""
        return tuple(item for section in self.sections for item in section.items)

    def item(self, code: str) -> ItemDef:
        """The item with this code; KeyError names the template if it has none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"template {self.code} v{self.version} has no item {code}") from None

    def has_item(self, code: str) -> bool:
        return code in self._by_code

    def is_effective(self, on_date: date) -> bool:
        """Whether a new inspection on this date may use this template."""
        return self.effective_from <= on_date and (
            self.effective_to is None or on_date <= self.effective_to
        )


def label_for(labels: Mapping[str, str], language: str) -> tuple[str, bool]:
    """The text in ``language``, or the English text; the flag says whether it fell back."""
    text = labels.get(language)
    if text:
        return text, False
    for fallback in ("en", "th"):
        if labels.get(fallback):
            return labels[fallback], language != fallback
    return "", True


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in one file: ``where`` is e.g. "item LPA-C-02" or "section C"."""

    source_name: str
    problem: str
    where: str | None = None
    item_code: str | None = None

    def __str__(self) -> str:
        parts = [self.source_name, self.where, self.problem]
        return ": ".join(p for p in parts if p)


class TemplateError(ValueError):
    """A template that cannot be used. One line per problem; the first names the file."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        if not problems:
            raise ValueError("TemplateError needs at least one problem")
        self.problems: tuple[TemplateProblem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def source_name(self) -> str:
        return self.problems[0].source_name

    @property
    def item_code(self) -> str | None:
        return self.problems[0].item_code


# --------------------------------------------------------------------------- loading


def default_templates_dir() -> Path:
    return resources_dir() / "checklists"


@cache
def template_schema() -> Mapping[str, Any]:
    """The checklist template JSON Schema (read once). Do not modify the returned dict."""
    path = resources_dir() / "schema" / "checklist-template.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    return schema


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        template_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def load_template(path: str | Path, legal: LegalReference | None = None) -> TemplateDef:
    """Read, validate and build one template; raise TemplateError listing every problem.

    ``legal`` is the legal reference data the template's legal_refs must exist in
    (default: the shipped ``legal_sections.json``).
    """
    path = Path(path)
    name = path.name
    doc = _read_json(path)
    schema_problems = _schema_problems(name, doc)
    if schema_problems:
        raise TemplateError(schema_problems)
    if legal is None:
        legal = load_legal_reference()
    problems = _content_problems(name, doc, legal)
    if problems:
        raise TemplateError(problems)
    return _build(name, doc)


def load_templates(
    directory: str | Path | None = None, legal: LegalReference | None = None
) -> list[TemplateDef]:
    """Every ``*.json`` template in a folder, sorted by (code, version).

    Besides each file's own checks, the set is checked as a whole: an inspection combines
    a base template with add-ons and modules, so an item code may belong to one template
    code only (its later versions keep it), and no (code, version) may ship twice.
    Problems from all files are reported together.
    """
    folder = Path(directory) if directory is not None else default_templates_dir()
    if not folder.is_dir():
        raise TemplateError([TemplateProblem(folder.name or str(folder), "folder does not exist")])
    if legal is None:
        legal = load_legal_reference()
    templates: list[TemplateDef] = []
    problems: list[TemplateProblem] = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("."):
            continue  # editor swap and lock files
        try:
            templates.append(load_template(path, legal))
        except TemplateError as exc:
            problems.extend(exc.problems)
    problems.extend(_cross_template_problems(templates))
    if problems:
        raise TemplateError(problems)
    return sorted(templates, key=lambda t: (t.code, t.version))


def _cross_template_problems(templates: Sequence[TemplateDef]) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    seen_versions: dict[tuple[str, int], TemplateDef] = {}
    item_owner: dict[str, TemplateDef] = {}
    for template in templates:
        key = (template.code, template.version)
        if key in seen_versions:
            problems.append(
                TemplateProblem(
                    template.source_name,
                    f"template {template.code} version {template.version} is also in "
                    f"{seen_versions[key].source_name}",
                )
            )
            continue
        seen_versions[key] = template
        for item in template.items():
            owner = item_owner.setdefault(item.code, template)
            if owner.code != template.code:
                problems.append(
                    TemplateProblem(
                        template.source_name,
                        f"item code is also used by template {owner.code} ({owner.source_name})",
                        where=f"item {item.code}",
                        item_code=item.code,
                    )
                )
    return problems


def _read_json(path: Path) -> Any:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError([TemplateProblem(name, f"cannot be read ({exc.strerror})")]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = f"is not UTF-8 text (bad byte at position {exc.start})"
        raise TemplateError([TemplateProblem(name, problem)]) from exc
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        problem = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise TemplateError([TemplateProblem(name, problem)]) from exc
    except _DuplicateKey as exc:
        # json would silently keep the last value, hiding e.g. a second "th" text.
        problem = f'the key "{exc.key}" appears twice in one object'
        raise TemplateError([TemplateProblem(name, problem)]) from None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def canonical_sha256(document: Mapping[str, Any]) -> str:
    """sha256 of the canonical JSON form (sorted keys, UTF-8, no spaces)."""
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- building


def _labels(raw: Mapping[str, str]) -> Labels:
    # Read-only views: a template is immutable once loaded.
    return MappingProxyType(dict(raw))


def _optional_labels(raw: Mapping[str, str] | None) -> Labels | None:
    return _labels(raw) if raw is not None else None


def _build(name: str, doc: dict[str, Any]) -> TemplateDef:
    sections = []
    for raw_section in doc["sections"]:
        items = tuple(
            _build_item(raw_item, raw_section["code"], position)
            for position, raw_item in enumerate(raw_section["items"], start=1)
        )
        sections.append(
            SectionDef(code=raw_section["code"], title=_labels(raw_section["title"]), items=items)
        )
    effective_to = doc.get("effective_to")
    return TemplateDef(
        code=doc["code"],
        version=doc["version"],
        kind=doc["kind"],
        sector=doc["sector"],
        effective_from=date.fromisoformat(doc["effective_from"]),
        effective_to=date.fromisoformat(effective_to) if effective_to else None,
        title=_labels(doc["title"]),
        description=_optional_labels(doc.get("description")),
        sections=tuple(sections),
        source_name=name,
        sha256=canonical_sha256(doc),
        document=doc,
        draft_languages=frozenset((doc.get("translation_review") or {}).get("draft", ())),
    )


def _build_item(raw: Mapping[str, Any], section_code: str, position: int) -> ItemDef:
    return ItemDef(
        code=raw["code"],
        section_code=section_code,
        position=position,
        answer_type=raw["answer_type"],
        label=_labels(raw["label"]),
        help=_optional_labels(raw.get("help")),
        worker_facing=raw.get("worker_facing", False),
        worker_question=_optional_labels(raw.get("worker_question")),
        safeguard=raw.get("safeguard", False),
        required=raw.get("required", True),
        legal_refs=tuple(raw.get("legal_refs", ())),
        default_severity=raw["default_severity"],
        indicator=raw.get("indicator"),
        strong_indicator=raw.get("strong_indicator", False),
        rule=raw.get("rule"),
        unit=raw.get("unit"),
        choices=tuple(
            ChoiceDef(code=c["code"], label=_labels(c["label"]), finding=_finding(c.get("finding")))
            for c in raw.get("choices", ())
        ),
        non_compliant_choices=tuple(raw.get("non_compliant_choices", ())),
        finding=_finding(raw.get("finding")),
    )


def _finding(raw: Mapping[str, Any] | None) -> FindingTexts | None:
    if raw is None:
        return None
    return FindingTexts(
        violation=_labels(raw["violation"]),
        action=_labels(raw["action"]),
        deadline_days=int(raw["deadline_days"]),
        action_refs=tuple(raw["action_refs"]),
    )


# --------------------------------------------------------------------------- older versions


def _same_question(old: ItemDef, new: ItemDef) -> bool:
    """Whether two versions of an item ask exactly the same thing of the inspector."""
    return (
        (old.answer_type, old.rule, old.safeguard, old.legal_refs, old.non_compliant_choices)
        == (new.answer_type, new.rule, new.safeguard, new.legal_refs, new.non_compliant_choices)
        and dict(old.label) == dict(new.label)
        and [(c.code, dict(c.label)) for c in old.choices] == [(c.code, dict(c.label)) for c in new.choices]
    )


def inherit_finding_texts(old: TemplateDef, newer: Iterable[TemplateDef]) -> TemplateDef:
    """``old`` with finding texts taken from a later version of it, where it has none.

    Templates published before schema version 2 carry no finding texts, and a template
    is never changed once published. Item codes are never reused for a different
    question, so an item that a later version asks in exactly the same words (same
    label, choices, rule and legal references) takes that version's texts; an item whose
    question changed gets none. The newest later version wins.
    """
    later = sorted((t for t in newer if t.code == old.code and t.version > old.version),
                   key=lambda t: t.version, reverse=True)
    if not later:
        return old
    sections = []
    changed = False
    for section in old.sections:
        items = []
        for item in section.items:
            donor = next((t.item(item.code) for t in later if t.has_item(item.code)
                          and _same_question(item, t.item(item.code))), None)
            if donor is None or item.finding is not None or any(c.finding for c in item.choices):
                items.append(item)
                continue
            changed = True
            items.append(replace(
                item,
                finding=donor.finding,
                choices=tuple(replace(c, finding=d.finding) for c, d in zip(item.choices, donor.choices, strict=True)),
            ))
        sections.append(replace(section, items=tuple(items)))
    if not changed:
        return old
    return replace(old, sections=tuple(sections))


# --------------------------------------------------------------------------- content checks


def _content_problems(
    name: str, doc: dict[str, Any], legal: LegalReference
) -> list[TemplateProblem]:
    """Checks the JSON Schema cannot express; ``doc`` already passed the schema."""
    problems: list[TemplateProblem] = []

    def add(problem: str, where: str | None = None, item_code: str | None = None) -> None:
        problems.append(TemplateProblem(name, problem, where, item_code))

    version = doc["version"]
    matched = _FILE_NAME.match(name)
    if matched is None or int(matched["version"]) != version:
        add(f'file name does not match version {version}: expected "<name>.v{version}.json"')

    start = date.fromisoformat(doc["effective_from"])
    if doc.get("effective_to"):
        end = date.fromisoformat(doc["effective_to"])
        if end < start:
            add(f"effective_to {end.isoformat()} is before effective_from {start.isoformat()}")

    section_seen: set[str] = set()
    item_sections: dict[str, str] = {}
    for section in doc["sections"]:
        section_code = section["code"]
        if section_code in section_seen:
            add("section code is used twice", f"section {section_code}")
        section_seen.add(section_code)
        for item in section["items"]:
            code = item["code"]
            where = f"item {code}"
            if code in item_sections:
                add(
                    f"item code is used twice (sections {item_sections[code]} and {section_code})",
                    where,
                    code,
                )
            else:
                item_sections[code] = section_code
            for problem in _item_problems(item, legal):
                add(problem, where, code)
    return problems


def _item_problems(item: Mapping[str, Any], legal: LegalReference) -> list[str]:
    problems: list[str] = []
    severity = item["default_severity"]
    if severity not in SEVERITIES:
        problems.append(f'unknown severity "{severity}" (use S1, S2, S3 or S4)')

    refs = item.get("legal_refs", [])
    for ref in refs:
        if ref not in legal:
            problems.append(f'legal reference "{ref}" is not in {legal.source_name}')
    if len(set(refs)) != len(refs):
        problems.append("legal_refs lists the same reference twice")
    if not refs and not item.get("safeguard", False):
        problems.append("has no legal_refs (only safeguard items may have none)")

    answer_type = item["answer_type"]
    choice_codes = [c["code"] for c in item.get("choices", [])]
    if answer_type == "choice":
        if len(set(choice_codes)) != len(choice_codes):
            problems.append("has two choices with the same code")
        for code in item.get("non_compliant_choices", []):
            if code not in choice_codes:
                problems.append(
                    f'non_compliant_choices "{code}" is not one of its choices '
                    f"({', '.join(choice_codes)})"
                )
    elif choice_codes or item.get("non_compliant_choices"):
        problems.append(f'has choices but its answer_type is "{answer_type}", not "choice"')

    if item.get("worker_facing", False):
        question = item.get("worker_question") or {}
        missing = [lang for lang in WORKER_LANGUAGES if not question.get(lang)]
        if missing:
            problems.append(f"worker_question {_missing_languages(missing)}")

    problems += _finding_problems(item, legal)

    rule = item.get("rule")
    if rule is not None and answer_type != "number":
        problems.append(f'rule "{rule}" needs answer_type "number", not "{answer_type}"')

    indicator = item.get("indicator")
    if item.get("strong_indicator", False):
        if indicator is None:
            problems.append("is marked strong_indicator but names no indicator")
        elif indicator not in STRONG_INDICATORS:
            # rules.py counts only these as strong; a mismatch would silently not refer.
            problems.append(
                f'marks indicator "{indicator}" as strong, but the strong indicators are '
                + ", ".join(sorted(STRONG_INDICATORS))
            )
    return problems


def _finding_problems(item: Mapping[str, Any], legal: LegalReference) -> list[str]:
    """Finding texts: present where the item can make a finding, and saying what is wrong.

    The JSON Schema already requires the texts on items that are neither safeguards nor
    choice questions; what it cannot see is which choices need them, and what the texts say.
    """
    problems: list[str] = []
    label = item["label"]
    flagged = set(item.get("non_compliant_choices", []))
    blocks: list[tuple[str, Mapping[str, Any]]] = []
    if item.get("finding") is not None:
        blocks.append(("finding", item["finding"]))
    for choice in item.get("choices", []):
        code = choice["code"]
        has = choice.get("finding") is not None
        if code in flagged and not has:
            problems.append(
                f'non-compliant choice "{code}" has no finding (violation statement and required action)'
            )
        elif has and code not in flagged:
            problems.append(f'choice "{code}" has a finding but is not listed in non_compliant_choices')
        if has:
            blocks.append((f'choice "{code}": finding', choice["finding"]))
    for where, block in blocks:
        for ref in block["action_refs"]:
            if ref not in legal:
                problems.append(f'{where}.action_refs: legal reference "{ref}" is not in {legal.source_name}')
        if len(set(block["action_refs"])) != len(block["action_refs"]):
            problems.append(f"{where}.action_refs lists the same reference twice")
        for lang, text in block["violation"].items():
            name = f'{_LANGUAGE_NAMES.get(lang, lang)} ("{lang}")'
            if text.strip().rstrip(".") == (label.get(lang) or "").strip().rstrip("."):
                problems.append(
                    f"{where}.violation repeats the checklist label in {name}: say what is wrong, "
                    "e.g. \"Workers' passports are held by the employer\""
                )
            if text.rstrip().endswith(("?", "？")):
                problems.append(f"{where}.violation is a question in {name}: say what is wrong")
            if text.strip() == block["action"].get(lang, "").strip():
                problems.append(f"{where}.action is the same as the violation in {name}: say what to do")
        for part in ("violation", "action"):
            for lang, text in block[part].items():
                lowered = text.casefold()
                if any(word in lowered for word in _TIP_OFF_WORDS):
                    problems.append(
                        f'{where}.{part} ({_LANGUAGE_NAMES.get(lang, lang)}, "{lang}") names trafficking or '
                        "forced labour, which the employer may read: state the facts instead"
                    )
    return problems


def _missing_languages(langs: Sequence[str]) -> str:
    named = [f'{_LANGUAGE_NAMES.get(lang, lang)} ("{lang}")' for lang in langs]
    if len(named) == 1:
        listed = named[0]
    else:
        listed = ", ".join(named[:-1]) + " or " + named[-1]
    return f"has no {listed} text"


# --------------------------------------------------------------------------- schema errors


def _schema_problems(name: str, doc: Any) -> list[TemplateProblem]:
    errors = sorted(_validator().iter_errors(doc), key=_document_order)
    problems: list[TemplateProblem] = []
    for error in errors:
        problem = _translate(name, doc, error)
        if problem not in problems:  # if/then and type errors can repeat one another
            problems.append(problem)
    return problems


def _document_order(error: ValidationError) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in error.absolute_path)


def _translate(name: str, doc: Any, error: ValidationError) -> TemplateProblem:
    where, item_code, level, rest = _locate(doc, list(error.absolute_path))
    return TemplateProblem(name, _describe(error, level, rest), where, item_code)


def _locate(
    doc: Any, path: list[str | int]
) -> tuple[str | None, str | None, str, list[str | int]]:
    """Turn a JSON path like sections/2/items/4/label into where, item code, level, rest.

    e.g. ("item LPA-C-02", "LPA-C-02", "item", ["label"]); the section or item position
    (counting from 1) stands in for a code that is itself missing or malformed.
    """

    def code_of(obj: Any) -> str | None:
        code = obj.get("code") if isinstance(obj, dict) else None
        return code if isinstance(code, str) and code else None

    if len(path) < 2 or path[0] != "sections" or not isinstance(path[1], int):
        return None, None, "template", path
    section = doc["sections"][path[1]]
    section_code = code_of(section)
    where = f"section {section_code}" if section_code else f"section {path[1] + 1}"
    if len(path) < 4 or path[2] != "items" or not isinstance(path[3], int):
        return where, None, "section", path[2:]
    item = section["items"][path[3]]
    item_code = code_of(item)
    where = f"item {item_code}" if item_code else f"{where}, item {path[3] + 1}"
    rest = path[4:]
    if len(rest) >= 2 and rest[0] == "choices" and isinstance(rest[1], int):
        choice_code = code_of(item["choices"][rest[1]])
        where += f', choice "{choice_code}"' if choice_code else f", choice {rest[1] + 1}"
        return where, item_code, "choice", rest[2:]
    return where, item_code, "item", rest


# What a well-formed code looks like, for each kind of object that has one.
_CODE_FORMS = {
    "template": "capital letters, digits and hyphens, e.g. LPA-GENERAL",
    "section": "capital letters, digits and hyphens, e.g. C",
    "item": "PREFIX-SECTION-NN in capitals, e.g. LPA-C-02",
    "choice": "lower-case letters, digits and _, e.g. employer_holds",
}


def _field_name(rest: Sequence[str | int]) -> str:
    parts: list[str] = []
    for part in rest:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts)


def _describe(error: ValidationError, level: str, rest: list[str | int]) -> str:
    """Plain words for one schema error; ``rest`` is the path inside the located object."""
    validator = error.validator
    value = error.instance
    last = rest[-1] if rest else None
    in_label = len(rest) >= 2 and rest[-2] in _LABEL_FIELDS and last in _LANGUAGE_NAMES
    subject = _field_name(rest[:-1] if in_label else rest)

    if validator == "required":
        missing = [key for key in error.validator_value if key not in value]
        if last in _LABEL_FIELDS and all(key in _LANGUAGE_NAMES for key in missing):
            return f"{subject} {_missing_languages(missing)}"
        if missing == ["worker_question"]:
            return "is worker-facing but has no worker_question"
        if missing == ["choices"]:
            return 'is a choice item but has no "choices"'
        if missing == ["finding"] and level == "item" and not rest:
            return ('can make a finding but has no "finding" texts (violation statement, required action, '
                    "deadline_days and action_refs)")
        listed = ", ".join(f'"{key}"' for key in missing)
        if subject:
            return f"{subject} is missing {listed}"
        return f"{listed} {'is' if len(missing) == 1 else 'are'} missing"
    if validator == "not" and error.validator_value == {"required": ["finding"]}:
        if isinstance(value, dict) and value.get("safeguard"):
            return 'is a safeguard, which never makes a finding: remove its "finding"'
        return ('is a choice question: its findings come from the choices listed in non_compliant_choices, '
                'so "finding" belongs on those choices')
    if validator == "enum":
        if last == "default_severity":
            return f'unknown severity "{value}" (use S1, S2, S3 or S4)'
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f'{subject} "{value}" is not one of: {allowed}'
    if validator == "const":
        return f"{subject} must be {json.dumps(error.validator_value)}, not {json.dumps(value)}"
    if validator == "pattern":
        if len(rest) >= 2 and rest[-2] == "legal_refs":
            return f'legal reference "{value}" does not have the form LAW:SECTION (e.g. LPA:44)'
        if rest == ["code"]:
            return f'{level} code "{value}" must be {_CODE_FORMS[level]}'
        return f'{subject} "{value}" does not have the required form ({error.validator_value})'
    if validator == "minLength":
        if in_label:
            return f'{subject} has empty {_LANGUAGE_NAMES[str(last)]} ("{last}") text'
        return f"{subject} is empty"
    if validator == "minItems":
        if not value:
            return f"{subject} is empty"
        return f"{subject} needs at least {error.validator_value} entries"
    if validator == "type":
        expected = error.validator_value
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_TYPE_NAMES.get(n, n) for n in names)
        return f"{subject or level} must be {wanted}, not {_json_type(value)}"
    if validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = ", ".join(f'"{key}"' for key in sorted(k for k in value if k not in allowed))
        if last in _LABEL_FIELDS:
            return f"{subject} has text in an unsupported language {extra} (use en, th, my, km, lo)"
        return f"{subject} has unexpected field {extra}" if subject else f"unexpected field {extra}"
    if validator == "format":
        return f'{subject} "{value}" is not a date written YYYY-MM-DD'
    if validator == "minimum":
        return f"{subject} must be at least {error.validator_value}, not {value}"
    return f"{subject}: {error.message}" if subject else error.message


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def index_items(templates: Iterable[TemplateDef]) -> dict[str, ItemDef]:
    """Every item of the given templates by code (an inspection's base plus its add-ons)."""
    return {item.code: item for template in templates for item in template.items()}


TEMPLATE_ID_NAMESPACE = uuid.UUID("6f1d2c0e-8b7a-5c3e-9d41-0a2b3c4d5e6f")


def template_record_id(code: str, version: int, sha256: str) -> str:
    """The id a data store gives a template version: the same everywhere the same version is loaded,
    so HQ knows which version an inspection's `template_id` names (uuid5 of code, version, content)."""
    return str(uuid.uuid5(TEMPLATE_ID_NAMESPACE, f"{code}:{version}:{sha256}"))


def template_from_document(document: Mapping[str, Any], source_name: str = "database") -> TemplateDef:
    """A template as stored in the database (it was validated when it was loaded)."""
    return _build(source_name, dict(document))
