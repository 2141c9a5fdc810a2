"""Inspections for report tests and the report benchmark, made through the services.

`make_inspection` records one inspection with everything a report can show: findings
with legal references and evidence photos, interviews in Burmese, Khmer and Lao with
Thai translations, interpreter notes, measures and a signature. Options turn on the
hard cases (a complaint visit, a Zawgyi note, a 5,000-character note, no findings).
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select

from inspector_app.core.models import ChecklistTemplate, Inspection
from inspector_app.core.queries import inspection_items
from inspector_app.core.services import attachments, checklist, directory, findings, inspections, interviews
from inspector_app.core.store import Store

# A Zawgyi-encoded Burmese sentence ("the employer keeps the passport"), as code points so
# that no editor font disguises it; ZAWGYI_NOTE_UNICODE is what the report must carry.
ZAWGYI_NOTE = (
    "\u1021\u101c\u102f\u1015\u1039\u101b\u103d\u1004\u1039\u1000 "
    "\u108f\u102d\u102f\u1004\u1039\u1004\u1036\u1000\u1030\u1038\u101c\u1000\u1039\u1019\u103d\u1010\u1039\u1000\u102d\u102f "
    "\u101e\u102d\u1019\u1039\u1038\u1011\u102c\u1038\u101e\u100a\u1039\u104b"
)
ZAWGYI_NOTE_UNICODE = "အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။"

NOTES = {
    "my": ("ကျွန်တော့်ပတ်စ်ပို့ကို အလုပ်ရှင်က သိမ်းထားပါတယ်။ ညဘက် အိပ်ဆောင်ကနေ အပြင်ထွက်ခွင့် မရှိပါ။",
           "นายจ้างเก็บหนังสือเดินทางของผมไว้ และไม่ได้รับอนุญาตให้ออกจากหอพักตอนกลางคืน"),
    "km": ("ថៅកែរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ។ ខ្ញុំធ្វើការ ១២ ម៉ោងក្នុងមួយថ្ងៃ ហើយគេកាត់ប្រាក់ខែខ្ញុំរៀងរាល់ខែ។",
           "นายจ้างเก็บหนังสือเดินทางของฉันไว้ ฉันทำงานวันละ 12 ชั่วโมง และนายจ้างหักค่าจ้างทุกเดือน"),
    "lo": ("ນາຍຈ້າງເກັບໜັງສືຜ່ານແດນຂອງຂ້ອຍໄວ້. ຂ້ອຍເຮັດວຽກມື້ລະ 12 ຊົ່ວໂມງ ແລະ ບໍ່ມີມື້ພັກ.",
           "นายจ้างเก็บหนังสือเดินทางของฉันไว้ ฉันทำงานวันละ 12 ชั่วโมงและไม่มีวันหยุด"),
}
NATIONALITY = {"my": "MM", "km": "KH", "lo": "LA"}
FINDING_TEXTS = [
    ("ROFW:131", "S1", "นายจ้างยึดหนังสือเดินทางและใบอนุญาตทำงานของลูกจ้าง",
     "พบหนังสือเดินทางของลูกจ้างเก็บไว้ในตู้เซฟของสำนักงาน ลูกจ้างไม่สามารถขอคืนได้",
     "คืนเอกสารประจำตัวทั้งหมดให้ลูกจ้างทันทีและห้ามยึดเอกสารอีก"),
    ("LPA:90", "S2", "จ่ายค่าจ้างต่ำกว่าอัตราค่าจ้างขั้นต่ำ",
     "ค่าจ้างรายวันที่จ่ายจริง 300 บาท ต่ำกว่าอัตราค่าจ้างขั้นต่ำของจังหวัด",
     "จ่ายส่วนต่างค่าจ้างย้อนหลังให้ครบถ้วนตามมาตรา 90"),
    ("LPA:76", "S2", "หักค่าจ้างเกินกว่าที่กฎหมายกำหนด",
     "หักค่าที่พักและค่านายหน้ารวมกันเกินร้อยละ 20 ของค่าจ้างโดยไม่มีหนังสือยินยอม",
     "หยุดหักค่าจ้างเกินกำหนดและคืนเงินที่หักเกินให้ลูกจ้าง"),
    ("LPA:28", "S2", "ไม่จัดให้มีวันหยุดประจำสัปดาห์",
     "ลูกจ้างทำงานเจ็ดวันต่อสัปดาห์ติดต่อกันหลายเดือน", "จัดวันหยุดประจำสัปดาห์อย่างน้อยสัปดาห์ละหนึ่งวัน"),
    ("LPA:112", "S3", "ไม่จัดทำทะเบียนลูกจ้างเป็นภาษาไทย", "ไม่พบทะเบียนลูกจ้างในวันตรวจ",
     "จัดทำทะเบียนลูกจ้างเป็นภาษาไทยภายใน 15 วัน"),
]


@dataclass
class MadeInspection:
    id: str
    reference: str
    worker_codes: list[str] = field(default_factory=list)
    worker_names: list[str] = field(default_factory=list)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)  # worker code -> (original, translation)
    finding_ids: list[str] = field(default_factory=list)
    photo_hashes: list[str] = field(default_factory=list)
    complaint_source: str | None = None


def photo_bytes(seed: int, size: tuple[int, int] = (1200, 900), quality: int = 88) -> bytes:
    """A photo-like JPEG (noise over a gradient with a few shapes), different per seed."""
    rng = random.Random(seed)
    width, height = size
    base = Image.linear_gradient("L").resize(size).convert("RGB")
    noise = Image.effect_noise(size, 40).convert("RGB")
    image = Image.blend(base, noise, 0.35)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(width // 20, width // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def make_inspection(
    store: Store,
    *,
    visit_type: str = "complaint",
    complaint_source_confidential: bool = True,
    complaint_source: str | None = "ลูกจ้างชาวเมียนมา 3 คน ร้องเรียนทางสายด่วน 1546 (ผู้ร้อง: นายทดสอบ ตัวอย่าง)",
    languages: tuple[str, ...] = ("my", "km", "lo"),
    findings_count: int = 5,
    photos_per_finding: int = 1,
    photo_size: tuple[int, int] = (1200, 900),
    zawgyi_note: bool = False,
    long_note: str | None = None,
    answer_all: bool = True,
    mention_worker_in_finding: bool = True,
    seed: int = 1,
    province_code: str = "63",
    district_code: str | None = "6306",
    subdistrict_code: str | None = "630601",
    visit: date = date(2026, 3, 5),
) -> MadeInspection:
    """One inspection with the given shape; every write goes through the services."""
    with store.session() as session:
        newest = {t.code: t.id for t in session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.version))}
        base = newest["LPA-GENERAL"]
        modules = [newest[code] for code in ("FORCED-LABOUR", "SAFEGUARDS", "SECTOR-FACTORY")]
    establishment = directory.create_establishment(
        store, name_th="โรงงานทดสอบสิ่งทอรุ่งเรือง", name_en="Rungruang Test Textiles", sector="factory",
        employer_name="บริษัท รุ่งเรืองสิ่งทอ จำกัด", registration_no="0635561000123", province_code=province_code,
        district_code=district_code, subdistrict_code=subdistrict_code, address="99 หมู่ 3 ถนนเอเชีย",
        workers_male=80, workers_female=95, workers_under18=2,
    ).created("establishments")
    # create_establishment sets an empty breakdown itself (and rejects one given), so update.
    directory.update_establishment(store, establishment,
                                   workers_by_nationality={"MM": 120, "KH": 30, "LA": 15, "TH": 10})
    coordinator = directory.save_coordinator(store, full_name="นางสาวแสงดาว ใจงาม", languages=list(languages) + ["th"],
                                             no_conflict_declared=True, no_conflict_declared_on="2025-01-15").created("language_coordinators")
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment, template_id=base, visit_type=visit_type, visit_date=visit,
        addon_template_ids=modules, coordinator_ids=[coordinator],
        complaint_source_confidential=complaint_source_confidential,
        complaint_source=complaint_source if visit_type == "complaint" else None,
    ).created("inspections")
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        reference = inspection.reference
        items = inspection_items(session, inspection)
    made = MadeInspection(inspection_id, reference,
                          complaint_source=complaint_source if visit_type == "complaint" else None)

    if answer_all:
        for n, item in enumerate(items):
            if item.answer_type == "compliance":
                checklist.save_answer(store, inspection_id, item.code,
                                      result="non_compliant" if n % 7 == 3 else "compliant",
                                      note="ตรวจเอกสารและสอบถามลูกจ้างแล้ว" if n % 5 == 0 else None)
            elif item.answer_type == "number":
                checklist.save_answer(store, inspection_id, item.code, result="compliant", value="18")
            elif item.answer_type == "choice" and item.choices:
                checklist.save_answer(store, inspection_id, item.code, result="compliant",
                                      value=item.choices[0]["code"])

    rng = random.Random(seed)
    for n, language in enumerate(languages, start=1):
        original, translation = NOTES[language]
        if zawgyi_note and language == "my":
            original = ZAWGYI_NOTE
        if long_note is not None and n == 1:
            original = long_note
        code = f"W-{n:02d}"
        name = {"my": "မောင်မောင်ဦး", "km": "សុខ ដារា", "lo": "ບຸນມີ ແກ້ວ"}[language]
        interview_id = interviews.save_interview(
            store, inspection_id, worker_code=code, worker_name=name, sex=rng.choice(["female", "male"]), age=27 + n,
            nationality=NATIONALITY[language], language=language,
            documents=[{"type": "passport", "status": "valid", "held_by": "employer"},
                       {"type": "work_permit", "status": "valid", "held_by": "worker"}],
            entry_channel="mou", daily_wage=300.0, consent=True, private_setting=True, employer_absent=True,
            interpreter_id=coordinator, indicators=["retention_of_documents", "excessive_overtime"],
            notes_original=original, notes_language=language, notes_translation=translation,
            translation_language="th",
        ).created("worker_interviews")
        interviews.add_interpreter_note(store, inspection_id, source_language=language, target_language="th",
                                        original=NOTES[language][0], translation=NOTES[language][1],
                                        coordinator_id=coordinator, interview_id=interview_id)
        made.worker_codes.append(code)
        made.worker_names.append(name)
        made.notes[code] = (original, translation)

    photo_seed = seed * 1000
    for n in range(findings_count):
        key, severity, title, description, action = FINDING_TEXTS[n % len(FINDING_TEXTS)]
        if mention_worker_in_finding and n == 0 and made.worker_codes:
            description = f"{description} (ตามคำให้การของลูกจ้างรหัส {made.worker_codes[0]})"
        finding_id = findings.create_finding(
            store, inspection_id, title=title if n < len(FINDING_TEXTS) else f"{title} ({n + 1})",
            description=description, severity=severity, legal_refs=[key], workers_affected=3 + n,
            required_action=action, deadline=(visit + timedelta(days=15 + n)).isoformat(),
            referral_target="MDT" if severity == "S1" else None,
        ).created("findings")
        made.finding_ids.append(finding_id)
        for p in range(photos_per_finding):
            photo_seed += 1
            data = photo_bytes(photo_seed, photo_size)
            attachments.add_attachment(store, inspection_id, data, mime="image/jpeg", finding_id=finding_id,
                                       caption=f"หลักฐานภาพที่ {p + 1} ของข้อค้นพบ {n + 1}")
            made.photo_hashes.append(hashlib.sha256(data).hexdigest())
    inspections.update_inspection(
        store, inspection_id, summary="พบการยึดเอกสารประจำตัวและการหักค่าจ้างเกินกำหนด ส่งต่อทีมสหวิชาชีพ",
        measures=[{"kind": "order", "text": "คำสั่งให้คืนเอกสารประจำตัว", "deadline": "2026-03-06"},
                  {"kind": "referral", "text": "ส่งต่อทีมสหวิชาชีพเพื่อคัดกรองตามแบบ รบ.1", "target": "MDT"}],
        follow_up_date="2026-04-05",
    )
    return made
