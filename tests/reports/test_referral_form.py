"""The referral form the receiving team gets: Thai text they can search, every font embedded, the
source data embedded, CONFIDENTIAL on every page, DRAFT until the inspection is signed off."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core.services import setup
from inspector_app.cli import main
from inspector_app.core.models import Referral
from inspector_app.core.services import findings, inspections, referrals
from inspector_app.core.store import Store
from inspector_app.core.views.referrals import list_referrals
from inspector_app.reports import build_report
from inspector_app.reports.verify import source_sha256

from ..conftest import PASSPHRASE, USER
from ..core.test_write_path import SIGNATURE, answer_all
from .report_data import MadeInspection, make_inspection
from .test_reports import assert_fonts_embedded, embedded

NOTE_CANARY = "นัดคัดแยกที่ศูนย์ปฏิบัติการจังหวัดตาก"


def pdftotext_pages(path: Path) -> list[str]:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils (apt-get install poppler-utils); CI installs it")
    text = subprocess.run([exe, "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = setup.create_store(tmp_path_factory.mktemp("referral-form"), USER, PASSPHRASE, display_name="Somchai Test")
    yield s
    s.close()


@pytest.fixture(scope="module")
def visit(store: Store) -> tuple[MadeInspection, str]:
    made = make_inspection(store, findings_count=3)
    [row] = list_referrals(store, inspection_id=made.id)
    referrals.update_referral(store, row.id, contact_name="ร.ต.อ. ทดสอบ ตัวอย่าง", contact_phone="055-000-000",
                              contact_notes=f"โทรแจ้งทีมสหวิชาชีพ {NOTE_CANARY}", interview_ids=["W-01", "W-02"])
    referrals.advance_referral(store, row.id, "sent", on="2026-03-06")
    referrals.advance_referral(store, row.id, "accepted", on="2026-03-07", case_number="MDT-TAK-2569/014")
    return made, row.id


def test_the_referral_form_in_thai_for_the_receiving_team(store: Store, visit: tuple[MadeInspection, str],
                                                          tmp_path: Path) -> None:
    made, referral_id = visit
    result = build_report(store, "referral", made.reference)
    path = tmp_path / result.suggested_name
    path.write_bytes(result.pdf)
    assert result.suggested_name.startswith("referral-form-") and result.pages >= 3

    assert_fonts_embedded(path)  # every font embedded (pdffonts)
    source = json.loads(embedded(result))
    assert source == result.source and source_sha256(source) == result.sha256
    assert source["kind"] == "referral" and source["referral"]["id"] == referral_id
    assert source["referral"]["case_number"] == "MDT-TAK-2569/014" and source["referral"]["status"] == "accepted"
    assert [w["worker_code"] for w in source["workers"]] == ["W-01", "W-02"]
    assert source["form"] == {"code": "Ror.Bor. 1", "th": "แบบคัดกรอง ร.บ. 1", "en": "Screening form Ror.Bor. 1",
                              "to_be_confirmed": True}
    assert {ref["key"] for ref in source["legal_basis"]} == {"ATIP:4", "ATIP:6/1"}
    assert "retention_of_documents" in {row["code"] for row in source["indicators"]}
    # Names never, coded workers only; the complaint source stays in the full report.
    text = json.dumps(source, ensure_ascii=False)
    assert not any(name in text for name in made.worker_names)
    assert made.complaint_source and made.complaint_source not in text

    pages = pdftotext_pages(path)
    assert len(pages) == result.pages
    for page in pages:  # marked on every page, in Thai and English
        assert "ลับ · CONFIDENTIAL" in page and "DRAFT" in page
    whole = "".join(pages)
    for words in ("ทีมสหวิชาชีพ", "ตัวบ่งชี้จากการคัดกรอง", "การยึดเอกสารประจำตัว", "หนังสือเดินทาง", NOTE_CANARY,
                  "MDT-TAK-2569/014", "W-01", "W-02", "มาตรา 6/1", "รอการยืนยัน", made.notes["W-01"][1]):
        assert words in whole, words
    assert "W-03" not in whole  # the third worker is not part of this referral


def test_a_signed_inspection_makes_the_form_final(tmp_path: Path) -> None:
    with setup.create_store(tmp_path / "d", USER, PASSPHRASE, display_name="Somchai Test") as store:
        made = make_inspection(store, findings_count=1, languages=("my",))
        assert build_report(store, "referral", made.reference).status == "draft"
        answer_all(store, made.id)
        inspections.complete_inspection(store, made.id)
        inspections.sign_inspection(store, made.id, role="inspector", signer_name="Somchai Test",
                                    image_png=SIGNATURE)
        final = build_report(store, "referral", made.reference)
        assert final.status == "final" and final.draft_reasons == ()
        path = tmp_path / "final.pdf"
        path.write_bytes(final.pdf)
        assert all("DRAFT" not in page and "CONFIDENTIAL" in page for page in pdftotext_pages(path))


def test_the_command_line_prints_the_form_and_says_which_referral_when_there_are_several(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "d"
    with setup.create_store(data_dir, USER, PASSPHRASE, display_name="Somchai Test") as store:
        made = make_inspection(store, findings_count=1, languages=("km",))
        [first] = list_referrals(store)
        findings.update_finding(store, made.finding_ids[0], referral_target="POLICE", status="referred")
        second = [r.id for r in list_referrals(store) if r.id != first.id]
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "form.pdf"
    # A planned referral follows its finding's new body: still one referral, now to the police.
    assert second == [] and first.receiving_body == "MDT"
    assert main(["report", made.reference, "--kind", "referral", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    said = capsys.readouterr().out
    assert "Wrote" in said and "DRAFT, not for issue" in said and out.read_bytes().startswith(b"%PDF")
    with Store.open(data_dir, PASSPHRASE) as store, store.session() as s:
        assert s.get(Referral, first.id).receiving_body == "POLICE"
        referrals.advance_referral(store, first.id, "sent")
        findings.update_finding(store, made.finding_ids[0], referral_target="MDT")  # sent: MDT gets its own
        ids = sorted(r.id for r in list_referrals(store))
    assert len(ids) == 2
    assert main(["report", made.reference, "--kind", "referral", "--out", str(out), "--data-dir", str(data_dir)]) == 5
    err = capsys.readouterr().err
    assert "has 2 referrals; choose one with --referral" in err and all(i in err for i in ids)
    assert main(["report", made.reference, "--kind", "referral", "--referral", ids[1], "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    assert main(["report", made.reference, "--kind", "full", "--referral", ids[1], "--out", str(out),
                 "--data-dir", str(data_dir)]) == 5
    assert "--referral applies to the referral form only" in capsys.readouterr().err
    assert main(["report", made.reference, "--kind", "referral", "--referral", "no-such-id", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 4
    assert "has no referral 'no-such-id'" in capsys.readouterr().err


def test_the_referred_finding_has_the_number_the_full_report_gives_it(tmp_path: Path) -> None:
    """The receiving team reads "referred finding 2" beside a supervisor's full report: the same finding. The
    report numbers the most severe first; a grave finding recorded after milder ones was numbered by when it
    was recorded here."""
    store = setup.create_store(tmp_path / "numbers", USER, PASSPHRASE)
    try:
        made = make_inspection(store, findings_count=3)  # S1, S2, S2 in that order
        later = findings.create_finding(store, made.id, title="ลูกจ้างถูกบังคับให้ทำงานใช้หนี้นายหน้า", severity="S1",
                                        legal_refs=["ATIP:6/1"], referral_target="MDT").created("findings")
        [row] = [r for r in list_referrals(store, inspection_id=made.id) if r.finding_id == later]
        form = build_report(store, "referral", made.reference, referral_id=row.id).source
        full = build_report(store, "full", made.reference).source
        number = {f["id"]: f["number"] for f in full["findings"]}
        assert number[later] == 2  # after the first grave finding, before the two of severity S2
        assert form["finding"]["number"] == number[later]
        for indicator in form["indicators"]:
            for shown in indicator["findings"]:
                assert shown["number"] in number.values()
    finally:
        store.close()


def test_a_new_referral_leaves_the_receiving_team_room_to_write(tmp_path: Path) -> None:
    """Their case number, the officer to contact and the outcome are theirs to write on the printed form: an
    empty value is a line to fill in, not a row left out."""
    from inspector_app.reports.referral import TO_FILL_IN

    store = setup.create_store(tmp_path / "blank", USER, PASSPHRASE)
    try:
        made = make_inspection(store, findings_count=1)
        [row] = list_referrals(store, inspection_id=made.id)
        result = build_report(store, "referral", made.reference, referral_id=row.id)
        referral = result.source["referral"]
        assert not (referral["case_number"] or referral["contact_name"] or referral["contact_phone"]
                    or referral["outcome"])
        path = tmp_path / "form.pdf"
        path.write_bytes(result.pdf)
        first_page = pdftotext_pages(path)[0]
        assert first_page.count(TO_FILL_IN) == 3, first_page
    finally:
        store.close()
