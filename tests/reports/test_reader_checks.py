"""What a supervisor reading the full report and an MDT reading the referral form must not be misled by.

- An interview through a coordinator whose recorded languages do not include the interview's
  language says so, beside the interview and beside the checklist's interpreter safeguard (whose
  answer stays the inspector's), in Thai with English beneath, and in the embedded data.
- A worker document whose expiry date is before the visit reads as expired at the visit, whatever
  status was recorded (and both when they disagree).
- The ILO indicator rows name what the checklist found in words (the item's own statement of the
  indicator present, Thai and English), not a bare code or "No deception ... - not correct".
- "No data" placeholders carry their English; measures missing where indicators exist say so.
- A section heading or a finding's head never stands alone at a page foot.
- A child-labour referral cites the labour law its finding stands on (LPA s.44, s.49, s.50, the sea-fishing
  regulation) beside the Anti-Trafficking Act, "reference to be confirmed" where the data says so.
- An approved inspection says so, with who approved it and when, not "signed".
- An interview with no interpreter recorded whose language is not Thai says so (red, Thai with English
  beneath); one held in Thai does not.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy import select

from inspector_app.core.models import Inspection, WorkerDocument, WorkerInterview
from inspector_app.core.queries import inspection_template_defs
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import (
    checklist,
    directory,
    documents,
    findings,
    inspections,
    interviews,
    referrals,
    setup,
)
from inspector_app.core.services.sync_apply import PulledItem, apply_pull, pull_cursor
from inspector_app.core.store import Store
from inspector_app.core.views.referrals import list_referrals
from inspector_app.reports import ReportResult, build_report, data, fmt, full
from inspector_app.reports.common import BuildContext
from inspector_app.reports.labels import enum_label, label
from inspector_app.reports.layout import FRAME_HEIGHT, PageDecor, render
from inspector_app.reports.photos import PhotoCache

from ..conftest import PASSPHRASE, USER
from .report_data import MadeInspection, make_inspection
from .test_report_policy import sign_off
from .test_reports import embedded, page_texts


GENERATED = datetime(2026, 3, 6, 3, 30, tzinfo=UTC)
VISIT = date(2026, 3, 5)


def squeeze(text: str) -> str:
    """Text as compared with what the PDF extracts: no whitespace, and none of the Thai marks written
    above or over a letter (U+0E47-U+0E4E), which extract as private-use glyphs where they stack ("ที่" as
    "ที\ue000"); sara am is compared decomposed, as it extracts."""
    kept = unicodedata.normalize("NFKC", "".join(text.split()))
    return "".join(c for c in kept if not ("\u0e47" <= c <= "\u0e4e" or "\ue000" <= c <= "\uf8ff"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = setup.create_store(tmp_path_factory.mktemp("reader") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    yield s
    s.close()


@pytest.fixture(scope="module")
def visit(store: Store) -> MadeInspection:
    """Burmese and Khmer workers; the Khmer one interviewed through a Lao/Thai coordinator; W-01's work
    permit recorded "valid" but expired a week before the visit; "no deception" answered not met."""
    made = make_inspection(store, languages=("my", "km"), findings_count=1, photos_per_finding=0, visit=VISIT,
                           seed=17)
    lao = directory.save_coordinator(store, full_name="ນາງ ທົດສອບ (Lao coordinator)", languages=["lo", "th"],
                                     no_conflict_declared=True).created("language_coordinators")
    with store.session() as s:
        ids = {i.worker_code: i.id for i in s.scalars(select(WorkerInterview).where(
            WorkerInterview.inspection_id == made.id))}
        permit = s.scalar(select(WorkerDocument).where(WorkerDocument.interview_id == ids["W-01"],
                                                       WorkerDocument.doc_type == "work_permit"))
        passport = s.scalar(select(WorkerDocument).where(WorkerDocument.interview_id == ids["W-01"],
                                                         WorkerDocument.doc_type == "passport"))
    interviews.save_interview(store, made.id, ids["W-02"], interpreter_id=lao)
    documents.save_document(store, ids["W-01"], permit.id, expires_on="2026-02-26", permit_status="valid")
    documents.save_document(store, ids["W-01"], passport.id, expires_on="2027-02-26", permit_status="valid")
    checklist.save_answer(store, made.id, "SG-A-04", result="compliant")
    checklist.save_answer(store, made.id, "FL-B-02", result="non_compliant")
    return made


@pytest.fixture(scope="module")
def full_report(store: Store, visit: MadeInspection) -> ReportResult:
    return build_report(store, "full", visit.id, generated_at=GENERATED)


@pytest.fixture(scope="module")
def referral_form(store: Store, visit: MadeInspection) -> ReportResult:
    [row] = list_referrals(store, inspection_id=visit.id)
    return build_report(store, "referral", visit.id, referral_id=row.id, generated_at=GENERATED)


# --------------------------------------------------------------------------- interpreter's languages


def test_an_interview_through_a_coordinator_without_the_workers_language_is_flagged(
        full_report: ReportResult, referral_form: ReportResult) -> None:
    source = json.loads(embedded(full_report))
    by_code = {i["worker_code"]: i for i in source["interviews"]}
    assert by_code["W-02"]["language"] == "km" and by_code["W-02"]["interpreter_languages"] == ["lo", "th"]
    assert by_code["W-02"]["interpreter_language_mismatch"] is True
    assert by_code["W-01"]["interpreter_language_mismatch"] is False
    # The checklist answer stays the inspector's; the warning goes beside it.
    sg04 = next(item for t in source["checklist"] for sec in t["sections"] for item in sec["items"]
                if item["code"] == "SG-A-04")
    assert sg04["result"] == "compliant" and sg04["interpreter_language_mismatch"] == ["W-02"]

    text = squeeze("".join(page_texts(full_report)))
    warning_th = squeeze(label("interpreter_language_mismatch", "th", interview_language="เขมร"))
    warning_en = squeeze(label("interpreter_language_mismatch", "en", interview_language="Khmer"))
    assert text.count(warning_th) == 1 and text.count(warning_en) == 1  # beside W-02 only
    assert squeeze(label("interpreter_language_mismatch_items", "th", workers="W-02")) in text
    assert squeeze(label("interpreter_language_mismatch_items", "en", workers="W-02")) in text

    form = json.loads(embedded(referral_form))
    workers = {w["worker_code"]: w for w in form["workers"]}
    assert workers["W-02"]["interpreter_language_mismatch"] is True
    assert workers["W-01"]["interpreter_language_mismatch"] is False
    form_text = squeeze("".join(page_texts(referral_form)))
    assert warning_th in form_text and warning_en in form_text


# --------------------------------------------------------------------------- documents expired at the visit


def test_a_work_permit_that_expired_before_the_visit_reads_as_expired(
        full_report: ReportResult, referral_form: ReportResult) -> None:
    for result, documents_of in ((full_report, lambda s: {i["worker_code"]: i["documents"] for i in s["interviews"]}),
                                 (referral_form, lambda s: {w["worker_code"]: w["documents"] for w in s["workers"]})):
        source = json.loads(embedded(result))
        docs = {d["type"]: d for d in documents_of(source)["W-01"]}
        assert docs["work_permit"]["permit_status"] == "valid"  # as recorded
        assert docs["work_permit"]["expired_at_visit"] is True
        assert docs["passport"]["expired_at_visit"] is False
        text = squeeze("".join(page_texts(result)))
        assert squeeze(label("expired_at_visit", "th")) in text
        assert squeeze(label("expired_at_visit", "en")) in text
        # The recorded status is still shown, and said to disagree.
        assert squeeze(label("recorded_status", "th", status="ยังไม่หมดอายุ")) in text
        assert squeeze(label("recorded_status", "en", status="Valid")) in text
    form = json.loads(embedded(referral_form))
    examined = {(d["worker_code"], d["type"]): d for d in form["evidence"]["documents_examined"]}
    assert examined[("W-01", "work_permit")]["expired_at_visit"] is True


# --------------------------------------------------------------------------- indicators in words


def test_indicator_rows_say_what_the_checklist_found_in_words(
        full_report: ReportResult, referral_form: ReportResult) -> None:
    deceived_th = "ลูกจ้างถูกหลอกลวงเกี่ยวกับลักษณะงาน"
    deceived_en = "Workers were deceived about the work"
    for result in (full_report, referral_form):
        source = json.loads(embedded(result))
        row = next(r for r in source["indicators"] if r["code"] == "deception")
        [item] = [i for i in row["checklist_items"] if i["code"] == "FL-B-02"]
        assert item["th"].startswith(deceived_th) and item["en"].startswith(deceived_en)
        text = squeeze("".join(page_texts(result)))
        assert squeeze(deceived_th) in text and squeeze(deceived_en) in text
        assert squeeze("ไม่มีการหลอกลวงเกี่ยวกับงาน — ไม่ถูกต้อง") not in text


# --------------------------------------------------------------------------- placeholders in both languages


def test_empty_sections_say_so_in_english_too_and_missing_measures_are_named(store: Store) -> None:
    made = make_inspection(store, visit_type="routine", languages=("my",), findings_count=0, answer_all=False,
                           seed=29)
    inspections.update_inspection(store, made.id, measures=[], follow_up_date=None)
    result = build_report(store, "full", made.id, generated_at=GENERATED)
    source = result.source
    assert source["indicators"] and not source["measures"] and not source["referrals"]
    text = squeeze("".join(page_texts(result)))
    none_th, none_en = squeeze(label("none_recorded", "th")), squeeze(label("none_recorded", "en"))
    assert text.count(none_th) >= 1 and text.count(none_th) == text.count(none_th + none_en)
    assert squeeze(label("no_measure_despite_indicators", "th")) in text
    assert squeeze(label("no_measure_despite_indicators", "en")) in text


# --------------------------------------------------------------------------- headings kept with their content


def _pages_of(story: list, markers: dict[str, str]) -> dict[str, list[int]]:
    decor = PageDecor(title="t", report_number="R", generated="", page_label=lambda p, n: f"{p}/{n}",
                      report_number_label="", generated_label="")
    pdf = render(story, decor).pdf
    texts = [squeeze(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]
    return {name: [n for n, t in enumerate(texts, start=1) if squeeze(marker) in t] for name, marker in markers.items()}


def _ctx(store: Store) -> BuildContext:
    return BuildContext(load_attachment=store.vault.get, photo_cache=PhotoCache())


def _offsets() -> Iterator[float]:
    """Spacer heights that leave from about 85 mm down to 5 mm at the page foot, in 2.5 mm steps."""
    left = 85 * mm
    while left > 5 * mm:
        yield FRAME_HEIGHT - left
        left -= 2.5 * mm


def test_a_findings_head_is_never_left_at_a_page_foot_without_its_first_lines(store: Store,
                                                                               visit: MadeInspection) -> None:
    source = data.full_source(store, visit.id, generated_at=GENERATED).source
    [finding] = source["findings"]
    finding.update(title="ZZHEAD finding head", title_th="ZZHEAD finding head", title_en=None,
                   description="ZZFIRST first lines of the description", description_th=None,
                   description_en="ZZFIRST first lines of the description")
    ctx = _ctx(store)
    for offset in _offsets():
        story = [Spacer(1, offset), *full._findings_section(source, ctx)]
        pages = _pages_of(story, {"head": "ZZHEAD", "first": "ZZFIRST", "severity": "Severity"})
        assert pages["head"] == pages["first"] == pages["severity"], (offset / mm, pages)


def test_the_checklist_heading_is_never_left_at_a_page_foot_without_its_first_block(
        store: Store, visit: MadeInspection) -> None:
    source = data.full_source(store, visit.id, generated_at=GENERATED).source
    first_template = source["checklist"][0]
    first_template["sections"] = first_template["sections"][:1]
    source["checklist"] = [first_template]
    first_code = first_template["sections"][0]["items"][0]["code"]
    ctx = _ctx(store)
    for offset in _offsets():
        story = [Spacer(1, offset), *full._checklist_section(source, ctx)]
        pages = _pages_of(story, {"heading": "Checklist results", "first_item": first_code})
        assert pages["heading"] and pages["heading"][0] == pages["first_item"][0], (offset / mm, pages)


# --------------------------------------------------------------------------- a child-labour referral's legal basis

# What each referral's legal basis cites besides ATIP s.4 and s.6/1.
CHILD_LAW = {"documents": [], "under_15": ["LPA:44"], "banned_work": ["LPA:49"], "banned_place": ["LPA:50"],
             "fishing": ["MRSF:4"]}


def _items(store: Store, inspection_id: str) -> dict:
    with store.session() as s:
        return {item.code: item for template in inspection_template_defs(s, s.get(Inspection, inspection_id))
                for section in template.sections for item in section.items}


@pytest.fixture(scope="module")
def child_referrals(store: Store) -> tuple[MadeInspection, dict[str, str]]:
    """Findings referred to the MDT: a child of 14 (LPA-C-01), under-18s in banned work (LPA-C-02), in a
    banned place (LPA-C-03, whose legal references the inspector removed) and on a fishing vessel (LPA-C-04,
    its clause still to be confirmed), beside the employer holding passports (ROFW s.131)."""
    made = make_inspection(store, languages=("my",), findings_count=1, photos_per_finding=0, seed=41)
    items = _items(store, made.id)
    finding_of = {"documents": made.finding_ids[0]}
    for case, code, value in (("under_15", "LPA-C-01", "14"), ("banned_work", "LPA-C-02", None),
                              ("banned_place", "LPA-C-03", None), ("fishing", "LPA-C-04", None)):
        proposal = propose_for_answer(items[code], "non_compliant", value)
        finding_of[case] = findings.accept_proposed(store, made.id, proposal,
                                                    referral_target="MDT").created("findings")
    findings.update_finding(store, finding_of["banned_place"], legal_refs=[])
    referral_of = {row.finding_id: row.id for row in list_referrals(store, inspection_id=made.id)}
    return made, {case: referral_of[finding] for case, finding in finding_of.items()}


def test_a_child_labour_referral_cites_the_labour_law_beside_the_screening_law(
        store: Store, child_referrals: tuple[MadeInspection, dict[str, str]]) -> None:
    made, referral_of = child_referrals
    for case, child_law in CHILD_LAW.items():
        form = build_report(store, "referral", made.id, referral_id=referral_of[case], generated_at=GENERATED)
        basis = json.loads(embedded(form))["legal_basis"]
        assert [ref["key"] for ref in basis] == ["ATIP:4", "ATIP:6/1", *child_law], case
        assert [ref["key"] for ref in basis if ref["verify"]] == (["MRSF:4"] if case == "fishing" else []), case
        # As printed: under the legal-basis heading, before the interview summary.
        text = squeeze("".join(page_texts(form)))
        printed = text.split(squeeze(f"{label('legal_basis', 'th')} / {label('legal_basis', 'en')}"))[1]
        printed = printed.split(squeeze(label("rf_workers", "th")))[0]
        for ref in basis:  # (the Thai citation: its title's vowels above the line extract as private glyphs)
            assert squeeze(ref["cite_th"]) in printed and squeeze(ref["en"]) in printed, (case, ref["key"])
        # Said once in each language, beside the citation it concerns (it was printed twice).
        for language in ("th", "en"):
            assert printed.count(squeeze(label("reference_unconfirmed", language))) == (1 if case == "fishing" else 0), case
        # The form's title names child labour where the finding is about it (the MDT reads the title first).
        title = label("rf_title_child" if child_law else "rf_title", "en")
        assert json.loads(embedded(form))["child_labour"] == bool(child_law), case
        assert squeeze(title) in text and text.count(squeeze("Referral of possible victims")) == 1, case


# --------------------------------------------------------------------------- an approved inspection

REVIEWER = "นางสาวพิมพ์ใจ ทดสอบ"
DECIDED = "2026-03-10T02:15:00Z"


@pytest.fixture(scope="module")
def approved(store: Store) -> tuple[MadeInspection, ReportResult]:
    """A signed inspection, its full report as printed before HQ's approval reached the laptop, then approved
    by a supervisor (the review decision as the laptop applies it from HQ's stream)."""
    made = make_inspection(store, languages=("my",), findings_count=1, photos_per_finding=0, seed=43)
    sign_off(store, made.id)
    before = build_report(store, "full", made.id)
    with store.session() as s:
        revision = s.get(Inspection, made.id).revision
    seq = pull_cursor(store) + 1
    apply_pull(store, [PulledItem(seq, "review", {"inspection_id": made.id, "revision": revision,
                                                  "decision": "approved", "comment": None, "reviewer": REVIEWER,
                                                  "decided_at": DECIDED})], seq)
    with store.session() as s:
        assert s.get(Inspection, made.id).status == "approved"
    return made, before


def _approval_said(result: ReportResult) -> None:
    inspection = json.loads(embedded(result))["inspection"]
    assert (inspection["status"], inspection["approved_by"], inspection["approved_at"]) == \
        ("approved", REVIEWER, DECIDED)
    text = squeeze("".join(page_texts(result)))
    for lang in ("th", "en"):
        said = (f"{enum_label('status', 'approved', lang)} {label('approved_by', lang, name=REVIEWER)} "
                f"{label('approved_on', lang, moment=fmt.moment(DECIDED, lang))}")
        assert squeeze(said) in text, lang
    assert squeeze(enum_label("status", "signed", "th")) not in text  # "ลงนามแล้ว": not what it is now


def test_an_approved_inspections_referral_form_says_who_approved_it_and_when(
        store: Store, approved: tuple[MadeInspection, ReportResult]) -> None:
    made, _before = approved
    [row] = list_referrals(store, inspection_id=made.id)
    _approval_said(build_report(store, "referral", made.id, referral_id=row.id, generated_at=GENERATED))


def test_an_approved_inspections_full_report_says_who_approved_it_and_when(
        store: Store, approved: tuple[MadeInspection, ReportResult]) -> None:
    made, before = approved
    # Before the approval: a signed revision, as it always was (no approval keys in its source).
    assert before.source["inspection"]["status"] == "signed"
    assert not {"approved_by", "approved_at"} & set(before.source["inspection"])
    after = build_report(store, "full", made.id)
    _approval_said(after)
    # Two documents, told apart by their numbers: the approved copy is dated and numbered by the approval,
    # and printing it again (here, or at HQ) gives the very same document.
    decided = datetime.fromisoformat(DECIDED.replace("Z", "+00:00"))
    assert after.source["generated_at"] == DECIDED
    assert after.source["report_number"] == data.report_number("full", made.reference, decided)
    assert after.source["report_number"] != before.source["report_number"]
    assert build_report(store, "full", made.id).sha256 == after.sha256


# --------------------------------------------------------------------------- an interview without an interpreter


@pytest.fixture(scope="module")
def unaided(store: Store) -> MadeInspection:
    """W-01 (Burmese) interviewed with no interpreter recorded; W-02 with none either, in Thai; W-03 (Lao)
    through the coordinator. All three are referred."""
    made = make_inspection(store, languages=("my", "km", "lo"), findings_count=1, photos_per_finding=0, seed=47)
    with store.session() as s:
        ids = {i.worker_code: i.id for i in s.scalars(select(WorkerInterview).where(
            WorkerInterview.inspection_id == made.id))}
    interviews.save_interview(store, made.id, ids["W-01"], interpreter_id=None)
    interviews.save_interview(store, made.id, ids["W-02"], interpreter_id=None, language="th")
    [row] = list_referrals(store, inspection_id=made.id)
    referrals.update_referral(store, row.id, interview_ids=["W-01", "W-02", "W-03"])
    return made


def _no_interpreter_said(result: ReportResult, people: list[dict]) -> None:
    flagged = {p["worker_code"]: p["no_interpreter"] for p in people}
    assert flagged == {"W-01": True, "W-02": False, "W-03": False}
    text = squeeze("".join(page_texts(result)))
    warning_th = squeeze(label("no_interpreter", "th", interview_language="พม่า"))
    warning_en = squeeze(label("no_interpreter", "en", interview_language="Burmese"))
    assert text.count(warning_th) == 1 and text.count(warning_en) == 1  # W-01 only
    assert text.index(warning_th) < text.index(warning_en)  # the English beneath
    assert squeeze(label("no_interpreter", "en", interview_language="Thai")) not in text


def test_an_interview_with_no_interpreter_in_the_workers_language_is_flagged_on_the_referral_form(
        store: Store, unaided: MadeInspection) -> None:
    [row] = list_referrals(store, inspection_id=unaided.id)
    form = build_report(store, "referral", unaided.id, referral_id=row.id, generated_at=GENERATED)
    _no_interpreter_said(form, json.loads(embedded(form))["workers"])


def test_an_interview_with_no_interpreter_in_the_workers_language_is_flagged_in_the_full_report(
        store: Store, unaided: MadeInspection) -> None:
    report = build_report(store, "full", unaided.id, generated_at=GENERATED)
    source = json.loads(embedded(report))
    _no_interpreter_said(report, source["interviews"])
    # Beside the interpreter safeguard too, as for an interpreter without the worker's language.
    [safeguard] = [item for template in source["checklist"] for section in template["sections"]
                   for item in section["items"] if item["code"] == data.INTERPRETER_SAFEGUARD]
    assert safeguard["no_interpreter"] == ["W-01"]
    text = squeeze("".join(page_texts(report)))
    assert squeeze(label("no_interpreter_items", "en", workers="W-01")) in text
