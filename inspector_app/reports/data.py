"""Report source data: what each report shows, as plain JSON-able dicts.

Every report is drawn only from its source dict (plus photo and signature bytes looked
up by their SHA-256), and the same dict is embedded in the PDF and hashed for the
verification code. So what a report may reveal is decided here, once. Each source
states `"status": "draft"` until the inspection is signed off (see `draft`):

- `full_source`: everything recorded for the inspection (confidential).
- `employer_source`: the matters the employer must correct, with their labour-law
  sections, required actions and deadlines, as `notice_policy` allows (never
  anti-trafficking law, indicators, severities, referrals or "to be confirmed"). It
  never reads interview content into the dict, never carries the visit type or the
  complaint flag (ILO C81 art. 15), drops findings about the inspection's own
  safeguards and findings' evidence text, and redacts worker codes, worker names and
  note text that an inspector may have typed into a finding's title or action.
- `worker_data.worker_source` (its own module): the worker information sheet.
- `summary_source`: counts for a province or district over a period.

Text is taken as stored, except that Burmese still in the legacy Zawgyi encoding is
converted to Unicode and everything is NFC, which is what the PDF draws.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core import geography, published
from inspector_app.core.checklists import ItemDef
from inspector_app.core.errors import NotFound
from inspector_app.core.messages import QT_TRANSLATE_NOOP
from inspector_app.core.legal import load_legal_reference
from inspector_app.core.models import (
    Attachment,
    ChecklistAnswer,
    Establishment,
    Finding,
    FindingVerification,
    Inspection,
    InspectionCoordinator,
    InterpreterNote,
    LanguageCoordinator,
    Signature,
    User,
    WorkerDocument,
    WorkerInterview,
)
from inspector_app.core.queries import inspection_template_defs
from inspector_app.core.rules import EffectiveResult, effective_result, finding_contradicted
from inspector_app.core.store import Store
from inspector_app.core.vocab import FINDING_TEXTS, FORCED_LABOUR_INDICATORS, SEVERITIES
from inspector_app.i18n.dates import as_utc, to_local
from inspector_app.i18n.zawgyi import normalize_burmese

from . import draft, hotlines, notice_policy
from .fmt import source_iso
from .labels import label
from .notice_policy import citation as _citation
from .reader_checks import inspection_status, no_interpreter

__all__ = [
    "KINDS",
    "SCHEMA",
    "WORKER_LANGUAGES",
    "SourceBundle",
    "employer_source",
    "find_inspection",
    "finding_texts",
    "full_source",
]

SCHEMA = "field-inspector/report-source/1"
KINDS = ("full", "employer", "worker", "summary", "referral")
WORKER_LANGUAGES = ("my", "km", "lo", "th", "en")
KIND_LETTER = {"full": "F", "employer": "E", "worker": "W", "summary": "S", "referral": "R"}

REDACTED = "[…]"

SEVERITY_ORDER = {s: n for n, s in enumerate(SEVERITIES)}


@dataclass
class SourceBundle:
    """A report's source dict plus the binary assets it refers to by SHA-256."""

    source: dict[str, Any]
    signature_images: dict[str, bytes] = field(default_factory=dict)
    # Why the report is a draft (draft.NOT_SIGNED_OFF, ...): for the person printing it, not embedded.
    draft_reasons: tuple[str, ...] = ()
    # What else the person printing should know (English sentences, e.g. a sheet made without the
    # minimum wage amount, and why); not embedded.
    notices: tuple[str, ...] = ()


# --------------------------------------------------------------------------- small helpers


def text(value: str | None) -> str | None:
    """Stored text as the report shows it: Zawgyi converted to Unicode, NFC."""
    if value is None:
        return None
    converted, _changed = normalize_burmese(str(value))
    return unicodedata.normalize("NFC", converted)


def _place(code: str | None) -> dict[str, str] | None:
    if not code:
        return None
    found = geography.place(code)
    if found is None:
        return {"code": code, "th": code, "en": code}
    return {"code": code, "th": found.name_th, "en": found.name_en}


def _legal(keys: Iterable[str], *, bare: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Legal references as printed: full text (th, en) and bare citation (cite_th, cite_en).

    Keys in `bare` print as the citation only, without their title.
    """
    reference = load_legal_reference()
    out = []
    for key in dict.fromkeys(keys):
        section = reference.get(key)
        cite = {lang: _citation(key, lang) for lang in ("th", "en")}
        if key in bare and section is not None:
            full = dict(cite)
        else:
            full = {lang: reference.display(key, lang) for lang in ("th", "en")}
        out.append({"key": key, "th": full["th"], "en": full["en"], "cite_th": cite["th"], "cite_en": cite["en"],
                    "verify": bool(section.verify) if section else True})
    return out


def finding_texts(finding: Finding, language: str, clean: Any = None) -> dict[str, Any]:
    """A finding's texts as a document in ``language`` ("th" or "en") prints them.

    ``title``, ``description`` and ``required_action`` are in the document's language,
    or in the other one where the finding has none in it (an inspector may write in one
    language only); ``*_th`` and ``*_en`` carry each language as stored (None if absent),
    so a builder can print the second language and mark a text written in one only.
    The screen language the finding was accepted on plays no part.
    """
    clean = clean or text
    other = "en" if language == "th" else "th"
    out: dict[str, Any] = {}
    for name in FINDING_TEXTS:
        by_language = {lang: clean(getattr(finding, f"{name}_{lang}")) or None for lang in ("th", "en")}
        out[f"{name}_th"], out[f"{name}_en"] = by_language["th"], by_language["en"]
        out[name] = by_language[language] or by_language[other]
    return out


def _credentials(coordinator: LanguageCoordinator, visit: date | None) -> dict[str, Any]:
    """A coordinator's accreditation (and whether it had lapsed by the visit) and training, as printed."""
    accreditation = None
    if coordinator.accreditation_body:
        until = coordinator.accreditation_valid_until
        accreditation = {"body": text(coordinator.accreditation_body),
                         "number": text(coordinator.accreditation_number), "valid_until": source_iso(until),
                         "expired_at_visit": bool(until and visit and until < visit)}
    training = [{"date": r.get("date"), "course": text(r.get("course")), "provider": text(r.get("provider"))}
                for r in coordinator.training_records or []]
    return {"accreditation": accreditation, "training": training}


def _age_band(age: int | None, band: str | None) -> str | None:
    if band:
        return band
    if age is None:
        return None
    for limit, name in ((15, "<15"), (18, "15-17"), (25, "18-24"), (35, "25-34"), (50, "35-49")):
        if age < limit:
            return name
    return "50+"


def _approved_moment(inspection: Inspection) -> datetime | None:
    """When a supervisor approved the inspection (as HQ stamped it), or None."""
    at = inspection.reviewed_at if inspection.status == "approved" else None
    if at is None:
        return None
    return as_utc(at)


def report_number(kind: str, base: str, generated_at: datetime) -> str:
    """The report number: inspection reference (or area and period), kind letter, Bangkok time made."""
    local = to_local(generated_at)
    return f"{base}-{KIND_LETTER[kind]}-{local:%y%m%d%H%M%S}"


def _header(kind: str, number: str, generated_at: datetime, language: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "kind": kind,
        "language": language,
        "report_number": number,
        "generated_at": source_iso(generated_at),
    }


def find_inspection(session: Session, id_or_reference: str) -> Inspection:
    """An inspection by id or by reference number; NotFound with a clear message otherwise."""
    key = (id_or_reference or "").strip()
    inspection = session.get(Inspection, key) if key else None
    if inspection is None and key:
        inspection = session.scalar(select(Inspection).where(Inspection.reference == key))
    if inspection is None:
        raise NotFound(QT_TRANSLATE_NOOP("ReportErrors", "No inspection with id or reference {key} in this data store."),
                       key=repr(key))
    return inspection


def finding_numbers(findings: Iterable[Finding]) -> dict[str, int]:
    """Each finding's number in the full report, which the referral form repeats ("referred finding 2" is the
    report's finding 2): the most severe first, then in the order they were recorded (the id breaks ties)."""
    ordered = sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.created_at, f.id))
    return {f.id: n for n, f in enumerate(ordered, start=1)}


def _labour_hotline() -> dict[str, str] | None:
    """Whom the employer asks about the notice, besides the inspector who signed it: the labour protection
    hotline of hotlines.json, once its number is confirmed (the worker sheets print the same entry)."""
    entry = hotlines.confirmed(hotlines.ASK_HOTLINE)
    if entry is None:
        return None
    return {"number": entry["number"], "name_th": entry["label"]["th"], "name_en": entry["label"]["en"]}


def _rows(session: Session, model: Any, inspection_id: str, *order: Any) -> list[Any]:
    # The id breaks ties, so rows written in the same instant come in the same order on every copy of the data.
    return list(session.scalars(select(model).where(model.inspection_id == inspection_id).order_by(*order, model.id)))


def _establishment(est: Establishment, *, with_workforce: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": est.id,
        "name_th": text(est.name_th),
        "name_en": text(est.name_en),
        "registration_no": est.registration_no,
        "social_security_no": est.social_security_no,
        "sector": est.sector,
        "isic_code": est.isic_code,
        "employer_name": text(est.employer_name),
        "contact_phone": est.contact_phone,
        "address": text(est.address),
        "province": _place(est.province_code),
        "district": _place(est.district_code),
        "subdistrict": _place(est.subdistrict_code),
        "latitude": est.latitude,
        "longitude": est.longitude,
    }
    if with_workforce:
        out["workforce"] = {
            "male": est.workers_male or 0,
            "female": est.workers_female or 0,
            "under18": est.workers_under18 or 0,
            "by_nationality": dict(est.workers_by_nationality or {}),
        }
    return out


def _team(session: Session, inspection: Inspection) -> list[dict[str, Any]]:
    """The team as the inspection records it (names travel with the inspection, so HQ prints the same
    team as the laptop); a member recorded without a name takes the local account's."""
    team: list[dict[str, Any]] = []
    members = [m for m in inspection.team or [] if isinstance(m, Mapping)]
    lead_entry = next((m for m in members if inspection.lead_inspector_id
                       and m.get("user_id") == inspection.lead_inspector_id), None)

    def name_of(member: Mapping[str, Any] | None, user_id: str | None) -> str | None:
        if member is not None and member.get("name"):
            return text(member.get("name"))
        user = session.get(User, user_id) if user_id else None
        return text(user.display_name) if user is not None else None

    if inspection.lead_inspector_id:
        team.append({"name": name_of(lead_entry, inspection.lead_inspector_id), "role": "lead"})
    for member in members:
        if member is lead_entry:
            continue
        team.append({"name": name_of(member, member.get("user_id")), "role": "member"})
    return [m for m in team if m["name"]]


def _signatures(session: Session, inspection: Inspection) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    rows = _rows(session, Signature, inspection.id, Signature.revision.desc(), Signature.role)
    latest: dict[str, Signature] = {}
    for row in rows:
        latest.setdefault(row.role, row)
    images: dict[str, bytes] = {}
    out = []
    for role in ("inspector", "coordinator", "employer"):
        row = latest.get(role)
        if row is None:
            continue
        digest = hashlib.sha256(row.image_png).hexdigest()
        images[digest] = row.image_png
        out.append({"role": role, "signer_name": text(row.signer_name), "signed_at": source_iso(row.signed_at),
                    "revision": row.revision, "image_sha256": digest})
    return out, images


def _item_index(session: Session, inspection: Inspection) -> tuple[list[Any], dict[str, Any]]:
    templates = inspection_template_defs(session, inspection)
    items = {item.code: item for template in templates for item in template.items()}
    return templates, items


def answer_results(inspection: Inspection, items: Mapping[str, ItemDef],
                   answers: Mapping[str, ChecklistAnswer]) -> dict[str, EffectiveResult]:
    """Each answered item's result as reports print and count it (`rules.effective_result`): where the value
    judges the item (an age under 15, a wage below the minimum there on the visit's day, a choice), the
    value's, whatever was ticked; else the inspector's tick."""
    est = inspection.establishment
    place = {"province_code": est.province_code if est else None, "on_date": inspection.visit_date,
             "district_code": est.district_code if est else None}
    return {code: effective_result(items[code], a.result, a.value, **place) if code in items
            else EffectiveResult(a.result, a.result) for code, a in answers.items()}


def worker_documents(session: Session, inspection_id: str, visit: date | None) -> dict[str, list[dict[str, Any]]]:
    """Each interview's documents as reports print them (number included: confidential reports only).

    `expired_at_visit`: the expiry date is before the visit date, whatever permit status was recorded
    (the report says both when they disagree)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in _rows(session, WorkerDocument, inspection_id, WorkerDocument.doc_type, WorkerDocument.created_at):
        if not d.removed:
            out[d.interview_id].append({"type": d.doc_type, "held_by": d.held_by, "number": text(d.number),
                                        "expires_on": source_iso(d.expires_on), "permit_status": d.permit_status,
                                        "expired_at_visit": bool(d.expires_on and visit and d.expires_on < visit)})
    return out


# The safeguard item "Interpreter independent and speaking the worker's language or dialect" (SAFEGUARDS v2, v3).
INTERPRETER_SAFEGUARD = "SG-A-04"


def interpreter_languages(interview: WorkerInterview, coordinators: Mapping[str, LanguageCoordinator],
                          links: Iterable[InspectionCoordinator]) -> dict[str, Any]:
    """The interpreter's recorded languages (their record's and those listed for this visit) and whether
    the interview's language is missing from them: a supervisor or an MDT weighing the testimony must know."""
    coordinator = coordinators.get(interview.interpreter_id) if interview.interpreter_id else None
    if coordinator is None:
        return {"interpreter_languages": [], "interpreter_language_mismatch": False}
    spoken = list(coordinator.languages or [])
    for link in links:
        if link.coordinator_id == coordinator.id:
            spoken += [c for c in link.languages or [] if c not in spoken]
    return {"interpreter_languages": spoken,
            "interpreter_language_mismatch": bool(interview.language) and interview.language not in spoken}


def indicator_evidence(item: ItemDef, answer: ChecklistAnswer) -> dict[str, Any]:
    """A checklist item answered "not met" as evidence of its indicator, in the reader's words: the item's
    statement of what is wrong (its finding's violation), else its question with the answer spelt out.

    The items are worded as the compliant state ("No deception about the work"): "not met" beside that
    wording reads as a double negative, so the statement of the indicator found is used wherever one exists.
    """
    texts = item.finding_texts(answer.value)
    if texts is not None:
        found = {lang: text(texts.violation.get(lang) or texts.violation.get("en")) for lang in ("th", "en")}
    else:
        question = {lang: text(item.label.get(lang) or item.label.get("en")) for lang in ("th", "en")}
        found = {lang: label("indicator_item_not_met", lang, item=question[lang]) for lang in ("th", "en")}
    return {"code": item.code, "th": found["th"], "en": found["en"]}


def _measures(raw: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    for entry in raw or []:
        if isinstance(entry, str):
            out.append({"kind": "other", "text": text(entry), "deadline": None, "target": None})
        elif isinstance(entry, Mapping):
            out.append({
                "kind": str(entry.get("kind") or entry.get("type") or "other"),
                "text": text(entry.get("text") or entry.get("note") or entry.get("description")),
                "deadline": entry.get("deadline"),
                "target": entry.get("target") or entry.get("referral_target"),
            })
    return out


# --------------------------------------------------------------------------- full report


def _previous_reference(session: Session, previous_id: str | None) -> str | None:
    """The earlier visit's reference: this laptop's, or one HQ published (another laptop's visit)."""
    if not previous_id:
        return None
    own = session.get(Inspection, previous_id)
    if own is not None:
        return own.reference
    item = published.visit(session, previous_id)
    if item is None:
        return None
    return str((item.data or {}).get("reference") or "") or None


def _verification(v: FindingVerification, photos: list[dict[str, Any]]) -> dict[str, Any]:
    """An earlier finding checked at this (follow-up) visit, as it was carried forward and what was found."""
    return {"finding_id": v.finding_id, "original_reference": v.original_reference, "item_code": v.item_code,
            "title_th": text(v.title_th), "title_en": text(v.title_en), "severity": v.severity,
            "legal": _legal(v.legal_refs or []), "deadline": source_iso(v.deadline), "outcome": v.outcome,
            "note": text(v.note), "photos": photos}


def full_source(store: Store, inspection_id: str, *, generated_at: datetime) -> SourceBundle:
    """Everything recorded for one inspection: the confidential inspection report."""
    with store.session() as session:
        inspection = find_inspection(session, inspection_id)
        est = inspection.establishment
        templates, items = _item_index(session, inspection)
        answers = {a.item_code: a for a in _rows(session, ChecklistAnswer, inspection.id, ChecklistAnswer.item_code)}
        results = answer_results(inspection, items, answers)
        findings = _rows(session, Finding, inspection.id, Finding.created_at)
        attachments = _rows(session, Attachment, inspection.id, Attachment.created_at)
        interviews = _rows(session, WorkerInterview, inspection.id, WorkerInterview.worker_code)
        documents_by_interview = worker_documents(session, inspection.id, inspection.visit_date)
        notes = _rows(session, InterpreterNote, inspection.id, InterpreterNote.noted_at)
        coordinator_links = _rows(session, InspectionCoordinator, inspection.id, InspectionCoordinator.id)
        coordinator_ids = {c.coordinator_id for c in coordinator_links}
        coordinator_ids |= {i.interpreter_id for i in interviews if i.interpreter_id}
        coordinator_ids |= {n.coordinator_id for n in notes if n.coordinator_id}
        coordinators = {
            c.id: c
            for c in session.scalars(select(LanguageCoordinator).where(LanguageCoordinator.id.in_(coordinator_ids)))
        }
        previous_reference = _previous_reference(session, inspection.previous_inspection_id)
        verifications = _rows(session, FindingVerification, inspection.id, FindingVerification.position)
        signatures, signature_images = _signatures(session, inspection)
        team = _team(session, inspection)

        by_id = {a.id: a for a in attachments}
        photos_by_finding: dict[str, list[Attachment]] = defaultdict(list)
        used: set[str] = set()
        for finding in findings:
            for attachment_id in finding.evidence or []:
                if attachment_id in by_id and attachment_id not in used:
                    photos_by_finding[finding.id].append(by_id[attachment_id])
                    used.add(attachment_id)
        for attachment in attachments:
            if attachment.finding_id and attachment.id not in used:
                photos_by_finding[attachment.finding_id].append(attachment)
                used.add(attachment.id)
        photos_by_verification: dict[str, list[Attachment]] = defaultdict(list)
        for verification in verifications:
            for attachment_id in verification.evidence or []:
                if attachment_id in by_id and attachment_id not in used:
                    photos_by_verification[verification.id].append(by_id[attachment_id])
                    used.add(attachment_id)

        def attachment_entry(a: Attachment) -> dict[str, Any]:
            return {"sha256": a.sha256, "mime": a.mime, "caption": text(a.caption),
                    "name": text(a.original_name), "width": a.width, "height": a.height}

        number_of = finding_numbers(findings)
        ordered = sorted(findings, key=lambda f: number_of[f.id])
        finding_rows = [
            {
                "number": number_of[f.id],
                "id": f.id,
                "item_code": f.item_code,
                **finding_texts(f, "th"),
                "severity": f.severity,
                "legal": _legal(f.legal_refs or []),
                "workers_affected": f.workers_affected,
                "deadline": source_iso(f.deadline),
                "status": f.status,
                "referral_target": f.referral_target,
                "photos": [attachment_entry(a) for a in photos_by_finding.get(f.id, [])],
                # Only where it holds, so every document printed before it was checked stays the same.
                **({"answer_disagrees": True} if f.item_code in results and finding_contradicted(
                    f.status, results[f.item_code].result) else {}),
            }
            for f in ordered
        ]

        spoken = {i.id: interpreter_languages(i, coordinators, coordinator_links) for i in interviews}
        without_language = [i.worker_code for i in interviews if spoken[i.id]["interpreter_language_mismatch"]]
        unaided = [i.worker_code for i in interviews if no_interpreter(i)["no_interpreter"]]
        checklist = []
        for template in templates:
            sections = []
            for section in template.sections:
                rows = []
                for item in section.items:
                    answer = answers.get(item.code)
                    value = answer.value if answer else None
                    choice = item.choice(value) if (value and item.choices) else None
                    judged = results.get(item.code)
                    rows.append({
                        "code": item.code,
                        "label": {"th": text(item.label.get("th") or item.label.get("en")),
                                  "en": text(item.label.get("en"))},
                        "result": judged.result if judged else "not_checked",
                        "value": text(value),
                        "value_label": text(choice.label.get("th") or choice.label.get("en")) if choice else None,
                        "unit": item.unit,
                        "note": text(answer.note) if answer else None,
                        "indicator": item.indicator,
                    })
                    if judged is not None and judged.overruled:
                        rows[-1]["ticked"] = judged.ticked  # the inspector's tick, which the value overruled
                    if item.code == INTERPRETER_SAFEGUARD and without_language:
                        rows[-1]["interpreter_language_mismatch"] = without_language
                    if item.code == INTERPRETER_SAFEGUARD and unaided:
                        rows[-1]["no_interpreter"] = unaided  # not Thai-speaking, and no interpreter recorded
                sections.append({"code": section.code,
                                 "title": {"th": text(section.title.get("th")), "en": text(section.title.get("en"))},
                                 "items": rows})
            checklist.append({"code": template.code, "version": template.version,
                              "title": {"th": text(template.title.get("th")), "en": text(template.title.get("en"))},
                              "sections": sections})

        notes_by_interview: dict[str, list[InterpreterNote]] = defaultdict(list)
        loose_notes: list[InterpreterNote] = []
        for note in notes:
            (notes_by_interview[note.interview_id] if note.interview_id else loose_notes).append(note)

        def coordinator_name(coordinator_id: str | None) -> str | None:
            found = coordinators.get(coordinator_id) if coordinator_id else None
            return text(found.full_name) if found else None

        def note_entry(note: InterpreterNote) -> dict[str, Any]:
            return {"source_language": note.source_language, "target_language": note.target_language,
                    "original": text(note.original), "translation": text(note.translation),
                    "coordinator": coordinator_name(note.coordinator_id), "noted_at": source_iso(note.noted_at)}

        interview_rows = [
            {
                "worker_code": i.worker_code,
                "sex": i.sex,
                "age_band": _age_band(i.age, i.age_band),
                "nationality": i.nationality,
                "language": i.language,
                "occupation": text(i.occupation),
                "daily_wage": i.daily_wage,
                "documents": documents_by_interview.get(i.id, []),
                "social_security": i.social_security,
                "entry_channel": i.entry_channel,
                "consent": bool(i.consent),
                "private_setting": bool(i.private_setting),
                "employer_absent": bool(i.employer_absent),
                "interpreter": coordinator_name(i.interpreter_id),
                **spoken[i.id],
                **no_interpreter(i),
                "indicators": [x for x in (i.indicators or []) if isinstance(x, str)],
                "notes_original": text(i.notes_original),
                "notes_language": i.notes_language,
                "notes_translation": text(i.notes_translation),
                "translation_language": i.translation_language,
                "interviewed_at": source_iso(i.interviewed_at),
                "interpreter_notes": [note_entry(n) for n in notes_by_interview.get(i.id, [])],
            }
            for i in interviews
        ]

        indicator_rows = []
        for code in FORCED_LABOUR_INDICATORS:
            workers = [i.worker_code for i in interviews if code in (i.indicators or [])]
            failed = [
                indicator_evidence(item, answers[c]) for c, item in items.items()
                if item.indicator == code and c in results and results[c].result == "non_compliant"
            ]
            if workers or failed:
                indicator_rows.append({"code": code, "workers": workers, "checklist_items": failed})

        referrals: dict[str, list[int]] = defaultdict(list)
        for row in finding_rows:
            if row["referral_target"]:
                referrals[row["referral_target"]].append(row["number"])

        unattached = [attachment_entry(a) for a in attachments if a.id not in used and a.mime.startswith("image/")]

        workforce = dict(inspection.workforce or {})
        reasons = () if draft.signed_off(inspection.status) else (draft.NOT_SIGNED_OFF,)
        # A signed revision is one document wherever it is printed (the laptop, HQ, any day later): its date
        # and number are the signing's, and its status is "signed" until a supervisor approves it. The
        # approved revision is a second document, dated and numbered by the approval (a supervisor holding
        # both copies tells them apart by number, not only by hash). So every copy of either embeds the same
        # source and the same SHA-256.
        issued = _signed_moment(inspection, signatures) if not reasons else None
        if issued is not None:
            generated_at = _approved_moment(inspection) or issued
        source = _header("full", report_number("full", inspection.reference, generated_at), generated_at, "th")
        source["status"] = draft.status(reasons)
        source.update({
            "inspection": {
                "id": inspection.id,
                "reference": inspection.reference,
                "revision": inspection.revision,
                **inspection_status(inspection, signed_revision=issued is not None),
                "visit_type": inspection.visit_type,
                "visit_date": source_iso(inspection.visit_date),
                "started_at": source_iso(inspection.started_at),
                "ended_at": source_iso(inspection.ended_at),
                "complaint_source_confidential": bool(inspection.complaint_source_confidential),
                "complaint_source": text(inspection.complaint_source),
                "previous_reference": previous_reference,
                "follow_up_date": source_iso(inspection.follow_up_date),
                "summary": text(inspection.summary),
                "templates": [{"code": t.code, "version": t.version} for t in templates],
            },
            "establishment": _establishment(est),
            "workforce_on_visit": {
                "male": workforce.get("male", 0) or 0,
                "female": workforce.get("female", 0) or 0,
                "under18": workforce.get("under18", 0) or 0,
                "by_nationality": dict(workforce.get("by_nationality") or {}),
            },
            "team": team,
            "coordinators": [
                {
                    "name": text(coordinators[c.coordinator_id].full_name),
                    "languages": list(c.languages or coordinators[c.coordinator_id].languages or []),
                    "no_conflict_declared": bool(coordinators[c.coordinator_id].no_conflict_declared),
                    "no_conflict_declared_on": source_iso(coordinators[c.coordinator_id].no_conflict_declared_on),
                    **_credentials(coordinators[c.coordinator_id], inspection.visit_date),
                }
                for c in coordinator_links if c.coordinator_id in coordinators
            ],
            "checklist": checklist,
            "findings": finding_rows,
            "verifications": [_verification(v, [attachment_entry(a) for a in photos_by_verification.get(v.id, [])])
                              for v in verifications],
            "interviews": interview_rows,
            "interpreter_notes": [note_entry(n) for n in loose_notes],
            "indicators": indicator_rows,
            "measures": _measures(inspection.measures or []),
            "referrals": [{"target": t, "findings": n} for t, n in sorted(referrals.items())],
            "photos": unattached,
            "signatures": signatures,
        })
    return SourceBundle(source, signature_images, reasons)


def _signed_moment(inspection: Inspection, signatures: list[dict[str, Any]]) -> datetime | None:
    """When the current revision was signed: the inspection's own record of it, else the inspector's signature."""
    if inspection.signed_at is not None:
        return as_utc(inspection.signed_at)
    for entry in signatures:
        if entry["role"] == "inspector" and entry.get("revision") == inspection.revision and entry.get("signed_at"):
            return datetime.strptime(entry["signed_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return None


# --------------------------------------------------------------------------- employer notice


def _redactor(tokens: Iterable[str]) -> re.Pattern[str] | None:
    parts = sorted({t for t in tokens if t and len(t.strip()) >= 2}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = "|".join(re.escape(t) for t in parts)
    # Codes like "W-07" must not match inside "W-071"; names and notes are matched as written.
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)


def employer_source(store: Store, inspection_id: str, *, generated_at: datetime) -> SourceBundle:
    """The notice to the employer. See the module docstring for what it leaves out and why."""
    with store.session() as session:
        inspection = find_inspection(session, inspection_id)
        est = inspection.establishment
        _templates, items = _item_index(session, inspection)
        findings = _rows(session, Finding, inspection.id, Finding.created_at)
        # Interview rows are read only for what must be removed from free text; none of
        # their content enters the source dict.
        sensitive: list[str] = []
        for interview in _rows(session, WorkerInterview, inspection.id, WorkerInterview.worker_code):
            sensitive += [interview.worker_code, interview.worker_name or ""]
            notes = (text(interview.notes_original), text(interview.notes_translation))
            sensitive += [t for t in notes if t and len(t) >= 6]
        for note in _rows(session, InterpreterNote, inspection.id, InterpreterNote.noted_at):
            sensitive += [t for t in (text(note.original), text(note.translation)) if t and len(t) >= 6]
        redactor = _redactor(sensitive)
        team = _team(session, inspection)
        signatures, images = _signatures(session, inspection)

    def clean(value: str | None) -> str | None:
        value = text(value)
        if value is None or redactor is None:
            return value
        return redactor.sub(REDACTED, value)

    candidates = []
    for f in findings:
        item = items.get(f.item_code) if f.item_code else None
        if f.status == "dismissed" or (item is not None and item.safeguard):
            continue
        # The finding's description is evidence (often what workers said): it stays in
        # the confidential report. The notice states the violation and the action.
        texts = finding_texts(f, "th", clean)
        candidates.append(notice_policy.Candidate(
            title=texts["title"],
            required_action=texts["required_action"],
            title_th=texts["title_th"],
            title_en=texts["title_en"],
            required_action_th=texts["required_action_th"],
            required_action_en=texts["required_action_en"],
            legal_refs=tuple(f.legal_refs or ()),
            indicator=item.indicator if item is not None else None,
            deadline=source_iso(f.deadline),
            workers_affected=f.workers_affected,
            remedied=f.status == "remedied",
        ))
    matters = notice_policy.matters(candidates)
    reasons = [] if draft.signed_off(inspection.status) else [draft.NOT_SIGNED_OFF]
    if matters.unconfirmed:
        reasons.append(draft.UNCONFIRMED_REFERENCE)

    inspector = next((s for s in signatures if s["role"] == "inspector"), None)
    source = _header("employer", report_number("employer", inspection.reference, generated_at), generated_at, "th")
    source["status"] = draft.status(reasons)
    source.update({
        "inspection": {
            "id": inspection.id,
            "reference": inspection.reference,
            "revision": inspection.revision,
            "visit_date": source_iso(inspection.visit_date),
        },
        "establishment": _establishment(est, with_workforce=False),
        "team": team,
        "findings": matters.rows,
        "legal_basis": matters.legal_basis,
        "inspector_signature": inspector,
        "contact": _labour_hotline(),
    })
    kept = {inspector["image_sha256"]: images[inspector["image_sha256"]]} if inspector else {}
    return SourceBundle(source, kept, tuple(reasons))
