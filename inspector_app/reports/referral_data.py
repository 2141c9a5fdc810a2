"""Source data of the referral form: what the receiving team (MDT, police, Employment Department,
Social Security Office) gets about one referral.

The labour screening that goes with a referral under the National Referral Mechanism (2022) uses
form "Ror.Bor. 1" (MOL, May 2022); its exact Thai title and fields are not confirmed here, so the
form says so ("to be confirmed") and prints what the app holds under headings of its own:

* the referral itself (body, dates, status, case number, contact, notes, outcome);
* the establishment and the visit, with the inspection's status (approved: by whom and when; never the
  complaint source: that stays in the full report);
* the screening indicators: ILO forced-labour indicators reported by the workers concerned and shown
  by the inspection's findings and checklist, with the legal basis: ATIP B.E. 2551 s.4, s.6/1, and for
  a child-labour finding the Labour Protection Act or sea-fishing section it stands on (s.44 under 15;
  s.49, s.50 under 18 in banned work or places; under 18 on a fishing vessel), taken from the finding's
  own legal references (`child_labour_law`);
* the interview summary of each worker concerned, by code (never a name): consent, interpreter (and a
  warning when none is recorded and the interview was not in Thai), private setting, documents, notes
  in the original language and their translation (confidential);
* the evidence: photos and files, and the documents examined;
* the inspector and the coordinator(s), with space to sign.

It is read from this laptop's own store, which holds the testimony in clear; a laptop without the
inspection has nothing to print. Like the other reports it is a draft until the inspection is signed
off (draft.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select

from inspector_app.core.checklists import ItemDef
from inspector_app.core.errors import NotFound, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP
from inspector_app.core.models import (
    Attachment,
    ChecklistAnswer,
    Finding,
    InspectionCoordinator,
    InterpreterNote,
    LanguageCoordinator,
    Referral,
    WorkerInterview,
)
from inspector_app.core.rules import CHILD_LABOUR_REFS, RULE_CHILD_AGE
from inspector_app.core.store import Store
from inspector_app.core.vocab import FORCED_LABOUR_INDICATORS

from . import draft
from .data import (
    SourceBundle,
    _age_band,
    _establishment,
    _header,
    _item_index,
    _legal,
    _signatures,
    _team,
    find_inspection,
    finding_numbers,
    finding_texts,
    indicator_evidence,
    interpreter_languages,
    report_number,
    text,
    worker_documents,
)
from .fmt import source_iso
from .reader_checks import inspection_status, no_interpreter

__all__ = ["CHILD_LABOUR_LAW", "FORM", "SCREENING_LAW", "child_labour_law", "referral_source"]

# The screening form of the National Referral Mechanism, as far as it is known here.
FORM = {"code": "Ror.Bor. 1", "th": "แบบคัดกรอง ร.บ. 1", "en": "Screening form Ror.Bor. 1", "to_be_confirmed": True}
SCREENING_LAW = ("ATIP:4", "ATIP:6/1")
# Child labour (DOMAIN.md, checklist outline C; S1, protect and refer): a child under 15 (LPA s.44); a worker
# under 18 in banned work or a banned place (s.49, s.50); under 18 on a fishing vessel (the sea-fishing
# ministerial regulation, and the Fishing Work Act's minimum age).
CHILD_LABOUR_LAW = ("LPA:44", "LPA:49", "LPA:50", "MRSF:4", "LPFA:8")


def child_labour_law(finding: Finding | None, item: ItemDef | None) -> list[str]:
    """The child-labour sections a referred finding stands on, for the form's legal basis beside the
    screening law: those among the finding's own legal references; if it has none (an inspector removed
    them), its checklist item's; for a finding the child-age rule proposed, s.44. Empty for a finding
    that is not about child labour."""
    if finding is None:
        return []
    sources = (finding.legal_refs or [], item.legal_refs if item is not None else (),
               CHILD_LABOUR_REFS if finding.rule == RULE_CHILD_AGE else ())
    for refs in sources:
        found = [key for key in refs if key in CHILD_LABOUR_LAW]
        if found:
            return found
    return []


def _pick_referral(session: Any, inspection: Any, referral_id: str | None) -> Referral:
    referrals = list(session.scalars(select(Referral).where(Referral.inspection_id == inspection.id)
                                     .order_by(Referral.referral_date, Referral.created_at)))
    if referral_id:
        chosen = next((r for r in referrals if r.id == referral_id.strip()), None)
        if chosen is None:
            if referrals:
                raise NotFound(QT_TRANSLATE_NOOP("ReportErrors", "Inspection {reference} has no referral {id}. Its "
                                                                 "referrals: {referrals}."),
                               reference=inspection.reference, id=repr(referral_id), referrals=_listing(referrals))
            raise NotFound(QT_TRANSLATE_NOOP("ReportErrors", "Inspection {reference} has no referral {id}."),
                           reference=inspection.reference, id=repr(referral_id))
        return chosen
    if not referrals:
        raise NotFound(QT_TRANSLATE_NOOP("ReportErrors", "Inspection {reference} has no referral: give a finding a "
                                                         "referral target (or record a referral) first."),
                       reference=inspection.reference)
    if len(referrals) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "Inspection {reference} has {count} referrals; choose "
                                                                "one with --referral: {referrals}."),
                              reference=inspection.reference, count=len(referrals), referrals=_listing(referrals))
    return referrals[0]


def _finding_title(finding: Finding, number: int) -> dict[str, Any]:
    """A finding as the screening rows name it: its number and title (Thai, with the English beneath)."""
    texts = finding_texts(finding, "th")
    return {"number": number, "item_code": finding.item_code, "title": texts["title"], "title_en": texts["title_en"]}


def _listing(referrals: list[Referral]) -> str:
    return "; ".join(f"{r.id} ({r.receiving_body}, {r.status})" for r in referrals)  # ids and codes, as typed


def referral_source(store: Store, inspection_id: str, *, referral_id: str | None = None,
                    generated_at: datetime) -> SourceBundle:
    with store.session() as session:
        inspection = find_inspection(session, inspection_id)
        referral = _pick_referral(session, inspection, referral_id)
        _templates, items = _item_index(session, inspection)
        findings = list(session.scalars(select(Finding).where(Finding.inspection_id == inspection.id)
                                        .order_by(Finding.created_at)))
        finding = next((f for f in findings if f.id == referral.finding_id), None)
        answers = {a.item_code: a for a in session.scalars(
            select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == inspection.id))}
        interviews = {i.id: i for i in session.scalars(select(WorkerInterview).where(
            WorkerInterview.inspection_id == inspection.id).order_by(WorkerInterview.worker_code))}
        concerned = [interviews[i] for i in referral.interview_ids or [] if i in interviews]
        concerned.sort(key=lambda i: i.worker_code)
        documents = worker_documents(session, inspection.id, inspection.visit_date)
        notes: dict[str, list[InterpreterNote]] = defaultdict(list)
        for note in session.scalars(select(InterpreterNote).where(InterpreterNote.inspection_id == inspection.id)
                                    .order_by(InterpreterNote.noted_at)):
            if note.interview_id:
                notes[note.interview_id].append(note)
        links = list(session.scalars(select(InspectionCoordinator).where(
            InspectionCoordinator.inspection_id == inspection.id).order_by(InspectionCoordinator.id)))
        coordinator_ids = {c.coordinator_id for c in links} | {i.interpreter_id for i in concerned if i.interpreter_id}
        coordinators = {c.id: c for c in session.scalars(
            select(LanguageCoordinator).where(LanguageCoordinator.id.in_(coordinator_ids)))}
        attachments = list(session.scalars(select(Attachment).where(Attachment.inspection_id == inspection.id)
                                           .order_by(Attachment.created_at)))
        team = _team(session, inspection)
        signatures, images = _signatures(session, inspection)
        est = _establishment(inspection.establishment)

        def coordinator_name(coordinator_id: str | None) -> str | None:
            found = coordinators.get(coordinator_id) if coordinator_id else None
            return text(found.full_name) if found else None

        finding_number = finding_numbers(findings)  # as the full report numbers them, and in its order
        findings.sort(key=lambda f: finding_number[f.id])
        indicator_rows = []
        for code in FORCED_LABOUR_INDICATORS:
            workers = [i.worker_code for i in concerned if code in (i.indicators or [])]
            shown_by = [_finding_title(f, finding_number[f.id])
                        for f in findings if f.item_code and items.get(f.item_code) is not None
                        and items[f.item_code].indicator == code and f.status != "dismissed"]
            checklist = [indicator_evidence(item, answers[c])
                         for c, item in sorted(items.items()) if item.indicator == code
                         and answers.get(c) is not None and answers[c].result == "non_compliant"]
            if workers or shown_by or checklist:
                indicator_rows.append({"code": code, "workers": workers, "findings": shown_by,
                                       "checklist_items": checklist})

        def attachment_entry(a: Attachment) -> dict[str, Any]:
            return {"sha256": a.sha256, "mime": a.mime, "caption": text(a.caption), "name": text(a.original_name),
                    "width": a.width, "height": a.height, "finding": finding_number.get(a.finding_id or "")}

        evidence_ids = set(finding.evidence or []) if finding is not None else set()
        worker_rows = [{
            "worker_code": i.worker_code, "sex": i.sex, "age_band": _age_band(i.age, i.age_band), "nationality": i.nationality,
            "language": i.language, "occupation": text(i.occupation), "entry_channel": i.entry_channel,
            "consent": bool(i.consent), "private_setting": bool(i.private_setting),
            "employer_absent": bool(i.employer_absent), "interpreter": coordinator_name(i.interpreter_id),
            **interpreter_languages(i, coordinators, links),
            **no_interpreter(i),
            "social_security": i.social_security, "indicators": [x for x in i.indicators or [] if isinstance(x, str)],
            "documents": documents.get(i.id, []),
            "notes_original": text(i.notes_original), "notes_language": i.notes_language,
            "notes_translation": text(i.notes_translation), "translation_language": i.translation_language,
            "interviewed_at": source_iso(i.interviewed_at),
            "interpreter_notes": [{"coordinator": coordinator_name(n.coordinator_id), "noted_at": source_iso(n.noted_at),
                                   "source_language": n.source_language, "target_language": n.target_language,
                                   "original": text(n.original), "translation": text(n.translation)}
                                  for n in notes.get(i.id, [])],
        } for i in concerned]

        child_sections = child_labour_law(
            finding, items.get(finding.item_code) if finding is not None and finding.item_code else None)
        source = _header("referral", report_number("referral", inspection.reference, generated_at), generated_at,
                         "th")
        reasons = () if draft.signed_off(inspection.status) else (draft.NOT_SIGNED_OFF,)
        source["status"] = draft.status(reasons)
        source.update({
            "form": dict(FORM),
            "referral": {
                "id": referral.id, "receiving_body": referral.receiving_body, "status": referral.status,
                "referral_date": source_iso(referral.referral_date), "sent_on": source_iso(referral.sent_on),
                "accepted_on": source_iso(referral.accepted_on), "closed_on": source_iso(referral.closed_on),
                "case_number": text(referral.case_number), "contact_name": text(referral.contact_name),
                "contact_phone": referral.contact_phone, "contact_notes": text(referral.contact_notes),
                "outcome": text(referral.outcome),
            },
            "inspection": {"id": inspection.id, "reference": inspection.reference, "revision": inspection.revision,
                           **inspection_status(inspection), "visit_type": inspection.visit_type,
                           "visit_date": source_iso(inspection.visit_date)},
            "establishment": {k: v for k, v in est.items() if k != "workforce"},
            "finding": None if finding is None else {
                "number": finding_number[finding.id], **finding_texts(finding, "th"), "severity": finding.severity,
                "status": finding.status, "workers_affected": finding.workers_affected,
                "legal": _legal(finding.legal_refs or []),
            },
            "legal_basis": _legal([*SCREENING_LAW, *child_sections]),
            "child_labour": bool(child_sections),  # the form's title names child labour too
            "indicators": indicator_rows,
            "workers": worker_rows,
            "evidence": {
                "photos": [attachment_entry(a) for a in attachments
                           if a.mime.startswith("image/") and (a.id in evidence_ids or a.finding_id == referral.finding_id)],
                "files": [attachment_entry(a) for a in attachments],
                "documents_examined": [{"worker_code": i.worker_code, **d} for i in concerned
                                       for d in documents.get(i.id, [])],
            },
            "team": team,
            "coordinators": [
                {"name": text(coordinators[c.coordinator_id].full_name),
                 "languages": list(c.languages or coordinators[c.coordinator_id].languages or []),
                 "no_conflict_declared": bool(coordinators[c.coordinator_id].no_conflict_declared)}
                for c in links if c.coordinator_id in coordinators
            ],
            "signatures": [s for s in signatures if s["role"] in ("inspector", "coordinator")],
        })
        kept = {s["image_sha256"]: images[s["image_sha256"]] for s in source["signatures"]}
    return SourceBundle(source, kept, reasons)
