"""What the worker information sheet says (DOMAIN.md, "Worker sheet").

The sheet lists, in the worker's language, every standard right (`STANDARD_RIGHTS`)
plus the rights the visit's findings concern, and never drops one to save paper (the
layout goes to a second page instead). It prints the minimum daily wage in force for the
establishment's district or province on the visit date, from the dated wage table
(`core.legal.minimum_wage`), with its legal basis, and the complaint channels and
hotlines (`resources/reference/hotlines.json`).

A final sheet (inspection signed off) asserts nothing unconfirmed: hotlines marked
"verify" are left out and a section still to be confirmed is not cited by number. A
draft shows them, marked. The sheet holds nothing about any worker, and no hint of what
was found beyond the extra rights a finding concerns.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import internal
from inspector_app.core.legal import WageRate, load_legal_reference, minimum_wage
from inspector_app.core.models import ChecklistAnswer, Finding, WorkerInterview
from inspector_app.core.store import Store
from inspector_app.paths import resources_dir

from . import draft
from .data import (
    WORKER_LANGUAGES,
    SourceBundle,
    _header,
    _item_index,
    _iso,
    _place,
    _rows,
    find_inspection,
    report_number,
    text,
)
from .labels import RIGHT_TOPICS, label

__all__ = [
    "STANDARD_RIGHTS",
    "default_worker_language",
    "load_hotlines",
    "worker_source",
]

# Every sheet states these, whatever was found (DOMAIN.md, "Worker sheet").
STANDARD_RIGHTS = ("documents", "minimum_wage", "wage_payment", "hours_overtime", "rest_leave",
                   "deductions_debt", "freedom", "safety", "complaint")
# Numbers a worker in danger should call at once (printed only when confirmed).
EMERGENCY_HOTLINES = ("anti_trafficking", "police")
MINIMUM_WAGE_SECTION = "LPA:90"

# Which right a finding concerns, by legal section (prefix "LAW:" = the whole law).
TOPIC_BY_SECTION: Mapping[str, str] = {
    "ROFW:131": "documents",
    "LPA:90": "minimum_wage",
    **{f"LPA:{s}": "wage_payment" for s in ("9", "53", "54", "55", "70", "118", "124")},
    "MRSF:8": "wage_payment",
    "LPA:10": "deductions_debt",
    "LPA:76": "deductions_debt",
    **{f"LPA:{s}": "hours_overtime" for s in ("23", "24", "26", "61", "62", "63")},
    **{f"LPA:{s}": "rest_leave" for s in ("27", "28", "29", "30", "32", "34", "57", "57/1")},
    "MRSF:5": "rest_leave",
    **{f"LPA:{s}": "maternity" for s in ("41", "43", "59")},
    **{f"LPA:{s}": "children" for s in ("44", "45", "46", "47", "48", "49", "50")},
    "MRSF:4": "children",
    "LPFA:8": "children",
    "LPA:16": "violence",
    "ATIP:": "freedom",
    "OSH:": "safety",
    **{f"ROFW:{s}": "contract_permit" for s in ("8", "9", "64", "102")},
    **{f"LPA:{s}": "contract_permit" for s in ("108", "112", "113", "114", "115", "115/1")},
    "MRSF:6": "contract_permit",
    "MRSF:7": "contract_permit",
}
TOPIC_BY_INDICATOR: Mapping[str, str] = {
    "retention_of_documents": "documents",
    "withholding_of_wages": "wage_payment",
    "debt_bondage": "deductions_debt",
    "excessive_overtime": "hours_overtime",
    "physical_sexual_violence": "violence",
    "intimidation_threats": "violence",
    "restriction_of_movement": "freedom",
    "isolation": "freedom",
    "deception": "freedom",
    "abuse_of_vulnerability": "freedom",
    "abusive_conditions": "safety",
}


# --------------------------------------------------------------------------- hotlines


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


def _hotlines(entries: list[dict[str, Any]], language: str, *, final: bool) -> list[dict[str, Any]]:
    shown = []
    for h in entries:
        unconfirmed = bool(h.get("verify", False))
        if final and unconfirmed:
            continue
        hours = h.get("hours") or {}
        shown.append({"key": h.get("key"), "number": h["number"],
                      "label": text(h["label"].get(language) or h["label"]["en"]),
                      "hours": text(hours.get(language) or hours.get("en")), "verify": unconfirmed})
    return shown


# --------------------------------------------------------------------------- minimum wage


def _amount(value: Decimal) -> str:
    """352 -> "352", 352.5 -> "352.50" (baht and satang)."""
    return f"{value:.0f}" if value == value.to_integral_value() else f"{value:.2f}"


def _area_name(rate: WageRate, province: dict[str, str] | None, district: dict[str, str] | None,
               language: str) -> str:
    """Where the rate applies, as the worker reads it: Thai (with English) outside th and en."""
    places = [p for p in ((district if rate.district_code else None), province) if p]
    if language == "en":
        return ", ".join(p["en"] for p in places)
    words = []
    for place in places:
        name = place["th"]
        if place is province and place["code"] != "10":
            name = f"จังหวัด{name}"
        elif place is district and not name.startswith("เขต"):
            name = f"อำเภอ{name}"
        words.append(name)
    thai = " ".join(words)
    return thai if language == "th" else f"{thai} ({', '.join(p['en'] for p in places)})"


def _announcement(rate: WageRate, language: str) -> str | None:
    if not rate.announcement:
        return None
    number = re.search(r"\d+", rate.announcement)
    if number is None:
        return rate.announcement
    return label("wage_announcement", language, number=number.group(0),
                 date=_day(rate.effective_from.isoformat(), language))


def _day(value: str, language: str) -> str:
    from . import fmt

    return fmt.day(value, language)


def _minimum_wage(est_province: str | None, est_district: str | None, visit: date | None, language: str,
                  *, final: bool) -> tuple[dict[str, Any] | None, list[str]]:
    """The wage facts for the embedded data and the lines printed under the right."""
    if not est_province or visit is None:
        return None, []
    rate = minimum_wage(est_province, visit, est_district)
    if rate is None or (final and rate.verify):
        return None, []  # no known rate (or only an unconfirmed one): the right is stated without an amount
    province, district = _place(rate.province_code), _place(rate.district_code)
    section = load_legal_reference().get(MINIMUM_WAGE_SECTION)
    section_confirmed = section is not None and not section.verify
    if section is not None and (section_confirmed or not final):
        law = label("wage_law", language, section=section.section)
        if not section_confirmed:
            law = f"{law} {label('reference_unconfirmed', language)}"
    else:
        # A final sheet does not cite a section number still to be confirmed; the law is certain.
        law = label("wage_law_plain", language)
    amount = _amount(rate.daily_thb)
    lines = [label("wage_amount", language, area=_area_name(rate, province, district, language),
                   date=_day(visit.isoformat(), language), amount=amount)]
    announcement = _announcement(rate, language)
    lines.append(label("wage_basis", language, law=law, announcement=announcement) if announcement
                 else label("wage_basis_law", language, law=law))
    if rate.verify:
        lines[0] = f"{lines[0]} {label('reference_unconfirmed', language)}"
    facts = {
        "daily_thb": amount,
        "on_date": visit.isoformat(),
        "province": province,
        "district": district,
        "effective_from": rate.effective_from.isoformat(),
        "announcement": rate.announcement,
        "legal_section": MINIMUM_WAGE_SECTION if section is not None and (section_confirmed or not final) else None,
    }
    return facts, lines


# --------------------------------------------------------------------------- rights


def default_worker_language(store: Store, inspection_id: str) -> str:
    """The most common language of the inspection's interviews, else Thai."""
    with store.session() as session:
        inspection = find_inspection(session, inspection_id)
        interviews = _rows(session, WorkerInterview, inspection.id, WorkerInterview.worker_code)
        counts = Counter(
            lang for i in interviews for lang in [i.language or i.notes_language] if lang in WORKER_LANGUAGES
        )
    return counts.most_common(1)[0][0] if counts else "th"


def _topic_for_refs(refs: Iterable[str]) -> list[str]:
    topics = []
    for ref in refs:
        topic = TOPIC_BY_SECTION.get(ref) or TOPIC_BY_SECTION.get(ref.split(":", 1)[0] + ":")
        if topic:
            topics.append(topic)
    return topics


def _concerned_topics(findings: list[Finding], answers: list[ChecklistAnswer], items: Mapping[str, Any]) -> set[str]:
    found: list[str] = []
    for f in findings:
        if f.status == "dismissed":
            continue
        item = items.get(f.item_code) if f.item_code else None
        if item is not None and item.safeguard:
            continue
        found += _topic_for_refs(f.legal_refs or [])
        if item is not None and item.indicator in TOPIC_BY_INDICATOR:
            found.append(TOPIC_BY_INDICATOR[item.indicator])
    for answer in answers:
        item = items.get(answer.item_code)
        if answer.result == "non_compliant" and item is not None and item.indicator in TOPIC_BY_INDICATOR:
            found.append(TOPIC_BY_INDICATOR[item.indicator])
    return set(found)


def worker_source(store: Store, inspection_id: str, *, language: str | None, generated_at: datetime,
                  hotlines_path: Path | None = None) -> SourceBundle:
    """The information sheet for workers, in their language (one or two pages when printed)."""
    if language is None:
        language = default_worker_language(store, inspection_id)
    if language not in WORKER_LANGUAGES:
        raise ValidationError(internal(f"No worker sheet in language {language!r}; use one of {', '.join(WORKER_LANGUAGES)}."))
    hotline_entries = load_hotlines(hotlines_path)
    with store.session() as session:
        inspection = find_inspection(session, inspection_id)
        est = inspection.establishment
        _templates, items = _item_index(session, inspection)
        findings = _rows(session, Finding, inspection.id, Finding.created_at)
        answers = _rows(session, ChecklistAnswer, inspection.id, ChecklistAnswer.item_code)
        status = inspection.status
        visit = inspection.visit_date
        province_code, district_code = est.province_code, est.district_code
        establishment = {"name_th": text(est.name_th), "name_en": text(est.name_en),
                         "province": _place(province_code), "district": _place(district_code)}
        reference = inspection.reference
        record_id = inspection.id

    reasons = () if draft.signed_off(status) else (draft.NOT_SIGNED_OFF,)
    final = not reasons
    wanted = set(STANDARD_RIGHTS) | _concerned_topics(findings, answers, items)
    wage, wage_lines = _minimum_wage(province_code, district_code, visit, language, final=final)
    rights = []
    for topic in RIGHT_TOPICS:
        if topic not in wanted:
            continue
        entry: dict[str, Any] = {"id": topic, "text": label(f"right_{topic}", language)}
        if topic == "minimum_wage" and wage_lines:
            entry["details"] = wage_lines
        rights.append(entry)

    hotlines = _hotlines(hotline_entries, language, final=final)
    emergency = [h["number"] for key in EMERGENCY_HOTLINES for h in hotlines if h["key"] == key]
    complain = [label(k, language) for k in ("complain_free", "complain_confidential", "complain_where")]
    if emergency:
        complain.append(label("complain_danger", language, numbers=", ".join(emergency)))

    source = _header("worker", report_number("worker", reference, generated_at), generated_at, language)
    source["status"] = draft.status(reasons)
    source.update({
        "inspection": {"id": record_id, "reference": reference, "visit_date": _iso(visit)},
        "establishment": establishment,
        "rights": rights,
        "minimum_wage": wage,
        "complain": complain,
        "hotlines": hotlines,
    })
    return SourceBundle(source, draft_reasons=reasons)
