"""The small label tables every report string comes from (th, en, my, km, lo).

Reports print only data (names, notes, legal titles from the reference data) and these
labels. Inspection reports, employer notices and summaries are Thai with English
subtitles, so most labels need only "th" and "en"; the page furniture (page x of y,
report number, verification) and the worker information sheet are in all five languages.

Burmese, Khmer and Lao texts were written for this app and should be read by the
Ministry's language coordinators before an official print run (see WORKER_TEXT_REVIEWED).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "RIGHT_TOPICS",
    "WORKER_TEXT_REVIEWED",
    "enum_codes",
    "enum_label",
    "label",
    "labels",
]

LANGUAGES = ("th", "en", "my", "km", "lo")

#: False until the Burmese, Khmer and Lao worker texts are reviewed by coordinators. While False,
#: sheets in those languages say so in their language and in Thai (review_pending), and their
#: embedded data says "translation_review": "pending" (worker_data._translation_review).
WORKER_TEXT_REVIEWED = False

Table = Mapping[str, Mapping[str, str]]

# --------------------------------------------------------------------------- page furniture

_PAGE: Table = {
    "page_of": {
        "th": "หน้า {page} จาก {pages}",
        "en": "Page {page} of {pages}",
        "my": "စာမျက်နှာ {page} / {pages}",
        "km": "ទំព័រ {page} នៃ {pages}",
        "lo": "ໜ້າ {page} ຈາກ {pages}",
    },
    "report_number": {
        "th": "เลขที่รายงาน",
        "en": "Report no.",
        "my": "အမှတ်",
        "km": "លេខរបាយការណ៍",
        "lo": "ເລກທີ",
    },
    "generated": {
        "th": "สร้างเมื่อ",
        "en": "Generated",
        "my": "ထုတ်ပေးသည့်အချိန်",
        "km": "បង្កើតនៅ",
        "lo": "ສ້າງເມື່ອ",
    },
    "verification": {
        "th": "การตรวจสอบความถูกต้องของเอกสาร",
        "en": "Document verification",
        "my": "စာရွက်စာတမ်း အတည်ပြုခြင်း",
        "km": "ការផ្ទៀងផ្ទាត់ឯកសារ",
        "lo": "ການກວດສອບເອກະສານ",
    },
    "verification_text": {
        "th": (
            "ข้อมูลต้นฉบับของรายงานนี้แนบอยู่ในไฟล์ PDF เป็นไฟล์ {file} "
            "ค่า SHA-256 ของไฟล์นั้นต้องตรงกับค่าด้านล่าง และรหัส QR มีเลขที่รายงานและค่าเดียวกัน"
        ),
        "en": (
            "The source data of this report is embedded in the PDF as {file}. Its SHA-256 must equal "
            "the value below; the QR code carries the report number and the same value."
        ),
        "my": "ဤစာရွက်၏ မူရင်းအချက်အလက်ကို PDF ထဲတွင် {file} အဖြစ် ထည့်သွင်းထားပါသည်။ ၎င်း၏ SHA-256 သည် အောက်ပါတန်ဖိုးနှင့် တူညီရမည်။",
        "km": "ទិន្នន័យដើមនៃឯកសារនេះត្រូវបានភ្ជាប់ក្នុង PDF ជាឯកសារ {file}។ SHA-256 របស់វាត្រូវតែដូចតម្លៃខាងក្រោម។",
        "lo": "ຂໍ້ມູນຕົ້ນສະບັບຂອງເອກະສານນີ້ຖືກແນບໄວ້ໃນ PDF ເປັນໄຟລ໌ {file}. ຄ່າ SHA-256 ຂອງມັນຕ້ອງກົງກັບຄ່າຂ້າງລຸ່ມນີ້.",
    },
    "confidential": {
        "th": "ลับ",
        "en": "CONFIDENTIAL",
        "my": "လျှို့ဝှက်",
        "km": "សម្ងាត់",
        "lo": "ລັບ",
    },
    # New in 2026-03 (draft, draft_note, continued_overleaf): my, km, lo await native review.
    "draft": {
        "th": "ร่าง",
        "en": "DRAFT",
        "my": "မူကြမ်း",
        "km": "សេចក្តីព្រាង",
        "lo": "ສະບັບຮ່າງ",
    },
    "draft_note": {
        "th": "ฉบับร่าง ยังไม่ใช่เอกสารฉบับสมบูรณ์",
        "en": "Draft: not a final document",
        "my": "မူကြမ်း - အပြီးသတ် စာရွက်စာတမ်း မဟုတ်ပါ",
        "km": "សេចក្តីព្រាង៖ មិនមែនជាឯកសារចុងក្រោយទេ",
        "lo": "ສະບັບຮ່າງ: ບໍ່ແມ່ນເອກະສານສະບັບສຸດທ້າຍ",
    },
    "continued_overleaf": {
        "th": "โปรดอ่านต่อด้านหลัง",
        "en": "Continued overleaf",
        "my": "နောက်ကျောဘက်တွင် ဆက်ဖတ်ပါ",
        "km": "សូមអានបន្តនៅខាងក្រោយ",
        "lo": "ອ່ານຕໍ່ຢູ່ດ້ານຫຼັງ",
    },
}

# --------------------------------------------------------------------------- titles and headings

_HEADINGS: Table = {
    "title_full": {"th": "รายงานการตรวจแรงงาน", "en": "Labour inspection report"},
    "title_employer": {"th": "หนังสือแจ้งผลการตรวจแรงงาน", "en": "Notice of labour inspection results"},
    "title_summary": {"th": "รายงานสรุปผลการตรวจแรงงาน", "en": "Labour inspection summary"},
    "inspection": {"th": "ข้อมูลการตรวจ", "en": "Inspection"},
    "establishment": {"th": "สถานประกอบกิจการ", "en": "Establishment"},
    "workforce": {"th": "จำนวนลูกจ้าง", "en": "Workforce"},
    "team": {"th": "คณะผู้ตรวจและผู้ประสานงานด้านภาษา", "en": "Inspection team and language coordinators"},
    "checklist": {"th": "ผลการตรวจตามรายการตรวจ", "en": "Checklist results"},
    "findings": {"th": "ข้อค้นพบ", "en": "Findings"},
    "verifications": {"th": "ผลการตรวจติดตามข้อค้นพบจากการตรวจครั้งก่อน",
                      "en": "Findings of earlier visits checked at this visit"},
    "interviews": {"th": "การสัมภาษณ์ลูกจ้าง", "en": "Worker interviews"},
    "interpreter_notes": {"th": "บันทึกของผู้ประสานงานด้านภาษา", "en": "Language coordinator notes"},
    # Under a worker's interview notes: the coordinator's own note is told apart from the worker's words.
    "interpreter_note_by": {"th": "บันทึกของผู้ประสานงานด้านภาษา {name} · {when}",
                            "en": "Note by the language coordinator {name} · {when}"},
    "indicators": {"th": "ตัวชี้วัดการบังคับใช้แรงงาน (ILO)", "en": "ILO forced-labour indicators"},
    "measures": {"th": "มาตรการที่ดำเนินการและการส่งต่อ", "en": "Measures taken and referrals"},
    "photos": {"th": "ภาพถ่ายหลักฐานอื่น", "en": "Other evidence photos"},
    "signatures": {"th": "ลายมือชื่อ", "en": "Signatures"},
    "summary_text": {"th": "สรุปผลการตรวจ", "en": "Inspector's summary"},
    "notice_to": {"th": "เรียน", "en": "To"},
    "notice_findings": {"th": "สิ่งที่ต้องแก้ไข", "en": "Matters to be corrected"},
    "notice_contact": {"th": "สอบถามเรื่องหนังสือฉบับนี้ได้ที่พนักงานตรวจแรงงานผู้ลงนามข้างท้าย หรือ{name} โทร {number}",
                       "en": "Questions about this notice: the labour inspector who signed it below, or the {name}, "
                             "telephone {number}."},
    "legal_basis": {"th": "ฐานทางกฎหมาย", "en": "Legal basis"},
    "no_findings": {
        "th": "จากการตรวจไม่พบการกระทำที่ฝ่าฝืนกฎหมาย",
        "en": "The inspection found no violation of the law.",
    },
    "notice_intro": {
        "th": (
            "ตามที่พนักงานตรวจแรงงานได้เข้าตรวจสถานประกอบกิจการของท่านเมื่อวันที่ {date} "
            "พบเรื่องที่ต้องดำเนินการให้ถูกต้องตามกฎหมายดังต่อไปนี้"
        ),
        "en": "Labour inspectors inspected your establishment on {date}. The following must be brought into line with the law.",
    },
    "notice_intro_clear": {
        "th": "ตามที่พนักงานตรวจแรงงานได้เข้าตรวจสถานประกอบกิจการของท่านเมื่อวันที่ {date}",
        "en": "Labour inspectors inspected your establishment on {date}.",
    },
    "notice_comply": {
        "th": (
            "ขอให้ท่านดำเนินการแก้ไขให้แล้วเสร็จภายในกำหนดเวลาข้างต้น และแจ้งผลต่อพนักงานตรวจแรงงาน "
            "การไม่ปฏิบัติตามอาจถูกดำเนินคดีตามกฎหมาย"
        ),
        "en": (
            "Please complete each correction by its deadline and inform the labour inspector. "
            "Failure to comply may lead to legal proceedings."
        ),
    },
    "acknowledgement": {"th": "ผู้รับทราบ (นายจ้างหรือผู้แทน)", "en": "Received by (employer or representative)"},
    "issued_by": {"th": "พนักงานตรวจแรงงาน", "en": "Labour inspector"},
    "summary_overview": {"th": "ภาพรวม", "en": "Overview"},
    "by_sector": {"th": "การตรวจจำแนกตามประเภทกิจการและประเภทการตรวจ", "en": "Inspections by sector and visit type"},
    "by_section": {"th": "ข้อค้นพบจำแนกตามบทบัญญัติและระดับความรุนแรง", "en": "Findings by legal section and severity"},
    "by_severity": {"th": "ข้อค้นพบจำแนกตามระดับความรุนแรง", "en": "Findings by severity"},
    "referrals": {"th": "การส่งต่อ", "en": "Referrals"},
    "referrals_unrecorded": {
        "th": "ข้อค้นพบ {count} รายการมีสถานะข้อค้นพบเป็น \"ส่งต่อแล้ว\" แต่ส่วนกลางยังไม่ได้รับบันทึกการส่งต่อของรายการเหล่านี้ "
              "(มาจากเครื่องที่ยังไม่ได้ปรับรุ่นโปรแกรม) จึงไม่นับในตารางข้างต้น",
        "en": "Findings marked \"referred\" with no referral record at HQ yet (from laptops not yet updated): "
              "{count}. The table above does not count them."},
    "follow_ups": {"th": "การตรวจติดตามและกำหนดแก้ไขที่ครบกำหนด", "en": "Follow-ups and deadlines due"},
    "none": {"th": "ไม่มี", "en": "None"},
    "none_recorded": {"th": "ไม่มีข้อมูล", "en": "Nothing recorded"},
    "geography_credit": {"th": "ข้อมูลเขตการปกครอง: GeoThai (CC BY 4.0)", "en": "Administrative areas: GeoThai (CC BY 4.0)"},
}

# --------------------------------------------------------------------------- field names

_FIELDS: Table = {
    "reference": {"th": "เลขที่การตรวจ", "en": "Reference"},
    "visit_date": {"th": "วันที่ตรวจ", "en": "Visit date"},
    "visit_type": {"th": "ประเภทการตรวจ", "en": "Visit type"},
    "time": {"th": "เวลา", "en": "Time"},
    "status": {"th": "สถานะ", "en": "Status"},
    "revision": {"th": "ฉบับแก้ไขที่", "en": "Revision"},
    "previous": {"th": "การตรวจครั้งก่อน", "en": "Previous inspection"},
    "follow_up_date": {"th": "วันตรวจติดตาม", "en": "Follow-up date"},
    "templates": {"th": "แบบรายการตรวจ", "en": "Checklists"},
    "complaint_source": {"th": "แหล่งที่มาของคำร้องเรียน", "en": "Complaint source"},
    "testimony_sealed": {
        "th": "ข้อความการสัมภาษณ์ บันทึกของล่าม ชื่อและเอกสารของลูกจ้าง และแหล่งที่มาของคำร้องเรียน ถูกปิดผนึกไว้ที่ส่วนกลาง "
              "รายงานฉบับนี้จึงไม่แสดงข้อความเหล่านั้น (ผู้ตรวจสอบต้องปลดล็อกหลักฐานก่อนจึงจะพิมพ์ได้)",
        "en": "Interview notes, interpreter notes, workers' names and documents and the complaint source are sealed at "
              "HQ and not shown in this copy (a supervisor unlocks the evidence to print them).",
    },
    "complaint_confidential": {
        "th": "เป็นความลับ ห้ามเปิดเผยต่อนายจ้าง (อนุสัญญา ILO ฉบับที่ 81 ข้อ 15)",
        "en": "Confidential: never disclosed to the employer (ILO C81 art. 15)",
    },
    "name": {"th": "ชื่อ", "en": "Name"},
    "name_en": {"th": "ชื่อภาษาอังกฤษ", "en": "Name in English"},
    "registration_no": {"th": "เลขทะเบียนนิติบุคคล", "en": "Registration no."},
    "social_security_no": {"th": "เลขที่บัญชีประกันสังคม", "en": "Social security no."},
    "sector": {"th": "ประเภทกิจการ", "en": "Sector"},
    "isic": {"th": "รหัส ISIC", "en": "ISIC code"},
    "employer": {"th": "นายจ้าง", "en": "Employer"},
    "phone": {"th": "โทรศัพท์", "en": "Phone"},
    "address": {"th": "ที่อยู่", "en": "Address"},
    "location": {"th": "ที่ตั้ง (รหัส DOPA)", "en": "Location (DOPA code)"},
    "province": {"th": "จังหวัด", "en": "Province"},
    "district": {"th": "อำเภอ", "en": "District"},
    "subdistrict": {"th": "ตำบล", "en": "Subdistrict"},
    "gps": {"th": "พิกัด GPS", "en": "GPS"},
    "male": {"th": "ชาย", "en": "Male"},
    "female": {"th": "หญิง", "en": "Female"},
    "total": {"th": "รวม", "en": "Total"},
    "under18": {"th": "อายุต่ำกว่า 18 ปี", "en": "Under 18"},
    "by_nationality": {"th": "ตามสัญชาติ", "en": "By nationality"},
    "recorded": {"th": "ตามทะเบียนสถานประกอบการ", "en": "Establishment record"},
    "on_visit": {"th": "ที่พบในวันตรวจ", "en": "Seen on the day"},
    "lead_inspector": {"th": "หัวหน้าคณะผู้ตรวจ", "en": "Lead inspector"},
    "team_member": {"th": "ผู้ตรวจ", "en": "Inspector"},
    "coordinator": {"th": "ผู้ประสานงานด้านภาษา", "en": "Language coordinator"},
    "languages": {"th": "ภาษา", "en": "Languages"},
    "no_conflict": {"th": "ประกาศไม่มีส่วนได้เสีย", "en": "No-conflict declaration"},
    "accreditation": {"th": "การรับรอง", "en": "Accreditation"},
    "accreditation_none": {"th": "ไม่มีการรับรองที่บันทึกไว้", "en": "No accreditation recorded"},
    "accreditation_no": {"th": "เลขที่", "en": "no."},
    "valid_until": {"th": "ใช้ได้ถึง", "en": "valid until"},
    "expired_at_visit": {"th": "หมดอายุแล้วในวันตรวจ", "en": "expired by the visit date"},
    "training": {"th": "การอบรม", "en": "Training"},
    "item": {"th": "รายการ", "en": "Item"},
    "result": {"th": "ผล", "en": "Result"},
    "value_note": {"th": "ค่าที่พบ / หมายเหตุ", "en": "Value / note"},
    "severity": {"th": "ระดับ", "en": "Severity"},
    "legal_refs": {"th": "บทบัญญัติ", "en": "Legal reference"},
    "description": {"th": "รายละเอียด", "en": "Description"},
    "workers_affected": {"th": "ลูกจ้างที่ได้รับผลกระทบ", "en": "Workers affected"},
    "workers_affected_count": {"th": "ลูกจ้างที่ได้รับผลกระทบ: {count} คน", "en": "Workers affected: {count}"},
    "required_action": {"th": "สิ่งที่ต้องดำเนินการ", "en": "Required action"},
    # A finding text the inspector wrote in one language only.
    "only_th": {"th": "เขียนเป็นภาษาไทยเท่านั้น", "en": "Written in Thai only"},
    "only_en": {"th": "เขียนเป็นภาษาอังกฤษเท่านั้น", "en": "Written in English only"},
    "deadline": {"th": "กำหนดแล้วเสร็จ", "en": "Deadline"},
    "finding_status": {"th": "สถานะ", "en": "Status"},
    "referral": {"th": "ส่งต่อ", "en": "Referral"},
    "evidence": {"th": "หลักฐาน", "en": "Evidence"},
    "verification_outcome": {"th": "ผลการตรวจติดตาม", "en": "Found at this visit"},
    "verification_note": {"th": "บันทึกการตรวจติดตาม", "en": "Follow-up note"},
    "found_at": {"th": "พบเมื่อการตรวจ", "en": "Found at"},
    "worker_code": {"th": "รหัสลูกจ้าง", "en": "Worker code"},
    "sex": {"th": "เพศ", "en": "Sex"},
    "age_band": {"th": "ช่วงอายุ", "en": "Age band"},
    "nationality": {"th": "สัญชาติ", "en": "Nationality"},
    "language": {"th": "ภาษา", "en": "Language"},
    "occupation": {"th": "ตำแหน่งงาน", "en": "Occupation"},
    "daily_wage": {"th": "ค่าจ้างต่อวัน (บาท)", "en": "Daily wage (THB)"},
    "documents": {"th": "เอกสาร (ผู้ถือ)", "en": "Documents (held by)"},
    "number_short": {"th": "เลขที่", "en": "no."},
    "held_by": {"th": "ผู้ถือ", "en": "held by"},
    "expires": {"th": "หมดอายุ", "en": "expires"},
    "expired_on": {"th": "หมดอายุเมื่อ", "en": "expired"},
    "social_security": {"th": "ประกันสังคม", "en": "Social Security"},
    "entry_channel": {"th": "ช่องทางการเข้าเมือง", "en": "Entry channel"},
    "consent": {"th": "ยินยอมให้สัมภาษณ์", "en": "Consent"},
    "private": {"th": "สัมภาษณ์เป็นส่วนตัว", "en": "Private setting"},
    "employer_absent": {"th": "นายจ้างไม่อยู่ขณะสัมภาษณ์", "en": "Employer absent"},
    "interview_safeguards": {"th": "การคุ้มครองระหว่างสัมภาษณ์", "en": "Interview safeguards"},
    "interpreter": {"th": "ล่าม / ผู้ประสานงานด้านภาษา", "en": "Interpreter"},
    "notes_original": {"th": "บันทึก (ภาษาต้นฉบับ)", "en": "Notes (original language)"},
    "notes_translation": {"th": "คำแปล", "en": "Translation"},
    "indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "workers_observed": {"th": "ลูกจ้างที่พบ", "en": "Workers"},
    "checklist_items": {"th": "รายการตรวจที่ไม่ผ่าน", "en": "Checklist items not met"},
    "measure": {"th": "มาตรการ", "en": "Measure"},
    "target": {"th": "หน่วยงานที่ส่งต่อ", "en": "Referred to"},
    "signer": {"th": "ผู้ลงนาม", "en": "Signer"},
    "role": {"th": "ฐานะ", "en": "Role"},
    "signed_at": {"th": "วันที่ลงนาม", "en": "Signed"},
    "not_signed": {"th": "ยังไม่ได้ลงนาม", "en": "Not signed yet"},
    "photo_missing": {"th": "ไม่พบไฟล์ภาพในเครื่องนี้", "en": "Photo file not on this laptop"},
    "period": {"th": "ช่วงเวลา", "en": "Period"},
    "area": {"th": "พื้นที่", "en": "Area"},
    "inspections_count": {"th": "จำนวนการตรวจ", "en": "Inspections"},
    "establishments_count": {"th": "สถานประกอบกิจการ", "en": "Establishments"},
    "workers_count": {"th": "ลูกจ้างในสถานประกอบกิจการที่ตรวจ", "en": "Workers in inspected establishments"},
    "interviews_count": {"th": "ลูกจ้างที่สัมภาษณ์", "en": "Workers interviewed"},
    "findings_count": {"th": "ข้อค้นพบ", "en": "Findings"},
    "not_signed_off_count": {"th": "การตรวจที่ยังไม่ลงนาม (ร่าง)", "en": "Inspections not signed off (drafts)"},
    "inspections_with": {"th": "จำนวนการตรวจที่พบ", "en": "Inspections"},
    "due_date": {"th": "ครบกำหนด", "en": "Due"},
    "due_until": {
        "th": "รวมรายการที่เลยกำหนดแล้วและที่ครบกำหนดภายใน {date}",
        "en": "Overdue items and items due by {date}",
    },
    "due_kind": {"th": "เรื่อง", "en": "What"},
    "open_findings": {"th": "ข้อค้นพบที่ยังไม่แก้ไข", "en": "Open findings"},
    "count": {"th": "จำนวน", "en": "Count"},
    "yes": {"th": "ใช่", "en": "Yes"},
    "no": {"th": "ไม่ใช่", "en": "No"},
    "unknown": {"th": "ไม่ทราบ", "en": "Unknown"},
    "hash": {"th": "SHA-256", "en": "SHA-256"},
    "more_rows": {"th": "และอีก {count} รายการ", "en": "and {count} more"},
}

# --------------------------------------------------------------------------- full report and referral form: checks for the reader

# What the confidential reports point out to a supervisor or an MDT (Thai, English beneath).
_CHECKS: Table = {
    "interpreter_speaks": {"th": "ภาษาที่ล่ามใช้ได้: {languages}", "en": "Interpreter's languages: {languages}"},
    "interpreter_language_mismatch": {
        "th": "คำเตือน: ล่ามไม่ได้บันทึกว่าใช้ภาษา{interview_language} ซึ่งเป็นภาษาของการสัมภาษณ์นี้",
        "en": "Warning: the interpreter's recorded languages do not include {interview_language}, the language of this "
              "interview",
    },
    "interpreter_language_mismatch_items": {
        "th": "คำเตือน: ล่ามไม่ได้บันทึกว่าใช้ภาษาของลูกจ้างที่สัมภาษณ์ ({workers})",
        "en": "Warning: the interpreter's recorded languages do not include the language of {workers}",
    },
    "no_interpreter_items": {
        "th": "คำเตือน: ไม่ได้บันทึกล่ามสำหรับการสัมภาษณ์ลูกจ้างที่ไม่ได้ใช้ภาษาไทย ({workers})",
        "en": "Warning: no interpreter is recorded for the interviews of {workers}, whose language is not Thai",
    },
    # An interview with no interpreter recorded whose language is not Thai (reader_checks.no_interpreter).
    # A standing finding whose checklist item's answer shows no violation (rules.finding_contradicted).
    "answer_disagrees": {
        "th": "คำเตือน: คำตอบในรายการตรวจ {item} ไม่แสดงการฝ่าฝืน แต่มีข้อค้นพบนี้บันทึกไว้ โปรดตรวจสอบว่าข้อใดถูกต้อง",
        "en": "Warning: the checklist answer for {item} shows no violation, yet this finding is recorded; "
              "check which is right",
    },
    "no_interpreter": {
        "th": "คำเตือน: ไม่ได้บันทึกล่ามสำหรับการสัมภาษณ์นี้ ทั้งที่ภาษาของลูกจ้างคือภาษา{interview_language}",
        "en": "Warning: no interpreter is recorded for this interview, although the worker's language is "
              "{interview_language}",
    },
    # After an approved inspection's status (reader_checks.status_lines): who approved it, and when.
    "approved_by": {"th": "โดย {name}", "en": "by {name}"},
    "approved_on": {"th": "เมื่อ {moment}", "en": "on {moment}"},
    "recorded_status": {"th": "สถานะที่บันทึกไว้: {status} (ไม่ตรงกับวันหมดอายุ)",
                        "en": "recorded status: {status} (disagrees with the expiry date)"},
    "indicator_item_not_met": {"th": "{item} — ผลการตรวจ: ไม่ผ่าน", "en": "{item} — checked: not met"},
    "no_measure_despite_indicators": {
        "th": "ไม่ได้บันทึกมาตรการหรือการส่งต่อ ทั้งที่พบตัวชี้วัดการบังคับใช้แรงงาน",
        "en": "No measure or referral recorded, although forced-labour indicators were found",
    },
}

# --------------------------------------------------------------------------- enumerations

_ENUMS: Mapping[str, Table] = {
    # The units checklist templates give numbers in (an item's "unit").
    "unit": {
        "years": {"th": "ปี", "en": "years", "my": "နှစ်", "km": "ឆ្នាំ", "lo": "ປີ"},
        "THB/day": {"th": "บาท/วัน", "en": "THB/day", "my": "ဘတ်/ရက်", "km": "បាត/ថ្ងៃ", "lo": "ບາດ/ວັນ"},
    },
    "visit_type": {
        "routine": {"th": "ตรวจตามแผน", "en": "Routine"},
        "complaint": {"th": "ตรวจตามคำร้อง", "en": "Complaint"},
        "follow_up": {"th": "ตรวจติดตาม", "en": "Follow-up"},
        "pipo": {"th": "ตรวจ ณ ศูนย์ PIPO", "en": "PIPO centre"},
        "special_operation": {"th": "ปฏิบัติการพิเศษ", "en": "Special operation"},
    },
    "status": {
        "draft": {"th": "ร่าง", "en": "Draft"},
        "completed": {"th": "ตรวจเสร็จ", "en": "Completed"},
        "signed": {"th": "ลงนามแล้ว", "en": "Signed"},
        "submitted": {"th": "ส่งแล้ว", "en": "Submitted"},
        "approved": {"th": "อนุมัติแล้ว", "en": "Approved"},
        "returned": {"th": "ส่งกลับแก้ไข", "en": "Returned"},
    },
    "sector": {
        "general": {"th": "ทั่วไป", "en": "General"},
        "construction": {"th": "ก่อสร้าง", "en": "Construction"},
        "factory": {"th": "โรงงาน", "en": "Factory"},
        "fishing": {"th": "ประมงทะเล", "en": "Sea fishing"},
        "agriculture": {"th": "เกษตรกรรม", "en": "Agriculture"},
        "domestic": {"th": "งานบ้าน", "en": "Domestic work"},
    },
    "result": {
        "compliant": {"th": "ถูกต้อง", "en": "Compliant"},
        "non_compliant": {"th": "ไม่ถูกต้อง", "en": "Not compliant"},
        "not_applicable": {"th": "ไม่เกี่ยวข้อง", "en": "Not applicable"},
        "not_checked": {"th": "ไม่ได้ตรวจ", "en": "Not checked"},
    },
    "severity": {
        "S1": {"th": "S1 อาจเป็นแรงงานบังคับ การค้ามนุษย์ หรือแรงงานเด็ก", "en": "S1 possible forced labour, trafficking or child labour"},
        "S2": {"th": "S2 ฝ่าฝืนร้ายแรง", "en": "S2 serious violation"},
        "S3": {"th": "S3 สั่งให้ปฏิบัติภายในกำหนด", "en": "S3 order to comply by a deadline"},
        "S4": {"th": "S4 ให้คำแนะนำ", "en": "S4 advice"},
    },
    "finding_status": {
        "open": {"th": "ยังไม่แก้ไข", "en": "Open"},
        "remedied": {"th": "แก้ไขแล้ว", "en": "Remedied"},
        "referred": {"th": "ส่งต่อแล้ว", "en": "Referred"},
        "prosecuted": {"th": "ดำเนินคดีแล้ว", "en": "Prosecuted"},
        "dismissed": {"th": "ยกเลิก", "en": "Dismissed"},
    },
    "referral_target": {
        "MDT": {"th": "ทีมสหวิชาชีพ (MDT)", "en": "Multidisciplinary team (MDT)"},
        "POLICE": {"th": "เจ้าหน้าที่ตำรวจ", "en": "Police"},
        "EMPLOYMENT_DEPT": {"th": "กรมการจัดหางาน", "en": "Department of Employment"},
        "SOCIAL_SECURITY": {"th": "สำนักงานประกันสังคม", "en": "Social Security Office"},
    },
    "measure": {
        "advice": {"th": "ให้คำแนะนำ", "en": "Advice"},
        "order": {"th": "คำสั่งให้ปฏิบัติให้ถูกต้อง", "en": "Order to comply"},
        "pay_order": {"th": "คำสั่งให้จ่ายเงิน (มาตรา 124)", "en": "Pay order (s.124)"},
        "prosecution": {"th": "ดำเนินคดี", "en": "Prosecution"},
        "referral": {"th": "ส่งต่อ", "en": "Referral"},
        "other": {"th": "อื่น ๆ", "en": "Other"},
    },
    "indicator": {
        "abuse_of_vulnerability": {"th": "การใช้ประโยชน์จากความเปราะบาง", "en": "Abuse of vulnerability"},
        "deception": {"th": "การหลอกลวง", "en": "Deception"},
        "restriction_of_movement": {"th": "การจำกัดเสรีภาพในการเดินทาง", "en": "Restriction of movement"},
        "isolation": {"th": "การแยกให้อยู่โดดเดี่ยว", "en": "Isolation"},
        "physical_sexual_violence": {"th": "ความรุนแรงทางร่างกายหรือทางเพศ", "en": "Physical or sexual violence"},
        "intimidation_threats": {"th": "การข่มขู่คุกคาม", "en": "Intimidation and threats"},
        "retention_of_documents": {"th": "การยึดเอกสารประจำตัว", "en": "Retention of identity documents"},
        "withholding_of_wages": {"th": "การกักค่าจ้าง", "en": "Withholding of wages"},
        "debt_bondage": {"th": "การทำงานใช้หนี้ (พันธนาการหนี้)", "en": "Debt bondage"},
        "abusive_conditions": {"th": "สภาพการทำงานและความเป็นอยู่ที่เลวร้าย", "en": "Abusive working and living conditions"},
        "excessive_overtime": {"th": "การทำงานล่วงเวลามากเกินไป", "en": "Excessive overtime"},
    },
    "sex": {
        "female": {"th": "หญิง", "en": "Female"},
        "male": {"th": "ชาย", "en": "Male"},
        "other": {"th": "อื่น ๆ", "en": "Other"},
    },
    "document_type": {
        "passport": {"th": "หนังสือเดินทาง", "en": "Passport"},
        "certificate_of_identity": {"th": "เอกสารรับรองบุคคล (CI)", "en": "Certificate of identity"},
        "pink_card": {"th": "บัตรสีชมพู", "en": "Pink card"},
        "work_permit": {"th": "ใบอนุญาตทำงาน", "en": "Work permit"},
        "border_pass": {"th": "บัตรผ่านแดน", "en": "Border pass"},
        "seabook": {"th": "หนังสือคนประจำเรือ", "en": "Seabook"},
    },
    "document_holder": {
        "worker": {"th": "ลูกจ้าง", "en": "worker"},
        "employer": {"th": "นายจ้าง", "en": "employer"},
        "broker": {"th": "นายหน้า", "en": "broker"},
        "other": {"th": "ผู้อื่น", "en": "other"},
        "none": {"th": "ไม่มีเอกสาร", "en": "none"},
    },
    "entry_channel": {
        "mou": {"th": "MOU", "en": "MOU"},
        "border_pass": {"th": "บัตรผ่านแดน (มาตรา 64)", "en": "Border pass (s.64)"},
        "registration": {"th": "การจดทะเบียน", "en": "Registration"},
        "irregular": {"th": "ไม่มีเอกสาร", "en": "Irregular"},
        "unknown": {"th": "ไม่ทราบ", "en": "Unknown"},
    },
    "nationality": {
        "MM": {"th": "เมียนมา", "en": "Myanmar"},
        "KH": {"th": "กัมพูชา", "en": "Cambodia"},
        "LA": {"th": "ลาว", "en": "Laos"},
        "TH": {"th": "ไทย", "en": "Thailand"},
        "VN": {"th": "เวียดนาม", "en": "Viet Nam"},
    },
    "language": {
        "th": {"th": "ไทย", "en": "Thai"},
        "en": {"th": "อังกฤษ", "en": "English"},
        "my": {"th": "พม่า", "en": "Burmese"},
        "km": {"th": "เขมร", "en": "Khmer"},
        "lo": {"th": "ลาว", "en": "Lao"},
        "kar": {"th": "กะเหรี่ยง", "en": "Karen"},
        "shn": {"th": "ไทใหญ่", "en": "Shan"},
        "mnw": {"th": "มอญ", "en": "Mon"},
    },
    "signature_role": {
        "inspector": {"th": "พนักงานตรวจแรงงาน", "en": "Inspector"},
        "employer": {"th": "นายจ้างหรือผู้แทน", "en": "Employer or representative"},
        "coordinator": {"th": "ผู้ประสานงานด้านภาษา", "en": "Language coordinator"},
    },
    "verification_outcome": {
        "corrected": {"th": "แก้ไขแล้ว", "en": "Corrected"},
        "partly_corrected": {"th": "แก้ไขบางส่วน", "en": "Partly corrected"},
        "not_corrected": {"th": "ยังไม่แก้ไข", "en": "Not corrected"},
        "not_checked": {"th": "ยังไม่ได้ตรวจสอบ", "en": "Not checked"},
    },
    "permit_status": {
        "valid": {"th": "ยังไม่หมดอายุ", "en": "Valid"},
        "expired": {"th": "หมดอายุแล้ว", "en": "Expired"},
        "pending": {"th": "อยู่ระหว่างดำเนินการ", "en": "Pending"},
        "revoked": {"th": "ถูกเพิกถอน", "en": "Revoked"},
        "none": {"th": "ไม่มีใบอนุญาต", "en": "No permit"},
        "unknown": {"th": "ไม่ทราบ", "en": "Unknown"},
    },
    "social_security": {
        "registered": {"th": "ขึ้นทะเบียนแล้ว", "en": "Registered"},
        "not_registered": {"th": "ยังไม่ขึ้นทะเบียน", "en": "Not registered"},
        "unknown": {"th": "ไม่ทราบ", "en": "Unknown"},
    },
    "referral_status": {
        "planned": {"th": "เตรียมส่งต่อ", "en": "Planned"},
        "sent": {"th": "ส่งต่อแล้ว", "en": "Sent"},
        "accepted": {"th": "รับเรื่องแล้ว", "en": "Accepted"},
        "closed": {"th": "ปิดเรื่องแล้ว", "en": "Closed"},
    },
    "due_kind": {
        "follow_up": {"th": "ตรวจติดตาม", "en": "Follow-up visit"},
        "deadline": {"th": "กำหนดแก้ไข", "en": "Correction deadline"},
    },
}

# --------------------------------------------------------------------------- worker information sheet

_WORKER: Table = {
    "title": {
        "th": "เอกสารข้อมูลสิทธิของลูกจ้าง",
        "en": "Information for workers: your rights",
        "my": "အလုပ်သမား အခွင့်အရေး အချက်အလက်စာရွက်",
        "km": "សន្លឹកព័ត៌មានអំពីសិទ្ធិកម្មករ",
        "lo": "ເອກະສານຂໍ້ມູນກ່ຽວກັບສິດຂອງຜູ້ອອກແຮງງານ",
    },
    "issuer": {
        "th": "กระทรวงแรงงาน ประเทศไทย",
        "en": "Ministry of Labour, Thailand",
        "my": "ထိုင်းနိုင်ငံ အလုပ်သမားဝန်ကြီးဌာန",
        "km": "ក្រសួងការងារ ប្រទេសថៃ",
        "lo": "ກະຊວງແຮງງານ ປະເທດໄທ",
    },
    "workplace": {
        "th": "สถานที่ทำงาน",
        "en": "Workplace",
        "my": "အလုပ်ခွင်",
        "km": "កន្លែងធ្វើការ",
        "lo": "ບ່ອນເຮັດວຽກ",
    },
    "date": {
        "th": "วันที่ตรวจ",
        "en": "Inspection date",
        "my": "စစ်ဆေးသည့် ရက်စွဲ",
        "km": "កាលបរិច្ឆេទត្រួតពិនិត្យ",
        "lo": "ວັນທີກວດກາ",
    },
    "intro": {
        "th": "พนักงานตรวจแรงงานได้เข้าตรวจสถานที่ทำงานของคุณ เอกสารนี้อธิบายสิทธิของคุณในเรื่องที่ได้ตรวจ",
        "en": "Labour inspectors inspected your workplace. This sheet explains your rights in the matters they checked.",
        "my": "အလုပ်သမား စစ်ဆေးရေးမှူးများသည် သင်၏ အလုပ်ခွင်ကို စစ်ဆေးခဲ့ပါသည်။ ဤစာရွက်တွင် ၎င်းတို့ စစ်ဆေးခဲ့သော ကိစ္စများနှင့် သက်ဆိုင်သည့် သင်၏ အခွင့်အရေးများကို ရှင်းပြထားပါသည်။",
        "km": "អធិការការងារបានមកត្រួតពិនិត្យកន្លែងធ្វើការរបស់អ្នក។ សន្លឹកនេះពន្យល់អំពីសិទ្ធិរបស់អ្នកលើបញ្ហាដែលពួកគេបានត្រួតពិនិត្យ។",
        "lo": "ພະນັກງານກວດກາແຮງງານໄດ້ມາກວດກາບ່ອນເຮັດວຽກຂອງເຈົ້າ. ເອກະສານນີ້ອະທິບາຍສິດຂອງເຈົ້າໃນເລື່ອງທີ່ເຂົາເຈົ້າໄດ້ກວດກາ.",
    },
    "rights": {
        "th": "สิทธิของคุณ",
        "en": "Your rights",
        "my": "သင်၏ အခွင့်အရေးများ",
        "km": "សិទ្ធិរបស់អ្នក",
        "lo": "ສິດຂອງເຈົ້າ",
    },
    "complain": {
        "th": "วิธีร้องเรียน",
        "en": "How to complain",
        "my": "တိုင်ကြားနည်း",
        "km": "របៀបដាក់ពាក្យបណ្តឹង",
        "lo": "ວິທີຮ້ອງທຸກ",
    },
    "complain_free": {
        "th": "คุณร้องเรียนต่อพนักงานตรวจแรงงานได้โดยไม่เสียค่าใช้จ่าย ใช้ภาษาของคุณได้ ไม่ว่าจะมีเอกสารหรือไม่",
        "en": "You can complain to a labour inspector free of charge, in your own language, with or without documents.",
        "my": "အလုပ်သမား စစ်ဆေးရေးမှူးထံ အခမဲ့ တိုင်ကြားနိုင်ပါသည်။ သင့်ဘာသာစကားဖြင့် ပြောနိုင်ပြီး စာရွက်စာတမ်း ရှိသည်ဖြစ်စေ မရှိသည်ဖြစ်စေ တိုင်ကြားနိုင်ပါသည်။",
        "km": "អ្នកអាចដាក់ពាក្យបណ្តឹងទៅអធិការការងារដោយឥតគិតថ្លៃ ជាភាសារបស់អ្នក ទោះមានឬគ្មានឯកសារក៏ដោយ។",
        "lo": "ເຈົ້າສາມາດຮ້ອງທຸກຕໍ່ພະນັກງານກວດກາແຮງງານໄດ້ໂດຍບໍ່ເສຍຄ່າ, ເປັນພາສາຂອງເຈົ້າ, ບໍ່ວ່າເຈົ້າຈະມີເອກະສານຫຼືບໍ່.",
    },
    "complain_confidential": {
        "th": "ชื่อและเรื่องร้องเรียนของคุณจะถูกเก็บเป็นความลับ นายจ้างจะไม่ได้รับแจ้งว่าใครเป็นผู้ร้องเรียน",
        "en": "Your name and your complaint are kept confidential. Your employer will not be told who complained.",
        "my": "သင်၏ အမည်နှင့် တိုင်ကြားချက်ကို လျှို့ဝှက်ထားပါမည်။ မည်သူ တိုင်ကြားသည်ကို အလုပ်ရှင်အား ပြောပြမည် မဟုတ်ပါ။",
        "km": "ឈ្មោះ និងពាក្យបណ្តឹងរបស់អ្នកត្រូវបានរក្សាជាការសម្ងាត់។ និយោជកនឹងមិនដឹងថានរណាជាអ្នកដាក់ពាក្យបណ្តឹងទេ។",
        "lo": "ຊື່ ແລະ ຄຳຮ້ອງທຸກຂອງເຈົ້າຈະຖືກເກັບເປັນຄວາມລັບ. ນາຍຈ້າງຈະບໍ່ຮູ້ວ່າແມ່ນໃຜເປັນຜູ້ຮ້ອງທຸກ.",
    },
    "complain_where": {
        "th": "โทรหาสายด่วนด้านล่าง หรือไปที่สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด",
        "en": "Call a hotline below, or go to the Provincial Labour Protection and Welfare Office.",
        "my": "အောက်ပါ ဖုန်းနံပါတ်များကို ခေါ်ဆိုပါ သို့မဟုတ် ခရိုင် အလုပ်သမား အကာအကွယ်နှင့် လူမှုဖူလုံရေး ရုံးသို့ သွားပါ။",
        "km": "សូមទូរស័ព្ទទៅលេខខាងក្រោម ឬទៅការិយាល័យសុខុមាលភាព និងការពារកម្មករខេត្ត។",
        "lo": "ໂທຫາເບີສາຍດ່ວນຂ້າງລຸ່ມນີ້ ຫຼື ໄປທີ່ຫ້ອງການສະຫວັດດີການ ແລະ ຄຸ້ມຄອງແຮງງານປະຈຳແຂວງ.",
    },
    # {numbers}: the confirmed emergency hotlines (anti-trafficking, police) from hotlines.json.
    # Reworded 2026-03 to take the numbers from the data: my, km, lo await native review.
    "complain_danger": {
        "th": "หากคุณตกอยู่ในอันตราย โทรหมายเลขต่อไปนี้ทันที: {numbers}",
        "en": "If you are in danger, call one of these numbers at once: {numbers}.",
        "my": "အန္တရာယ် ရှိနေပါက ဤနံပါတ်များထဲမှ တစ်ခုခုကို ချက်ချင်း ခေါ်ဆိုပါ - {numbers}",
        "km": "ប្រសិនបើអ្នកមានគ្រោះថ្នាក់ សូមទូរស័ព្ទទៅលេខណាមួយខាងក្រោមនេះភ្លាមៗ៖ {numbers}",
        "lo": "ຖ້າເຈົ້າຢູ່ໃນອັນຕະລາຍ, ໃຫ້ໂທຫາເບີໃດໜຶ່ງຕໍ່ໄປນີ້ທັນທີ: {numbers}",
    },
    "hotlines": {
        "th": "สายด่วนช่วยเหลือ",
        "en": "Hotlines",
        "my": "အကူအညီ ဖုန်းနံပါတ်များ",
        "km": "លេខទូរស័ព្ទជំនួយ",
        "lo": "ເບີໂທສາຍດ່ວນ",
    },
    "to_be_confirmed": {
        "th": "* หมายเลขนี้รอการยืนยัน",
        "en": "* number to be confirmed",
        "my": "* ဤနံပါတ်ကို အတည်ပြုရန် ကျန်ပါသေးသည်",
        "km": "* លេខនេះកំពុងរង់ចាំការបញ្ជាក់",
        "lo": "* ເບີນີ້ລໍຖ້າການຢືນຢັນ",
    },
    # New in 2026-03 (wage_*, reference_unconfirmed): my, km, lo await native review.
    "wage_amount": {
        "th": "อัตราค่าจ้างขั้นต่ำของ{area} ณ วันที่ {date}: วันละ {amount} บาท",
        "en": "Minimum daily wage for {area} on {date}: {amount} baht a day.",
        "my": "{date} တွင် {area} ၏ အနိမ့်ဆုံး နေ့စားလုပ်ခ - တစ်ရက်လျှင် {amount} ဘတ်",
        "km": "ប្រាក់ឈ្នួលអប្បបរមាប្រចាំថ្ងៃសម្រាប់ {area} នៅ {date}៖ {amount} បាត ក្នុងមួយថ្ងៃ",
        "lo": "ຄ່າແຮງງານຂັ້ນຕ່ຳລາຍວັນຂອງ {area} ໃນວັນທີ {date}: ວັນລະ {amount} ບາດ",
    },
    "wage_basis": {
        "th": "ฐานทางกฎหมาย: {law} และ{announcement}",
        "en": "Legal basis: {law}; {announcement}.",
        "my": "ဥပဒေ အခြေခံ - {law}၊ {announcement}",
        "km": "មូលដ្ឋានច្បាប់៖ {law}; {announcement}",
        "lo": "ພື້ນຖານທາງກົດໝາຍ: {law}; {announcement}",
    },
    "wage_basis_law": {
        "th": "ฐานทางกฎหมาย: {law}",
        "en": "Legal basis: {law}.",
        "my": "ဥပဒေ အခြေခံ - {law}",
        "km": "មូលដ្ឋានច្បាប់៖ {law}",
        "lo": "ພື້ນຖານທາງກົດໝາຍ: {law}",
    },
    "wage_law": {
        "th": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา {section}",
        "en": "Labour Protection Act B.E. 2541 (1998), section {section}",
        "my": "ထိုင်းနိုင်ငံ အလုပ်သမား အကာအကွယ်ပေးရေး ဥပဒေ (1998)၊ ပုဒ်မ {section}",
        "km": "ច្បាប់ស្តីពីការការពារកម្មកររបស់ប្រទេសថៃ (1998) មាត្រា {section}",
        "lo": "ກົດໝາຍວ່າດ້ວຍການຄຸ້ມຄອງແຮງງານຂອງປະເທດໄທ (1998) ມາດຕາ {section}",
    },
    "wage_law_plain": {
        "th": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541",
        "en": "Labour Protection Act B.E. 2541 (1998)",
        "my": "ထိုင်းနိုင်ငံ အလုပ်သမား အကာအကွယ်ပေးရေး ဥပဒေ (1998)",
        "km": "ច្បាប់ស្តីពីការការពារកម្មកររបស់ប្រទេសថៃ (1998)",
        "lo": "ກົດໝາຍວ່າດ້ວຍການຄຸ້ມຄອງແຮງງານຂອງປະເທດໄທ (1998)",
    },
    "wage_announcement": {
        "th": "ประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ {number}) ใช้บังคับตั้งแต่วันที่ {date}",
        "en": "Wage Committee Notification on Minimum Wage Rates No. {number}, in force from {date}",
        "my": "လုပ်ခ ကော်မတီ၏ အနိမ့်ဆုံး လုပ်ခနှုန်း ကြေညာချက် အမှတ် {number} ({date} မှစ၍ အာဏာတည်သည်)",
        "km": "សេចក្តីប្រកាសរបស់គណៈកម្មាធិការប្រាក់ឈ្នួល ស្តីពីអត្រាប្រាក់ឈ្នួលអប្បបរមា លេខ {number} ចូលជាធរមានចាប់ពី {date}",
        "lo": "ແຈ້ງການຂອງຄະນະກຳມະການຄ່າຈ້າງ ວ່າດ້ວຍອັດຕາຄ່າແຮງງານຂັ້ນຕ່ຳ ສະບັບທີ {number} ມີຜົນບັງຄັບໃຊ້ແຕ່ວັນທີ {date}",
    },
    "reference_unconfirmed": {
        "th": "(รอยืนยันการอ้างอิง)",
        "en": "(reference to be confirmed)",
        "my": "(ကိုးကားချက်ကို အတည်ပြုရန် ကျန်ပါသေးသည်)",
        "km": "(ឯកសារយោងកំពុងរង់ចាំការបញ្ជាក់)",
        "lo": "(ການອ້າງອີງລໍຖ້າການຢືນຢັນ)",
    },
    # New in 2026-12 (wage_unknown*, change_employer_*, review_pending): my, km, lo await native review.
    # Under the minimum-wage right when the wage table has no confirmed rate for the place and day;
    # {number}: the confirmed labour-rights hotline (hotlines.json, "labour_protection").
    "wage_unknown": {
        "th": "เอกสารนี้ไม่ได้พิมพ์จำนวนเงินค่าจ้างขั้นต่ำ ณ วันที่ {date} ไว้ หากต้องการทราบ ให้สอบถามพนักงานตรวจแรงงานหรือโทร {number}",
        "en": "The minimum wage amount for {date} is not printed on this sheet. To learn it, ask a labour inspector or call {number}.",
        "my": "{date} အတွက် အနိမ့်ဆုံး နေ့စားလုပ်ခ ပမာဏကို ဤစာရွက်တွင် ဖော်ပြမထားပါ။ သိရှိလိုပါက အလုပ်သမား စစ်ဆေးရေးမှူးကို မေးပါ သို့မဟုတ် {number} သို့ ခေါ်ဆိုပါ။",
        "km": "ចំនួនប្រាក់ឈ្នួលអប្បបរមាប្រចាំថ្ងៃសម្រាប់ {date} មិនបានបោះពុម្ពនៅលើសន្លឹកនេះទេ។ ដើម្បីដឹង សូមសួរអធិការការងារ ឬទូរស័ព្ទទៅលេខ {number}។",
        "lo": "ຈຳນວນຄ່າແຮງງານຂັ້ນຕ່ຳລາຍວັນຂອງວັນທີ {date} ບໍ່ໄດ້ພິມໄວ້ໃນເອກະສານນີ້. ຖ້າຢາກຮູ້, ໃຫ້ຖາມພະນັກງານກວດກາແຮງງານ ຫຼື ໂທຫາເບີ {number}.",
    },
    "wage_unknown_plain": {
        "th": "เอกสารนี้ไม่ได้พิมพ์จำนวนเงินค่าจ้างขั้นต่ำ ณ วันที่ {date} ไว้ หากต้องการทราบ ให้สอบถามพนักงานตรวจแรงงาน",
        "en": "The minimum wage amount for {date} is not printed on this sheet. To learn it, ask a labour inspector.",
        "my": "{date} အတွက် အနိမ့်ဆုံး နေ့စားလုပ်ခ ပမာဏကို ဤစာရွက်တွင် ဖော်ပြမထားပါ။ သိရှိလိုပါက အလုပ်သမား စစ်ဆေးရေးမှူးကို မေးပါ။",
        "km": "ចំនួនប្រាក់ឈ្នួលអប្បបរមាប្រចាំថ្ងៃសម្រាប់ {date} មិនបានបោះពុម្ពនៅលើសន្លឹកនេះទេ។ ដើម្បីដឹង សូមសួរអធិការការងារ។",
        "lo": "ຈຳນວນຄ່າແຮງງານຂັ້ນຕ່ຳລາຍວັນຂອງວັນທີ {date} ບໍ່ໄດ້ພິມໄວ້ໃນເອກະສານນີ້. ຖ້າຢາກຮູ້, ໃຫ້ຖາມພະນັກງານກວດກາແຮງງານ.",
    },
    # Under the freedom right on every sheet. A new employer is a matter of the foreign-workers law,
    # whose cases and procedure the app does not state: only where to ask.
    "change_employer_ask": {
        "th": "ก่อนไปทำงานกับนายจ้างรายใหม่ในประเทศไทย ให้สอบถามพนักงานตรวจแรงงานหรือโทร {number} เรื่องการเปลี่ยนนายจ้าง",
        "en": "Before you work for another employer in Thailand, ask a labour inspector or call {number} about changing employer.",
        "my": "ထိုင်းနိုင်ငံတွင် အခြား အလုပ်ရှင်ထံ အလုပ်မလုပ်မီ အလုပ်ရှင် ပြောင်းလဲခြင်းအကြောင်း အလုပ်သမား စစ်ဆေးရေးမှူးကို မေးပါ သို့မဟုတ် {number} သို့ ခေါ်ဆိုပါ။",
        "km": "មុនពេលធ្វើការឱ្យនិយោជកផ្សេងនៅប្រទេសថៃ សូមសួរអធិការការងារ ឬទូរស័ព្ទទៅលេខ {number} អំពីការផ្លាស់ប្តូរនិយោជក។",
        "lo": "ກ່ອນຈະໄປເຮັດວຽກກັບນາຍຈ້າງຄົນໃໝ່ໃນປະເທດໄທ, ໃຫ້ຖາມພະນັກງານກວດກາແຮງງານ ຫຼື ໂທຫາເບີ {number} ກ່ຽວກັບການປ່ຽນນາຍຈ້າງ.",
    },
    "change_employer_ask_plain": {
        "th": "ก่อนไปทำงานกับนายจ้างรายใหม่ในประเทศไทย ให้สอบถามพนักงานตรวจแรงงานเรื่องการเปลี่ยนนายจ้าง",
        "en": "Before you work for another employer in Thailand, ask a labour inspector about changing employer.",
        "my": "ထိုင်းနိုင်ငံတွင် အခြား အလုပ်ရှင်ထံ အလုပ်မလုပ်မီ အလုပ်ရှင် ပြောင်းလဲခြင်းအကြောင်း အလုပ်သမား စစ်ဆေးရေးမှူးကို မေးပါ။",
        "km": "មុនពេលធ្វើការឱ្យនិយោជកផ្សេងនៅប្រទេសថៃ សូមសួរអធិការការងារអំពីការផ្លាស់ប្តូរនិយោជក។",
        "lo": "ກ່ອນຈະໄປເຮັດວຽກກັບນາຍຈ້າງຄົນໃໝ່ໃນປະເທດໄທ, ໃຫ້ຖາມພະນັກງານກວດກາແຮງງານ ກ່ຽວກັບການປ່ຽນນາຍຈ້າງ.",
    },
    # Drafts only, followed by reference_unconfirmed (the handbook's glossary marks it "verify");
    # {law}: the law's title from legal_sections.json.
    "change_employer_law": {
        "th": "การเปลี่ยนนายจ้างทำได้ในกรณีและตามขั้นตอนที่ประกาศตาม{law}",
        "en": "Changing employer is allowed in the cases and by the procedure announced under the {law}.",
        "my": "အလုပ်ရှင် ပြောင်းလဲခြင်းကို {law} အရ ကြေညာထားသော ကိစ္စများတွင် ကြေညာထားသော လုပ်ထုံးလုပ်နည်းအတိုင်း ပြုလုပ်နိုင်ပါသည်။",
        "km": "ការផ្លាស់ប្តូរនិយោជកអាចធ្វើបានក្នុងករណី និងតាមនីតិវិធីដែលបានប្រកាសក្រោម{law}។",
        "lo": "ການປ່ຽນນາຍຈ້າງເຮັດໄດ້ໃນກໍລະນີ ແລະ ຕາມຂັ້ນຕອນທີ່ປະກາດພາຍໃຕ້{law}.",
    },
    # Printed on my, km and lo sheets, with the Thai beneath, while WORKER_TEXT_REVIEWED is False.
    "review_pending": {
        "th": "คำแปลในเอกสารนี้ยังรอการตรวจทานจากผู้ประสานงานด้านภาษาของกระทรวงแรงงาน",
        "en": "The translation on this sheet is awaiting review by the Ministry of Labour's language coordinators.",
        "my": "ဤစာရွက်ရှိ ဘာသာပြန်ချက်ကို အလုပ်သမားဝန်ကြီးဌာန၏ ဘာသာစကား ညှိနှိုင်းရေးမှူးများက စစ်ဆေးရန် စောင့်ဆိုင်းနေဆဲ ဖြစ်ပါသည်။",
        "km": "ការបកប្រែនៅលើសន្លឹកនេះ កំពុងរង់ចាំការពិនិត្យពីអ្នកសម្របសម្រួលភាសារបស់ក្រសួងការងារ។",
        "lo": "ການແປໃນເອກະສານນີ້ ຍັງລໍຖ້າການກວດທານຈາກຜູ້ປະສານງານດ້ານພາສາຂອງກະຊວງແຮງງານ.",
    },
    "keep": {
        "th": "โปรดเก็บเอกสารนี้ไว้ในที่ปลอดภัย",
        "en": "Please keep this sheet in a safe place.",
        "my": "ဤစာရွက်ကို လုံခြုံသော နေရာတွင် သိမ်းထားပါ။",
        "km": "សូមរក្សាសន្លឹកនេះទុកនៅកន្លែងមានសុវត្ថិភាព។",
        "lo": "ກະລຸນາເກັບເອກະສານນີ້ໄວ້ໃນບ່ອນທີ່ປອດໄພ.",
    },
}

# Rights the worker sheet explains (worker_data.STANDARD_RIGHTS are always printed; the rest
# when a finding concerns them, see worker_data.TOPIC_BY_SECTION).
_RIGHTS: Table = {
    "documents": {
        "th": "หนังสือเดินทาง ใบอนุญาตทำงาน และเอกสารประจำตัวอื่น ๆ เป็นของคุณ นายจ้างหรือนายหน้าไม่มีสิทธิ์ยึดไว้ แม้คุณจะยินยอมก็ตาม",
        "en": "Your passport, work permit and other identity documents belong to you. Your employer or a broker may not keep them, even if you agree.",
        "my": "သင်၏ နိုင်ငံကူးလက်မှတ်၊ အလုပ်လုပ်ခွင့် လက်မှတ်နှင့် အခြား သက်သေခံ စာရွက်စာတမ်းများသည် သင့်ပိုင်ဆိုင်မှု ဖြစ်ပါသည်။ သင် သဘောတူသည့်တိုင် အလုပ်ရှင် သို့မဟုတ် ပွဲစားက သိမ်းထားခွင့် မရှိပါ။",
        "km": "លិខិតឆ្លងដែន ប័ណ្ណការងារ និងឯកសារអត្តសញ្ញាណផ្សេងទៀតរបស់អ្នក គឺជាកម្មសិទ្ធិរបស់អ្នក។ និយោជក ឬមេខ្យល់ មិនអាចរក្សាទុកឯកសារទាំងនេះបានទេ ទោះបីជាអ្នកយល់ព្រមក៏ដោយ។",
        "lo": "ໜັງສືຜ່ານແດນ, ໃບອະນຸຍາດເຮັດວຽກ ແລະ ເອກະສານປະຈຳຕົວອື່ນໆ ເປັນຂອງເຈົ້າ. ນາຍຈ້າງ ຫຼື ນາຍໜ້າ ບໍ່ມີສິດເກັບໄວ້, ເຖິງແມ່ນວ່າເຈົ້າຈະຍິນຍອມກໍຕາມ.",
    },
    "minimum_wage": {
        "th": "คุณต้องได้รับค่าจ้างไม่ต่ำกว่าอัตราค่าจ้างขั้นต่ำรายวันของจังหวัดที่ทำงาน ไม่ว่าคุณจะมีสัญชาติใด",
        "en": "You must be paid at least the legal minimum daily wage of the province where you work, whatever your nationality.",
        "my": "သင်၏ နိုင်ငံသား မည်သို့ပင်ဖြစ်စေ သင်အလုပ်လုပ်သော ခရိုင်၏ တရားဝင် အနိမ့်ဆုံး နေ့စားလုပ်ခထက် မနည်းသော လုပ်ခကို ရရှိရမည်။",
        "km": "អ្នកត្រូវទទួលបានប្រាក់ឈ្នួលយ៉ាងហោចណាស់ស្មើនឹងប្រាក់ឈ្នួលអប្បបរមាប្រចាំថ្ងៃនៃខេត្តដែលអ្នកធ្វើការ ទោះបីអ្នកមានសញ្ជាតិអ្វីក៏ដោយ។",
        "lo": "ເຈົ້າຕ້ອງໄດ້ຮັບຄ່າຈ້າງບໍ່ຕ່ຳກວ່າຄ່າແຮງງານຂັ້ນຕ່ຳລາຍວັນຂອງແຂວງທີ່ເຈົ້າເຮັດວຽກ, ບໍ່ວ່າເຈົ້າຈະມີສັນຊາດໃດກໍຕາມ.",
    },
    "wage_payment": {
        "th": "ค่าจ้างต้องจ่ายครบถ้วนเป็นเงินบาท อย่างน้อยเดือนละครั้งตามวันที่ตกลงกัน ชายและหญิงต้องได้รับค่าจ้างเท่ากันสำหรับงานที่มีค่าเท่ากัน",
        "en": "Wages must be paid in full, in Thai baht, at least once a month on the agreed day. Women and men get equal pay for work of equal value.",
        "my": "လုပ်ခကို ထိုင်းဘတ်ငွေဖြင့် အပြည့်အဝ၊ အနည်းဆုံး တစ်လလျှင် တစ်ကြိမ်၊ သဘောတူထားသော နေ့တွင် ပေးရမည်။ အမျိုးသမီးနှင့် အမျိုးသားတို့သည် တန်ဖိုးတူ အလုပ်အတွက် တူညီသော လုပ်ခ ရရှိရမည်။",
        "km": "ប្រាក់ឈ្នួលត្រូវបើកឱ្យគ្រប់ចំនួន ជាប្រាក់បាតថៃ យ៉ាងហោចណាស់ម្តងក្នុងមួយខែ តាមថ្ងៃដែលបានព្រមព្រៀង។ ស្ត្រី និងបុរស ត្រូវទទួលបានប្រាក់ឈ្នួលស្មើគ្នាសម្រាប់ការងារដែលមានតម្លៃស្មើគ្នា។",
        "lo": "ຄ່າຈ້າງຕ້ອງຈ່າຍຄົບຖ້ວນ ເປັນເງິນບາດໄທ ຢ່າງໜ້ອຍເດືອນລະເທື່ອ ຕາມວັນທີ່ຕົກລົງກັນ. ຜູ້ຍິງ ແລະ ຜູ້ຊາຍ ຕ້ອງໄດ້ຮັບຄ່າຈ້າງເທົ່າກັນ ສຳລັບວຽກທີ່ມີຄຸນຄ່າເທົ່າກັນ.",
    },
    # The deposit sentence was added 2026-03: my, km, lo await native review.
    "deductions_debt": {
        "th": "นายจ้างเรียกหรือรับเงินประกันจากคุณไม่ได้ เว้นแต่งานบางประเภทที่ต้องรับผิดชอบเงินหรือทรัพย์สิน นายจ้างหักค่าจ้างได้เฉพาะกรณีที่กฎหมายอนุญาต และหากคุณไม่ยินยอม แต่ละรายการหักได้ไม่เกินร้อยละ 10 (รวมไม่เกินร้อยละ 20) ไม่มีใครบังคับให้คุณทำงานเพื่อใช้หนี้หรือเงินประกันได้",
        "en": "Your employer may not ask you for a deposit or guarantee money, except for a few jobs that handle money or property. Your employer may deduct from your wages only where the law allows; without your consent each deduction is at most 10% (20% in all). No one may make you work off a debt or a deposit.",
        "my": "ငွေ သို့မဟုတ် ပစ္စည်း ကိုင်တွယ်ရသော အလုပ်အချို့မှလွဲ၍ အလုပ်ရှင်သည် သင့်ထံမှ အာမခံငွေ (စပေါ်ငွေ) တောင်းခွင့် မရှိပါ။ ဥပဒေက ခွင့်ပြုသော ကိစ္စများတွင်သာ လုပ်ခမှ ဖြတ်တောက်နိုင်ပြီး သင်၏ သဘောတူညီချက် မရှိဘဲ တစ်ခုစီလျှင် ၁၀ ရာခိုင်နှုန်း (စုစုပေါင်း ၂၀ ရာခိုင်နှုန်း) ထက် မပိုရပါ။ ကြွေးမြီ သို့မဟုတ် အာမခံငွေ ဆပ်ရန် မည်သူမျှ သင့်ကို အတင်း အလုပ်ခိုင်းခွင့် မရှိပါ။",
        "km": "និយោជកមិនអាចទារប្រាក់កក់ ឬប្រាក់ធានាពីអ្នកបានទេ លើកលែងតែការងារមួយចំនួនដែលត្រូវកាន់កាប់ប្រាក់ ឬទ្រព្យសម្បត្តិ។ និយោជកអាចកាត់ប្រាក់ឈ្នួលបានតែក្នុងករណីដែលច្បាប់អនុញ្ញាតប៉ុណ្ណោះ ហើយបើគ្មានការយល់ព្រមពីអ្នក ការកាត់នីមួយៗមិនអាចលើសពី ១០% (សរុប ២០%) ឡើយ។ គ្មាននរណាអាចបង្ខំអ្នកឱ្យធ្វើការដើម្បីសងបំណុល ឬប្រាក់កក់បានទេ។",
        "lo": "ນາຍຈ້າງບໍ່ສາມາດຮຽກເອົາເງິນມັດຈຳ ຫຼື ເງິນຄ້ຳປະກັນຈາກເຈົ້າໄດ້, ຍົກເວັ້ນວຽກບາງປະເພດທີ່ຕ້ອງຮັບຜິດຊອບເງິນ ຫຼື ຊັບສິນ. ນາຍຈ້າງສາມາດຫັກຄ່າຈ້າງໄດ້ສະເພາະກໍລະນີທີ່ກົດໝາຍອະນຸຍາດເທົ່ານັ້ນ, ຖ້າບໍ່ມີການຍິນຍອມຈາກເຈົ້າ ແຕ່ລະລາຍການຫັກໄດ້ບໍ່ເກີນ 10% (ລວມບໍ່ເກີນ 20%). ບໍ່ມີໃຜສາມາດບັງຄັບໃຫ້ເຈົ້າເຮັດວຽກເພື່ອໃຊ້ໜີ້ ຫຼື ເງິນມັດຈຳໄດ້.",
    },
    "hours_overtime": {
        "th": "เวลาทำงานปกติไม่เกินวันละ 8 ชั่วโมง และสัปดาห์ละ 48 ชั่วโมง การทำงานล่วงเวลาต้องได้รับความยินยอมจากคุณ และได้ค่าล่วงเวลาไม่น้อยกว่า 1.5 เท่าของค่าจ้างต่อชั่วโมง",
        "en": "Normal work is at most 8 hours a day and 48 hours a week. Overtime needs your consent and is paid at least 1.5 times your hourly wage.",
        "my": "ပုံမှန် အလုပ်ချိန်သည် တစ်ရက်လျှင် ၈ နာရီ၊ တစ်ပတ်လျှင် ၄၈ နာရီထက် မပိုရပါ။ အချိန်ပို အလုပ်လုပ်ရန် သင်၏ သဘောတူညီချက် လိုအပ်ပြီး တစ်နာရီ လုပ်ခ၏ အနည်းဆုံး ၁.၅ ဆ ပေးရမည်။",
        "km": "ម៉ោងធ្វើការធម្មតាមិនលើសពី ៨ ម៉ោងក្នុងមួយថ្ងៃ និង ៤៨ ម៉ោងក្នុងមួយសប្តាហ៍។ ការងារបន្ថែមម៉ោងត្រូវមានការយល់ព្រមពីអ្នក ហើយត្រូវបើកយ៉ាងហោចណាស់ ១.៥ ដងនៃប្រាក់ឈ្នួលក្នុងមួយម៉ោង។",
        "lo": "ເວລາເຮັດວຽກປົກກະຕິບໍ່ເກີນ 8 ຊົ່ວໂມງຕໍ່ວັນ ແລະ 48 ຊົ່ວໂມງຕໍ່ອາທິດ. ການເຮັດວຽກລ່ວງເວລາຕ້ອງໄດ້ຮັບການຍິນຍອມຈາກເຈົ້າ ແລະ ຕ້ອງຈ່າຍຢ່າງໜ້ອຍ 1.5 ເທົ່າຂອງຄ່າຈ້າງຕໍ່ຊົ່ວໂມງ.",
    },
    "rest_leave": {
        "th": "คุณมีสิทธิพักอย่างน้อย 1 ชั่วโมงหลังทำงาน 5 ชั่วโมง หยุดอย่างน้อยสัปดาห์ละ 1 วัน หยุดวันหยุดตามประเพณี หยุดพักผ่อนประจำปี และลาป่วยโดยได้รับค่าจ้าง",
        "en": "You have the right to a break of at least 1 hour after 5 hours of work, at least one day off a week, public holidays, annual leave and paid sick leave.",
        "my": "အလုပ် ၅ နာရီ လုပ်ပြီးနောက် အနည်းဆုံး ၁ နာရီ အနားယူခွင့်၊ တစ်ပတ်လျှင် အနည်းဆုံး ၁ ရက် ပိတ်ရက်၊ အများပြည်သူ ရုံးပိတ်ရက်များ၊ နှစ်စဉ် ခွင့်နှင့် လစာရ ဆေးခွင့် ရပိုင်ခွင့် ရှိပါသည်။",
        "km": "អ្នកមានសិទ្ធិសម្រាកយ៉ាងហោចណាស់ ១ ម៉ោង បន្ទាប់ពីធ្វើការ ៥ ម៉ោង ឈប់សម្រាកយ៉ាងហោចណាស់ ១ ថ្ងៃក្នុងមួយសប្តាហ៍ ថ្ងៃបុណ្យសាធារណៈ ច្បាប់ឈប់សម្រាកប្រចាំឆ្នាំ និងច្បាប់ឈឺដែលមានប្រាក់ឈ្នួល។",
        "lo": "ເຈົ້າມີສິດພັກຢ່າງໜ້ອຍ 1 ຊົ່ວໂມງ ຫຼັງຈາກເຮັດວຽກ 5 ຊົ່ວໂມງ, ມີວັນພັກຢ່າງໜ້ອຍ 1 ວັນຕໍ່ອາທິດ, ວັນພັກນັກຂັດຕະລຶກ, ວັນພັກປະຈຳປີ ແລະ ວັນລາປ່ວຍທີ່ໄດ້ຮັບຄ່າຈ້າງ.",
    },
    "maternity": {
        "th": "ลูกจ้างหญิงมีครรภ์จะถูกเลิกจ้างเพราะการตั้งครรภ์ไม่ได้ และมีสิทธิลาคลอดได้ไม่เกิน 120 วัน โดยได้รับค่าจ้าง 60 วัน",
        "en": "A pregnant worker may not be dismissed because of her pregnancy and may take up to 120 days of maternity leave, 60 of them paid.",
        "my": "ကိုယ်ဝန်ဆောင်ထားသောကြောင့် အလုပ်မှ ထုတ်ပယ်ခွင့် မရှိပါ။ မီးဖွားခွင့် ရက် ၁၂၀ အထိ ယူနိုင်ပြီး ယင်းအနက် ရက် ၆၀ အတွက် လစာ ရရှိပါမည်။",
        "km": "កម្មករស្ត្រីមានផ្ទៃពោះមិនអាចត្រូវបានបញ្ឈប់ពីការងារដោយសារការមានផ្ទៃពោះឡើយ ហើយអាចឈប់សម្រាកលំហែមាតុភាពរហូតដល់ ១២០ ថ្ងៃ ដែលក្នុងនោះ ៦០ ថ្ងៃមានប្រាក់ឈ្នួល។",
        "lo": "ແມ່ຍິງຖືພາບໍ່ສາມາດຖືກໄລ່ອອກຍ້ອນການຖືພາ ແລະ ມີສິດລາເກີດລູກໄດ້ເຖິງ 120 ວັນ, ໃນນັ້ນ 60 ວັນໄດ້ຮັບຄ່າຈ້າງ.",
    },
    "children": {
        "th": "ห้ามจ้างเด็กอายุต่ำกว่า 15 ปี ลูกจ้างอายุต่ำกว่า 18 ปีห้ามทำงานอันตราย ทำงานกลางคืน ทำงานล่วงเวลา หรือทำงานในเรือประมง",
        "en": "Children under 15 may not be employed. Workers under 18 may not do dangerous work, night work or overtime, or work on fishing vessels.",
        "my": "အသက် ၁၅ နှစ်အောက် ကလေးများကို အလုပ်ခန့်ခွင့် မရှိပါ။ အသက် ၁၈ နှစ်အောက် အလုပ်သမားများသည် အန္တရာယ်ရှိသော အလုပ်၊ ညအလုပ်၊ အချိန်ပို အလုပ်နှင့် ငါးဖမ်းလှေပေါ်တွင် အလုပ် မလုပ်ရပါ။",
        "km": "ហាមជួលកុមារអាយុក្រោម ១៥ ឆ្នាំឱ្យធ្វើការ។ កម្មករអាយុក្រោម ១៨ ឆ្នាំ មិនអាចធ្វើការងារគ្រោះថ្នាក់ ការងារពេលយប់ ការងារបន្ថែមម៉ោង ឬធ្វើការលើទូកនេសាទបានទេ។",
        "lo": "ຫ້າມຈ້າງເດັກອາຍຸຕ່ຳກວ່າ 15 ປີ. ຜູ້ອອກແຮງງານອາຍຸຕ່ຳກວ່າ 18 ປີ ບໍ່ສາມາດເຮັດວຽກອັນຕະລາຍ, ວຽກກາງຄືນ, ວຽກລ່ວງເວລາ ຫຼື ເຮັດວຽກຢູ່ໃນເຮືອຫາປາໄດ້.",
    },
    "violence": {
        "th": "ไม่มีใครมีสิทธิ์ทำร้าย ข่มขู่ หรือล่วงละเมิดทางเพศคุณในที่ทำงาน",
        "en": "No one may hit you, threaten you or sexually harass you at work.",
        "my": "အလုပ်ခွင်တွင် မည်သူမျှ သင့်ကို ရိုက်နှက်ခြင်း၊ ခြိမ်းခြောက်ခြင်း သို့မဟုတ် လိင်ပိုင်းဆိုင်ရာ နှောင့်ယှက်ခြင်း မပြုရပါ။",
        "km": "គ្មាននរណាអាចវាយ គំរាមកំហែង ឬយាយីផ្លូវភេទលើអ្នកនៅកន្លែងធ្វើការបានទេ។",
        "lo": "ບໍ່ມີໃຜສາມາດຕີ, ຂົ່ມຂູ່ ຫຼື ລ່ວງລະເມີດທາງເພດຕໍ່ເຈົ້າໃນບ່ອນເຮັດວຽກໄດ້.",
    },
    # Rewritten 2026-12 to say first that the worker may leave the job (DOMAIN.md: freedom to
    # leave): my, km, lo await native review. The change-of-employer lines under it are
    # worker_data's (change_employer_*).
    "freedom": {
        "th": "คุณมีสิทธิเลิกทำงานกับนายจ้างนี้และลาออกจากงานได้ ไม่มีใครบังคับให้คุณทำงานหรืออยู่ต่อได้ ด้วยการข่มขู่ การหลอกลวง หนี้สิน ค่าจ้างที่ยังค้างจ่าย หรือการยึดเอกสารของคุณไว้ นายจ้างยังต้องจ่ายค่าจ้างสำหรับงานที่คุณทำไปแล้ว นอกเวลาทำงาน คุณมีอิสระที่จะออกจากที่ทำงานและที่พัก และติดต่อครอบครัวได้",
        "en": "You may stop working for this employer and leave the job. No one may force you to work or to stay through threats, deception, debt, unpaid wages or by keeping your documents. Your employer must still pay the wages you have earned. Outside working hours you are free to leave your workplace and housing and to contact your family.",
        "my": "ဤအလုပ်ရှင်ထံတွင် အလုပ်လုပ်ခြင်းကို ရပ်ပြီး အလုပ်မှ ထွက်ခွာနိုင်ပါသည်။ ခြိမ်းခြောက်ခြင်း၊ လှည့်စားခြင်း၊ ကြွေးမြီ၊ မပေးရသေးသော လုပ်ခ သို့မဟုတ် သင်၏ စာရွက်စာတမ်းများကို သိမ်းထားခြင်းဖြင့် မည်သူမျှ သင့်ကို အတင်း အလုပ်ခိုင်းခွင့် သို့မဟုတ် ဆက်နေခိုင်းခွင့် မရှိပါ။ သင် လုပ်ပြီးသော အလုပ်အတွက် လုပ်ခကို အလုပ်ရှင်က ပေးရမည်။ အလုပ်ချိန် ပြင်ပတွင် အလုပ်ခွင်နှင့် နေထိုင်ရာမှ လွတ်လပ်စွာ ထွက်ခွာနိုင်ပြီး မိသားစုနှင့် ဆက်သွယ်နိုင်ပါသည်။",
        "km": "អ្នកអាចឈប់ធ្វើការឱ្យនិយោជកនេះ ហើយចាកចេញពីការងារនេះបាន។ គ្មាននរណាអាចបង្ខំអ្នកឱ្យធ្វើការ ឬឱ្យស្នាក់នៅបន្ត ដោយការគំរាមកំហែង ការបោកប្រាស់ បំណុល ប្រាក់ឈ្នួលដែលមិនទាន់បើក ឬដោយការរក្សាទុកឯកសាររបស់អ្នកបានទេ។ និយោជកនៅតែត្រូវបើកប្រាក់ឈ្នួលសម្រាប់ការងារដែលអ្នកបានធ្វើរួច។ ក្រៅម៉ោងធ្វើការ អ្នកមានសេរីភាពចាកចេញពីកន្លែងធ្វើការ និងកន្លែងស្នាក់នៅ ហើយទាក់ទងក្រុមគ្រួសាររបស់អ្នកបាន។",
        "lo": "ເຈົ້າສາມາດເຊົາເຮັດວຽກກັບນາຍຈ້າງນີ້ ແລະ ອອກຈາກວຽກໄດ້. ບໍ່ມີໃຜສາມາດບັງຄັບເຈົ້າໃຫ້ເຮັດວຽກ ຫຼື ໃຫ້ຢູ່ຕໍ່ ດ້ວຍການຂົ່ມຂູ່, ການຫຼອກລວງ, ໜີ້ສິນ, ຄ່າຈ້າງທີ່ຍັງບໍ່ທັນຈ່າຍ ຫຼື ການເກັບເອກະສານຂອງເຈົ້າໄວ້ໄດ້. ນາຍຈ້າງຍັງຕ້ອງຈ່າຍຄ່າຈ້າງສຳລັບວຽກທີ່ເຈົ້າໄດ້ເຮັດແລ້ວ. ນອກເວລາເຮັດວຽກ ເຈົ້າມີອິດສະລະທີ່ຈະອອກຈາກບ່ອນເຮັດວຽກ ແລະ ບ່ອນພັກອາໄສ ແລະ ຕິດຕໍ່ຄອບຄົວໄດ້.",
    },
    "safety": {
        "th": "นายจ้างต้องดูแลสถานที่ทำงานให้ปลอดภัย และจัดอุปกรณ์ป้องกันอันตรายให้คุณโดยไม่เสียค่าใช้จ่าย",
        "en": "Your employer must keep the workplace safe and give you protective equipment free of charge.",
        "my": "အလုပ်ရှင်သည် အလုပ်ခွင်ကို ဘေးကင်းအောင် ထားရှိရမည်ဖြစ်ပြီး ကာကွယ်ရေး ပစ္စည်းများကို အခမဲ့ ပေးရမည်။",
        "km": "និយោជកត្រូវរក្សាកន្លែងធ្វើការឱ្យមានសុវត្ថិភាព ហើយផ្តល់ឧបករណ៍ការពារដល់អ្នកដោយឥតគិតថ្លៃ។",
        "lo": "ນາຍຈ້າງຕ້ອງຮັກສາບ່ອນເຮັດວຽກໃຫ້ປອດໄພ ແລະ ສະໜອງອຸປະກອນປ້ອງກັນໃຫ້ເຈົ້າໂດຍບໍ່ເສຍຄ່າ.",
    },
    "contract_permit": {
        "th": "คุณมีสิทธิได้รับสัญญาจ้างเป็นหนังสือและหลักฐานการจ่ายค่าจ้าง นายจ้างต้องดำเนินการเรื่องใบอนุญาตทำงานของคุณตามกฎหมาย",
        "en": "You have the right to a written contract and to wage records. Your employer must arrange your work permit as the law requires.",
        "my": "စာဖြင့်ရေးထားသော အလုပ်စာချုပ်နှင့် လုပ်ခ မှတ်တမ်း ရပိုင်ခွင့် ရှိပါသည်။ သင်၏ အလုပ်လုပ်ခွင့် လက်မှတ်ကို ဥပဒေအတိုင်း စီစဉ်ပေးရန် အလုပ်ရှင်၏ တာဝန် ဖြစ်ပါသည်။",
        "km": "អ្នកមានសិទ្ធិទទួលបានកិច្ចសន្យាការងារជាលាយលក្ខណ៍អក្សរ និងកំណត់ត្រាប្រាក់ឈ្នួល។ និយោជកត្រូវរៀបចំប័ណ្ណការងាររបស់អ្នកតាមច្បាប់។",
        "lo": "ເຈົ້າມີສິດໄດ້ຮັບສັນຍາຈ້າງງານເປັນລາຍລັກອັກສອນ ແລະ ບັນທຶກການຈ່າຍຄ່າຈ້າງ. ນາຍຈ້າງຕ້ອງດຳເນີນການເລື່ອງໃບອະນຸຍາດເຮັດວຽກຂອງເຈົ້າຕາມກົດໝາຍ.",
    },
    # New in 2026-03: my, km, lo await native review.
    "complaint": {
        "th": "คุณมีสิทธิร้องเรียนเรื่องการทำงาน ค่าจ้าง หรือการปฏิบัติต่อคุณ นายจ้างจะเลิกจ้าง ลงโทษ หรือข่มขู่คุณเพราะคุณร้องเรียนหรือให้ข้อมูลแก่พนักงานตรวจแรงงานไม่ได้",
        "en": "You have the right to complain about your work, your pay or how you are treated. Your employer may not dismiss, punish or threaten you because you complained or spoke to a labour inspector.",
        "my": "သင်၏ အလုပ်၊ လုပ်ခ သို့မဟုတ် သင့်အပေါ် ဆက်ဆံပုံနှင့် ပတ်သက်၍ တိုင်ကြားပိုင်ခွင့် ရှိပါသည်။ သင် တိုင်ကြားခဲ့သောကြောင့် သို့မဟုတ် အလုပ်သမား စစ်ဆေးရေးမှူးနှင့် စကားပြောခဲ့သောကြောင့် အလုပ်ရှင်သည် သင့်ကို အလုပ်မှ ထုတ်ပယ်ခြင်း၊ အပြစ်ပေးခြင်း သို့မဟုတ် ခြိမ်းခြောက်ခြင်း မပြုရပါ။",
        "km": "អ្នកមានសិទ្ធិដាក់ពាក្យបណ្តឹងអំពីការងារ ប្រាក់ឈ្នួល ឬរបៀបដែលគេប្រព្រឹត្តចំពោះអ្នក។ និយោជកមិនអាចបណ្តេញ ដាក់ទណ្ឌកម្ម ឬគំរាមកំហែងអ្នក ដោយសារតែអ្នកបានដាក់ពាក្យបណ្តឹង ឬបាននិយាយជាមួយអធិការការងារបានទេ។",
        "lo": "ເຈົ້າມີສິດຮ້ອງທຸກກ່ຽວກັບການເຮັດວຽກ, ຄ່າຈ້າງ ຫຼື ວິທີທີ່ເຂົາເຈົ້າປະຕິບັດຕໍ່ເຈົ້າ. ນາຍຈ້າງບໍ່ສາມາດໄລ່ອອກ, ລົງໂທດ ຫຼື ຂົ່ມຂູ່ເຈົ້າ ຍ້ອນວ່າເຈົ້າໄດ້ຮ້ອງທຸກ ຫຼື ໄດ້ລົມກັບພະນັກງານກວດກາແຮງງານ.",
    },
}


# --------------------------------------------------------------------------- referral form (Thai, English beneath)

_REFERRAL: Table = {
    "rf_title": {"th": "แบบส่งต่อผู้ที่อาจเป็นผู้เสียหายจากการบังคับใช้แรงงานหรือการค้ามนุษย์",
                 "en": "Referral of possible victims of forced labour or trafficking"},
    "rf_title_child": {"th": "แบบส่งต่อผู้ที่อาจเป็นผู้เสียหายจากการใช้แรงงานเด็ก การบังคับใช้แรงงาน หรือการค้ามนุษย์",
                       "en": "Referral of possible victims of child labour, forced labour or trafficking"},
    "rf_workers_count": {"th": "ลูกจ้างที่ส่งต่อ", "en": "Workers referred"},
    "rf_short": {"th": "แบบส่งต่อ", "en": "Referral form"},
    "rf_mechanism": {"th": "กลไกการส่งต่อระดับชาติ (พ.ศ. 2565)", "en": "National Referral Mechanism (2022)"},
    "rf_form_unconfirmed": {"th": "ชื่อแบบและรายการในแบบรอการยืนยัน", "en": "form name and fields to be confirmed"},
    "rf_to": {"th": "ถึง", "en": "To"},
    "rf_referral": {"th": "การส่งต่อ", "en": "The referral"},
    "rf_referral_date": {"th": "วันที่ตัดสินใจส่งต่อ", "en": "Referral decided"},
    "rf_status": {"th": "สถานะการส่งต่อ", "en": "Referral status"},
    "rf_sent_on": {"th": "วันที่ส่ง", "en": "Sent on"},
    "rf_accepted_on": {"th": "วันที่รับเรื่อง", "en": "Accepted on"},
    "rf_closed_on": {"th": "วันที่ปิดเรื่อง", "en": "Closed on"},
    "rf_case_number": {"th": "เลขที่คดีหรือเลขรับเรื่อง", "en": "Case number"},
    "rf_contact": {"th": "ผู้ประสานงานของหน่วยรับ", "en": "Receiving officer"},
    "rf_contact_notes": {"th": "บันทึกการประสานงาน", "en": "Contact notes"},
    "rf_outcome": {"th": "ผลการดำเนินการ", "en": "Outcome"},
    "rf_visit": {"th": "การตรวจที่พบ", "en": "The inspection"},
    "rf_finding": {"th": "ข้อค้นพบที่ส่งต่อ", "en": "Finding referred"},
    "rf_screening": {"th": "ตัวบ่งชี้จากการคัดกรอง", "en": "Screening indicators"},
    "rf_screening_note": {"th": "ตัวบ่งชี้การบังคับใช้แรงงานของ ILO ที่ลูกจ้างที่ส่งต่อระบุ และที่ข้อค้นพบหรือรายการตรวจแสดง",
                          "en": "ILO forced-labour indicators reported by the workers referred, or shown by findings and checklist items"},
    "rf_shown_by": {"th": "ข้อค้นพบหรือรายการตรวจ", "en": "Findings or checklist items"},
    "rf_workers": {"th": "สรุปการสัมภาษณ์ลูกจ้าง (รหัส)", "en": "Interview summary (coded workers)"},
    "rf_workers_confidential": {"th": "ลับ: ข้อมูลการสัมภาษณ์ใช้เพื่อการคัดแยกและคุ้มครองผู้เสียหายเท่านั้น ห้ามเปิดเผยต่อนายจ้างหรือนายหน้า",
                                "en": "Confidential: interview content is for screening and protection only; never disclose it to the employer or broker"},
    "rf_no_workers": {"th": "ยังไม่ได้ระบุลูกจ้างที่ส่งต่อ", "en": "No worker named in this referral yet"},
    "rf_evidence": {"th": "รายการหลักฐาน", "en": "Evidence"},
    "rf_documents_examined": {"th": "เอกสารที่ตรวจ", "en": "Documents examined"},
    "rf_files": {"th": "ภาพถ่ายและไฟล์", "en": "Photos and files"},
    "rf_file": {"th": "ไฟล์", "en": "File"},
    "rf_caption": {"th": "คำอธิบาย", "en": "Caption"},
    "rf_for_finding": {"th": "ข้อค้นพบที่", "en": "Finding no."},
    "rf_officers": {"th": "เจ้าหน้าที่ผู้ส่งต่อ", "en": "Referring officers"},
    "rf_receiver_sign": {"th": "ผู้รับเรื่อง", "en": "Received by"},
    "rf_number": {"th": "เลขที่", "en": "Number"},
    "rf_permit": {"th": "สถานะใบอนุญาต", "en": "Permit status"},
    "rf_holder": {"th": "ผู้ถือ", "en": "Held by"},
    "rf_expires": {"th": "หมดอายุ", "en": "Expires"},
    "rf_type": {"th": "ประเภท", "en": "Type"},
}

_TABLES: tuple[Table, ...] = (_PAGE, _HEADINGS, _FIELDS, _CHECKS, _WORKER, _REFERRAL)
_ALL: dict[str, Mapping[str, str]] = {}
for _table in _TABLES:
    for _key, _value in _table.items():
        if _key in _ALL:
            raise RuntimeError(f"report label {_key!r} is defined twice")
        _ALL[_key] = _value
for _key, _value in _RIGHTS.items():
    _ALL[f"right_{_key}"] = _value

#: Keys of the rights the worker sheet can explain, in the order they are printed.
RIGHT_TOPICS: tuple[str, ...] = tuple(_RIGHTS)


def _pick(texts: Mapping[str, str], language: str) -> str:
    for lang in (language, "en", "th"):
        text = texts.get(lang)
        if text:
            return text
    return ""


def label(key: str, language: str = "th", **values: object) -> str:
    """The label in `language` (falling back to English, then Thai), with {fields} filled."""
    try:
        texts = _ALL[key]
    except KeyError:
        raise KeyError(f"no report label {key!r}") from None
    text = _pick(texts, language)
    return text.format(**values) if values else text


def labels(key: str, **values: object) -> dict[str, str]:
    """Every language of a label, formatted."""
    return {lang: label(key, lang, **values) for lang in _ALL[key]}


def enum_label(kind: str, code: str | None, language: str = "th") -> str:
    """Label of an enumerated value (visit type, severity, ...); unknown codes print as given."""
    if code is None or code == "":
        return ""
    texts = _ENUMS[kind].get(code)
    if texts is None:
        return str(code)
    return _pick(texts, language)


def enum_codes(kind: str) -> tuple[str, ...]:
    return tuple(_ENUMS[kind])
