"""Statistics across laptops: what HQ's export says, the statistics tables and their CSV files say too.

Every expected number is computed in the test from `inspector-hq export` (JSON) with plain Python
(stats_world.expected), on SQLite and PostgreSQL, for the whole country, a province, a district
and a period.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.hq import projections, stat_cubes
from inspector_app.hq.export import export
from inspector_app.hq.models import HQInspection
from inspector_app.hq.statistics import Filters, statistics
from inspector_app.hq.statistics_tables import csv_bytes, tables, text

from .filled import FilledHQs
from .stats_world import StatsWorld, build, expected
from .support import HQServer
from .web.client import accounts_then

FILTERS = {
    "everything": Filters(date(2025, 1, 1), date(2026, 12, 31), as_of=date(2026, 3, 1)),
    "tak": Filters(date(2025, 1, 1), date(2026, 12, 31), as_of=date(2026, 3, 1), province="63"),
    "mae_sot_2026": Filters(date(2026, 1, 1), date(2026, 12, 31), as_of=date(2026, 6, 1), province="63",
                            district="6306"),
    "tak_mueang": Filters(date(2025, 1, 1), date(2026, 12, 31), as_of=date(2026, 1, 15), province="63",
                          district="6301"),
    "nothing": Filters(date(2020, 1, 1), date(2020, 12, 31), as_of=date(2020, 6, 1)),
    # Periods that start and end inside months: whole months from the monthly sums, the edges from detail.
    "odd_days": Filters(date(2025, 10, 17), date(2026, 9, 9), as_of=date(2026, 2, 1), province="63"),
    "inside_one_month": Filters(date(2025, 11, 3), date(2025, 11, 27), as_of=date(2026, 2, 1)),
}


@pytest.fixture
def world(hq_db_url: str, tmp_path: Path, filled_hqs: FilledHQs) -> Iterator[StatsWorld]:
    """An HQ that `build` filled (the worker fills one per database and each test serves its own copy): the one
    the statistics pages read, whose supervisor and admin accounts these tests leave alone."""
    made = filled_hqs.copy_into("statistics-web", hq_db_url, tmp_path / "hq-files", accounts_then(build))
    server = HQServer(hq_db_url, tmp_path / "hq-files").start()
    world = made.on(server)
    yield world
    for laptop in world.laptops:
        laptop.client.close()
    server.stop()


def _exported(hq: HQServer, tmp_path: Path) -> Path:
    out = tmp_path / "export"
    export(hq.db, out, "json")
    return out


def _csv(table) -> list[dict[str, str]]:  # noqa: ANN001
    raw = csv_bytes(table)
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte order mark to open Thai"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.mark.parametrize("name", list(FILTERS))
def test_statistics_and_csv_equal_what_the_export_says(world: StatsWorld, tmp_path: Path, name: str) -> None:
    filters = FILTERS[name]
    want = expected(_exported(world.hq, tmp_path), filters)
    with world.hq.db.read() as conn:
        stats = statistics(conn, filters)
    if name == "nothing":
        assert want["overview"]["inspections"] == 0
    else:
        assert want["overview"]["inspections"] >= 2, "the filter must select something to compare"

    assert stats.overview == want["overview"]
    assert {r["sector"] or "": r["by_visit_type"] for r in stats.by_sector} == want["by_sector"]
    assert {k: v for k, v in stats.severity.items() if v} == want["severity"]
    assert {r["section"]: {k: v for k, v in r["by_severity"].items() if v} for r in stats.by_section} == \
        want["by_section"]
    assert {r["code"]: {k: r[k] for k in ("workers", "findings", "inspections")} for r in stats.indicators} == \
        want["indicators"]
    assert {(r["target"], r["status"]): {"referrals": r["referrals"], "inspections": r["inspections"]}
            for r in stats.referrals} == want["referrals"]
    assert stats.referrals_unrecorded == want["referrals_unrecorded"]
    assert {r["kind"]: {"overdue": r["overdue"], "due": r["due"]} for r in stats.follow_ups} == want["follow_ups"]
    assert len(want["due"]) < 50  # the whole list fits the page's first 50
    assert sorted((r["date"], r["kind"], r["reference"]) for r in stats.due) == want["due"]

    for language in ("th", "en"):
        by_key = {t.key: t for t in tables(stats, language)}
        sector_rows = _csv(by_key["by_sector"])
        assert sum(int(row[-1]) for row in sector_rows[1:]) == want["overview"]["inspections"]
        overview = {row[0]: int(row[1]) for row in _csv(by_key["overview"])[1:]}
        assert list(overview.values()) == list(want["overview"].values())
        severity = {row[0]: int(row[2]) for row in _csv(by_key["by_severity"])[1:]}
        assert sum(severity.values()) == want["overview"]["findings"]
        assert {k: v for k, v in severity.items() if v} == want["severity"]
        sections = {row[0]: int(row[-1]) for row in _csv(by_key["by_section"])[1:]}
        assert sections == {k: sum(v.values()) for k, v in want["by_section"].items()}
        referrals = _csv(by_key["referrals"])
        assert {(row[0] or None, row[2]): int(row[4]) for row in referrals[1:]} == \
            {k: v["referrals"] for k, v in want["referrals"].items()}
        assert {row[2] for row in referrals[1:]} <= {"planned", "sent", "accepted", "closed"}
        said = text("referrals_unrecorded", language, count=want["referrals_unrecorded"])
        assert (said in by_key["referrals"].note) == bool(want["referrals_unrecorded"])
        follow = {row[0]: (int(row[2]), int(row[3])) for row in _csv(by_key["follow_ups"])[1:]}
        assert follow == {k: (v["overdue"], v["due"]) for k, v in want["follow_ups"].items()}


def test_tables_speak_thai_and_english(world: StatsWorld) -> None:
    with world.hq.db.read() as conn:
        stats = statistics(conn, FILTERS["tak"])
    thai = {t.key: t for t in tables(stats, "th")}
    english = {t.key: t for t in tables(stats, "en")}
    assert thai["by_sector"].title == "การตรวจจำแนกตามประเภทกิจการและประเภทการตรวจ"
    assert english["by_sector"].title == "Inspections by sector and visit type"
    assert "ตรวจตามแผน" in thai["by_sector"].headers and "Routine" in english["by_sector"].headers
    sections_th = {row[0]: row[1] for row in thai["by_section"].rows}
    sections_en = {row[0]: row[1] for row in english["by_section"].rows}
    assert sections_th["LPA:70"].endswith("70") and "พ.ร.บ." in sections_th["LPA:70"]
    assert sections_en["LPA:70"] == "LPA s.70"
    # Thai dates in the Buddhist era, English ones in the common era.
    assert "2569" in thai["follow_ups"].note and "2026" in english["follow_ups"].note
    # A name typed on a laptop never runs as a spreadsheet formula.
    due_rows = _csv(thai["due_list"])
    assert all(not cell.startswith("=") for row in due_rows for cell in row)


def test_charts_are_accessible_svg(world: StatsWorld) -> None:
    import xml.etree.ElementTree as ET

    with world.hq.db.read() as conn:
        stats = statistics(conn, FILTERS["everything"])
    for table in tables(stats, "th"):
        if table.chart is None:
            continue
        root = ET.fromstring(table.chart)
        ns = "{http://www.w3.org/2000/svg}"
        assert root.get("role") == "img"
        title, desc = root.find(f"{ns}title"), root.find(f"{ns}desc")
        assert title is not None and title.text == table.title
        assert desc is not None and desc.text
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        labels = " ".join(t.text or "" for t in root.iter(f"{ns}text"))
        for row in table.rows[:10]:
            if table.key == "referrals":
                continue
            assert str(row[1])[:6] in labels or str(row[1])[:6] in desc.text  # Thai category names in text
    sector = {t.key: t for t in tables(stats, "en")}["by_sector"]
    root = ET.fromstring(sector.chart)
    legend = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Routine" in legend and "Complaint" in legend  # series named in words, not told by colour alone
    assert "<pattern" in sector.chart


def test_a_chart_tells_two_sections_of_the_same_act_apart() -> None:
    """Long section names are cut with "…" but keep their section number, so the bars stay told apart."""
    import xml.etree.ElementTree as ET

    from inspector_app.hq import svg

    names = ["พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ มาตรา 6/1", "พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ มาตรา 4",
             "Anti-Trafficking in Persons Act B.E. 2551 (2008) section 6/1"]
    chart = svg.stacked_bar_chart("c", "t", names, [svg.Series("S1", [2, 1, 1])], empty="-")
    shown = [t.text or "" for t in ET.fromstring(chart).iter("{http://www.w3.org/2000/svg}text")]
    labels = [next(x for x in shown if x.endswith(tail)) for tail in ("มาตรา 6/1", "มาตรา 4", "section 6/1")]
    assert len(set(labels)) == 3 and all("…" in x for x in labels[:2]), labels


def _legend_colours(chart: str) -> dict[str, str]:
    """Each legend entry's name and the colour its swatch shows (a pattern's background colour)."""
    import re
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(chart)
    patterns = {p.get("id"): p.find(f"{ns}rect").get("fill") for p in root.iter(f"{ns}pattern")}
    out = {}
    for group in root.iter(f"{ns}g"):
        swatch, name = group.find(f"{ns}rect"), group.find(f"{ns}text")
        if swatch is None or name is None or swatch.get("width") != "16":
            continue
        fill = swatch.get("fill")
        found = re.fullmatch(r"url\(#(.+)\)", fill)
        out[name.text] = patterns[found.group(1)] if found else fill
    return out


def test_chart_colours_keep_the_severity_scale(world: StatsWorld) -> None:
    """S1 (possible forced labour) and overdue work are red in the charts, S4 and what is merely due are not."""
    with world.hq.db.read() as conn:
        stats = statistics(conn, FILTERS["everything"])
    charts = {t.key: t.chart for t in tables(stats, "en")}
    severity = _legend_colours(charts["by_section"])
    assert severity["S1"] == "#8e1b1b" and severity["S2"] == "#d0601a"
    assert severity["S4"] not in ("#8e1b1b", "#d0601a") and len(set(severity.values())) == len(severity)
    follow = _legend_colours(charts["follow_ups"])
    assert follow["Overdue"] == "#8e1b1b" and follow["Overdue"] != follow[next(k for k in follow if k != "Overdue")]


def test_projections_follow_reassignment_and_review(world: StatsWorld) -> None:
    with world.hq.db.read() as conn:
        rows = {r.id: r for r in conn.execute(select(HQInspection))}
    assert rows[world.inspections[7]].owner_device_id == world.laptops[0].device_id
    assert rows[world.inspections[3]].status == "approved"
    assert rows[world.inspections[4]].visit_date == date(2026, 6, 15)
    late = world.inspections[2]  # pushed before its establishment arrived
    assert (rows[late].province_code, rows[late].district_code) == ("63", "6301")
    moved = world.inspections[3]  # its establishment moved from Samut Sakhon to Tak
    assert (rows[moved].province_code, rows[moved].district_code) == ("63", "6301")


def test_rebuild_gives_the_same_tables(world: StatsWorld) -> None:
    with world.hq.db.read() as conn:
        kept = projections.snapshot(conn)
    assert sum(len(rows) for rows in kept.values()) > 100
    with world.hq.db.write() as conn:
        counts = projections.rebuild(conn)
    with world.hq.db.read() as conn:
        assert projections.snapshot(conn) == kept
    assert counts["hq_inspections"] == len(world.inspections)


def test_the_sums_a_push_asks_for_first_leave_out_only_inspections_that_add_nothing(world: StatsWorld) -> None:
    """A push takes the sums before it writes only over the inspections with rows in the tables the cubes read
    (`stat_cubes.counted`): the sums over those equal the sums over every inspection it touched, whatever
    the subset of cubes, and a pushed-before inspection with a row anywhere is never left out."""
    unknown = [f"{n:032x}" for n in range(5)]  # not at HQ: what a push's new inspections are before it writes
    with world.hq.db.read() as conn:
        holding = {t.name: set(conn.execute(select(t.c.id if t is projections.INSPECTIONS else t.c.inspection_id))
                               .scalars())
                   for t in (projections.INSPECTIONS, projections.FINDINGS, projections.SECTIONS,
                             projections.INDICATORS, projections.REFERRALS)}
        asked = sorted(set(world.inspections).union(*holding.values())) + unknown
        for names in (None, ["inspections"], ["sections", "referrals"], ["indicators", "deadlines", "follow_ups"]):
            found = stat_cubes.counted(conn, asked, names)
            read = {t for name in (names or stat_cubes.CUBES) for t in stat_cubes.CUBES[name].reads}
            assert found == set().union(*(holding[t] for t in read))
            assert stat_cubes.sums_for(conn, found, names) == stat_cubes.sums_for(conn, asked, names)
        for inspection_id in world.inspections:
            if any(stat_cubes.sums_for(conn, [inspection_id]).values()):
                assert stat_cubes.counted(conn, [inspection_id]) == {inspection_id}
        assert stat_cubes.counted(conn, unknown) == set()
        assert not any(stat_cubes.sums_for(conn, unknown).values())


def test_rebuild_command(world: StatsWorld, capsys: pytest.CaptureFixture[str]) -> None:
    from inspector_app.hq.cli import main

    with world.hq.db.read() as conn:
        kept = projections.snapshot(conn)
    with world.hq.db.write() as conn:  # as if a bug had left them wrong
        conn.execute(HQInspection.__table__.update().values(province_code="99", findings=0))
    assert main(["rebuild-projections", "--db", world.hq.db_url]) == 0
    assert "hq_inspections 36" in capsys.readouterr().out
    with world.hq.db.read() as conn:
        assert projections.snapshot(conn) == kept


def _upgrade(db, revision: str, down: bool = False) -> None:  # noqa: ANN001
    from alembic import command

    from inspector_app.hq.db import alembic_config

    cfg = alembic_config()
    with db.engine.connect() as conn:
        conn = conn.execution_options(hq_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)


def test_migration_backfills_the_records_already_at_hq(world: StatsWorld) -> None:
    from sqlalchemy import inspect

    with world.hq.db.read() as conn:
        kept = projections.snapshot(conn)
    _upgrade(world.hq.db, "0006", down=True)
    assert "hq_inspections" not in inspect(world.hq.db.engine).get_table_names()
    _upgrade(world.hq.db, "head")
    with world.hq.db.read() as conn:
        assert projections.snapshot(conn) == kept
        stats = statistics(conn, FILTERS["tak"])
    assert stats.overview["inspections"] > 3


def test_unreadable_laptop_values_never_refuse_a_push(hq: HQServer) -> None:
    from .devices import fake_laptop

    laptop = fake_laptop(hq)
    ops = [
        laptop.op("establishments", "est-odd", 0, 1, name_th=["not", "text"], province_code="6" * 500,
                  district_code=12, sector="x" * 200, workers_male="many", workers_female=-4),
        laptop.inspection("insp-odd", establishment_id="est-odd", visit_date="yesterday", visit_type={"a": 1},
                          follow_up_date="2026-02-30", revision="two", status=7),
        laptop.op("findings", "f-odd", 0, 1, inspection_id="insp-odd", legal_refs="LPA:70", severity=3,
                  deadline="31/12/2569", status=None, referral_target="M" * 99, title_th="ข" * 1000),
        laptop.op("worker_interviews", "w-odd", 0, 1, inspection_id="insp-odd", worker_code="W-01",
                  indicators=["debt_bondage", 5, None, "x" * 300, "debt_bondage"]),
    ]
    assert [r.status for r in laptop.push(*ops).results] == ["applied"] * 4
    with hq.db.read() as conn:
        row = conn.execute(select(HQInspection).where(HQInspection.id == "insp-odd")).one()
        stats = statistics(conn, Filters(date(2000, 1, 1), date(2100, 1, 1), as_of=date(2026, 1, 1)))
    assert (row.visit_date, row.province_code, row.sector, row.findings, row.interviews) == (None, None, None, 1, 1)
    assert stats.overview["inspections"] == 0  # no visit date: in no period
    with hq.db.read() as conn:
        snap = projections.snapshot(conn)
    assert snap["hq_indicators"] and [r[1] for r in snap["hq_indicators"]] == ["debt_bondage"]
    assert snap["hq_finding_sections"] == []


def test_summary_command(world: StatsWorld, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json as json_lib

    from pypdf import PdfReader

    from inspector_app.hq.cli import main

    out = tmp_path / "tak.pdf"
    assert main(["summary", "--db", world.hq.db_url, "--province", "ตาก", "--from", "1/1/2568", "--to", "2026-12-31",
                 "--out", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    source = json_lib.loads(PdfReader(out).attachments["report-source.json"][0])
    want = expected(_exported(world.hq, tmp_path), Filters(date(2025, 1, 1), date(2026, 12, 31),
                                                           as_of=date(2026, 12, 31), province="63"))
    assert source["totals"] == want["overview"] and source["origin"] == "hq"
    for argv, words in [
        (["--province", "Atlantis", "--from", "2026-01-01", "--to", "2026-02-01"], "no province Atlantis"),
        (["--province", "63", "--district", "1001", "--from", "2026-01-01", "--to", "2026-02-01"], "no district 1001"),
        (["--province", "63", "--from", "yesterday", "--to", "2026-02-01"], "is not a date"),
        (["--province", "63", "--from", "2026-03-01", "--to", "2026-02-01"], "is after"),
    ]:
        assert main(["summary", "--db", world.hq.db_url, *argv, "--out", str(tmp_path / "x.pdf")]) != 0
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("start", "end", "months", "edges"), [
    (date(2026, 1, 1), date(2026, 12, 31), (202601, 202612), []),
    (date(2026, 1, 15), date(2026, 3, 31), (202602, 202603), [(date(2026, 1, 15), date(2026, 1, 31))]),
    (date(2026, 1, 1), date(2026, 3, 30), (202601, 202602), [(date(2026, 3, 1), date(2026, 3, 30))]),
    (date(2026, 1, 2), date(2026, 1, 30), None, [(date(2026, 1, 2), date(2026, 1, 30))]),
    (date(2024, 2, 29), date(2024, 3, 1), None, [(date(2024, 2, 29), date(2024, 3, 1))]),
    (date(2025, 12, 31), date(2026, 2, 1), (202601, 202601), [(date(2025, 12, 31), date(2025, 12, 31)),
                                                               (date(2026, 2, 1), date(2026, 2, 1))]),
])
def test_a_period_splits_into_whole_months_and_edge_days(start: date, end: date, months, edges) -> None:  # noqa: ANN001
    from inspector_app.hq.stat_cubes import split_period

    assert split_period(start, end) == (months, edges)


def test_a_published_template_can_change_which_indicator_an_item_shows(world: StatsWorld, tmp_path: Path) -> None:
    import json as json_lib

    from inspector_app.hq.publish import publish_template, validated_template
    from inspector_app.core.checklists import default_templates_dir

    filters = FILTERS["everything"]
    with world.hq.db.read() as conn:
        before = {r["code"]: r for r in statistics(conn, filters).indicators}
    document = json_lib.loads((default_templates_dir() / "forced-labour.v2.json").read_text(encoding="utf-8"))
    document["version"] = 4  # 3 ships with the app
    for section in document["sections"]:
        for item in section["items"]:
            if item["code"] == "FL-B-03":
                assert item["indicator"] == "restriction_of_movement"
                item["indicator"] = "isolation"
                item["strong_indicator"] = False
    path = tmp_path / "forced-labour.v4.json"
    path.write_text(json_lib.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert publish_template(world.hq.db, validated_template(path))
    with world.hq.db.read() as conn:
        after = {r["code"]: r for r in statistics(conn, filters).indicators}
        kept = projections.snapshot(conn)
    moved = before["restriction_of_movement"]["findings"]
    assert moved > 0
    assert after["isolation"]["findings"] == before.get("isolation", {}).get("findings", 0) + moved
    assert after.get("restriction_of_movement", {}).get("findings", 0) == 0
    with world.hq.db.write() as conn:
        projections.rebuild(conn)
    with world.hq.db.read() as conn:
        assert projections.snapshot(conn) == kept
