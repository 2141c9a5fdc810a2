"""Builders for follow-up tests: a signed visit of a Mae Sot workplace with open findings, through the services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.core.demo import _signature_png
from inspector_app.core.models import ChecklistTemplate, Finding, Inspection, InspectionRevision
from inspector_app.core.queries import inspection_items
from inspector_app.core.rules import STANDING_FINDING_STATUSES
from inspector_app.core.services import checklist, directory, findings, inspections
from inspector_app.core.store import Store

REGISTRATION = "0-6355-61234-56-7"
COMPLAINT_CANARY = "CANARY-complaint-caller-4471"
SIGNATURE = _signature_png()


@dataclass(frozen=True)
class Visit:
    inspection_id: str
    establishment_id: str
    open_findings: tuple[str, ...]  # passports held (S1), below minimum wage (S2), no register (S3)
    remedied_finding: str


def base_template(store: Store) -> str:
    with store.session() as s:
        return s.scalars(select(ChecklistTemplate.id).where(ChecklistTemplate.code == "LPA-GENERAL")
                         .order_by(ChecklistTemplate.version.desc())).first()


def workplace(store: Store, *, registration_no: str | None = REGISTRATION, name_th: str = "บริษัท ดอยงามการ์เมนต์ จำกัด",
              social_security_no: str | None = None, subdistrict_code: str | None = "630601") -> str:
    return directory.create_establishment(
        store, name_th=name_th, name_en="Doi Ngam Garment Co., Ltd.", registration_no=registration_no,
        social_security_no=social_security_no, province_code="63", district_code="6306",
        subdistrict_code=subdistrict_code, sector="factory", workers_male=40, workers_female=60,
        workers_by_nationality={"MM": 85, "TH": 15}).created("establishments")


def answer_all(store: Store, inspection_id: str) -> None:
    with store.session() as s:
        items = inspection_items(s, s.get(Inspection, inspection_id))
    for item in items:
        if item.answer_type == "compliance":
            checklist.save_answer(store, inspection_id, item.code, result="compliant")
        elif item.answer_type == "number":
            checklist.save_answer(store, inspection_id, item.code, value="400" if item.rule == "min_wage" else "20")
        elif item.answer_type == "choice":
            checklist.save_answer(store, inspection_id, item.code, value=item.choices[0]["code"])
        elif item.answer_type == "date":
            checklist.save_answer(store, inspection_id, item.code, value="2026-11-20")
        else:
            checklist.save_answer(store, inspection_id, item.code, value="checked")


def answer_as_found(store: Store, inspection_id: str) -> None:
    """Each item a standing finding was recorded for answered as a violation (a finding against a compliant
    answer stops "Mark completed"): ticked non-compliant, a wage below Tak's minimum, a child's age, the
    first violating choice."""
    with store.session() as s:
        coded = {f.item_code for f in s.scalars(select(Finding).where(
            Finding.inspection_id == inspection_id, Finding.item_code.is_not(None),
            Finding.status.in_(STANDING_FINDING_STATUSES)))}
        items = [i for i in inspection_items(s, s.get(Inspection, inspection_id)) if i.code in coded]
    for item in items:
        if item.answer_type == "compliance":
            checklist.save_answer(store, inspection_id, item.code, result="non_compliant")
        elif item.answer_type == "choice" and item.non_compliant_choices:
            checklist.save_answer(store, inspection_id, item.code, value=item.non_compliant_choices[0])
        elif item.rule in ("min_wage", "child_age"):
            checklist.save_answer(store, inspection_id, item.code, value="300" if item.rule == "min_wage" else "14")
        else:
            checklist.save_answer(store, inspection_id, item.code, result="non_compliant")


def sign(store: Store, inspection_id: str) -> None:
    answer_all(store, inspection_id)
    answer_as_found(store, inspection_id)
    inspections.complete_inspection(store, inspection_id)
    inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="Somchai Test",
                                image_png=SIGNATURE)


def complaint_visit(store: Store, establishment_id: str | None = None, *, visit_date: str = "2026-10-01",
                    follow_up_date: str | None = "2026-11-15") -> Visit:
    """A signed complaint visit with an S1, an S2 and an S3 finding open and one remedied on the day."""
    establishment_id = establishment_id or workplace(store)
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment_id, template_id=base_template(store), visit_type="complaint",
        visit_date=visit_date, complaint_source_confidential=True, complaint_source=f"สายด่วน 1546 {COMPLAINT_CANARY}").created("inspections")
    inspections.update_inspection(store, inspection_id, follow_up_date=follow_up_date,
                                  workforce={"male": 40, "female": 60, "under18": 0,
                                             "by_nationality": {"MM": 85, "TH": 15}})
    s1 = findings.create_finding(store, inspection_id, item_code="LPA-D-01", legal_refs=["ROFW:131"], severity="S1",
                                 title_th="นายจ้างยึดหนังสือเดินทางของลูกจ้าง",
                                 title_en="Workers' passports are held by the employer", deadline="2026-10-01",
                                 referral_target="MDT").created("findings")
    s2 = findings.create_finding(store, inspection_id, item_code="LPA-E-01", legal_refs=["LPA:90"], severity="S2",
                                 title_th="จ่ายค่าจ้างต่ำกว่าค่าจ้างขั้นต่ำ",
                                 title_en="Workers are paid less than the minimum daily wage", deadline="2026-10-31").created("findings")
    s3 = findings.create_finding(store, inspection_id, item_code="LPA-H-01", legal_refs=["LPA:112"], severity="S3",
                                 title_th="ไม่มีทะเบียนลูกจ้าง", title_en="There is no employee register",
                                 deadline="2026-12-20").created("findings")
    fixed = findings.create_finding(store, inspection_id, item_code="LPA-H-05", legal_refs=["LPA:108"], severity="S4",
                                    title_en="Work rules are not posted", deadline="2026-10-15").created("findings")
    findings.update_finding(store, fixed, status="remedied")
    sign(store, inspection_id)
    return Visit(inspection_id, establishment_id, (s1, s2, s3), fixed)


def revision_hash(store: Store, inspection_id: str) -> tuple[str, dict]:
    with store.session() as s:
        revision = s.scalars(select(InspectionRevision).where(InspectionRevision.inspection_id == inspection_id)
                             .order_by(InspectionRevision.revision.desc())).first()
        return revision.snapshot_sha256, revision.snapshot
