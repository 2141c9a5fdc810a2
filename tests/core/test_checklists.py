"""Checklist templates: the shipped files validate, and broken files are refused clearly."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from inspector_app.core.checklists import (
    FindingTexts,
    ItemDef,
    TemplateDef,
    TemplateError,
    default_templates_dir,
    inherit_finding_texts,
    label_for,
    load_template,
    load_templates,
    template_from_document,
    template_schema,
)
from inspector_app.core.legal import LegalReference, load_legal_reference
from inspector_app.i18n.scripts import Script, char_script

SHIPPED = sorted(default_templates_dir().glob("*.json"))


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def legal(tmp_path: Path) -> LegalReference:
    doc = {
        "schema_version": 1,
        "version": "test-1",
        "published": "2025-01-01",
        "laws": {
            "LPA": {
                "title": {"en": "Labour Protection Act B.E. 2541", "th": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541"},
                "short": {"en": "LPA", "th": "พ.ร.บ.คุ้มครองแรงงาน"},
                "effective_from": "1998-08-19",
            },
        },
        "sections": {
            key: {
                "law": "LPA",
                "section": key.split(":")[1],
                "title": {"en": f"Section {key}", "th": f"มาตรา {key}"},
                "verify": False,
                "effective_from": "1998-08-19",
            }
            for key in ("LPA:44", "LPA:90", "LPA:10")
        },
    }
    # Outside tmp_path itself, where the tests put the template files.
    path = tmp_path / "reference" / "legal_sections.json"
    path.parent.mkdir()
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return load_legal_reference(path)


def five(text: str) -> dict[str, str]:
    return {lang: f"{text} [{lang}]" for lang in ("en", "th", "my", "km", "lo")}


def finding(violation: str, action: str, refs: list[str], *, worker: bool = False) -> dict[str, Any]:
    texts = five if worker else (lambda text: {"en": f"{text} [en]", "th": f"{text} [th]"})
    return {"violation": texts(violation), "action": texts(action), "deadline_days": 0, "action_refs": refs}


def valid_template() -> dict[str, Any]:
    return {
        "schema_version": 2,
        "code": "TEST-BASE",
        "version": 1,
        "kind": "base",
        "sector": "general",
        "effective_from": "2025-01-01",
        "effective_to": None,
        "title": {"en": "Test checklist", "th": "แบบตรวจทดสอบ"},
        "sections": [
            {
                "code": "A",
                "title": {"en": "Safeguards", "th": "การคุ้มครองผู้ให้ข้อมูล"},
                "items": [
                    {
                        "code": "TST-A-01",
                        "answer_type": "compliance",
                        "label": {"en": "Interview held in private", "th": "สัมภาษณ์เป็นการส่วนตัว"},
                        "safeguard": True,
                        "default_severity": "S4",
                    },
                ],
            },
            {
                "code": "C",
                "title": {"en": "Children", "th": "แรงงานเด็ก"},
                "items": [
                    {
                        "code": "TST-C-01",
                        "answer_type": "number",
                        "label": {"en": "Age of the youngest worker", "th": "อายุของลูกจ้างที่อายุน้อยที่สุด"},
                        "legal_refs": ["LPA:44"],
                        "default_severity": "S1",
                        "rule": "child_age",
                        "unit": "years",
                        "finding": finding("A child under 15 is employed", "Stop employing the child", ["LPA:44"]),
                    },
                    {
                        "code": "TST-C-02",
                        "answer_type": "choice",
                        "label": {"en": "Who holds the passport?", "th": "ใครเก็บหนังสือเดินทาง"},
                        "worker_facing": True,
                        "worker_question": five("Who keeps your passport?"),
                        "legal_refs": ["LPA:10"],
                        "default_severity": "S1",
                        "indicator": "retention_of_documents",
                        "strong_indicator": True,
                        "choices": [
                            {"code": "worker", "label": {"en": "The worker", "th": "ลูกจ้าง"}},
                            {
                                "code": "employer",
                                "label": {"en": "The employer", "th": "นายจ้าง"},
                                "finding": finding("The employer holds the passport", "Return the passport",
                                                   ["LPA:10"], worker=True),
                            },
                        ],
                        "non_compliant_choices": ["employer"],
                    },
                ],
            },
        ],
    }


def write(tmp_path: Path, doc: Any, name: str = "test-base.v1.json") -> Path:
    path = tmp_path / name
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def item(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(i for s in doc["sections"] for i in s["items"] if i["code"] == code)


# --------------------------------------------------------------------------- shipped templates


@pytest.fixture(scope="module")
def shipped() -> list[TemplateDef]:
    return load_templates()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_template_validates(path: Path) -> None:
    template = load_template(path)
    assert path.name.endswith(f".v{template.version}.json")
    assert template.items(), f"{path.name} has no items"


def test_a_base_template_ships(shipped: list[TemplateDef]) -> None:
    # An inspection starts from a base template and adds sector add-ons and modules.
    assert any(t.kind == "base" for t in shipped), [t.source_name for t in shipped]


def test_shipped_item_codes_are_unique_across_templates(shipped: list[TemplateDef]) -> None:
    owner: dict[str, str] = {}
    for template in shipped:
        for entry in template.items():
            assert owner.setdefault(entry.code, template.code) == template.code, entry.code
    keys = [(t.code, t.version) for t in shipped]
    assert len(keys) == len(set(keys))


def test_shipped_templates_are_stable_across_loads() -> None:
    first, second = load_templates(), load_templates()
    assert [[i.code for i in t.items()] for t in first] == [[i.code for i in t.items()] for t in second]
    assert [t.sha256 for t in first] == [t.sha256 for t in second]
    for template in first:
        raw = json.loads((default_templates_dir() / template.source_name).read_text("utf-8"))
        canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert template.sha256 == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_shipped_items_have_thai_and_english_labels(shipped: list[TemplateDef]) -> None:
    for template in shipped:
        for text in (template.title, *(s.title for s in template.sections)):
            assert text["en"].strip() and text["th"].strip(), template.source_name
        for entry in template.items():
            assert entry.label["en"].strip() and entry.label["th"].strip(), entry.code
            for choice in entry.choices:
                assert choice.label["en"].strip() and choice.label["th"].strip(), entry.code


def test_shipped_worker_facing_items_speak_every_worker_language(
    shipped: list[TemplateDef],
) -> None:
    facing = [i for t in shipped for i in t.items() if i.worker_facing]
    for entry in facing:
        assert entry.worker_question is not None, entry.code
        for lang in ("en", "th", "my", "km", "lo"):
            assert entry.worker_question.get(lang, "").strip(), f"{entry.code} {lang}"


def _finding_blocks(entry: ItemDef) -> list[tuple[str, FindingTexts | None]]:
    if entry.answer_type == "choice":
        return [(f"{entry.code} {code}", entry.finding_texts(code)) for code in entry.non_compliant_choices]
    return [(entry.code, entry.finding)]


def test_every_item_that_can_make_a_finding_says_what_is_wrong_and_what_to_do(shipped: list[TemplateDef]) -> None:
    """What the employer, the supervisor and the worker read: never the checklist's wording."""
    labels = {text.strip() for t in shipped for i in t.items() for text in i.label.values()}
    legal = load_legal_reference()
    checked = 0
    newest = {t.code: t for t in shipped}  # sorted by (code, version): the last one is the newest
    for template in shipped:
        translated = {"my", "km", "lo"} <= template.draft_languages  # version 3 speaks every language
        for entry in template.items():
            if not entry.makes_findings:
                assert entry.safeguard or not entry.non_compliant_choices, entry.code
                assert entry.finding is None and all(c.finding is None for c in entry.choices), entry.code
                continue
            languages = ("th", "en", "my", "km", "lo") if entry.worker_facing or translated else ("th", "en")
            for where, texts in _finding_blocks(entry):
                assert texts is not None, f"{where} makes findings but has no texts"
                checked += template is newest[template.code]
                for lang in languages:
                    violation, action = texts.violation.get(lang, ""), texts.action.get(lang, "")
                    assert violation.strip() and action.strip(), f"{where} {lang}"
                    assert violation.strip() not in labels, f"{where} {lang}: the violation is a checklist label"
                    assert not violation.rstrip().endswith("?"), f"{where} {lang}: the violation is a question"
                    assert action != violation, f"{where} {lang}"
                assert 0 <= texts.deadline_days <= 365, where
                assert texts.action_refs and all(legal.get(ref) for ref in texts.action_refs), where
    # In the newest version of each template, 102 items make findings; the 5 choice questions make 10
    # findings between them. (Older versions still ship: inspections and HQ name them by content hash.)
    assert checked == 107


def test_worker_language_texts_are_written_in_their_own_script(shipped: list[TemplateDef]) -> None:
    expected = {"th": Script.THAI, "my": Script.MYANMAR, "km": Script.KHMER, "lo": Script.LAO}
    for template in shipped:
        for entry in template.items():
            for where, texts in _finding_blocks(entry):
                for text_set in (texts.violation, texts.action) if texts else ():
                    for lang, script in expected.items():
                        if lang in text_set:
                            scripts = {char_script(ch) for ch in text_set[lang]} - {None, Script.LATIN, Script.OTHER}
                            assert scripts == {script}, f"{where} {lang}: {scripts}"


def test_different_sections_get_different_required_actions(shipped: list[TemplateDef]) -> None:
    """Two findings that cite different sections never tell the employer the same thing."""
    seen: dict[str, tuple[str, frozenset[str]]] = {}
    for template in shipped:
        for entry in template.items():
            for where, texts in _finding_blocks(entry):
                if texts is None:
                    continue
                cited = frozenset((*texts.action_refs, *entry.legal_refs))
                for lang in ("th", "en"):
                    other = seen.setdefault(f"{lang}:{texts.action[lang]}", (where, cited))
                    assert other[1] == cited, f"{where} and {other[0]} share a {lang} action"


def test_shipped_legal_refs_exist(shipped: list[TemplateDef]) -> None:
    legal = load_legal_reference()
    for template in shipped:
        for entry in template.items():
            if not entry.safeguard:
                assert entry.legal_refs, entry.code
            missing = [ref for ref in entry.legal_refs if legal.get(ref) is None]
            assert not missing, f"{entry.code}: {missing}"


# --------------------------------------------------------------------------- a good fixture


def test_valid_template_becomes_frozen_definitions(tmp_path: Path, legal: LegalReference) -> None:
    path = write(tmp_path, valid_template())
    template = load_template(path, legal)

    assert (template.code, template.version, template.kind) == ("TEST-BASE", 1, "base")
    assert template.effective_from.isoformat() == "2025-01-01"
    assert template.effective_to is None
    assert template.source_name == "test-base.v1.json"
    assert [i.code for i in template.items()] == ["TST-A-01", "TST-C-01", "TST-C-02"]
    assert [s.code for s in template.sections] == ["A", "C"]

    age = template.item("TST-C-01")
    assert (age.section_code, age.position, age.rule, age.unit) == ("C", 1, "child_age", "years")
    assert age.legal_refs == ("LPA:44",)
    assert (age.required, age.worker_facing, age.safeguard) == (True, False, False)

    passport = template.item("TST-C-02")
    assert passport.position == 2
    assert [c.code for c in passport.choices] == ["worker", "employer"]
    assert passport.non_compliant_choices == ("employer",)
    assert passport.worker_question is not None and passport.worker_question["km"]
    assert passport.strong_indicator and passport.indicator == "retention_of_documents"

    assert template.item("TST-A-01").legal_refs == ()

    # Finding texts: the item's own, or (choice questions) the non-compliant choice's.
    assert age.finding is not None and age.finding.violation["en"] == "A child under 15 is employed [en]"
    assert (age.finding.deadline_days, age.finding.action_refs) == (0, ("LPA:44",))
    held = passport.finding_texts("employer")
    assert held is not None and held.action["lo"] == "Return the passport [lo]"
    assert passport.finding_texts("worker") is None and passport.finding_texts(None) is None
    assert age.makes_findings and passport.makes_findings
    assert not template.item("TST-A-01").makes_findings
    with pytest.raises(KeyError, match="TST-Z-99"):
        template.item("TST-Z-99")
    with pytest.raises(TypeError):
        age.label["en"] = "changed"  # type: ignore[index]
    assert len(template.sha256) == 64
    assert template.document == valid_template()


def test_formatting_does_not_change_the_hash(tmp_path: Path, legal: LegalReference) -> None:
    doc = valid_template()
    pretty, compact, edited = (tmp_path / name for name in ("pretty", "compact", "edited"))
    for folder in (pretty, compact, edited):
        folder.mkdir()
    reference = load_template(write(pretty, doc), legal).sha256
    reformatted = json.dumps(doc, separators=(",", ":"), ensure_ascii=True)
    assert load_template(write(compact, reformatted), legal).sha256 == reference
    doc["title"]["en"] = "Another title"
    assert load_template(write(edited, doc), legal).sha256 != reference


# --------------------------------------------------------------------------- broken templates

Mutation = Callable[[dict[str, Any]], None]


def _del_thai_label(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-01")["label"]["th"]


def _duplicate_item(doc: dict[str, Any]) -> None:
    doc["sections"][1]["items"].append(copy.deepcopy(item(doc, "TST-C-01")))


def _severity_s5(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["default_severity"] = "S5"


def _unknown_ref(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["legal_refs"] = ["LPA:44", "LPA:999"]


def _no_refs(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["legal_refs"] = []


def _duplicate_section(doc: dict[str, Any]) -> None:
    doc["sections"][1]["code"] = "A"


def _bad_non_compliant_choice(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-02")["non_compliant_choices"] = ["broker"]


def _worker_question_thai_only(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-02")["worker_question"] = {"en": "Who keeps it?", "th": "ใครเก็บ"}


def _worker_facing_without_question(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-02")["worker_question"]


def _ends_before_start(doc: dict[str, Any]) -> None:
    doc["effective_to"] = "2024-12-31"


def _empty_thai(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["label"]["th"] = ""


def _unexpected_field(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["severity"] = "S1"


def _bad_date(doc: dict[str, Any]) -> None:
    doc["effective_from"] = "2025-13-01"


def _bad_item_code(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["code"] = "tst-c-1"


def _rule_on_text_item(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["answer_type"] = "text"


def _weak_indicator_marked_strong(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-02")["indicator"] = "deception"


def _choice_without_choices(doc: dict[str, Any]) -> None:
    entry = item(doc, "TST-C-02")
    del entry["choices"]
    del entry["non_compliant_choices"]


def _choice_missing_thai(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-02")["choices"][1]["label"]["th"]


def _unknown_language(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["label"]["fr"] = "Âge"


def _section_title_missing_english(doc: dict[str, Any]) -> None:
    del doc["sections"][1]["title"]["en"]


def _no_finding_texts(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-01")["finding"]


def _action_without_thai(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-01")["finding"]["action"]["th"]


def _worker_facing_violation_thai_and_english_only(doc: dict[str, Any]) -> None:
    violation = item(doc, "TST-C-02")["choices"][1]["finding"]["violation"]
    for lang in ("my", "km", "lo"):
        del violation[lang]


def _non_compliant_choice_without_finding(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-02")["choices"][1]["finding"]


def _compliant_choice_with_finding(doc: dict[str, Any]) -> None:
    entry = item(doc, "TST-C-02")
    entry["choices"][0]["finding"] = copy.deepcopy(entry["choices"][1]["finding"])


def _safeguard_with_finding(doc: dict[str, Any]) -> None:
    item(doc, "TST-A-01")["finding"] = finding("Not private", "Hold it in private", ["LPA:44"])


def _finding_on_the_choice_question(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-02")["finding"] = finding("Passport held", "Give it back", ["LPA:10"], worker=True)


def _violation_is_the_label(doc: dict[str, Any]) -> None:
    entry = item(doc, "TST-C-01")
    entry["finding"]["violation"]["en"] = entry["label"]["en"]


def _violation_is_a_question(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-02")["choices"][1]["finding"]["violation"]["th"] = "นายจ้างเก็บหนังสือเดินทางหรือไม่?"


def _unknown_action_ref(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["finding"]["action_refs"] = ["LPA:999"]


def _no_deadline(doc: dict[str, Any]) -> None:
    del item(doc, "TST-C-01")["finding"]["deadline_days"]


def _negative_deadline(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["finding"]["deadline_days"] = -1


def _action_tips_off_the_employer(doc: dict[str, Any]) -> None:
    item(doc, "TST-C-01")["finding"]["action"]["en"] = "Stop the human trafficking"


def _old_schema_version(doc: dict[str, Any]) -> None:
    doc["schema_version"] = 1


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            _no_finding_texts,
            'test-base.v1.json: item TST-C-01: can make a finding but has no "finding" texts '
            "(violation statement, required action, deadline_days and action_refs)",
        ),
        (_action_without_thai, 'test-base.v1.json: item TST-C-01: finding.action has no Thai ("th") text'),
        (
            _worker_facing_violation_thai_and_english_only,
            'test-base.v1.json: item TST-C-02, choice "employer": finding.violation has no Burmese ("my"), '
            'Khmer ("km") or Lao ("lo") text',
        ),
        (
            _non_compliant_choice_without_finding,
            'test-base.v1.json: item TST-C-02: non-compliant choice "employer" has no finding '
            "(violation statement and required action)",
        ),
        (
            _compliant_choice_with_finding,
            'item TST-C-02: choice "worker" has a finding but is not listed in non_compliant_choices',
        ),
        (_safeguard_with_finding, 'item TST-A-01: is a safeguard, which never makes a finding: remove its "finding"'),
        (_finding_on_the_choice_question, 'item TST-C-02: is a choice question: its findings come from the choices'),
        (
            _violation_is_the_label,
            'item TST-C-01: finding.violation repeats the checklist label in English ("en"): say what is wrong',
        ),
        (
            _violation_is_a_question,
            'item TST-C-02: choice "employer": finding.violation is a question in Thai ("th"): say what is wrong',
        ),
        (
            _unknown_action_ref,
            'item TST-C-01: finding.action_refs: legal reference "LPA:999" is not in legal_sections.json',
        ),
        (_no_deadline, 'item TST-C-01: finding is missing "deadline_days"'),
        (_negative_deadline, "item TST-C-01: finding.deadline_days must be at least 0, not -1"),
        (
            _action_tips_off_the_employer,
            'item TST-C-01: finding.action (English, "en") names trafficking or forced labour',
        ),
        (_old_schema_version, "test-base.v1.json: schema_version must be 2, not 1"),
        (_del_thai_label, 'test-base.v1.json: item TST-C-01: label has no Thai ("th") text'),
        (_empty_thai, 'test-base.v1.json: item TST-C-01: label has empty Thai ("th") text'),
        (_duplicate_item, "test-base.v1.json: item TST-C-01: item code is used twice"),
        (_severity_s5, 'test-base.v1.json: item TST-C-01: unknown severity "S5"'),
        (
            _unknown_ref,
            'test-base.v1.json: item TST-C-01: legal reference "LPA:999" is not in '
            "legal_sections.json",
        ),
        (_no_refs, "test-base.v1.json: item TST-C-01: has no legal_refs"),
        (_duplicate_section, "test-base.v1.json: section A: section code is used twice"),
        (
            _bad_non_compliant_choice,
            'test-base.v1.json: item TST-C-02: non_compliant_choices "broker" is not one of '
            "its choices (worker, employer)",
        ),
        (
            _worker_question_thai_only,
            'test-base.v1.json: item TST-C-02: worker_question has no Burmese ("my"), '
            'Khmer ("km") or Lao ("lo") text',
        ),
        (
            _worker_facing_without_question,
            "test-base.v1.json: item TST-C-02: is worker-facing but has no worker_question",
        ),
        (
            _ends_before_start,
            "test-base.v1.json: effective_to 2024-12-31 is before effective_from 2025-01-01",
        ),
        (_unexpected_field, 'test-base.v1.json: item TST-C-01: unexpected field "severity"'),
        (
            _bad_date,
            'test-base.v1.json: effective_from "2025-13-01" is not a date written YYYY-MM-DD',
        ),
        (_bad_item_code, 'test-base.v1.json: item tst-c-1: item code "tst-c-1" must be PREFIX-'),
        (_rule_on_text_item, 'item TST-C-01: rule "child_age" needs answer_type "number"'),
        (_weak_indicator_marked_strong, 'item TST-C-02: marks indicator "deception" as strong'),
        (_choice_without_choices, 'item TST-C-02: is a choice item but has no "choices"'),
        (
            _choice_missing_thai,
            'item TST-C-02, choice "employer": label has no Thai ("th") text',
        ),
        (_unknown_language, 'item TST-C-01: label has text in an unsupported language "fr"'),
        (_section_title_missing_english, 'section C: title has no English ("en") text'),
    ],
    ids=lambda case: case.__name__.strip("_") if callable(case) else "message",
)
def test_broken_template_is_refused_with_a_plain_message(
    tmp_path: Path, legal: LegalReference, mutate: Mutation, expected: str
) -> None:
    doc = valid_template()
    mutate(doc)
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, doc), legal)
    lines = str(caught.value).splitlines()
    assert any(expected in line for line in lines), lines
    assert all(line.startswith("test-base.v1.json: ") for line in lines), lines
    assert caught.value.source_name == "test-base.v1.json"


def test_invalid_json_names_line_and_column(tmp_path: Path, legal: LegalReference) -> None:
    text = '{\n  "schema_version": 1,\n  "code": "TEST-BASE"\n  "version": 1\n}\n'
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, text), legal)
    assert str(caught.value).startswith(
        "test-base.v1.json: invalid JSON at line 4, column 3: Expecting ',' delimiter"
    )


def test_unreadable_file_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    with pytest.raises(TemplateError, match=r"^missing\.v1\.json: cannot be read"):
        load_template(tmp_path / "missing.v1.json", legal)


def test_non_utf8_file_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    path = tmp_path / "test-base.v1.json"
    path.write_bytes(json.dumps(valid_template(), ensure_ascii=False).encode("cp874"))
    with pytest.raises(TemplateError, match="is not UTF-8 text"):
        load_template(path, legal)


def test_duplicate_json_key_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    text = json.dumps(valid_template(), ensure_ascii=False)
    text = text.replace('"th": "แบบตรวจทดสอบ"', '"th": "แบบตรวจทดสอบ", "th": "ซ้ำ"')
    with pytest.raises(TemplateError, match='the key "th" appears twice'):
        load_template(write(tmp_path, text), legal)


def test_file_name_must_carry_the_version(tmp_path: Path, legal: LegalReference) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, valid_template(), "test-base.v2.json"), legal)
    assert str(caught.value) == (
        'test-base.v2.json: file name does not match version 1: expected "<name>.v1.json"'
    )
    with pytest.raises(TemplateError, match="file name does not match"):
        load_template(write(tmp_path, valid_template(), "test-base.json"), legal)


def test_every_problem_in_a_file_is_listed(tmp_path: Path, legal: LegalReference) -> None:
    doc = valid_template()
    _del_thai_label(doc)
    _severity_s5(doc)
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, doc), legal)
    assert len(caught.value.problems) == 2
    assert caught.value.item_code == "TST-C-01"
    assert {p.item_code for p in caught.value.problems} == {"TST-C-01"}


# --------------------------------------------------------------------------- sets of templates


def addon(code: str, item_code: str, version: int = 1) -> dict[str, Any]:
    doc = valid_template()
    doc.update(code=code, version=version, kind="addon", sector="fishing")
    doc["sections"] = [copy.deepcopy(doc["sections"][1])]
    doc["sections"][0]["items"] = [copy.deepcopy(item(doc, "TST-C-01"))]
    doc["sections"][0]["items"][0]["code"] = item_code
    return doc


def test_templates_load_as_a_set(tmp_path: Path, legal: LegalReference) -> None:
    write(tmp_path, valid_template())
    write(tmp_path, addon("TEST-FISH", "FSH-C-01"), "test-fish.v1.json")
    # A later version of the same template keeps its item codes: that is not a clash.
    write(tmp_path, addon("TEST-FISH", "FSH-C-01", version=2), "test-fish.v2.json")
    templates = load_templates(tmp_path, legal)
    assert [(t.code, t.version) for t in templates] == [
        ("TEST-BASE", 1), ("TEST-FISH", 1), ("TEST-FISH", 2),
    ]


def test_item_code_shared_by_two_templates_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    write(tmp_path, valid_template())
    write(tmp_path, addon("TEST-FISH", "TST-C-01"), "test-fish.v1.json")
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path, legal)
    message = str(caught.value)
    assert "test-fish.v1.json: item TST-C-01: item code is also used by template TEST-BASE" in message
    assert "test-base.v1.json" in message


def test_same_code_and_version_twice_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    write(tmp_path, valid_template())
    write(tmp_path, valid_template(), "copy-of-base.v1.json")
    with pytest.raises(TemplateError, match="template TEST-BASE version 1 is also in"):
        load_templates(tmp_path, legal)


def test_problems_from_several_files_are_reported_together(
    tmp_path: Path, legal: LegalReference
) -> None:
    broken = valid_template()
    _severity_s5(broken)
    write(tmp_path, broken)
    write(tmp_path, "{ not json", "other.v1.json")
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path, legal)
    assert {p.source_name for p in caught.value.problems} == {"test-base.v1.json", "other.v1.json"}


def test_missing_folder_is_refused(tmp_path: Path, legal: LegalReference) -> None:
    with pytest.raises(TemplateError, match="nowhere: folder does not exist"):
        load_templates(tmp_path / "nowhere", legal)


def test_an_older_version_takes_finding_texts_only_for_unchanged_questions(
    tmp_path: Path, legal: LegalReference
) -> None:
    newer_doc = valid_template()
    newer_doc["version"] = 2
    newer = load_template(write(tmp_path, newer_doc, "test-base.v2.json"), legal)
    # Version 1 as a data store holds it: published before finding texts existed.
    older_doc = valid_template()
    older_doc["schema_version"] = 1
    for section in older_doc["sections"]:
        for entry in section["items"]:
            entry.pop("finding", None)
            for choice in entry.get("choices", []):
                choice.pop("finding", None)
    item(older_doc, "TST-C-02")["label"]["en"] = "Who keeps the passport?"  # asked differently then
    older = template_from_document(older_doc, "test-base.v1")

    inherited = inherit_finding_texts(older, [newer])
    age = inherited.item("TST-C-01")
    assert age.finding is not None and age.finding.violation["en"] == "A child under 15 is employed [en]"
    assert age.label == older.item("TST-C-01").label  # the questions stay version 1's
    assert inherited.item("TST-C-02").finding_texts("employer") is None  # a changed question inherits nothing
    assert inherited.version == 1 and [i.code for i in inherited.items()] == [i.code for i in older.items()]
    assert inherit_finding_texts(older, []) is older


# --------------------------------------------------------------------------- small helpers


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", ("ตาก", False)),
        ("en", ("Tak", False)),
        ("my", ("တာ့ခ်", False)),
        ("km", ("Tak", True)),
        ("lo", ("Tak", True)),
    ],
)
def test_label_for_falls_back_to_english(language: str, expected: tuple[str, bool]) -> None:
    assert label_for({"en": "Tak", "th": "ตาก", "my": "တာ့ခ်"}, language) == expected


def test_schema_is_loaded_once() -> None:
    assert template_schema() is template_schema()
    assert template_schema()["title"] == "Field Inspector checklist template"
