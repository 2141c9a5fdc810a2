"""Realistic synthetic demo data (deterministic content for a given seed).

Establishments sit at real DOPA locations (many in Tak / Mae Sot, the rest in
other provinces with migrant workforces); workers have obviously synthetic
Burmese and Khmer names in their own scripts; interview notes are in Burmese
or Khmer with Thai translations; findings are what the rules propose for the answers
(in Thai and English, as accepted in the app) and span every severity. Everything is
written through the unit of work, so demo data has outbox rows and audit
entries like any other data and can be synced.
"""

from __future__ import annotations

import gc
import io
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from . import geography
from .errors import StoreError
from .messages import internal
from .checklists import ItemDef, template_from_document
from .models import (
    ChecklistAnswer,
    ChecklistTemplate,
    Establishment,
    Finding,
    Inspection,
    InspectionCoordinator,
    InspectionTemplate,
    InterpreterNote,
    LanguageCoordinator,
    Referral,
    Signature,
    SyncState,
    WorkerDocument,
    WorkerInterview,
)
from .rules import ProposedFinding, propose_for_answer
from .types import new_id, utcnow

if TYPE_CHECKING:
    from .store import Store

CHUNK = 250  # inspections per transaction

# Provinces with large migrant workforces; Tak (Mae Sot) first.
PROVINCES = [("63", 40), ("74", 12), ("85", 8), ("90", 8), ("20", 8), ("10", 6), ("50", 6), ("84", 6), ("13", 6)]
# Approximate latitude and longitude of each demo province's town (Mae Sot for district 6306).
TOWNS = {"63": (16.87, 99.13), "6306": (16.72, 98.57), "74": (13.55, 100.27), "85": (9.96, 98.64),
         "90": (7.10, 100.55), "20": (13.36, 100.98), "10": (13.75, 100.50), "50": (18.79, 98.98),
         "84": (9.14, 99.33), "13": (14.02, 100.53)}
SECTOR_WEIGHTS = [("factory", 30), ("agriculture", 25), ("construction", 20), ("fishing", 12), ("domestic", 5),
                  ("general", 8)]
ADDON_BY_SECTOR = {"construction": "SECTOR-CONSTRUCTION", "factory": "SECTOR-FACTORY", "fishing": "SECTOR-FISHING",
                   "agriculture": "SECTOR-AGRICULTURE", "domestic": "SECTOR-DOMESTIC"}
# The supervisor named on demo reviews: an obviously made-up name ("ตัวอย่าง": example).
DEMO_SUPERVISOR = "สมหญิง ตัวอย่าง"
STATUS_WEIGHTS = [("draft", 20), ("completed", 12), ("signed", 23), ("submitted", 20), ("approved", 20), ("returned", 5)]
VISIT_WEIGHTS = [("routine", 55), ("complaint", 15), ("follow_up", 15), ("pipo", 8), ("special_operation", 7)]

TH_KIND = {
    "factory": ("โรงงาน", "Factory"), "agriculture": ("ไร่", "Farm"), "construction": ("ไซต์ก่อสร้าง", "Construction site"),
    "fishing": ("เรือประมง", "Fishing vessel"), "domestic": ("บ้านพัก", "Household"), "general": ("ร้าน", "Shop"),
}
TH_NAMES = [("รุ่งเรือง", "Rungruang"), ("สยามทอง", "Siam Thong"), ("เจริญผล", "Charoen Phon"), ("ดอยงาม", "Doi Ngam"),
            ("ทะเลใส", "Thale Sai"), ("ศรีสุข", "Si Suk"), ("มั่นคง", "Mankhong"), ("สุขใจ", "Sukchai"),
            ("แสงทอง", "Saeng Thong"), ("พูนทรัพย์", "Phun Sap"), ("ไทยรุ่ง", "Thai Rung"), ("บุญมา", "Bun Ma")]

# Obviously synthetic: common given names combined at random.
MY_NAMES = ["မောင်မောင်", "အောင်ကျော်", "ခင်ခင်", "နန်းနွယ်", "ဇော်ဇော်", "သီတာ", "မြင့်မြင့်", "ကျော်ဝင်း"]
KM_NAMES = ["សុខ ដារា", "ចាន់ សុភា", "កែវ សុវណ្ណ", "ហេង ស្រីពៅ", "លី វិចិត្រ", "ម៉ៅ សុផល"]
COORDINATORS = [
    ("နန်းခင်ဝေ (Nan Khin Wai)", ["my", "th"]), ("ဦးအောင်မြင့် (U Aung Myint)", ["my", "kar", "th"]),
    ("សុខ វណ្ណា (Sok Vanna)", ["km", "th"]), ("ចាន់ ធីតា (Chan Thida)", ["km", "th"]),
    ("ນາງ ແສງດາວ (Nang Saengdao)", ["lo", "th"]), ("စိုင်းထွန်း (Sai Tun)", ["my", "shn", "th"]),
]
NOTES = {
    "my": [
        ("ကျွန်တော့်ပတ်စ်ပို့ကို အလုပ်ရှင်က သိမ်းထားပါတယ်။", "นายจ้างเก็บหนังสือเดินทางของผมไว้", "retention_of_documents"),
        ("တစ်ရက်ကို ၁၂ နာရီ အလုပ်လုပ်ရပြီး အနားယူရက် မရှိပါ။", "ต้องทำงานวันละ 12 ชั่วโมงและไม่มีวันหยุด", "excessive_overtime"),
        ("လစာကို လစဉ် မှန်မှန် ရပါတယ်။", "ได้รับค่าจ้างตรงเวลาทุกเดือน", None),
        ("ပွဲစားကို ကြွေး ၂၀၀၀၀ ဘတ် ရှိနေသေးတယ်။", "ยังมีหนี้กับนายหน้า 20,000 บาท", "debt_bondage"),
        ("ညဘက် အိပ်ဆောင်ကနေ အပြင်ထွက်ခွင့် မရှိပါ။", "ไม่ได้รับอนุญาตให้ออกจากหอพักตอนกลางคืน", "restriction_of_movement"),
    ],
    "km": [
        ("ថៅកែរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ។", "นายจ้างเก็บหนังสือเดินทางของฉันไว้", "retention_of_documents"),
        ("ខ្ញុំធ្វើការ ១២ ម៉ោងក្នុងមួយថ្ងៃ។", "ฉันทำงานวันละ 12 ชั่วโมง", "excessive_overtime"),
        ("ខ្ញុំទទួលបានប្រាក់ខែទៀងទាត់។", "ฉันได้รับค่าจ้างสม่ำเสมอ", None),
        ("ខ្ញុំនៅជំពាក់បំណុលមេខ្យល់។", "ฉันยังติดหนี้นายหน้าอยู่", "debt_bondage"),
        ("គេកាត់ប្រាក់ខែខ្ញុំរៀងរាល់ខែ។", "นายจ้างหักค่าจ้างของฉันทุกเดือน", "withholding_of_wages"),
    ],
}


@dataclass
class DemoReport:
    inspections: int = 0
    establishments: int = 0
    answers: int = 0
    interviews: int = 0
    findings: int = 0


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _signature_png() -> bytes:
    """A small scribble, made with Pillow (a ReportLab dependency)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (240, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.line([(10, 60), (40, 20), (60, 55), (90, 25), (120, 58), (160, 30), (220, 50)], fill=0, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _templates(store: Store) -> dict[str, Template]:
    """The newest version of each loaded checklist template, by code."""
    with store.session() as session:
        latest: dict[str, Template] = {}
        for template in session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.version)):
            latest[template.code] = Template(template.id, template.code, template.version, template.document)
    if "LPA-GENERAL" not in latest:
        raise StoreError(internal("The checklist templates are not loaded in this data store; demo data needs them."))
    return latest


def _establishment_rows(rng: random.Random, count: int) -> list[dict[str, Any]]:
    rows = []
    for n in range(count):
        province = _pick(rng, PROVINCES)
        districts = geography.districts(province)
        district = (geography.place("6306") if province == "63" and rng.random() < 0.6 else rng.choice(districts))
        subdistrict = rng.choice(geography.subdistricts(district.code))
        sector = _pick(rng, SECTOR_WEIGHTS)
        th_kind, en_kind = TH_KIND[sector]
        th_name, en_name = rng.choice(TH_NAMES)
        male, female = rng.randint(3, 180), rng.randint(0, 150)
        myanmar = int((male + female) * rng.uniform(0.3, 0.9))
        cambodia = int((male + female - myanmar) * rng.uniform(0, 0.6))
        rows.append({
            "id": new_id(),
            "name_th": f"{th_kind}{th_name} {n + 1}",
            "name_en": f"{en_name} {en_kind} {n + 1}",
            "registration_no": f"0{province}{rng.randint(10**9, 10**10 - 1)}",
            "sector": sector,
            "employer_name": f"Demo Employer {n + 1}",
            "province_code": province,
            "district_code": district.code,
            "subdistrict_code": subdistrict.code,
            # Within about 13 km of the district's or province's town (a map shows the workplace where its
            # address is), from the same two draws as before so the rest of the content stays the same.
            "latitude": round(TOWNS.get(district.code, TOWNS[province])[0] + rng.uniform(-0.12, 0.12), 5),
            "longitude": round(TOWNS.get(district.code, TOWNS[province])[1] + rng.uniform(-0.12, 0.12), 5),
            "workers_male": male,
            "workers_female": female,
            "workers_under18": rng.choice([0, 0, 0, 0, 1, 2]),
            "workers_by_nationality": {"MM": myanmar, "KH": cambodia, "TH": male + female - myanmar - cambodia},
        })
    return rows


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Bulk loads allocate millions of row dicts and tuples, none in a reference cycle; the cyclic
    collector would walk that growing heap over and over (a quarter of the time). Reference
    counting still frees everything; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def generate(store: Store, *, inspections: int, seed: int = 2569, pipeline: bool | None = None) -> DemoReport:
    """Add `inspections` synthetic inspections (same seed, same content), each record through the write path.

    `pipeline`: make the rows in a second process while this one writes them (`demo_pipeline`);
    None chooses it for loads large enough to gain from it.
    """
    with _without_cycle_collection():
        return _generate(store, inspections, seed, pipeline)


@dataclass(frozen=True)
class Template:
    """A checklist template as the demo uses it (plain data: the pipeline's second process gets it)."""

    id: str
    code: str
    version: int
    document: dict[str, Any]


@dataclass(frozen=True)
class Content:
    """Everything the inspections' content follows from once the directory records are written: the
    random streams where they stand, the establishments and coordinators, the store's user."""

    inspections: int
    rng_state: Any
    documents_rng_state: Any
    templates: dict[str, Template]
    establishments: list[dict[str, Any]]
    coordinators: list[dict[str, Any]]
    user_id: str | None
    username: str
    counter_start: int
    node: str


@dataclass
class Batch:
    """One transaction's records (tables in insertion order, parents first) and the inspection count after it."""

    rows: dict[type, list[dict[str, Any]]]
    done: int


def _generate(store: Store, inspections: int, seed: int, pipeline: bool | None) -> DemoReport:
    rng = random.Random(seed)
    documents_rng = random.Random(seed * 7919 + 1)  # its own stream: the rest of the content stays as it was
    report = DemoReport()
    templates = _templates(store)

    establishments = _establishment_rows(rng, max(3, inspections // 4) if inspections else 0)
    coordinator_rows = [
        {"id": new_id(), "full_name": name, "languages": langs, "no_conflict_declared": True,
         "no_conflict_declared_on": date(2025, 1, 15), "active": True, "gender": rng.choice(["female", "male"]),
         "training_records": [{"date": "2024-11-20", "course": "Interpreting in labour inspections (demo course)",
                               "provider": "Demo training centre"}],
         "accreditation_body": "Demo accreditation body", "accreditation_number": f"DEMO-{n:03d}",
         "accreditation_valid_until": date(2027, 12, 31)}
        for n, (name, langs) in enumerate(COORDINATORS, start=1)
    ]
    with store.unit_of_work() as uow:
        uow.insert_many(Establishment, establishments)
        uow.insert_many(LanguageCoordinator, coordinator_rows)
    report.establishments = len(establishments)

    with store.session() as session:
        state = session.get(SyncState, "inspection_counter")
        counter_start = int(state.value) if state and state.value else 0
    content = Content(inspections, rng.getstate(), documents_rng.getstate(), templates, establishments,
                      coordinator_rows, store.user_id, store.username, counter_start,
                      store.device_id.replace("-", "")[-4:].upper())
    if pipeline is None:
        pipeline = inspections >= PIPELINE_FROM
    written = 0  # batches
    if pipeline:
        from . import demo_pipeline

        written = demo_pipeline.write(store, content, report)
    if written * CHUNK >= inspections:
        return report
    for n, batch in enumerate(batches(content)):
        if n >= written:  # what the pipeline did not write (it stopped early): here, the same content
            with store.unit_of_work() as uow:
                for model, model_rows in batch.rows.items():
                    uow.insert_many(model, model_rows)
                write_counter(uow, content, batch)
            count(report, batch)
    return report


PIPELINE_FROM = 1000  # inspections; below, starting a second process costs more than it saves


def write_counter(uow: Any, content: Content, batch: Batch) -> None:
    """The inspection counter (references) as it stands after `batch`, in its transaction."""
    counter = uow.session.get(SyncState, "inspection_counter") or SyncState(name="inspection_counter")
    counter.value = str(content.counter_start + batch.done)
    counter.updated_at = utcnow()
    uow.session.add(counter)


def count(report: DemoReport, batch: Batch) -> None:
    report.inspections += len(batch.rows[Inspection])
    report.answers += len(batch.rows[ChecklistAnswer])
    report.interviews += len(batch.rows[WorkerInterview])
    report.findings += len(batch.rows[Finding])


def batches(content: Content) -> Iterator[Batch]:
    """The inspections' records, `CHUNK` inspections a batch (deterministic for the content's random state)."""
    rng = random.Random()
    rng.setstate(content.rng_state)
    documents_rng = random.Random()
    documents_rng.setstate(content.documents_rng_state)
    templates = content.templates
    items_by_template = {t.id: list(template_from_document(t.document, f"{t.code}.v{t.version}").items())
                         for t in templates.values()}
    item_plans = {template_id: [_item_plan(item) for item in items] for template_id, items in items_by_template.items()}
    proposals: dict[tuple[int, str, str | None], ProposedFinding | None] = {}  # rule-less items' proposals
    signature = _signature_png()
    today = date(2026, 11, 1)
    user_id = content.user_id
    establishments, coordinator_rows = content.establishments, content.coordinators
    counter_start, node, inspections = content.counter_start, content.node, content.inspections
    done = 0
    while done < inspections:
        batch = min(CHUNK, inspections - done)
        rows: dict[type, list[dict[str, Any]]] = {m: [] for m in (
            Inspection, InspectionTemplate, InspectionCoordinator, ChecklistAnswer, WorkerInterview,
            InterpreterNote, Finding, Signature, WorkerDocument, Referral)}
        answers = rows[ChecklistAnswer]
        for _ in range(batch):
            done += 1
            est = rng.choice(establishments)
            visit_date = today - timedelta(days=rng.randint(0, 730))
            status = _pick(rng, STATUS_WEIGHTS)
            revision = 2 if status == "returned" else 1
            if status == "returned":
                status = "draft"
            inspection_id = new_id()
            # The visit's own times (no draws from the random stream): it starts at 09:00 in Thailand, the
            # interviews follow, and it is signed on the day or up to two days later, sent the day after and,
            # when approved, reviewed a few days after that; never the day the demo data was made.
            started_at = datetime.combine(visit_date, datetime.min.time(), UTC) + timedelta(hours=2)
            signed_at = (started_at + timedelta(days=done % 3, hours=7)
                         if status in ("signed", "submitted", "approved") else None)
            submitted_at = signed_at + timedelta(days=1) if signed_at and status != "signed" else None
            reviewed = status == "approved" or revision == 2
            reviewed_at = ((submitted_at or started_at + timedelta(days=1)) + timedelta(days=2 + done % 4)
                           if reviewed else None)
            modules = ["FORCED-LABOUR", "SAFEGUARDS"]
            addon = ADDON_BY_SECTOR.get(est["sector"])
            chosen = [templates[c] for c in ([addon] if addon else []) + modules if c in templates]
            coordinator = rng.choice(coordinator_rows)
            rows[Inspection].append({
                "id": inspection_id,
                "reference": f"{est['province_code']}-{visit_date.year + 543}-{node}{counter_start + done:05d}",
                "establishment_id": est["id"], "template_id": templates["LPA-GENERAL"].id,
                "visit_type": _pick(rng, VISIT_WEIGHTS), "visit_date": visit_date,
                "started_at": started_at,
                "ended_at": started_at + timedelta(hours=6) if status != "draft" else None,
                "lead_inspector_id": content.user_id,
                "team": [{"user_id": content.user_id, "name": content.username}],
                "complaint_source_confidential": rng.random() < 0.2, "status": status, "revision": revision,
                "workforce": {"male": est["workers_male"], "female": est["workers_female"],
                              "under18": est["workers_under18"], "by_nationality": est["workers_by_nationality"]},
                "measures": [], "review_comment": "กรุณาเพิ่มรูปถ่ายหลักฐาน" if revision == 2 else None,
                "signed_at": signed_at, "submitted_at": submitted_at,
                "reviewed_by": DEMO_SUPERVISOR if reviewed else None, "reviewed_at": reviewed_at,
                "follow_up_date": visit_date + timedelta(days=30) if rng.random() < 0.3 else None,
            })
            for position, template in enumerate(chosen, start=1):
                rows[InspectionTemplate].append({"inspection_id": inspection_id, "template_id": template.id,
                                                 "position": position})
            rows[InspectionCoordinator].append({"inspection_id": inspection_id, "coordinator_id": coordinator["id"],
                                                "languages": coordinator["languages"]})
            findings_here = 0
            draft, ashore = status == "draft", est["sector"] != "fishing"
            for template in [templates["LPA-GENERAL"], *chosen]:
                for item, sea_only, by_answer in item_plans[template.id]:
                    if draft and rng.random() < 0.4:
                        continue
                    result, value = _answer(rng, item, ashore and sea_only)
                    answers.append({"inspection_id": inspection_id, "item_code": item.code, "result": result,
                                    "value": value, "evidence": [], "answered_by": user_id})
                    # The findings an inspector accepts: what the rules propose for the answer.
                    if by_answer:
                        key = (id(item), result, value)
                        proposal = proposals.get(key, _UNSEEN)
                        if proposal is _UNSEEN:
                            proposal = proposals[key] = propose_for_answer(item, result, value)
                    else:
                        proposal = propose_for_answer(item, result, value, province_code=est["province_code"],
                                                      on_date=visit_date, district_code=est["district_code"])
                    if proposal is not None and findings_here < 4:
                        findings_here += 1
                        rows[Finding].append(_finding_row(rng, inspection_id, proposal, visit_date))
            screened = []
            linked = {coordinator["id"]}
            for n in range(rng.choice([0, 1, 1, 2, 3])):
                language = rng.choice(["my", "my", "km"])
                original, translation, indicator = rng.choice(NOTES[language])
                interpreter = _interpreter(coordinator, coordinator_rows, language)
                if interpreter["id"] not in linked:  # a second coordinator came for this language
                    linked.add(interpreter["id"])
                    rows[InspectionCoordinator].append({"inspection_id": inspection_id,
                                                        "coordinator_id": interpreter["id"],
                                                        "languages": interpreter["languages"]})
                interview_id = new_id()
                rows[WorkerInterview].append({
                    "id": interview_id, "inspection_id": inspection_id, "worker_code": f"W-{n + 1:02d}",
                    "worker_name": rng.choice(MY_NAMES if language == "my" else KM_NAMES),
                    "sex": rng.choice(["female", "male"]), "age": rng.randint(16, 55), "age_band": None,
                    "nationality": "MM" if language == "my" else "KH", "language": language,
                    "documents": [],
                    "entry_channel": rng.choice(["mou", "border_pass", "registration"]),
                    "daily_wage": float(rng.choice([300, 330, 352, 360, 380, 400])),
                    "consent": True, "private_setting": True, "employer_absent": True,
                    "interpreter_id": interpreter["id"], "indicators": [indicator] if indicator else [],
                    "notes_original": original, "notes_language": language, "notes_translation": translation,
                    "translation_language": "th",
                    "interviewed_at": started_at + timedelta(hours=1, minutes=45 * n),
                })
                if indicator:
                    screened.append(interview_id)
                rows[WorkerDocument] += _document_rows(documents_rng, inspection_id, interview_id, language, visit_date,
                                                       held_by_employer=indicator == "retention_of_documents")
                if rng.random() < 0.3:
                    rows[InterpreterNote].append({
                        "inspection_id": inspection_id, "interview_id": interview_id,
                        "coordinator_id": interpreter["id"], "source_language": language, "target_language": "th",
                        "original": original, "translation": translation,
                        "noted_at": started_at + timedelta(hours=1, minutes=45 * n + 30),
                    })
            for finding in rows[Finding][len(rows[Finding]) - findings_here:]:
                if finding["referral_target"]:
                    sent = finding["status"] == "referred"
                    rows[Referral].append({
                        "inspection_id": inspection_id, "finding_id": finding["id"],
                        "receiving_body": finding["referral_target"], "referral_date": visit_date,
                        "status": "sent" if sent else "planned", "sent_on": visit_date if sent else None,
                        "interview_ids": screened})
            if status in ("signed", "submitted", "approved"):
                rows[Signature].append({"inspection_id": inspection_id, "revision": revision, "role": "inspector",
                                        "signer_name": content.username, "image_png": signature, "signed_at": signed_at})
        yield Batch(rows, done)


def _interpreter(coordinator: dict[str, Any], coordinators: list[dict[str, Any]], language: str) -> dict[str, Any]:
    """Who interprets an interview in `language`: the visit's coordinator if they speak it, else the first
    coordinator who does (never one without the worker's language). Draws nothing from the random stream."""
    if language in coordinator["languages"]:
        return coordinator
    return next((c for c in coordinators if language in c["languages"]), coordinator)


def _finding_row(rng: random.Random, inspection_id: str, proposal: ProposedFinding,
                 visit_date: date) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": new_id(), "inspection_id": inspection_id, "item_code": proposal.item_code, "rule": proposal.rule,
        "legal_refs": list(proposal.legal_refs), "severity": proposal.severity,
        "workers_affected": rng.randint(1, 30), "evidence": [], "edited_texts": [],
        "deadline": visit_date + timedelta(days=proposal.deadline_days or 0),
        "status": rng.choice(["open", "open", "remedied", "referred"]),
        "referral_target": "MDT" if proposal.severity == "S1" else None,
    }
    if row["status"] == "referred" and row["referral_target"] is None:
        row["status"] = "open"  # only an S1 is referred, and each referred finding gets its referral record
    for lang in ("th", "en"):
        row[f"title_{lang}"] = proposal.title.get(lang)
        row[f"description_{lang}"] = proposal.description.get(lang)
        row[f"required_action_{lang}"] = proposal.required_action.get(lang)
    return row


def _document_rows(rng: random.Random, inspection_id: str, interview_id: str, language: str, visit_date: date, *,
                   held_by_employer: bool) -> list[dict[str, Any]]:
    """A passport and a work permit with synthetic numbers ("TEST" in each: never a real document's)."""
    prefix = "MTEST" if language == "my" else "KTEST"
    common = {"inspection_id": inspection_id, "interview_id": interview_id, "removed": False}
    passport_number = f"{prefix}{rng.randint(100000, 999999)}"
    passport_expiry = visit_date + timedelta(days=rng.randint(-60, 1800))
    permit_number = f"WP-TEST-{rng.randint(10**7, 10**8 - 1)}"
    permit_status = rng.choice(["valid", "valid", "valid", "expired", "pending"])
    days = rng.randint(-30, 700)
    # The status agrees with the expiry date (the same draws as before, so the rest of the content stays):
    # an expired permit ran out before the visit, a valid one runs past it.
    if permit_status == "expired":
        days = -1 - abs(days) % 30
    elif permit_status == "valid":
        days = abs(days) or 1
    return [
        {**common, "doc_type": "passport", "held_by": "employer" if held_by_employer else "worker",
         "number": passport_number, "permit_status": "valid" if passport_expiry >= visit_date else "expired",
         "expires_on": passport_expiry},
        {**common, "doc_type": "work_permit", "held_by": "worker", "number": permit_number,
         "permit_status": permit_status, "expires_on": visit_date + timedelta(days=days)},
    ]


_UNSEEN = object()


def _item_plan(item: ItemDef) -> tuple[ItemDef, bool, bool]:
    """(item, whether it is a sea-fishing item, whether its proposal depends on the answer alone).

    An item without a rule proposes from its result and value only (`propose_for_answer`): those
    proposals are made once per answer and reused, which is most of the 55 answers an inspection has.
    """
    sea_only = bool(item.legal_refs) and all(ref.startswith("MRSF:") for ref in item.legal_refs)
    return item, sea_only, item.rule is None


def _answer(rng: random.Random, item: ItemDef, ashore_at_sea_item: bool) -> tuple[str, str | None]:
    roll = rng.random()
    if ashore_at_sea_item:
        return "not_applicable", None  # sea-fishing items of the general checklist, ashore
    if item.answer_type == "compliance":
        if roll < 0.10:
            return "non_compliant", None
        if roll < 0.18:
            return "not_applicable", None
        return "compliant", None
    if item.answer_type == "number":
        if item.rule == "child_age":
            age = rng.choice([14, 16, 17, 18, 19, 20, 22]) if roll < 0.3 else rng.randint(18, 25)
            return ("non_compliant" if age < 15 else "compliant"), str(age)
        if item.rule == "min_wage":
            wage = rng.choice([300, 320, 352, 360, 372, 400])
            return ("non_compliant" if wage < 337 else "compliant"), str(wage)
        return "compliant", str(rng.randint(0, 60))
    if item.answer_type == "choice" and item.choices:
        choice = rng.choice(item.choices).code
        bad = choice in item.non_compliant_choices
        return ("non_compliant" if bad else "compliant"), choice
    if item.answer_type == "date":
        return "compliant", (date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))).isoformat()
    return "compliant", "ตรวจแล้ว / checked"
