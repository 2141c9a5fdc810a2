"""Printed documents that say true things, checked from each reader's seat.

- The employer (Thai notice): a complaint visit with S1 and anti-trafficking findings,
  a forced-labour proposal and interview notes gives a notice with no anti-trafficking
  reference, referral, indicator, severity, interview content, worker code, complaint
  or "to be confirmed" (embedded data and pdftotext of every page); a screening
  finding speaks through its labour-law counterpart, once.
- The worker (sheets in my, km, lo, th, en): the same rights by id in every language,
  never fewer than the standard set; the minimum wage of the district or province on
  the visit day, computed here from the wage table; only confirmed hotlines once final.
- The supervisor: every report of an unsigned inspection says DRAFT on every page and
  "status": "draft"; after sign-off the same reports are final.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from inspector_app.core.services import setup
from inspector_app.core.errors import ValidationError
from inspector_app.core.rules import propose_for_indicators
from inspector_app.core.services import findings, inspections
from inspector_app.core.store import Store
from inspector_app.core.vocab import FORCED_LABOUR_INDICATORS
from inspector_app.i18n.scripts import Script, dominant_script
from inspector_app.paths import resources_dir
from inspector_app.reports import ReportResult, build_report, fmt
from inspector_app.reports.labels import enum_label, label
from inspector_app.reports.notice_policy import load_notice_policy
from inspector_app.reports.verify import SOURCE_FILE_NAME

from ..conftest import PASSPHRASE, USER
from .report_data import MadeInspection, make_inspection

GENERATED = datetime(2026, 3, 6, 3, 30, tzinfo=UTC)
LANGUAGES = ("my", "km", "lo", "th", "en")
# DOMAIN.md, "Worker sheet": what every sheet states whatever was found.
STANDARD_RIGHTS = {"documents", "minimum_wage", "wage_payment", "hours_overtime", "rest_leave", "deductions_debt",
                   "freedom", "safety", "complaint"}
REFERENCE = resources_dir() / "reference"
SCRIPT = {"my": Script.MYANMAR, "km": Script.KHMER, "lo": Script.LAO, "th": Script.THAI}


# --------------------------------------------------------------------------- helpers


def embedded(result: ReportResult) -> str:
    (content,) = PdfReader(io.BytesIO(result.pdf)).attachments[SOURCE_FILE_NAME]
    return content.decode("utf-8")


def pdftotext_pages(result: ReportResult, tmp_path: Path) -> list[str]:
    """Each page's text as poppler extracts it, ligatures undone and runs of white space as one
    space (fails, never skips, without poppler-utils)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils")
    path = tmp_path / f"{result.source['kind']}-{result.source['language']}.pdf"
    path.write_bytes(result.pdf)
    pages = []
    for number in range(1, result.pages + 1):
        out = subprocess.run([exe, "-f", str(number), "-l", str(number), str(path), "-"],
                             check=True, capture_output=True, text=True).stdout
        # NFKC: Latin ligatures ("ﬁ" in "conﬁrmed") extract as one character.
        pages.append(" ".join(unicodedata.normalize("NFKC", out).split()))
    return pages


def signature_png() -> bytes:
    image = Image.new("RGB", (320, 110), "white")
    ImageDraw.Draw(image).line([(12, 80), (90, 30), (170, 85), (300, 25)], fill=(13, 27, 76), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def sign_off(store: Store, inspection_id: str) -> None:
    inspections.complete_inspection(store, inspection_id)
    inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="สมชาย ใจดี",
                                image_png=signature_png())


def legal_doc() -> dict[str, Any]:
    return json.loads((REFERENCE / "legal_sections.json").read_text(encoding="utf-8"))


def wage_rate_from_table(province: str, district: str | None, day: date) -> dict[str, Any] | None:
    """The wage table read here, apart from the app: the latest rate in force for the district,
    else for the province; a later province-wide notification supersedes an older district rate."""
    doc = json.loads((REFERENCE / "minimum_wage.json").read_text(encoding="utf-8"))
    in_force = [r for r in doc["rates"] if date.fromisoformat(r["effective_from"]) <= day]
    province_rates = [r for r in in_force if r["province_code"] == province and not r.get("district_code")]
    district_rates = [r for r in in_force if district and r.get("district_code") == district]
    newest = lambda rates: max(rates, key=lambda r: r["effective_from"], default=None)  # noqa: E731
    p, d = newest(province_rates), newest(district_rates)
    if d is not None and (p is None or d["effective_from"] >= p["effective_from"]):
        return d
    return p


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = setup.create_store(tmp_path_factory.mktemp("policy") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    yield s
    s.close()


@pytest.fixture(scope="module")
def screened(store: Store) -> MadeInspection:
    """A complaint visit with Burmese, Khmer and Lao interviews, five labour-law findings, and the
    screening findings a forced-labour case adds: indicator items citing the Anti-Trafficking Act,
    referred to the MDT, an S1 forced-labour proposal, texts naming indicators and testimony."""
    made = make_inspection(store, visit_type="complaint", complaint_source_confidential=True, photos_per_finding=0)
    code = made.worker_codes[0]
    findings.create_finding(
        store, made.id, item_code="FL-B-07", title="การยึดเอกสารประจำตัว (Retention of identity documents)",
        description=f"ลูกจ้างรหัส {code} ให้การว่านายจ้างเก็บหนังสือเดินทางไว้", severity="S1",
        legal_refs=["ROFW:131", "ATIP:6/1", "ATIP:4"], status="referred", referral_target="MDT",
        workers_affected=12, deadline="2026-03-06",
        required_action="ส่งต่อทีมสหวิชาชีพตาม พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ มาตรา 6/1")
    findings.create_finding(
        store, made.id, item_code="FL-B-03", title="การจำกัดเสรีภาพในการเดินทาง: หอพักถูกล็อกตอนกลางคืน",
        severity="S1", legal_refs=["ATIP:6/1", "ATIP:4"], status="referred", referral_target="POLICE",
        deadline="2026-03-06", required_action="แจ้งตำรวจ (Police) ดำเนินคดี")
    findings.create_finding(
        store, made.id, item_code="FL-B-08", title="การกักค่าจ้าง (Withholding of wages)", severity="S2",
        legal_refs=["LPA:70", "ATIP:6/1", "ATIP:4"], workers_affected=9, deadline="2026-03-12",
        required_action="ส่งต่อทีมสหวิชาชีพ (MDT)")
    findings.create_finding(
        store, made.id, item_code="LPA-D-03", title="หักหนี้ค่านายหน้าจากค่าจ้าง (debt bondage)", severity="S1",
        legal_refs=["LPA:76", "ATIP:6/1"], status="prosecuted", deadline="2026-03-10")
    proposal = propose_for_indicators(["retention_of_documents", "restriction_of_movement", "debt_bondage"])
    assert proposal is not None
    findings.accept_proposed(store, made.id, proposal, status="referred")
    return made


@pytest.fixture(scope="module")
def notice(store: Store, screened: MadeInspection) -> ReportResult:
    return build_report(store, "employer", screened.id, generated_at=GENERATED)


@pytest.fixture(scope="module")
def sheets(store: Store, screened: MadeInspection) -> dict[str, ReportResult]:
    return {lang: build_report(store, "worker", screened.id, language=lang, generated_at=GENERATED)
            for lang in LANGUAGES}


# --------------------------------------------------------------------------- the employer's seat


_FINGERPRINT_GROUP = re.compile(r"\b[0-9A-F]{16}\b")


def forbidden_on_the_notice(made: MadeInspection) -> list[str]:
    words = ["ATIP", "Anti-Trafficking", "trafficking", "ค้ามนุษย์", "6/1", "C29", "P29",
             "referred", "Referred", "referral", "Referral", "ส่งต่อ", "MDT", "สหวิชาชีพ", "Police", "ตำรวจ",
             "prosecuted", "ดำเนินคดีแล้ว",
             "forced labour", "Forced labour", "บังคับใช้แรงงาน", "indicator", "ตัวบ่งชี้", "ตัวชี้วัด",
             "S1", "severity", "Severity",
             "to be confirmed", "รอยืนยัน", "verify",
             "complain", "Complain", "ร้องเรียน", "คำร้อง", "interview", "สัมภาษณ์", "ให้การ",
             *made.worker_codes, *made.worker_names]
    for original, translation in made.notes.values():
        words += [original, translation]
    for code in FORCED_LABOUR_INDICATORS:
        words += [code, enum_label("indicator", code, "th"), enum_label("indicator", code, "en")]
    return words


def test_the_employer_notice_of_a_screened_visit_cites_labour_law_only(
    screened: MadeInspection, notice: ReportResult, tmp_path: Path
) -> None:
    data = embedded(notice)
    pages = pdftotext_pages(notice, tmp_path)
    # pdftotext reads the page (the English citations prove it), so its silence below means something.
    everything = "\n".join(pages)
    assert "RO Foreign Workers s.131" in everything and "LPA s.70" in everything
    for word in forbidden_on_the_notice(screened):
        assert word not in data, f"{word!r} is in the notice's embedded data"
        for number, page in enumerate(pages, start=1):
            # The page's document fingerprint is random hex in groups of 16 ("…B4B8CD68C2903C63…" holds "C29"):
            # left out, so that only what the notice says is checked.
            said = _FINGERPRINT_GROUP.sub(" ", page)
            assert word not in said, f"{word!r} is printed on page {number} of the notice"

    cited = {ref["key"] for row in notice.source["findings"] for ref in row["legal"]}
    laws = {key.split(":")[0] for key in cited}
    assert laws <= {"LPA", "ROFW", "MRSF", "LPFA", "OSH"}
    assert {ref["key"] for ref in notice.source["legal_basis"]} == cited
    assert all(set(row) == {"number", "title", "legal", "workers_affected", "required_action", "deadline",
                            "status", "title_th", "title_en", "required_action_th", "required_action_en"}
               for row in notice.source["findings"])
    assert {row["status"] for row in notice.source["findings"]} <= {"open", "remedied"}


def test_a_screening_finding_reaches_the_employer_through_its_labour_law_counterpart_once(
    notice: ReportResult,
) -> None:
    policy = json.loads((REFERENCE / "employer_notice.json").read_text(encoding="utf-8"))
    counterpart = {c["id"]: c for c in policy["counterparts"]}
    rows = notice.source["findings"]
    by_section: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        for ref in row["legal"]:
            by_section.setdefault(ref["key"], []).append(row)
    # Five labour-law findings of the visit, plus unpaid wages, which only the FL-B-08 screening
    # finding recorded: it appears as the data's counterpart statement under LPA s.70.
    assert len(rows) == 6
    (wages,) = by_section["LPA:70"]
    assert wages["title"] == counterpart["wages_not_paid"]["statement"]["th"]
    assert wages["required_action"] == counterpart["wages_not_paid"]["required_action"]["th"]
    assert wages["deadline"] == "2026-03-12" and wages["workers_affected"] == 9
    # Document retention was recorded twice (a labour-law finding and the FL-B-07 indicator):
    # one row, with the earlier deadline and the larger count.
    (documents,) = by_section["ROFW:131"]
    assert documents["deadline"] == "2026-03-06" and documents["workers_affected"] == 12
    assert len(by_section["LPA:76"]) == 1
    # Restriction of movement has no labour-law counterpart: nothing about it reaches the employer.
    assert not any("หอพัก" in (row["title"] or "") for row in rows)


def test_a_worker_code_typed_into_a_finding_is_redacted_from_the_notice(store: Store) -> None:
    made = make_inspection(store, languages=("km",), findings_count=0, photos_per_finding=0, answer_all=False,
                           seed=91)
    (code,) = made.worker_codes
    findings.create_finding(store, made.id, title=f"ไม่มีวันหยุดประจำสัปดาห์ ({code})", severity="S2",
                            legal_refs=["LPA:28"], required_action=f"จัดวันหยุดให้ลูกจ้างทุกคน รวมทั้ง {code}",
                            deadline="2026-04-01")
    notice = build_report(store, "employer", made.id, generated_at=GENERATED)
    (row,) = notice.source["findings"]
    assert row["title"] == "ไม่มีวันหยุดประจำสัปดาห์ ([…])"
    assert row["required_action"] == "จัดวันหยุดให้ลูกจ้างทุกคน รวมทั้ง […]"
    assert code not in embedded(notice)


def test_a_notice_citing_an_unconfirmed_section_is_a_draft_even_when_signed(
    store: Store, notice: ReportResult, tmp_path: Path
) -> None:
    unconfirmed = {key for key, section in legal_doc()["sections"].items() if section.get("verify")}
    cited = {ref["key"] for ref in notice.source["legal_basis"]}
    assert cited & unconfirmed, "the visit cites LPA s.90 and s.112, which the legal data still marks"
    assert notice.source["status"] == "draft"
    assert "unconfirmed_reference" in notice.draft_reasons
    # The reason is told to the inspector, never printed or embedded.
    assert "unconfirmed" not in embedded(notice)

    made = make_inspection(store, languages=("my",), findings_count=4, photos_per_finding=0, seed=21)
    sign_off(store, made.id)
    signed = build_report(store, "employer", made.id, generated_at=GENERATED)
    assert {ref["key"] for ref in signed.source["legal_basis"]} & unconfirmed
    assert signed.source["status"] == "draft" and signed.draft_reasons == ("unconfirmed_reference",)
    assert all("DRAFT" in page for page in pdftotext_pages(signed, tmp_path))


def test_every_indicator_has_a_counterpart_or_a_reason_in_the_policy_data() -> None:
    policy = load_notice_policy()
    covered = {i for c in policy.counterparts for i in c.indicators}
    assert covered | policy.no_counterpart == set(FORCED_LABOUR_INDICATORS)
    assert not covered & policy.no_counterpart
    for counterpart in policy.counterparts:
        assert not policy.is_screening(counterpart.sections), counterpart.id
        assert policy.citable(counterpart.sections) == list(counterpart.sections), counterpart.id


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema_version=2), '"schema_version": 1'),
        (lambda d: d.update(citable_laws=["LPA", "XYZ"]), "citable law 'XYZ'"),
        (lambda d: d["counterparts"][0].update(sections=["ATIP:6/1"]), "citable law"),
        (lambda d: d["counterparts"][0].update(sections=["LPA:999"]), "'LPA:999' is not in legal_sections.json"),
        (lambda d: d["counterparts"][0].update(indicators=["restriction_of_movement"]), "no_counterpart"),
        (lambda d: d["counterparts"][1].pop("statement"), '"statement" needs "th" and "en"'),
        (lambda d: d["no_counterpart"].update(lying="x"), "'lying' is not a forced-labour indicator"),
    ],
)
def test_bad_policy_data_is_refused_with_a_clear_message(tmp_path: Path, change: Any, message: str) -> None:
    doc = json.loads((REFERENCE / "employer_notice.json").read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "employer_notice.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        load_notice_policy(path)
    assert str(caught.value).startswith("employer_notice.json: ")


# --------------------------------------------------------------------------- the worker's seat


def test_worker_sheets_list_the_same_rights_in_every_language(sheets: dict[str, ReportResult]) -> None:
    ids = {lang: [r["id"] for r in sheet.source["rights"]] for lang, sheet in sheets.items()}
    assert all(found == ids["en"] for found in ids.values()), ids
    assert set(ids["en"]) >= STANDARD_RIGHTS
    assert "contract_permit" in ids["en"]  # the visit found no employee register (LPA s.112)
    for lang, sheet in sheets.items():
        assert sheet.source["language"] == lang
        for right in sheet.source["rights"]:
            assert right["text"] == label(f"right_{right['id']}", lang)
            if lang in SCRIPT:
                assert dominant_script(right["text"]) == SCRIPT[lang], (lang, right["id"])


def test_a_sheet_with_nothing_found_still_states_every_standard_right(store: Store) -> None:
    made = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=False, seed=31)
    for lang in LANGUAGES:
        sheet = build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
        assert {r["id"] for r in sheet.source["rights"]} == STANDARD_RIGHTS


@pytest.mark.parametrize(
    ("province", "district", "visit"),
    [
        ("63", "6306", date(2026, 3, 5)),  # Tak, Mae Sot: the province rate
        ("50", "5001", date(2026, 3, 5)),  # Mueang Chiang Mai: a district rate above the province's
        ("50", "5002", date(2026, 3, 5)),  # another Chiang Mai district: the province rate
        ("84", "8404", date(2025, 6, 1)),  # Ko Samui
        ("10", "1001", date(2025, 3, 1)),  # Bangkok before notification No. 14
        ("10", "1001", date(2025, 8, 1)),  # ... and after it
    ],
)
def test_worker_sheet_prints_the_minimum_wage_for_the_place_and_day(
    store: Store, province: str, district: str, visit: date, tmp_path: Path
) -> None:
    expected = wage_rate_from_table(province, district, visit)
    assert expected is not None
    made = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=False,
                           province_code=province, district_code=district, subdistrict_code=None, visit=visit,
                           seed=41)
    amount = Decimal(str(expected["daily_thb"]))
    number = re.search(r"\d+", expected["announcement"]).group(0)
    for lang in LANGUAGES:
        sheet = build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
        wage = sheet.source["minimum_wage"]
        assert Decimal(wage["daily_thb"]) == amount, (lang, wage)
        assert wage["on_date"] == visit.isoformat() and wage["effective_from"] == expected["effective_from"]
        assert wage["announcement"] == expected["announcement"]
        assert (wage["district"] or {}).get("code") == expected.get("district_code")
        (right,) = [r for r in sheet.source["rights"] if r["id"] == "minimum_wage"]
        amount_line, basis_line = right["details"]
        assert f"{amount:f}".split(".")[0] in amount_line
        assert number in basis_line
        if lang == "en":
            text = " ".join(pdftotext_pages(sheet, tmp_path))
            assert f"{amount:f} baht a day" in text
            assert f"Wage Committee Notification on Minimum Wage Rates No. {number}" in text
            assert "Labour Protection Act B.E. 2541 (1998)" in text


def labour_hotline() -> str:
    """The confirmed labour-rights number of hotlines.json, read here apart from the app."""
    hotlines = json.loads((REFERENCE / "hotlines.json").read_text(encoding="utf-8"))["hotlines"]
    (number,) = [h["number"] for h in hotlines if h["key"] == "labour_protection" and not h.get("verify")]
    return number


@pytest.mark.parametrize("signed", [False, True], ids=["draft", "final"])
def test_a_sheet_without_a_known_wage_rate_says_so_and_where_to_ask(store: Store, signed: bool, tmp_path: Path) -> None:
    """The wage table starts on 1 Jan 2025: a 2024 visit's sheet tells the worker the amount is not
    printed and names the labour hotline, instead of stating the right as if nothing were missing."""
    made = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=signed,
                           photos_per_finding=0, visit=date(2024, 6, 1), seed=51 + signed)
    if signed:
        sign_off(store, made.id)
    number = labour_hotline()
    for lang in LANGUAGES:
        sheet = build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
        assert sheet.source["status"] == ("final" if signed else "draft")
        wage = sheet.source["minimum_wage"]
        assert wage["daily_thb"] is None and wage["on_date"] == "2024-06-01", wage
        assert wage["missing"] == "before_first_rate" and wage["province"]["code"] == "63"
        (right,) = [r for r in sheet.source["rights"] if r["id"] == "minimum_wage"]
        assert "details" not in right  # no amount, no legal basis of an amount
        (note,) = right["notes"]
        assert note == label("wage_unknown", lang, date=fmt_day("2024-06-01", lang), number=number), (lang, note)
        assert note in embedded(sheet)
        if lang == "en":
            text = " ".join(pdftotext_pages(sheet, tmp_path))
            assert "The minimum wage amount for 1 June 2024 is not printed on this sheet." in text
            assert f"call {number}" in text and "baht a day" not in text


def test_a_province_missing_from_the_wage_table_is_said_too(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from inspector_app.core import legal
    from inspector_app.reports import worker_data

    shipped = legal.load_minimum_wages()
    without_tak = replace(shipped, rates=tuple(r for r in shipped.rates if r.province_code != "63"))
    monkeypatch.setattr(worker_data, "load_minimum_wages", lambda: without_tak)
    made = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=False, seed=54)
    sheet = build_report(store, "worker", made.id, language="km", generated_at=GENERATED)
    assert sheet.source["minimum_wage"]["missing"] == "province_not_in_table"
    (right,) = [r for r in sheet.source["rights"] if r["id"] == "minimum_wage"]
    assert right["notes"] == [label("wage_unknown", "km", date=fmt_day("2026-03-05", "km"), number=labour_hotline())]
    assert any("no rate for province 63" in n for n in sheet.notices)


def fmt_day(value: str, lang: str) -> str:
    from inspector_app.reports import fmt

    return fmt.day(value, lang)


def test_the_cli_says_a_sheet_was_made_without_the_wage_amount(store: Store, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector_app.cli import main

    made = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=False,
                           visit=date(2024, 6, 1), seed=55)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "sheet.pdf"
    assert main(["report", made.reference, "--kind", "worker", "--language", "my", "--out", str(out),
                 "--data-dir", str(store.data_dir)]) == 0
    err = capsys.readouterr().err
    assert "without the minimum wage amount" in err
    assert "minimum_wage.json has no rate for province 63 (Tak) before 2025-01-01; the visit was on 2024-06-01" in err

    current = make_inspection(store, visit_type="routine", languages=(), findings_count=0, answer_all=False, seed=56)
    assert main(["report", current.reference, "--kind", "worker", "--language", "my", "--out", str(out),
                 "--data-dir", str(store.data_dir)]) == 0
    assert "minimum wage" not in capsys.readouterr().err


# "You may stop working for this employer and leave the job", as each sheet opens its freedom right.
LEAVE_THE_JOB = {
    "en": "You may stop working for this employer and leave the job.",
    "th": "คุณมีสิทธิเลิกทำงานกับนายจ้างนี้และลาออกจากงานได้",
    "my": "ဤအလုပ်ရှင်ထံတွင် အလုပ်လုပ်ခြင်းကို ရပ်ပြီး အလုပ်မှ ထွက်ခွာနိုင်ပါသည်။",
    "km": "អ្នកអាចឈប់ធ្វើការឱ្យនិយោជកនេះ ហើយចាកចេញពីការងារនេះបាន។",
    "lo": "ເຈົ້າສາມາດເຊົາເຮັດວຽກກັບນາຍຈ້າງນີ້ ແລະ ອອກຈາກວຽກໄດ້.",
}


def test_every_worker_sheet_says_the_worker_may_leave_the_job(
    store: Store, sheets: dict[str, ReportResult], tmp_path: Path
) -> None:
    """DOMAIN.md: freedom to leave, no work forced by threats, debt or deception. The right opens
    with leaving the job (not only the premises after hours); debt, unpaid wages and kept
    documents are named; a new employer: where to ask on every sheet, the foreign-workers law's
    cases and procedure only on drafts, marked to be confirmed (the handbook marks it "verify")."""
    made = make_inspection(store, languages=("lo",), findings_count=1, photos_per_finding=0, seed=57)
    sign_off(store, made.id)
    final = {lang: build_report(store, "worker", made.id, language=lang, generated_at=GENERATED) for lang in LANGUAGES}
    number = labour_hotline()
    for kind, built in (("draft", sheets), ("final", final)):
        for lang, sheet in built.items():
            assert sheet.source["status"] == kind
            (right,) = [r for r in sheet.source["rights"] if r["id"] == "freedom"]
            assert right["text"].startswith(LEAVE_THE_JOB[lang]), (lang, right["text"])
            assert LEAVE_THE_JOB[lang] in embedded(sheet)
            ask = label("change_employer_ask", lang, number=number)
            if kind == "final":
                assert right["notes"] == [ask], (lang, right["notes"])
            else:
                assert right["notes"][0] == ask and len(right["notes"]) == 2
                assert right["notes"][1].endswith(label("reference_unconfirmed", lang))
    for kind, built in (("draft", sheets), ("final", final)):
        text = " ".join(pdftotext_pages(built["en"], tmp_path))
        assert LEAVE_THE_JOB["en"] in text
        assert "No one may force you to work or to stay through threats, deception, debt, unpaid wages" in text
        assert f"call {number} about changing employer" in text
        assert ("Royal Ordinance on Management of Foreign Workers" in text) == (kind == "draft")
    assert "Outside working hours" in label("right_freedom", "en")  # movement and family contact stay


# --------------------------------------------------------------------------- translation review


@pytest.mark.parametrize("reviewed", [False, True], ids=["awaiting", "reviewed"])
def test_burmese_khmer_and_lao_sheets_say_their_translation_awaits_review(
    store: Store, reviewed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While labels.WORKER_TEXT_REVIEWED is False, a my/km/lo sheet says so in its language and in
    Thai (for the inspector), and its data says so; a signed inspection's sheet stays final."""
    from inspector_app.reports import labels

    monkeypatch.setattr(labels, "WORKER_TEXT_REVIEWED", reviewed)
    made = make_inspection(store, languages=("my",), findings_count=1, photos_per_finding=0, seed=58 + reviewed)
    sign_off(store, made.id)
    for lang in LANGUAGES:
        sheet = build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
        assert sheet.source["status"] == "final" and sheet.draft_reasons == ()
        data = embedded(sheet)
        if lang in ("th", "en"):
            assert sheet.source["translation_review"] is None and sheet.source["review_notice"] == []
        elif reviewed:
            assert sheet.source["translation_review"] == "reviewed" and sheet.source["review_notice"] == []
        else:
            assert sheet.source["translation_review"] == "pending"
            assert sheet.source["review_notice"] == [label("review_pending", lang), label("review_pending", "th")]
        for text_lang in ("my", "km", "lo", "th"):
            shown = lang not in ("th", "en") and not reviewed and text_lang in (lang, "th")
            assert (label("review_pending", text_lang) in data) == shown, (lang, text_lang)


def test_final_sheets_print_only_confirmed_hotlines_and_no_unconfirmed_citation(
    store: Store, sheets: dict[str, ReportResult], tmp_path: Path
) -> None:
    hotlines = json.loads((REFERENCE / "hotlines.json").read_text(encoding="utf-8"))["hotlines"]
    unconfirmed = {h["number"] for h in hotlines if h.get("verify")}
    confirmed = {h["number"] for h in hotlines if not h.get("verify")}
    assert unconfirmed, "the shipped data marks a hotline for confirmation"
    # A draft shows them, marked.
    draft = sheets["en"]
    assert {h["number"] for h in draft.source["hotlines"] if h["verify"]} == unconfirmed
    assert label("to_be_confirmed", "en") in " ".join(pdftotext_pages(draft, tmp_path))

    made = make_inspection(store, languages=("km",), findings_count=1, photos_per_finding=0, seed=61)
    sign_off(store, made.id)
    section_90_confirmed = not legal_doc()["sections"]["LPA:90"].get("verify")
    for lang in LANGUAGES:
        sheet = build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
        assert sheet.source["status"] == "final"
        numbers = {h["number"] for h in sheet.source["hotlines"]}
        assert numbers == confirmed
        data = embedded(sheet)
        for number in unconfirmed:
            assert number not in data
        assert label("reference_unconfirmed", lang) not in data and label("to_be_confirmed", lang) not in data
        assert sheet.source["minimum_wage"]["legal_section"] == ("LPA:90" if section_90_confirmed else None)
        if lang == "en":
            text = " ".join(pdftotext_pages(sheet, tmp_path))
            assert "to be confirmed" not in text and not any(n in text for n in unconfirmed)
            assert ("section 90" in text) == section_90_confirmed


def test_a_sheet_too_long_for_one_side_continues_overleaf(store: Store, tmp_path: Path) -> None:
    made = make_inspection(store, languages=("my",), findings_count=5, photos_per_finding=0, seed=81)
    for key, title in (("LPA:44", "จ้างเด็กอายุต่ำกว่า 15 ปี"), ("LPA:43", "เลิกจ้างลูกจ้างหญิงเพราะตั้งครรภ์"),
                       ("LPA:16", "ล่วงละเมิดทางเพศลูกจ้าง")):
        findings.create_finding(store, made.id, title=title, severity="S2", legal_refs=[key], deadline="2026-04-01")
    sheets = {lang: build_report(store, "worker", made.id, language=lang, generated_at=GENERATED)
              for lang in LANGUAGES}
    for lang, sheet in sheets.items():
        assert len(sheet.source["rights"]) == len(STANDARD_RIGHTS) + 4  # + children, maternity, violence, records
        assert sheet.pages == 2, lang
    for lang in ("en", "th"):  # pdftotext reads Latin and Thai page furniture back reliably
        first, second = pdftotext_pages(sheets[lang], tmp_path)
        continued = label("continued_overleaf", lang)
        assert continued in first and continued not in second
        assert label("page_of", lang, page=1, pages=2) in first and label("page_of", lang, page=2, pages=2) in second


# --------------------------------------------------------------------------- draft and final


def test_reports_say_draft_on_every_page_until_the_inspection_is_signed_off(store: Store, tmp_path: Path) -> None:
    made = make_inspection(store, languages=("lo",), findings_count=1, photos_per_finding=0, seed=71,
                           district_code="6301", subdistrict_code=None)
    visit = date(2026, 3, 5)

    def build_all() -> dict[str, ReportResult]:
        out = {kind: build_report(store, kind, made.id, generated_at=GENERATED) for kind in ("full", "employer")}
        out["worker"] = build_report(store, "worker", made.id, language="lo", generated_at=GENERATED)
        out["summary"] = build_report(store, "summary", province="63", district="6301", date_from=visit,
                                      date_to=visit, generated_at=GENERATED)
        return out

    before = build_all()
    for kind, result in before.items():
        assert result.source["status"] == "draft", kind
        pages = pdftotext_pages(result, tmp_path)
        assert len(pages) == result.pages
        assert all("DRAFT" in page for page in pages), f"{kind}: a page without the DRAFT mark"
    assert before["summary"].source["totals"]["not_signed_off"] == 1
    assert before["full"].draft_reasons == ("not_signed_off",)

    sign_off(store, made.id)
    after = build_all()
    for kind, result in after.items():
        assert result.source["status"] == "final", kind
        assert result.draft_reasons == ()
        assert not any("DRAFT" in page for page in pdftotext_pages(result, tmp_path)), kind
    assert after["summary"].source["totals"]["not_signed_off"] == 0


def test_the_cli_says_why_a_report_is_a_draft(store: Store, screened: MadeInspection, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector_app.cli import main

    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "notice.pdf"
    assert main(["report", screened.reference, "--kind", "employer", "--out", str(out),
                 "--data-dir", str(store.data_dir)]) == 0
    stdout = capsys.readouterr().out
    assert "DRAFT, not for issue: the inspection is not signed off yet; the notice cites a legal section still " \
           "to be confirmed" in stdout
    assert json.loads(PdfReader(out).attachments[SOURCE_FILE_NAME][0])["status"] == "draft"


def test_the_notice_says_workers_affected_and_corrected_in_english_too(store: Store, tmp_path: Path) -> None:
    """The employer's notice is Thai with English beneath throughout: the count of workers affected and a
    matter already corrected say so in both languages, and still nothing the notice may not show."""
    made = make_inspection(store, languages=("my",), findings_count=2, photos_per_finding=0, seed=57)
    documents, wages = made.finding_ids  # ROFW s.131 (3 workers), LPA s.90 (4 workers)
    findings.update_finding(store, wages, status="remedied")
    notice = build_report(store, "employer", made.id, generated_at=GENERATED)
    rows = {ref["key"]: row for row in json.loads(embedded(notice))["findings"] for ref in row["legal"]}
    assert (rows["ROFW:131"]["workers_affected"], rows["ROFW:131"]["status"]) == (3, "open")
    assert (rows["LPA:90"]["workers_affected"], rows["LPA:90"]["status"]) == (4, "remedied")

    pages = pdftotext_pages(notice, tmp_path)
    said = " ".join(pages)
    for count in (3, 4):
        assert label("workers_affected_count", "th", count=count) in said
        assert label("workers_affected_count", "en", count=count) in said
    corrected_th, corrected_en = (enum_label("finding_status", "remedied", lang) for lang in ("th", "en"))
    assert said.count(corrected_th) == 1 and said.count(corrected_en) == 1  # the LPA s.90 row only
    assert said.index(corrected_th) < said.index(corrected_en)  # the English beneath the Thai
    # Whom to ask: the inspector who signed, or the labour protection hotline (the notice named no one to call).
    assert json.loads(embedded(notice))["contact"]["number"] == "1546"
    assert "Questions about this notice" in said and "telephone 1546" in " ".join(said.split())
    # A matter corrected during the visit has no date to correct it by: only the open one's deadline is printed.
    deadlines = {ref["key"]: row["deadline"] for row in json.loads(embedded(notice))["findings"]
                 for ref in row["legal"]}
    assert deadlines["ROFW:131"] != deadlines["LPA:90"]
    assert fmt.day(deadlines["ROFW:131"], "en") in said and fmt.day(deadlines["LPA:90"], "en") not in said
    for word in forbidden_on_the_notice(made):
        assert all(word not in _FINGERPRINT_GROUP.sub(" ", page) for page in pages), word
