"""The four reports, checked the way a reader and a verifier would check them.

- Each kind renders for demo data and for an inspection with Burmese (including a
  Zawgyi note), Khmer and Lao interviews; every font in every PDF is embedded.
- The embedded report-source.json is exactly the report's source data, whose strings
  are exactly the stored ones, and its SHA-256 is the one printed and encoded in the QR.
- The employer notice of a complaint visit with interviews and a worker code typed into
  a finding carries none of them: not in its source, its embedded JSON, its text or its
  metadata (the full report of the same inspection does, as a control).
- Thai in narrow table cells never breaks inside a word (checked on the line lists).
- Bad input gives one clear line and a non-zero exit; odd input gives a correct report.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from itertools import accumulate
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable, KeepTogether
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.cli import main
from inspector_app.core import demo
from inspector_app.core.errors import NotFound, ValidationError
from inspector_app.core.models import Finding, Inspection, WorkerInterview
from inspector_app.core.store import Store
from inspector_app.i18n.scripts import Script, dominant_script
from inspector_app.i18n.segment import words
from inspector_app.i18n.zawgyi import normalize_burmese
from inspector_app.reports import ReportResult, build_report, data, worker_data
from inspector_app.reports.common import BuildContext
from inspector_app.reports.fonts import BUNDLED_FONTS
from inspector_app.reports.photos import PhotoCache, downscale
from inspector_app.reports.text import ShapedParagraph
from inspector_app.reports.verify import SOURCE_FILE_NAME, parse_qr_payload, qr_payload, source_bytes

from ..conftest import PASSPHRASE, USER
from .report_data import ZAWGYI_NOTE_UNICODE, MadeInspection, make_inspection, photo_bytes
from .test_render import pdffonts

GENERATED = datetime(2026, 3, 6, 3, 30, tzinfo=UTC)
BUNDLED_NAMES = {font.path.stem for font in BUNDLED_FONTS}
SCRIPT_FONT = {
    "my": "NotoSansMyanmar-Regular",
    "km": "NotoSansKhmer-Regular",
    "lo": "NotoSansLao-Regular",
    "th": "NotoSerifThai-Regular",
    "en": "NotoSans-Regular",
}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = setup.create_store(tmp_path_factory.mktemp("demo") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    demo.generate(store, inspections=16, seed=11)
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_inspection(demo_store: Store) -> str:
    """The demo inspection with the most interviews (Burmese and Khmer notes) that has findings."""
    with demo_store.session() as session:
        with_findings = select(Finding.inspection_id).distinct()
        row = session.execute(
            select(Inspection.id, func.count(WorkerInterview.id))
            .join(WorkerInterview, WorkerInterview.inspection_id == Inspection.id)
            .where(Inspection.id.in_(with_findings))
            .group_by(Inspection.id)
            .order_by(func.count(WorkerInterview.id).desc())
        ).first()
    assert row is not None, "demo data has no interviewed inspection with findings"
    return row[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = setup.create_store(tmp_path_factory.mktemp("made") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    yield s
    s.close()


@pytest.fixture(scope="module")
def complaint(store: Store) -> MadeInspection:
    """A complaint visit, source confidential, Burmese (Zawgyi input), Khmer and Lao interviews,
    and a worker code typed into a finding's description."""
    return make_inspection(store, visit_type="complaint", complaint_source_confidential=True, zawgyi_note=True)


@pytest.fixture(scope="module")
def clean_visit(store: Store) -> MadeInspection:
    """A routine visit with nothing found and nobody interviewed."""
    return make_inspection(store, visit_type="routine", complaint_source_confidential=False, languages=(),
                           findings_count=0, answer_all=False, seed=2)


@pytest.fixture(scope="module")
def reports(store: Store, complaint: MadeInspection) -> dict[str, ReportResult]:
    out = {kind: build_report(store, kind, complaint.id, generated_at=GENERATED) for kind in ("full", "employer")}
    for lang in ("my", "km", "lo", "th", "en"):
        out[f"worker-{lang}"] = build_report(store, "worker", complaint.id, language=lang, generated_at=GENERATED)
    return out


# --------------------------------------------------------------------------- helpers


def write(tmp_path: Path, result: ReportResult, name: str = "report.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(result.pdf)
    return path


def embedded(result: ReportResult) -> bytes:
    attachments = PdfReader(io.BytesIO(result.pdf)).attachments
    assert list(attachments) == [SOURCE_FILE_NAME]
    (content,) = attachments[SOURCE_FILE_NAME]
    return content


def page_texts(result: ReportResult) -> list[str]:
    """Extracted text per page with all whitespace removed: each font run extracts on a line of its own."""
    return ["".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(result.pdf)).pages]


def assert_fonts_embedded(path: Path, must_include: set[str] = frozenset()) -> set[str]:
    rows = pdffonts(path)
    assert rows, "no fonts at all"
    assert [r["name"] for r in rows if r["emb"] != "yes"] == []
    names = {r["name"].split("+", 1)[-1] for r in rows}
    assert names <= BUNDLED_NAMES, f"unexpected fonts {names - BUNDLED_NAMES}"
    assert must_include <= names, f"missing {must_include - names}"
    return names


def all_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)


def shaped_paragraphs(flowables: list[Flowable]) -> Iterator[ShapedParagraph]:
    for flowable in flowables:
        if isinstance(flowable, ShapedParagraph):
            yield flowable
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:  # noqa: SLF001
                for cell in row:
                    cells = cell if isinstance(cell, (list, tuple)) else [cell]
                    yield from shaped_paragraphs([c for c in cells if isinstance(c, Flowable)])
        elif isinstance(flowable, KeepTogether):
            yield from shaped_paragraphs(flowable._content)  # noqa: SLF001


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- every kind renders


@pytest.mark.parametrize("kind", ["full", "employer", "worker", "summary"])
def test_each_kind_renders_for_demo_data(demo_store: Store, demo_inspection: str, kind: str, tmp_path: Path) -> None:
    if kind == "summary":
        result = build_report(demo_store, "summary", province="63", date_from=date(2024, 11, 1),
                              date_to=date(2026, 11, 1), generated_at=GENERATED)
    else:
        result = build_report(demo_store, kind, demo_inspection, generated_at=GENERATED)
    assert result.pdf.startswith(b"%PDF-") and result.pages >= 1
    names = assert_fonts_embedded(write(tmp_path, result))
    assert "NotoSerifThai-Regular" in names or kind == "worker"
    if kind == "full":  # the demo notes are Burmese and Khmer
        assert names & {"NotoSansMyanmar-Regular", "NotoSansKhmer-Regular"}
    assert json.loads(embedded(result)) == result.source
    assert hashlib.sha256(embedded(result)).hexdigest() == result.sha256
    # Every page carries the report number (Latin, so it extracts cleanly).
    texts = page_texts(result)
    assert len(texts) == result.pages
    assert all(result.source["report_number"] in text for text in texts)


def test_full_report_has_every_script(reports: dict[str, ReportResult], tmp_path: Path) -> None:
    assert_fonts_embedded(write(tmp_path, reports["full"]), {
        "NotoSerifThai-Regular", "NotoSerifThai-Bold", "NotoSansMyanmar-Regular", "NotoSansKhmer-Regular",
        "NotoSansLao-Regular", "NotoSans-Regular",
    })


@pytest.mark.parametrize("lang", ["my", "km", "lo", "th", "en"])
def test_worker_sheet_is_in_the_workers_language_on_one_or_two_pages(reports: dict[str, ReportResult], lang: str,
                                                                    tmp_path: Path) -> None:
    # One side when it fits, else two (double-sided); never a right dropped to fit (test_report_policy).
    result = reports[f"worker-{lang}"]
    assert result.pages in (1, 2)
    assert result.source["language"] == lang
    assert_fonts_embedded(write(tmp_path, result), {SCRIPT_FONT[lang]})
    rights = result.source["rights"]
    assert {r["id"] for r in rights} >= {"documents", "minimum_wage", "deductions_debt", "contract_permit"}
    numbers = [h["number"] for h in result.source["hotlines"]]
    assert {"1546", "1506", "1300"} <= set(numbers)
    if lang in ("my", "km", "lo"):
        assert all(dominant_script(r["text"]) == {"my": Script.MYANMAR, "km": Script.KHMER, "lo": Script.LAO}[lang]
                   for r in rights)


def test_worker_sheet_language_defaults_to_the_interviews(store: Store, complaint: MadeInspection) -> None:
    # One interview each in Burmese, Khmer and Lao: the first most common wins.
    assert worker_data.default_worker_language(store, complaint.id) in ("my", "km", "lo")
    result = build_report(store, "worker", complaint.id, generated_at=GENERATED)
    assert result.source["language"] in ("my", "km", "lo")


# --------------------------------------------------------------------------- source data


def test_embedded_json_is_the_source_with_the_exact_stored_strings(
    store: Store, complaint: MadeInspection, reports: dict[str, ReportResult]
) -> None:
    result = reports["full"]
    raw = embedded(result)
    assert raw == source_bytes(result.source)
    source = json.loads(raw)
    assert source == result.source
    with store.session() as session:
        stored = {i.worker_code: i for i in session.scalars(
            select(WorkerInterview).where(WorkerInterview.inspection_id == complaint.id))}
        findings = {f.id: f for f in session.scalars(select(Finding).where(Finding.inspection_id == complaint.id))}
    by_code = {i["worker_code"]: i for i in source["interviews"]}
    for code, interview in stored.items():
        expected, _converted = normalize_burmese(interview.notes_original)
        assert by_code[code]["notes_original"] == expected
        assert by_code[code]["notes_translation"] == interview.notes_translation
    # The Zawgyi input is carried (and printed) as Unicode.
    burmese = next(i for i in source["interviews"] if i["notes_language"] == "my")
    assert burmese["notes_original"] == ZAWGYI_NOTE_UNICODE
    lao = next(i for i in source["interviews"] if i["notes_language"] == "lo")
    assert lao["notes_original"] == complaint.notes[lao["worker_code"]][0]
    for row in source["findings"]:
        assert row["title"] == findings[row["id"]].title
        assert row["description"] == findings[row["id"]].description
    assert source["establishment"]["name_th"] == "โรงงานทดสอบสิ่งทอรุ่งเรือง"


def test_verification_code_matches_the_embedded_data(reports: dict[str, ReportResult]) -> None:
    for result in reports.values():
        assert hashlib.sha256(embedded(result)).hexdigest() == result.sha256
        last_page = page_texts(result)[-1]
        assert result.sha256.upper() in last_page, "the hash is printed on the last page"
    payload = qr_payload(reports["full"].source["report_number"], reports["full"].source["inspection"]["id"],
                         reports["full"].sha256)
    assert parse_qr_payload(payload)["sha256"] == reports["full"].sha256


# --------------------------------------------------------------------------- employer notice


def test_employer_notice_hides_interviews_worker_codes_and_the_complaint(
    complaint: MadeInspection, reports: dict[str, ReportResult]
) -> None:
    notice = reports["employer"]
    full = reports["full"]
    assert complaint.complaint_source
    secrets = [*complaint.worker_codes, *complaint.worker_names, complaint.complaint_source]
    for original, translation in complaint.notes.values():
        secrets += [original, translation]
    full_json = embedded(full).decode("utf-8")
    # Control: the confidential report does carry all of them, and prints who complained.
    assert all(s in full_json for s in complaint.worker_codes)
    assert full.source["inspection"]["visit_type"] == "complaint"
    assert full.source["inspection"]["complaint_source_confidential"] is True
    assert full.source["inspection"]["complaint_source"] == complaint.complaint_source
    assert "สายด่วน1546" in "".join("\n".join(page_texts(full)).split())

    notice_json = embedded(notice).decode("utf-8")
    text = "\n".join(page_texts(notice))
    metadata = json.dumps({k: str(v) for k, v in (PdfReader(io.BytesIO(notice.pdf)).metadata or {}).items()},
                          ensure_ascii=False)
    for secret in secrets:
        assert secret not in notice_json, f"{secret!r} is in the employer notice's data"
        assert "".join(secret.split()) not in text
        assert secret.encode("utf-8") not in notice.pdf
    for word in ("complain", "Complain", "ร้องเรียน", "คำร้อง", "interview", "สัมภาษณ์", "visit_type",
                 "confidential"):
        assert word not in notice_json, f"{word!r} in the employer notice's data"
        assert word.lower() not in text.lower()
        assert word not in metadata
    assert set(notice.source) >= {"findings", "legal_basis", "establishment"}
    assert not set(notice.source) & {"interviews", "interpreter_notes", "indicators", "coordinators", "checklist"}
    assert "visit_type" not in notice.source["inspection"]
    # A finding's description is evidence (here naming a worker code): it stays in the full report.
    assert all("description" not in f for f in notice.source["findings"])
    # Deadlines and the legal basis are there.
    assert all(f["deadline"] for f in notice.source["findings"])
    assert {ref["key"] for ref in notice.source["legal_basis"]} >= {"ROFW:131", "LPA:90"}


def test_employer_notice_leaves_out_safeguard_findings_and_complaint_sections(store: Store) -> None:
    made = make_inspection(store, languages=(), findings_count=1, photos_per_finding=0, answer_all=False, seed=5)
    from inspector_app.core.services import findings

    findings.create_finding(store, made.id, item_code="SG-A-05", title="Complaint source kept confidential",
                            severity="S3", legal_refs=["ILO:C81-15"])
    findings.create_finding(store, made.id, title="ค่าจ้างค้างจ่าย", severity="S3", legal_refs=["LPA:124", "LPA:70"],
                            required_action="จ่ายค่าจ้างที่ค้าง", deadline="2026-04-01")
    notice = build_report(store, "employer", made.id, generated_at=GENERATED)
    titles = [f["title"] for f in notice.source["findings"]]
    assert "Complaint source kept confidential" not in titles
    pay = next(f for f in notice.source["findings"] if f["title"] == "ค่าจ้างค้างจ่าย")
    lpa124 = next(ref for ref in pay["legal"] if ref["key"] == "LPA:124")
    assert lpa124["th"] == "พ.ร.บ.คุ้มครองแรงงาน มาตรา 124" and lpa124["en"] == "LPA s.124"
    assert "omplaint" not in embedded(notice).decode("utf-8")


def test_employer_notice_with_no_findings(store: Store, clean_visit: MadeInspection, tmp_path: Path) -> None:
    notice = build_report(store, "employer", clean_visit.id, generated_at=GENERATED)
    assert notice.source["findings"] == [] and notice.pages == 1
    assert_fonts_embedded(write(tmp_path, notice))
    full = build_report(store, "full", clean_visit.id, generated_at=GENERATED)
    assert full.source["findings"] == [] and full.source["interviews"] == []
    sheet = build_report(store, "worker", clean_visit.id, generated_at=GENERATED)
    assert sheet.source["language"] == "th" and sheet.pages in (1, 2)
    assert {r["id"] for r in sheet.source["rights"]} >= {
        "documents", "minimum_wage", "wage_payment", "hours_overtime", "rest_leave", "deductions_debt", "freedom",
        "safety", "complaint"}


# --------------------------------------------------------------------------- Thai line breaking


def _rendered_story(store: Store, inspection_id: str, kind: str) -> list[Flowable]:
    from inspector_app.reports import employer, full
    from inspector_app.reports.common import finish

    builder = {"full": (data.full_source, full), "employer": (data.employer_source, employer)}[kind]
    bundle = builder[0](store, inspection_id, generated_at=GENERATED)
    ctx = BuildContext(load_attachment=store.vault.get, photo_cache=PhotoCache())
    story = builder[1].build_story(bundle, ctx)
    result, _digest = finish(bundle, story, title="t", record_id=inspection_id, language="th")
    assert result.pages >= 1
    return story


@pytest.mark.parametrize("kind", ["employer", "full"])
def test_thai_in_narrow_cells_breaks_only_between_words(store: Store, complaint: MadeInspection, kind: str) -> None:
    story = _rendered_story(store, complaint.id, kind)
    checked = 0
    narrow_multiline = 0
    for paragraph in shaped_paragraphs(story):
        lines = paragraph.lines
        if len(lines) < 2 or dominant_script(paragraph.text) != Script.THAI:
            continue
        starts = {0, *accumulate(len(w) for w in words(paragraph.text))}
        for line in lines[1:]:
            assert line.start in starts, (
                f"line starts inside a word: …{paragraph.text[max(0, line.start - 12):line.start]}"
                f"|{paragraph.text[line.start:line.start + 12]}…"
            )
        checked += 1
        if paragraph.width < 150:  # points: about 53 mm
            narrow_multiline += 1
    assert checked >= 5
    assert narrow_multiline >= 1 if kind == "employer" else checked >= 5


# --------------------------------------------------------------------------- odd and bad input


@pytest.mark.slow
def test_a_5000_character_burmese_note_renders(store: Store, tmp_path: Path) -> None:
    from tests.i18n.samples import BURMESE_SENTENCES

    base = " ".join(BURMESE_SENTENCES) + " "
    note = (base * (5000 // len(base) + 1))[:5000].strip()
    made = make_inspection(store, languages=("my",), findings_count=1, photos_per_finding=0, long_note=note,
                           answer_all=False, seed=7)
    result = build_report(store, "full", made.id, generated_at=GENERATED)
    assert result.pages >= 3
    assert_fonts_embedded(write(tmp_path, result), {"NotoSansMyanmar-Regular"})
    (interview,) = json.loads(embedded(result))["interviews"]
    assert interview["notes_original"] == note


def test_unknown_inspection_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFound, match="No inspection with id or reference 'no-such-id'"):
        build_report(store, "full", "no-such-id")
    with pytest.raises(ValidationError, match="Unknown report kind"):
        build_report(store, "audit", "x")
    with pytest.raises(ValidationError, match="Unknown province"):
        build_report(store, "summary", province="Atlantis", date_from=date(2026, 1, 1), date_to=date(2026, 2, 1))
    with pytest.raises(ValidationError, match="starts"):
        build_report(store, "summary", province="63", date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="language"):
        build_report(store, "worker", "x", language="fr")


def test_summary_for_a_district_with_charts(demo_store: Store, tmp_path: Path) -> None:
    result = build_report(demo_store, "summary", province="ตาก", district="Mae Sot", date_from=date(2024, 11, 1),
                          date_to=date(2026, 11, 1), generated_at=GENERATED)
    source = result.source
    assert source["area"]["district"]["code"] == "6306"
    assert source["totals"]["inspections"] == len(source["inspections"]) > 0
    assert sum(row["total"] for row in source["by_sector"]) == source["totals"]["inspections"]
    assert sum(source["severity"].values()) == source["totals"]["findings"]
    with demo_store.session() as session:
        from inspector_app.core.models import Establishment

        districts = set(session.scalars(
            select(Establishment.district_code).join(Inspection, Inspection.establishment_id == Establishment.id)
            .where(Inspection.id.in_([i["id"] for i in source["inspections"]]))))
    assert districts == {"6306"}
    province = build_report(demo_store, "summary", province="63", date_from=date(2024, 11, 1),
                            date_to=date(2026, 11, 1), generated_at=GENERATED)
    assert province.source["totals"]["inspections"] >= source["totals"]["inspections"]
    assert_fonts_embedded(write(tmp_path, result))
    empty = build_report(demo_store, "summary", province="10", date_from=date(2000, 1, 1), date_to=date(2000, 1, 31),
                         generated_at=GENERATED)
    assert empty.source["totals"]["inspections"] == 0 and empty.pages >= 1


def test_photos_are_downscaled_cached_and_never_written_to_disk(
    store: Store, complaint: MadeInspection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    cache = PhotoCache()
    first = build_report(store, "full", complaint.id, generated_at=GENERATED, photo_cache=cache)
    assert cache.misses == len(complaint.photo_hashes) and cache.hits == 0
    again = build_report(store, "full", complaint.id, generated_at=GENERATED, photo_cache=cache)
    assert cache.hits == len(complaint.photo_hashes)
    assert again.sha256 == first.sha256
    assert list(scratch.iterdir()) == []
    images = [obj for page in PdfReader(io.BytesIO(first.pdf)).pages for obj in page.images]
    assert len(images) == len(complaint.photo_hashes)
    assert all(max(image.image.size) <= 640 for image in images)
    small = downscale(photo_bytes(3, (3000, 2000)), 500)
    assert max(small.width, small.height) == 500 and small.jpeg.startswith(b"\xff\xd8")


def test_a_missing_photo_file_still_gives_a_report(store: Store) -> None:
    made = make_inspection(store, languages=(), findings_count=1, photos_per_finding=1, answer_all=False, seed=9)
    store.vault.path_for(made.photo_hashes[0]).unlink()
    result = build_report(store, "full", made.id, generated_at=GENERATED, photo_cache=PhotoCache())
    assert result.pages >= 1
    assert PdfReader(io.BytesIO(result.pdf)).pages[0] is not None


# --------------------------------------------------------------------------- command line


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)


def test_cli_writes_each_kind(store: Store, complaint: MadeInspection, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    data_dir = str(store.data_dir)
    for kind, extra in (("full", []), ("employer", []), ("worker", ["--language", "lo"])):
        out = tmp_path / f"{kind}.pdf"
        code, stdout, err = run_cli(capsys, "report", complaint.reference, "--kind", kind, "--out", str(out),
                                    "--data-dir", data_dir, *extra)
        assert code == 0, err
        assert out.read_bytes().startswith(b"%PDF-") and "SHA-256" in stdout
        assert oct(out.stat().st_mode & 0o777) == "0o600"
    out = tmp_path / "summary.pdf"
    code, stdout, err = run_cli(capsys, "report", "--kind", "summary", "--province", "ตาก", "--district", "6306",
                                "--from", "1/1/2569", "--to", "2026-12-31", "--out", str(out), "--data-dir", data_dir)
    assert code == 0, err
    assert json.loads(PdfReader(out).attachments[SOURCE_FILE_NAME][0])["period"] == {
        "from": "2026-01-01", "to": "2026-12-31", "due_until": "2027-01-30"}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["no-such-id", "--kind", "full"], "No inspection with id or reference 'no-such-id'"),
        (["--kind", "full"], "needs the inspection ID"),
        (["X", "--kind", "summary", "--province", "63", "--from", "2026-01-01", "--to", "2026-02-01"],
         "leave out the ID"),
        (["--kind", "summary", "--province", "63", "--from", "2026-01-01", "--to", "31/02/2569"], "is not a date"),
        (["--kind", "summary", "--province", "63", "--from", "yesterday", "--to", "2026-02-01"], "is not a date"),
        (["--kind", "summary", "--province", "63", "--from", "2026-03-01", "--to", "2026-02-01"], "is after"),
        (["--kind", "summary", "--province", "Atlantis", "--from", "2026-01-01", "--to", "2026-02-01"],
         "Unknown province 'Atlantis'"),
        (["--kind", "summary", "--province", "63", "--district", "1001", "--from", "2026-01-01", "--to",
          "2026-02-01"], "Unknown district '1001' in province 63"),
        (["--kind", "summary", "--province", "63"], "needs --from, --to"),
        (["ID", "--kind", "employer", "--language", "my"], "--language applies to worker sheets and the handbook only"),
    ],
)
def test_cli_bad_input_is_one_clear_line(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         env_pass: None, argv: list[str], message: str) -> None:
    out = tmp_path / "r.pdf"
    code, _stdout, err = run_cli(capsys, "report", *argv, "--out", str(out), "--data-dir", str(store.data_dir))
    assert code != 0
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_unwritable_output(store: Store, complaint: MadeInspection, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    for target, message in ((tmp_path, "is a folder"), (tmp_path / "missing" / "r.pdf", "does not exist")):
        code, _stdout, err = run_cli(capsys, "report", complaint.id, "--kind", "full", "--out", str(target),
                                     "--data-dir", str(store.data_dir))
        assert code != 0 and message in err and "Traceback" not in err
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        code, _stdout, err = run_cli(capsys, "report", complaint.id, "--kind", "full", "--out",
                                     str(locked / "r.pdf"), "--data-dir", str(store.data_dir))
        assert code != 0 and "no permission" in err



def test_no_text_is_drawn_off_the_baseline(reports: dict[str, ReportResult]) -> None:
    """A text rise (Ts) set for a raised or lowered mark must not leak into the next run of text."""
    import re

    for name, result in reports.items():
        for number, page in enumerate(PdfReader(io.BytesIO(result.pdf)).pages, start=1):
            content = page.get_contents().get_data()
            rise = 0.0
            for match in re.finditer(rb"(-?\d*\.?\d+) Ts|\bBT\b", content):
                if match.group(1) is not None:
                    rise = float(match.group(1))
                else:
                    assert rise == 0.0, f"{name} page {number}: text object starts {rise} pt off the baseline"


def test_thai_digits_option_formats_thai_dates_with_thai_digits() -> None:
    from inspector_app.reports.fmt import day, moment, thai_digits

    assert day("2025-03-05", "th") == "5 มีนาคม พ.ศ. 2568"
    with thai_digits(True):
        assert day("2025-03-05", "th") == "๕ มีนาคม พ.ศ. ๒๕๖๘"
        assert day("2025-03-05", "en") == "5 March 2025"  # only Thai text changes
        assert "๒๕๖๘" in moment("2025-03-05T03:00:00Z", "th")
    assert day("2025-03-05", "th") == "5 มีนาคม พ.ศ. 2568"
