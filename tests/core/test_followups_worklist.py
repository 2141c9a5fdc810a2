"""`inspector-app followups` and the establishment's file on demo data, checked against the database itself."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from inspector_app.cli import main
from inspector_app.core.store import Store
from inspector_app.core.views.establishment_file import establishment_file

from ..conftest import PASSPHRASE, StoreFiles

TODAY = date(2026, 12, 6)


@pytest.fixture
def demo_store(data_dir: Path, store_files: StoreFiles) -> Iterator[Store]:
    """A new store with 60 demo inspections (generated once per worker; each test has a copy of its own)."""
    store = store_files.demo_copy(data_dir, inspections=60, seed=7)
    yield store
    store.close()


def _rows(store: Store, sql: str, **params: object) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _run(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_followups_json_lists_exactly_the_due_and_overdue(demo_store: Store, data_dir: Path,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    horizon = (TODAY + timedelta(days=30)).isoformat()
    code, out, err = _run(["followups", "--data-dir", str(data_dir), "--json", "--today", TODAY.isoformat()],
                          capsys, monkeypatch)
    assert code == 0, err
    listed = json.loads(out)
    assert set(listed) == {"today", "within_days", "district", "overdue_only", "findings", "visits"}
    expected = _rows(demo_store, "SELECT id, deadline FROM findings WHERE status = 'open' AND deadline IS NOT NULL "
                                 "AND deadline <= :horizon", horizon=horizon)
    assert expected  # demo data has work to do
    assert sorted((f["finding_id"], f["deadline"]) for f in listed["findings"]) == sorted(expected)
    assert [f["deadline"] for f in listed["findings"]] == sorted(f["deadline"] for f in listed["findings"])
    assert all(f["overdue"] == (f["deadline"] < TODAY.isoformat()) for f in listed["findings"])
    assert set(listed["findings"][0]) == {
        "finding_id", "inspection_id", "reference", "visit_date", "establishment_id", "establishment",
        "establishment_th", "province_code", "district_code", "item_code", "title_th", "title_en", "severity",
        "deadline", "overdue", "days_overdue", "status", "last_outcome", "source", "follow_up_id"}
    planned = _rows(demo_store, "SELECT id FROM inspections WHERE follow_up_date IS NOT NULL AND follow_up_date <= "
                                ":horizon AND id NOT IN (SELECT previous_inspection_id FROM inspections "
                                "WHERE previous_inspection_id IS NOT NULL)", horizon=horizon)
    assert sorted(v["inspection_id"] for v in listed["visits"]) == sorted(r[0] for r in planned)

    code, out, _ = _run(["followups", "--data-dir", str(data_dir), "--json", "--overdue", "--district", "6306",
                         "--today", TODAY.isoformat()], capsys, monkeypatch)
    overdue = _rows(demo_store, "SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                "JOIN establishments e ON e.id = i.establishment_id WHERE f.status = 'open' "
                                "AND f.deadline < :today AND e.district_code = '6306'", today=TODAY.isoformat())
    assert code == 0 and overdue
    assert sorted(f["finding_id"] for f in json.loads(out)["findings"]) == sorted(r[0] for r in overdue)


def test_followups_prints_a_clear_list_and_refuses_bad_input(demo_store: Store, data_dir: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _run(["followups", "--data-dir", str(data_dir), "--today", TODAY.isoformat()], capsys, monkeypatch)
    overdue = _rows(demo_store, "SELECT count(*) FROM findings WHERE status = 'open' AND deadline < :today",
                    today=TODAY.isoformat())[0][0]
    assert code == 0 and out.startswith("Follow-ups overdue or due by the next 30 days, as of 2026-12-06:")
    assert len(re.findall(r"\b(?:1 day|\d+ days) overdue", out)) >= overdue > 0 and "Planned follow-up visits (" in out
    assert f", {overdue} overdue):" in out.split("\n\nPlanned")[0]
    code, _, err = _run(["followups", "--data-dir", str(data_dir), "--district", "Mae Sot"], capsys, monkeypatch)
    assert code == 5 and "four-digit DOPA code" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as bad:
        _run(["followups", "--data-dir", str(data_dir), "--within", "-3"], capsys, monkeypatch)
    assert bad.value.code == 2 and "whole number of days" in capsys.readouterr().err


def test_the_file_of_a_demo_establishment(demo_store: Store) -> None:
    busiest, visits = _rows(demo_store, "SELECT establishment_id, count(*) AS n FROM inspections "
                                        "GROUP BY establishment_id ORDER BY n DESC, establishment_id LIMIT 1")[0]
    assert visits >= 3
    file = establishment_file(demo_store, busiest, today=TODAY)
    expected_visits = _rows(demo_store, "SELECT id FROM inspections WHERE establishment_id = :e "
                                        "ORDER BY visit_date DESC, reference DESC", e=busiest)
    assert [v.inspection_id for v in file.visits] == [r[0] for r in expected_visits]
    repeated = _rows(demo_store, "SELECT f.item_code, count(DISTINCT f.inspection_id) FROM findings f "
                                 "JOIN inspections i ON i.id = f.inspection_id WHERE i.establishment_id = :e "
                                 "AND f.item_code IS NOT NULL GROUP BY f.item_code "
                                 "HAVING count(DISTINCT f.inspection_id) >= 2", e=busiest)
    assert repeated and {(r.item_code, r.times) for r in file.repeated} == set(repeated)
    last_s1 = _rows(demo_store, "SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                "WHERE i.establishment_id = :e AND f.severity = 'S1' "
                                "ORDER BY i.visit_date DESC, i.reference DESC, f.created_at, f.id LIMIT 1", e=busiest)
    assert (file.last_s1.finding_id if file.last_s1 else None) == (last_s1[0][0] if last_s1 else None)
    open_ids = _rows(demo_store, "SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                 "WHERE i.establishment_id = :e AND f.status = 'open'", e=busiest)
    assert {f.finding_id for f in file.open_findings} == {r[0] for r in open_ids}
    assert [w.inspection_id for w in file.workforce] == [r[0] for r in reversed(expected_visits)]


def test_establishment_file_command_shows_the_file_by_reference(demo_store: Store, data_dir: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    busiest, reference = _rows(demo_store, "SELECT i.establishment_id, min(i.reference) FROM inspections i "
                                           "GROUP BY i.establishment_id ORDER BY count(*) DESC, i.establishment_id "
                                           "LIMIT 1")[0]
    code, out, err = _run(["establishment-file", reference, "--data-dir", str(data_dir), "--json",
                           "--today", TODAY.isoformat()], capsys, monkeypatch)
    assert code == 0, err
    shown = json.loads(out)
    visits = _rows(demo_store, "SELECT reference FROM inspections WHERE establishment_id = :e "
                               "ORDER BY visit_date DESC, reference DESC", e=busiest)
    assert shown["header"]["establishment_id"] == busiest
    assert [v["reference"] for v in shown["visits"]] == [r[0] for r in visits]
    overdue = _rows(demo_store, "SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                "WHERE i.establishment_id = :e AND f.status = 'open' AND f.deadline < :today",
                    e=busiest, today=TODAY.isoformat())
    assert sorted(shown["overdue"]) == sorted(r[0] for r in overdue)
    assert all(r["times"] >= 2 for r in shown["repeated"])

    code, out, _ = _run(["establishment-file", busiest, "--data-dir", str(data_dir), "--today", TODAY.isoformat()],
                        capsys, monkeypatch)
    assert code == 0 and f"Visits ({len(visits)}), newest first:" in out
    assert f"({len(shown['open_findings'])}, {len(overdue)} overdue)" in out and "Workforce over time:" in out
    assert out.count("OVERDUE") == len(overdue)

    code, out, err = _run(["establishment-file", "63-2569-NOPE", "--data-dir", str(data_dir)], capsys, monkeypatch)
    assert code == 4 and out == "" and "No establishment or inspection '63-2569-NOPE'" in err
    assert len(err.strip().splitlines()) == 1
