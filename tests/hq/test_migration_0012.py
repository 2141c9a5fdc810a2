"""Migration 0012 on an HQ that already holds laptops' records (SQLite and PostgreSQL).

The database is filled through the real push path, then taken back to before the revisions that
changed (0008: before establishment files; 0007: referral statistics still counting findings) and
brought forward again, as an HQ that took these records before updating would be.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from inspector_app.hq import projections
from inspector_app.hq.followup_list import FollowUpFilter, read_page
from inspector_app.hq.followups import worklist
from inspector_app.hq.models import HQReferral
from inspector_app.hq.statistics import Filters, statistics

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

TODAY = "2026-11-20"
NOVEMBER = Filters(date(2026, 10, 1), date(2026, 11, 30), as_of=date(2026, 11, 20), province="63")


def _migrate(db, revision: str, down: bool = False) -> None:  # noqa: ANN001
    from alembic import command

    from inspector_app.hq.db import alembic_config

    cfg = alembic_config()
    with db.engine.connect() as conn:
        conn = conn.execution_options(hq_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)


def _pushed(laptop: FakeLaptop, *ops) -> None:  # noqa: ANN002
    assert [r.status for r in laptop.push(*ops).results] == ["applied"] * len(ops)


def _two_laptops(hq: HQServer) -> None:
    """Laptop A's signed visit (two open findings, one referred to the MDT, a follow-up visit planned);
    laptop B's signed follow-up that finds one of them corrected; a finding an older laptop marked referred."""
    a, b, old = fake_laptop(hq, "Laptop A"), fake_laptop(hq, "Laptop B"), fake_laptop(hq, "Old laptop")
    _pushed(a,
            a.op("establishments", "est-a", 0, 1, name_th="โรงงานทดสอบ", province_code="63", district_code="6306",
                 sector="factory"),
            a.inspection("insp-a", reference="63-2569-A1", establishment_id="est-a", visit_date="2026-10-01",
                         status="submitted", follow_up_date="2026-11-15"),
            a.op("findings", "f-open", 0, 1, inspection_id="insp-a", severity="S2", status="open",
                 deadline="2026-11-10", title_th="ไม่จ่ายค่าล่วงเวลา"),
            a.op("findings", "f-fixed", 0, 1, inspection_id="insp-a", severity="S1", status="open",
                 deadline="2026-11-05", referral_target="MDT", title_th="ยึดหนังสือเดินทาง"),
            a.op("referrals", "r-a", 0, 1, inspection_id="insp-a", finding_id="f-fixed", receiving_body="MDT",
                 referral_date="2026-10-01", status="planned", interview_ids=[]))
    _pushed(a, a.op("referrals", "r-a", 1, 2, inspection_id="insp-a", finding_id="f-fixed", receiving_body="MDT",
                    referral_date="2026-10-01", status="sent", sent_on="2026-10-03", interview_ids=[]))
    _pushed(b,
            b.inspection("insp-b", reference="63-2569-B1", establishment_id="est-a", visit_date="2026-11-08",
                         visit_type="follow_up", status="submitted"),
            b.op("finding_verifications", "v-b", 0, 1, inspection_id="insp-b", finding_id="f-fixed",
                 original_inspection_id="insp-a", severity="S1", outcome="corrected", evidence=[]))
    _pushed(old,
            old.inspection("insp-old", reference="63-2569-O1", establishment_id="est-a", visit_date="2026-10-20",
                           status="submitted"),
            old.op("findings", "f-old", 0, 1, inspection_id="insp-old", severity="S1", status="referred",
                   referral_target="POLICE", title_th="ส่งต่อบนเครื่องเก่า"))


def _worklist(hq: HQServer, capsys: pytest.CaptureFixture[str]) -> dict:
    from inspector_app.hq.cli import main

    assert main(["followups", "--db", hq.db_url, "--province", "63", "--within", "30", "--json",
                 "--today", TODAY]) == 0
    listed = json.loads(capsys.readouterr().out)
    for row in listed["findings"] + listed["visits"]:
        assert row.pop("group_id")  # HQ's id of the workplace: made again when the files are made again
    return listed


def _page(hq: HQServer) -> tuple[list[str | None], list[str]]:
    """The /follow-ups page's rows: findings due (with HQ's word on them), planned visits."""
    with hq.db.read() as conn:
        due = read_page(conn, FollowUpFilter(kind="findings", window="30", province="63"), date.fromisoformat(TODAY))
        visits = read_page(conn, FollowUpFilter(kind="visits", window="30", province="63"), date.fromisoformat(TODAY))
    return [r.finding_id for r in due.rows], [r.inspection_id for r in visits.rows]


def test_followups_of_visits_held_before_establishment_files(hq: HQServer,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _two_laptops(hq)
    pushed_after = _worklist(hq, capsys)
    assert [f["finding_id"] for f in pushed_after["findings"]] == ["f-open"]  # f-fixed: corrected at B's visit
    assert [v["inspection_id"] for v in pushed_after["visits"]] == ["insp-a"]
    assert _page(hq) == (["f-open"], ["insp-a"])

    _migrate(hq.db, "0008", down=True)  # an HQ that took these visits before establishment files existed
    _migrate(hq.db, "0011")
    # What 0011 alone left: nothing until the laptops push again (the command would upgrade to head first).
    held = worklist(hq.db, today=date.fromisoformat(TODAY), province="63")
    assert (held.findings, held.visits) == ((), ())
    _migrate(hq.db, "head")
    assert _worklist(hq, capsys) == pushed_after
    assert _page(hq) == (["f-open"], ["insp-a"])


def test_referral_statistics_come_from_the_records_already_at_hq(hq: HQServer) -> None:
    _two_laptops(hq)
    with hq.db.read() as conn:
        kept = projections.snapshot(conn)
        pushed_after = statistics(conn, NOVEMBER)
    assert [(r["target"], r["status"], r["referrals"]) for r in pushed_after.referrals] == [("MDT", "sent", 1)]
    assert pushed_after.referrals_unrecorded == 1

    _migrate(hq.db, "0007", down=True)  # before 0012: the table counted findings marked referred
    with hq.db.read() as conn:
        held = conn.execute(select(HQReferral.__table__.c.source_id, HQReferral.__table__.c.status)).all()
    assert [tuple(r) for r in held] == [("f-old", "referred")]
    _migrate(hq.db, "head")
    with hq.db.read() as conn:
        assert projections.snapshot(conn) == kept
        upgraded = statistics(conn, NOVEMBER)
    assert (upgraded.referrals, upgraded.referrals_unrecorded) == (pushed_after.referrals, 1)
