"""Printed findings say true things: what is wrong and what to do, in the document's language.

Read the way the employer and the supervisor read them: from each demo inspection's
employer notice and full report, through the source data embedded in the PDF.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.checklists import load_templates
from inspector_app.core.models import Finding, Inspection
from inspector_app.core.services import findings
from inspector_app.core.store import Store
from inspector_app.reports import ReportResult, build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME

from ..conftest import PASSPHRASE, USER
from ..core.helpers import new_inspection

GENERATED = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
LABELS = {text.strip().rstrip(".") for t in load_templates() for i in t.items() for text in i.label.values()}


def _thai(text: str | None) -> bool:
    return bool(text) and any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def source_of(result: ReportResult) -> dict[str, Any]:
    (content,) = PdfReader(io.BytesIO(result.pdf)).attachments[SOURCE_FILE_NAME]
    return json.loads(content)


@pytest.fixture(scope="module")
def demo_notices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    store = setup.create_store(tmp_path_factory.mktemp("demo") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    demo.generate(store, inspections=10, seed=23)
    with store.session() as s:
        ids = list(s.scalars(select(Inspection.id).where(Inspection.id.in_(select(Finding.inspection_id)))))
    yield {i: source_of(build_report(store, "employer", i, generated_at=GENERATED)) for i in ids}
    store.close()


def test_the_demo_has_notices_with_findings(demo_notices: dict[str, dict[str, Any]]) -> None:
    assert len(demo_notices) >= 5
    assert sum(len(n["findings"]) for n in demo_notices.values()) >= 20


def test_no_notice_lists_a_question_or_a_compliant_statement_as_a_matter_to_correct(
    demo_notices: dict[str, dict[str, Any]],
) -> None:
    for notice in demo_notices.values():
        for row in notice["findings"]:
            for key in ("title", "title_th", "title_en"):
                title = (row[key] or "").strip()
                assert title, (key, row)
                assert not title.endswith("?"), f"a question on the notice: {title}"
                assert title.rstrip(".") not in LABELS, f"the checklist's own wording on the notice: {title}"
            assert _thai(row["title"]) and _thai(row["required_action"]), row  # a Thai notice, in Thai
            assert row["title_en"] and row["required_action_en"] and not _thai(row["title_en"])


def test_findings_citing_different_sections_have_different_required_actions(
    demo_notices: dict[str, dict[str, Any]],
) -> None:
    cited_by_action: dict[str, set[frozenset[str]]] = {}
    for notice in demo_notices.values():
        for row in notice["findings"]:
            assert row["required_action"], row
            sections = frozenset(ref["key"] for ref in row["legal"])
            cited_by_action.setdefault(row["required_action"], set()).add(sections)
            assert not row["required_action"].startswith("แก้ไขให้ถูกต้องตามกฎหมาย"), row
    shared = {action: cited for action, cited in cited_by_action.items() if len(cited) > 1}
    assert shared == {}
    assert len(cited_by_action) >= 10  # specific actions, not one sentence for everything


def test_a_one_language_finding_is_printed_as_written_and_marked(store: Store) -> None:
    inspection = new_inspection(store)
    findings.create_finding(store, inspection, title="Three workers were not paid for October", severity="S2",
                            legal_refs=["LPA:70"], required_action="ให้จ่ายค่าจ้างเดือนตุลาคมแก่ลูกจ้างสามคน")
    notice = build_report(store, "employer", inspection, generated_at=GENERATED)
    [row] = source_of(notice)["findings"]
    assert (row["title"], row["title_th"], row["title_en"]) == ("Three workers were not paid for October", None,
                                                                "Three workers were not paid for October")
    assert (row["required_action_th"], row["required_action_en"]) == ("ให้จ่ายค่าจ้างเดือนตุลาคมแก่ลูกจ้างสามคน", None)
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(notice.pdf)).pages)
    assert "WritteninEnglishonly" in text and "WritteninThaionly" in text
