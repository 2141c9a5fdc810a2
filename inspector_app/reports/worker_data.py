"""What the worker information sheet says (DOMAIN.md, "Worker sheet").

The sheet lists, in the worker's language, every standard right (`STANDARD_RIGHTS`)
plus the rights the visit's findings concern, and never drops one to save paper (the
layout goes to a second page instead). It prints the minimum daily wage in force for the
establishment's district or province on the visit date, from the dated wage table
(`core.legal.load_minimum_wages`), with its legal basis, and the complaint channels and
hotlines (`resources/reference/hotlines.json`).

When the table has no confirmed rate for the place and day (a visit before the table's
first rate, a province it does not list, a rate still to be confirmed on a final sheet),
the sheet says the amount is not printed and where to ask (the confirmed labour-rights
hotline), and the person printing is told why (`SourceBundle.notices`, the CLI's stderr).
The freedom right opens with leaving the job; under it, where to ask about changing
employer, and on drafts the rule the handbook's glossary still marks "verify".

A final sheet (inspection signed off) asserts nothing unconfirmed: hotlines marked
"verify" are left out and a section still to be confirmed is not cited by number. A
draft shows them, marked. The sheet holds nothing about any worker, and no hint of what
was found beyond the extra rights a finding concerns.

While `labels.WORKER_TEXT_REVIEWED` is False, a Burmese, Khmer or Lao sheet says (in its
language and in Thai) that its translation awaits the language coordinators' review, and
its data says `"translation_review": "pending"`; the sheet is not a draft for that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import internal
from inspector_app.core.handbook import load_handbook
from inspector_app.core.legal import MinimumWageTable, WageRate, load_legal_reference, load_minimum_wages
from inspector_app.core.models import ChecklistAnswer, Finding, WorkerInterview
from inspector_app.core.store import Store

from . import draft, labels
from .data import (
    WORKER_LANGUAGES,
    SourceBundle,
    _header,
    _item_index,
    _place,
    _rows,
    answer_results,
    find_inspection,
    report_number,
    text,
)
from .fmt import source_iso
from .hotlines import ASK_HOTLINE, load_hotlines
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
# The handbook glossary's term (and legal note) for a migrant worker's change of employer.
CHANGE_OF_EMPLOYER_TERM = "change_of_employer"
CHANGE_OF_EMPLOYER_LAW = "ROFW"
# Languages whose sheet texts are translations awaiting review while WORKER_TEXT_REVIEWED is False.
TRANSLATED_LANGUAGES = ("my", "km", "lo")

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


@dataclass
class _Wage:
    """The wage facts for the embedded data, the lines printed under the right, and what the
    person printing is told."""

    facts: dict[str, Any] | None = None
    details: list[str] = field(default_factory=list)  # the amount, then its legal basis
    notes: list[str] = field(default_factory=list)  # no amount: say so, and where to ask
    notice: str | None = None


def _ask(key: str, language: str, number: str | None, **values: str) -> str:
    """A label naming the labour hotline (`key`), or its `_plain` variant when none is confirmed."""
    return label(key, language, number=number, **values) if number else label(f"{key}_plain", language, **values)


def _missing_rate(table: MinimumWageTable, province_code: str, visit: date, rate: WageRate | None) -> tuple[str, str]:
    """Why no amount is printed: a code for the embedded data and a sentence for the person printing."""
    province = _place(province_code) or {"en": province_code}
    where = f"province {province_code} ({province['en']})"
    if rate is not None:
        return "rate_unconfirmed", (f"the rate for {where} on {visit.isoformat()} in {table.source_name} is still to be "
                                    "confirmed, and a signed-off sheet prints only confirmed rates")
    starts = [r.effective_from for r in table.rates if r.province_code == province_code]
    if not starts:
        return "province_not_in_table", f"{table.source_name} has no rate for {where}"
    return "before_first_rate", (f"{table.source_name} has no rate for {where} before {min(starts).isoformat()}; "
                                 f"the visit was on {visit.isoformat()}")


def _minimum_wage(est_province: str | None, est_district: str | None, visit: date | None, language: str,
                  *, final: bool, ask_number: str | None) -> _Wage:
    if not est_province or visit is None:
        return _Wage()
    table = load_minimum_wages()
    rate = table.rate(est_province, visit, est_district)
    if rate is None or (final and rate.verify):
        # No known rate (or only an unconfirmed one): no amount, said plainly, never guessed.
        missing, why = _missing_rate(table, est_province, visit, rate)
        note = _ask("wage_unknown", language, ask_number, date=_day(visit.isoformat(), language))
        ask = f"call {ask_number}" if ask_number else "ask a labour inspector"
        return _Wage(
            facts={"daily_thb": None, "on_date": visit.isoformat(), "province": _place(est_province),
                   "district": _place(est_district), "missing": missing},
            notes=[note],
            notice=f"The worker sheet was made without the minimum wage amount: {why}. "
                   f"It tells the worker the amount is not printed and to {ask}.",
        )
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
    return _Wage(facts=facts, details=lines)


def _change_of_employer(language: str, ask_number: str | None, *, final: bool) -> list[str]:
    """Under the freedom right: where to ask before working for a new employer; the rule itself
    (the handbook glossary's legal note) only once confirmed, or on a draft marked to be confirmed."""
    notes = [_ask("change_employer_ask", language, ask_number)]
    term = load_handbook().term(CHANGE_OF_EMPLOYER_TERM)
    law = load_legal_reference().laws.get(CHANGE_OF_EMPLOYER_LAW)
    if term is None or law is None:
        return notes
    unconfirmed = term.legal_to_be_confirmed
    if final and unconfirmed:
        return notes
    rule = label("change_employer_law", language, law=law.title.get(language) or law.title["en"])
    notes.append(f"{rule} {label('reference_unconfirmed', language)}" if unconfirmed else rule)
    return notes


def _translation_review(language: str) -> tuple[str | None, list[str]]:
    """Whether the sheet's texts are a translation awaiting review, and the lines that say so."""
    if language not in TRANSLATED_LANGUAGES:
        return None, []
    if labels.WORKER_TEXT_REVIEWED:
        return "reviewed", []
    return "pending", [label("review_pending", language), label("review_pending", "th")]


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


def _concerned_topics(findings: list[Finding], answers: list[ChecklistAnswer], items: Mapping[str, Any],
                      results: Mapping[str, Any]) -> set[str]:
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
        result = results[answer.item_code].result if answer.item_code in results else answer.result
        if result == "non_compliant" and item is not None and item.indicator in TOPIC_BY_INDICATOR:
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
        results = answer_results(inspection, items, {a.item_code: a for a in answers})  # as the report counts them
        status = inspection.status
        visit = inspection.visit_date
        province_code, district_code = est.province_code, est.district_code
        establishment = {"name_th": text(est.name_th), "name_en": text(est.name_en),
                         "province": _place(province_code), "district": _place(district_code)}
        reference = inspection.reference
        record_id = inspection.id

    reasons = () if draft.signed_off(status) else (draft.NOT_SIGNED_OFF,)
    final = not reasons
    hotlines = _hotlines(hotline_entries, language, final=final)
    ask_number = next((h["number"] for h in hotlines if h["key"] == ASK_HOTLINE and not h["verify"]), None)
    wanted = set(STANDARD_RIGHTS) | _concerned_topics(findings, answers, items, results)
    wage = _minimum_wage(province_code, district_code, visit, language, final=final, ask_number=ask_number)
    rights = []
    for topic in RIGHT_TOPICS:
        if topic not in wanted:
            continue
        entry: dict[str, Any] = {"id": topic, "text": label(f"right_{topic}", language)}
        if topic == "minimum_wage":
            if wage.details:
                entry["details"] = wage.details
            if wage.notes:
                entry["notes"] = wage.notes
        elif topic == "freedom":
            entry["notes"] = _change_of_employer(language, ask_number, final=final)
        rights.append(entry)

    emergency = [h["number"] for key in EMERGENCY_HOTLINES for h in hotlines if h["key"] == key]
    complain = [label(k, language) for k in ("complain_free", "complain_confidential", "complain_where")]
    if emergency:
        complain.append(label("complain_danger", language, numbers=", ".join(emergency)))

    review, review_notice = _translation_review(language)
    source = _header("worker", report_number("worker", reference, generated_at), generated_at, language)
    source["status"] = draft.status(reasons)
    source.update({
        "translation_review": review,
        "review_notice": review_notice,
        "inspection": {"id": record_id, "reference": reference, "visit_date": source_iso(visit)},
        "establishment": establishment,
        "rights": rights,
        "minimum_wage": wage.facts,
        "complain": complain,
        "hotlines": hotlines,
    })
    notices = (wage.notice,) if wage.notice else ()
    return SourceBundle(source, draft_reasons=reasons, notices=notices)
