"""One inspection as HQ holds it, gathered for the review page: the inspection and every record under it,
its establishment, coordinators, laptop, template versions, review history and index row.

Sealed testimony stays sealed here; the page opens it with the session's keyring (evidence.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from ..core.rules import effective_result, finding_contradicted

from .db import HQDatabase
from .errors import NotFound
from .inspection_followups import FindingFollowUps, finding_follow_ups
from .models import ConflictVersion, Device, InspectionIndex, Record, ReviewDecision
from .queue_index import SEVERITY_RANK
from .template_catalog import ResolvedTemplates, resolve

RESULTS = ("non_compliant", "compliant", "not_applicable", "not_checked")


@dataclass
class SectionSummary:
    code: str
    title: dict[str, str]
    counts: dict[str, int]
    failed: list[dict[str, Any]]  # non-compliant items: code, label, note, value


@dataclass
class InspectionView:
    id: str
    fields: dict[str, Any]
    hq_status: str
    needs_review: bool
    open_conflicts: int
    owner: Any | None  # Device row
    writer: Any | None
    establishment: dict[str, Any] | None
    coordinators: dict[str, dict[str, Any]]  # id -> fields
    parts: dict[str, list[tuple[str, dict[str, Any]]]]  # entity -> [(record id, fields)]
    templates: ResolvedTemplates
    decisions: list[Any]
    index: Any | None
    checklist: list[SectionSummary] = field(default_factory=list)
    unlisted_answers: dict[str, int] = field(default_factory=dict)
    results: dict[str, str] = field(default_factory=dict)  # item code -> result as counted and printed
    follow_ups: FindingFollowUps = field(default_factory=lambda: FindingFollowUps({}, {}))

    @property
    def reference(self) -> str:
        return str(self.fields.get("reference") or self.id)

    @property
    def revision(self) -> int:
        value = self.fields.get("revision")
        return value if isinstance(value, int) else 1

    def records(self, entity: str) -> list[tuple[str, dict[str, Any]]]:
        return self.parts.get(entity, [])

    def findings(self) -> list[tuple[str, dict[str, Any]]]:
        return sorted(self.records("findings"), key=lambda r: (SEVERITY_RANK.get(str(r[1].get("severity")), 9),
                                                               str(r[1].get("created_at") or ""), r[0]))

    def photos(self) -> list[tuple[str, dict[str, Any]]]:
        return [r for r in self.records("attachments") if str(r[1].get("mime", "")).startswith("image/")]

    def photos_of(self, finding_id: str, evidence: list[Any] | None) -> list[tuple[str, dict[str, Any]]]:
        wanted = set(evidence or [])
        return [r for r in self.photos() if r[0] in wanted or r[1].get("finding_id") == finding_id]

    def signatures(self) -> list[tuple[str, dict[str, Any]]]:
        latest: dict[str, tuple[str, dict[str, Any]]] = {}
        for record_id, fields in sorted(self.records("signatures"), key=lambda r: -(r[1].get("revision") or 0)):
            latest.setdefault(str(fields.get("role")), (record_id, fields))
        return [latest[role] for role in ("inspector", "coordinator", "employer") if role in latest]

    def finding_status(self, finding_id: str, fields: dict[str, Any]) -> str:
        """HQ's current status of the finding: derived from follow-up visits where any counted, else its owner's."""
        return self.follow_ups.status.get(finding_id) or str(fields.get("status") or "open")

    def answer_disagrees(self, fields: dict[str, Any]) -> bool:
        """The finding stands (as its laptop recorded it) while its item's answer shows no violation: the full
        report says so beside it, and so does the review page (rules.finding_contradicted)."""
        item_result = self.results.get(str(fields.get("item_code")))
        return finding_contradicted(str(fields.get("status") or "open"), item_result)

    def referrals(self) -> list[tuple[str, dict[str, Any]]]:
        """The inspection's referral records, open ones first, then by date."""
        return sorted(self.records("referrals"), key=lambda r: (r[1].get("status") == "closed",
                                                                  str(r[1].get("referral_date") or ""), r[0]))

    def verified_here(self) -> list[tuple[str, dict[str, Any]]]:
        """Earlier findings this visit checked again (it is a follow-up visit), in the laptop's order."""
        return sorted(self.records("finding_verifications"),
                      key=lambda r: (r[1].get("position") if isinstance(r[1].get("position"), int) else 0, r[0]))

    def worker_codes(self, interview_ids: Any) -> list[str]:
        """The coded workers a referral concerns (their interviews' codes; never a name)."""
        codes = {i: str(f.get("worker_code") or "") for i, f in self.records("worker_interviews")}
        return [codes.get(i) or "?" for i in interview_ids or [] if isinstance(i, str)]

    def team(self) -> list[dict[str, Any]]:
        lead = self.fields.get("lead_inspector_id")
        members = [m for m in self.fields.get("team") or [] if isinstance(m, dict) and m.get("name")]
        return [{"name": m["name"], "lead": bool(lead) and m.get("user_id") == lead} for m in members]


def load_inspection(db: HQDatabase, ref: str) -> InspectionView:
    with db.read() as conn:
        row = conn.execute(select(Record.entity_id, Record.fields, Record.needs_review, Record.owner_device_id,
                                  Record.writer_device_id).where(
            Record.entity == "inspections", or_(Record.entity_id == ref, Record.reference == ref))).first()
        if row is None:
            raise NotFound(f"HQ holds no inspection {ref!r}.")
        inspection_id, fields = row.entity_id, dict(row.fields)
        parts: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for part in conn.execute(select(Record.entity, Record.entity_id, Record.fields)
                                 .where(Record.inspection_id == inspection_id, Record.entity != "inspections")
                                 .order_by(Record.entity, Record.entity_id)):
            parts.setdefault(part.entity, []).append((part.entity_id, dict(part.fields)))
        wanted = {f.get(k) for _, f in parts.get("inspection_coordinators", []) + parts.get("worker_interviews", [])
                  + parts.get("interpreter_notes", []) for k in ("coordinator_id", "interpreter_id")} - {None}
        establishment_id = fields.get("establishment_id")
        lookups = [i for i in (*wanted, establishment_id) if isinstance(i, str)]
        directory = {r.entity_id: (r.entity, dict(r.fields)) for r in conn.execute(
            select(Record.entity, Record.entity_id, Record.fields).where(Record.entity_id.in_(lookups)))}
        devices = {d.id: d for d in conn.execute(select(Device).where(
            Device.id.in_({row.owner_device_id, row.writer_device_id})))}
        decisions = list(conn.execute(select(ReviewDecision).where(ReviewDecision.inspection_id == inspection_id)
                                      .order_by(ReviewDecision.id.desc())))
        index = conn.execute(select(InspectionIndex).where(InspectionIndex.inspection_id == inspection_id)).first()
        open_conflicts = len(conn.execute(select(ConflictVersion.id).where(
            ConflictVersion.entity_id.in_([inspection_id, *(i for rows in parts.values() for i, _ in rows)]),
            ConflictVersion.resolved_at.is_(None))).all())
        addons = [f.get("template_id") for _, f in sorted(parts.get("inspection_templates", []),
                                                          key=lambda r: r[1].get("position") or 0)]
        template_ids = [t for t in [fields.get("template_id"), *addons] if isinstance(t, str)]
        answers = parts.get("checklist_answers", [])
        templates = resolve(conn, template_ids, [str(f.get("item_code")) for _, f in answers])
        follow_ups = finding_follow_ups(conn, inspection_id, [i for i, _ in parts.get("findings", [])])
    from .reviews import effective_status

    latest = decisions[0] if decisions else None
    view = InspectionView(
        id=inspection_id, fields=fields,
        hq_status=effective_status(fields, (latest.revision, latest.decision) if latest else None),
        needs_review=bool(row.needs_review), open_conflicts=open_conflicts,
        owner=devices.get(row.owner_device_id), writer=devices.get(row.writer_device_id),
        establishment=directory[establishment_id][1] if establishment_id in directory else None,
        coordinators={i: f for i, (e, f) in directory.items() if e == "language_coordinators"},
        parts=parts, templates=templates, decisions=decisions, index=index, follow_ups=follow_ups)
    _summarise_checklist(view)
    return view


def _summarise_checklist(view: InspectionView) -> None:
    answers = {str(f.get("item_code")): f for _, f in view.records("checklist_answers")}
    # An item whose value judges it (an age, a wage, a choice) counts as the value says, as the report prints it.
    place = {"province_code": (view.establishment or {}).get("province_code"),
             "district_code": (view.establishment or {}).get("district_code"),
             "on_date": _day(view.fields.get("visit_date"))}
    listed: set[str] = set()
    for template in view.templates.templates:
        for section in template.sections:
            counts: Counter[str] = Counter()
            failed = []
            for item in section.items:
                listed.add(item.code)
                answer = answers.get(item.code)
                result = str(answer.get("result")) if answer else "not_checked"
                if answer and result in RESULTS:
                    result = effective_result(item, result, answer.get("value"), **place).result
                    view.results[item.code] = result
                counts[result if result in RESULTS else "not_checked"] += 1
                if result == "non_compliant":
                    violation = dict(item.finding.violation) if item.finding is not None else {}
                    failed.append({"code": item.code, "label": violation or dict(item.label), "note": answer.get("note"),
                                   "value": answer.get("value"), "indicator": item.indicator})
            view.checklist.append(SectionSummary(section.code, dict(section.title),
                                                 {r: counts.get(r, 0) for r in RESULTS}, failed))
    extra = Counter(str(f.get("result")) for code, f in answers.items() if code not in listed)
    view.unlisted_answers = dict(extra)


def _day(value: Any) -> date | None:
    """A synced ISO date (visit_date), or None."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
