"""Inspections: creation, edits, the status rules and revisions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ...i18n.dates import buddhist_year
from .. import published
from ..errors import NotFound, StatusError, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Code, UserMessage, plural
from ..models import (
    ChecklistTemplate,
    Establishment,
    Inspection,
    InspectionCoordinator,
    InspectionTemplate,
    LanguageCoordinator,
    Signature,
    SyncState,
    User,
)
from ..queries import contradicted_findings, inspection_content, missing_required_items
from ..text_rules import without_nul
from ..types import utcnow
from ..vocab import SIGNATURE_ROLES, VISIT_TYPES
from ..writer import ChangeSet, UnitOfWork
from .common import FROZEN, apply_fields, as_date, check_transition, frozen_snapshot, one_of, unknown_fields

if TYPE_CHECKING:
    from ..store import Store

EDITABLE_FIELDS = (
    "visit_type", "visit_date", "started_at", "ended_at", "team", "workforce", "summary", "measures",
    "follow_up_date", "complaint_source_confidential", "complaint_source", "previous_inspection_id",
)
WORKFORCE_KEYS = ("male", "female", "under18", "by_nationality")


def _next_reference(uow: UnitOfWork, province_code: str, visit_date: date) -> str:
    """Unique without HQ: the device's node id is part of every reference."""
    counter = uow.session.get(SyncState, "inspection_counter")
    if counter is None:
        counter = SyncState(name="inspection_counter", value="0")
        uow.session.add(counter)
    counter.value = str(int(counter.value or 0) + 1)
    counter.updated_at = utcnow()
    node = uow.store.device_id.replace("-", "")[-4:].upper()
    return f"{province_code}-{buddhist_year(visit_date)}-{node}{int(counter.value):05d}"


def editable(uow: UnitOfWork, inspection: Inspection) -> Inspection:
    """Make sure the inspection may change; a signed or submitted one opens a new revision."""
    if inspection.status == "approved":
        raise StatusError(QT_TRANSLATE_NOOP("InspectionErrors", "Inspection {reference} is approved and closed; record a "
                                                                "follow-up visit instead."), reference=inspection.reference)
    if inspection.status in FROZEN:
        inspection.revision += 1
        inspection.status = "draft"
        inspection.signed_at = None
        uow.save(inspection, "new_revision")
        _verifications_count_again(uow, inspection)
    return inspection


def _verifications_count_again(uow: UnitOfWork, inspection: Inspection) -> None:
    """A follow-up's verifications count only while it is signed: its earlier findings follow its status."""
    from .followups import refresh_verified_findings  # followups builds on this module

    if inspection.visit_type == "follow_up" or inspection.previous_inspection_id:
        refresh_verified_findings(uow, inspection.id)


MAX_COMPLAINT_SOURCE = 2000


def _complaint_source(value: Any) -> str | None:
    """Who or what raised the complaint: free text, blank means not recorded."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "The complaint source must be text."))
    value = without_nul(value)
    if len(value) > MAX_COMPLAINT_SOURCE:
        raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "The complaint source may hold at most {limit} "
                                                                    "characters."), limit=MAX_COMPLAINT_SOURCE)
    return value if value.strip() else None


_WORKFORCE_FIELDS = {"male": QT_TRANSLATE_NOOP("Fields", "Male workers"),
                     "female": QT_TRANSLATE_NOOP("Fields", "Female workers"),
                     "under18": QT_TRANSLATE_NOOP("Fields", "Workers under 18")}
_DATE_FIELDS = {"visit_date": QT_TRANSLATE_NOOP("Fields", "Visit date"),
                "follow_up_date": QT_TRANSLATE_NOOP("Fields", "Follow-up date")}
VISIT_DATE_NEEDED = QT_TRANSLATE_NOOP("InspectionErrors", "An inspection needs a visit date.")


def _validate_workforce(workforce: Mapping[str, Any]) -> dict[str, Any]:
    from .common import non_negative

    unknown = set(workforce) - set(WORKFORCE_KEYS)
    if unknown:
        raise unknown_fields("Workforce", unknown)
    clean: dict[str, Any] = {k: non_negative(workforce.get(k), _WORKFORCE_FIELDS[k]) or 0
                             for k in ("male", "female", "under18")}
    clean["by_nationality"] = {
        str(k).upper(): non_negative(v, UserMessage(QT_TRANSLATE_NOOP("Fields", "Workers of nationality {code}"),
                                                    code=str(k))) or 0
        for k, v in dict(workforce.get("by_nationality") or {}).items()
    }
    return clean


def create_inspection(
    store: Store,
    *,
    establishment_id: str,
    template_id: str,
    visit_type: str,
    visit_date: date | str,
    addon_template_ids: Sequence[str] = (),
    coordinator_ids: Sequence[str] = (),
    team: Sequence[Mapping[str, str]] | None = None,
    previous_inspection_id: str | None = None,
    complaint_source_confidential: bool = False,
    complaint_source: str | None = None,
) -> ChangeSet:
    """A new draft inspection with its add-ons and coordinators; `created("inspections")` is its id."""
    one_of(visit_type, VISIT_TYPES, QT_TRANSLATE_NOOP("Fields", "Visit type"))
    day = as_date(visit_date, _DATE_FIELDS["visit_date"])
    if day is None:
        raise ValidationError(VISIT_DATE_NEEDED)
    with store.unit_of_work() as uow:
        insert_inspection(
            uow, establishment_id=establishment_id, template_id=template_id, visit_type=visit_type, visit_date=day,
            addon_template_ids=addon_template_ids, coordinator_ids=coordinator_ids, team=team,
            previous_inspection_id=previous_inspection_id, complaint_source_confidential=complaint_source_confidential,
            complaint_source=complaint_source)
    return uow.changes


def insert_inspection(
    uow: UnitOfWork,
    *,
    establishment_id: str,
    template_id: str,
    visit_type: str,
    visit_date: date,
    addon_template_ids: Sequence[str] = (),
    coordinator_ids: Sequence[str] = (),
    team: Sequence[Mapping[str, str]] | None = None,
    previous_inspection_id: str | None = None,
    complaint_source_confidential: bool = False,
    complaint_source: str | None = None,
) -> Inspection:
    """A new inspection with its add-ons and coordinators, inside the caller's unit of work."""
    store = uow.store
    day = visit_date
    establishment = uow.get(Establishment, establishment_id, "establishment")
    template = uow.get(ChecklistTemplate, template_id, "checklist template")
    if template.kind != "base":
        raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "Template {code} is an add-on; start from a base "
                                                                    "checklist."), code=template.code)
    if previous_inspection_id and uow.session.get(Inspection, previous_inspection_id) is None \
            and published.visit(uow.session, previous_inspection_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("InspectionErrors", "No previous inspection with id {id} (on this laptop or "
                                                             "published by HQ)."), id=previous_inspection_id)
    lead = uow.session.get(User, store.user_id) if store.user_id else None
    inspection = Inspection(
        reference=_next_reference(uow, establishment.province_code, day),
        establishment_id=establishment.id,
        template_id=template.id,
        visit_type=visit_type,
        visit_date=day,
        started_at=utcnow(),
        lead_inspector_id=lead.id if lead else None,
        team=list(team) if team is not None else ([{"user_id": lead.id, "name": lead.display_name}] if lead else []),
        previous_inspection_id=previous_inspection_id,
        complaint_source_confidential=bool(complaint_source_confidential),
        complaint_source=_complaint_source(complaint_source),
        status="draft",
        revision=1,
        workforce={
            "male": establishment.workers_male,
            "female": establishment.workers_female,
            "under18": establishment.workers_under18,
            "by_nationality": dict(establishment.workers_by_nationality or {}),
        },
        measures=[],
    )
    uow.save(inspection, "create")
    for position, addon_id in enumerate(dict.fromkeys(addon_template_ids), start=1):
        addon = uow.get(ChecklistTemplate, addon_id, "checklist template")
        if addon.kind == "base":
            raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "Template {code} is a base checklist, not an "
                                                                        "add-on."), code=addon.code)
        uow.save(InspectionTemplate(inspection_id=inspection.id, template_id=addon.id, position=position), "create")
    for coordinator_id in dict.fromkeys(coordinator_ids):
        coordinator = uow.get(LanguageCoordinator, coordinator_id, "language coordinator")
        uow.save(
            InspectionCoordinator(inspection_id=inspection.id, coordinator_id=coordinator.id,
                                  languages=list(coordinator.languages or [])),
            "create",
        )
    return inspection


def update_inspection(store: Store, inspection_id: str, **changes: Any) -> ChangeSet:
    if "visit_type" in changes:
        one_of(changes["visit_type"], VISIT_TYPES, QT_TRANSLATE_NOOP("Fields", "Visit type"))
    for key in ("visit_date", "follow_up_date"):
        if key in changes:
            changes[key] = as_date(changes[key], _DATE_FIELDS[key])
    if "workforce" in changes:
        changes["workforce"] = _validate_workforce(changes["workforce"] or {})
    if changes.get("visit_date", True) is None:
        raise ValidationError(VISIT_DATE_NEEDED)
    if "complaint_source" in changes:
        changes["complaint_source"] = _complaint_source(changes["complaint_source"])
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        previous = changes.get("previous_inspection_id")
        if previous and (previous == inspection.id or (uow.session.get(Inspection, previous) is None
                                                       and published.visit(uow.session, previous) is None)):
            raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "No earlier visit with id {id} (on this laptop "
                                                                        "or published by HQ)."), id=previous)
        apply_fields(inspection, changes, EDITABLE_FIELDS, "An inspection")
        uow.save(inspection)
    return uow.changes


def complete_inspection(store: Store, inspection_id: str) -> ChangeSet:
    with store.unit_of_work() as uow:
        inspection = uow.get(Inspection, inspection_id, "inspection")
        check_transition(inspection, "completed")
        missing = missing_required_items(uow.session, inspection)
        if missing:
            if len(missing) > 8:
                raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "{count} required items are not answered "
                                                                            "yet: {items} and {more} more."),
                                      count=len(missing), items=tuple(missing[:8]), more=len(missing) - 8)
            raise ValidationError(plural(
                len(missing),
                QT_TRANSLATE_NOOP("InspectionErrors", "{count} required item is not answered yet: {items}."),
                QT_TRANSLATE_NOOP("InspectionErrors", "{count} required items are not answered yet: {items}.")),
                count=len(missing), items=tuple(missing))
        contradicted = contradicted_findings(uow.session, inspection)
        if contradicted:
            # The report would list a violation of an item it calls compliant: the inspector decides which holds.
            raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "A finding is recorded for {items}, but the "
                                                                        "checklist answer shows no violation. Correct "
                                                                        "the answer, or set the finding's status on the "
                                                                        "Findings tab (Dismissed if it does not hold)."),
                                  items=tuple(contradicted))
        inspection.status = "completed"
        inspection.ended_at = inspection.ended_at or utcnow()
        uow.save(inspection, "complete")
    return uow.changes


def reopen_inspection(store: Store, inspection_id: str) -> ChangeSet:
    with store.unit_of_work() as uow:
        inspection = uow.get(Inspection, inspection_id, "inspection")
        check_transition(inspection, "draft")
        inspection.status = "draft"
        uow.save(inspection, "reopen")
    return uow.changes


def sign_inspection(store: Store, inspection_id: str, *, role: str, signer_name: str, image_png: bytes) -> ChangeSet:
    """Record a signature. The inspector's signature freezes the inspection (status signed)."""
    one_of(role, SIGNATURE_ROLES, QT_TRANSLATE_NOOP("Fields", "Signature role"))
    if not signer_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "A signature needs the signer's name."))
    if not image_png.startswith(b"\x89PNG"):
        raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "A signature must be a PNG image."))
    with store.unit_of_work() as uow:
        inspection = uow.get(Inspection, inspection_id, "inspection")
        if inspection.status not in ("completed", "signed"):
            raise StatusError(QT_TRANSLATE_NOOP("InspectionErrors", "Complete inspection {reference} before it is signed "
                                                                    "(it is {status})."),
                              reference=inspection.reference, status=Code("Status", inspection.status))
        exists = uow.session.scalar(
            select(func.count()).select_from(Signature).where(
                Signature.inspection_id == inspection.id, Signature.revision == inspection.revision, Signature.role == role
            )
        )
        if exists:
            raise ValidationError(QT_TRANSLATE_NOOP("InspectionErrors", "Revision {revision} already has the {role}'s "
                                                                        "signature."),
                                  revision=inspection.revision, role=Code("SignatureRole", role))
        uow.save(
            Signature(inspection_id=inspection.id, revision=inspection.revision, role=role,
                      signer_name=signer_name.strip(), image_png=image_png, signed_at=utcnow()),
            "create",
        )
        if role == "inspector":
            check_transition(inspection, "signed")
            inspection.status = "signed"
            inspection.signed_at = utcnow()
            uow.save(inspection, "sign")
            uow.session.flush()
            uow.save(frozen_snapshot(inspection, inspection_content(uow.session, inspection.id)), "create")
            _verifications_count_again(uow, inspection)
    return uow.changes
