"""The full report prints each checklist item's result as the editor shows it: a choice question's result is
its chosen choice's, and an age or a wage that judges its item decides the result, whatever was ticked (the
inspector's tick is kept in the embedded data beside it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from inspector_app.core.services import checklist, setup
from inspector_app.core.store import Store
from inspector_app.reports import ReportResult, build_report

from ..conftest import PASSPHRASE, USER
from .report_data import MadeInspection, make_inspection
from .test_reports import embedded, page_texts

GENERATED = datetime(2026, 3, 6, 3, 30, tzinfo=UTC)
VISIT = date(2026, 3, 5)  # in Tak (63), where the minimum wage is 352 THB a day from 2025-01-01

PASSPORTS = "LPA-D-01"  # who holds the passports: "workers" is no violation, "employer" is one
AGE = "LPA-C-01"  # child_age
WAGE = "LPA-E-01"  # min_wage
WORK_PERMITS = "LPA-D-04"  # a plain compliance item: its tick is its result


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = setup.create_store(tmp_path_factory.mktemp("results") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    yield s
    s.close()


@pytest.fixture(scope="module")
def visit(store: Store) -> MadeInspection:
    made = make_inspection(store, languages=("my",), findings_count=0, photos_per_finding=0, answer_all=False,
                           visit=VISIT, seed=23)
    # As the editor saves it: the violation picked (its result with it), then a compliant choice picked instead.
    checklist.save_answer(store, made.id, PASSPORTS, result="non_compliant", value="employer")
    checklist.save_answer(store, made.id, PASSPORTS, value="workers")
    checklist.save_answer(store, made.id, AGE, result="compliant", value="14")
    checklist.save_answer(store, made.id, WAGE, result="compliant", value="300")
    checklist.save_answer(store, made.id, WORK_PERMITS, result="non_compliant")
    return made


@pytest.fixture(scope="module")
def report(store: Store, visit: MadeInspection) -> ReportResult:
    return build_report(store, "full", visit.id, generated_at=GENERATED)


def rows(report: ReportResult) -> dict[str, dict[str, Any]]:
    source = json.loads(embedded(report))
    return {item["code"]: item for t in source["checklist"] for sec in t["sections"] for item in sec["items"]}


def printed_row(report: ReportResult, code: str, following: str) -> str:
    """The report's text from an item's code to the next item's (whitespace removed)."""
    text = "".join(page_texts(report))
    start = text.index(code)
    return text[start:text.index(following, start)]


def test_a_choice_switched_to_a_compliant_one_is_reported_compliant(report: ReportResult) -> None:
    row = rows(report)[PASSPORTS]
    assert (row["result"], row["value"]) == ("compliant", "workers")
    assert "ticked" not in row
    printed = printed_row(report, PASSPORTS, "LPA-D-02")
    assert "Compliant" in printed and "Notcompliant" not in printed


def test_age_14_ticked_compliant_is_reported_non_compliant(report: ReportResult) -> None:
    row = rows(report)[AGE]
    assert (row["result"], row["value"], row["ticked"]) == ("non_compliant", "14", "compliant")
    assert "Notcompliant" in printed_row(report, AGE, "LPA-C-02")


def test_a_wage_below_the_provinces_minimum_is_reported_non_compliant(report: ReportResult) -> None:
    row = rows(report)[WAGE]
    assert (row["result"], row["value"], row["ticked"]) == ("non_compliant", "300", "compliant")
    assert "Notcompliant" in printed_row(report, WAGE, "LPA-E-02")


def test_an_item_without_a_value_is_reported_as_ticked(report: ReportResult) -> None:
    row = rows(report)[WORK_PERMITS]
    assert row["result"] == "non_compliant" and "ticked" not in row
