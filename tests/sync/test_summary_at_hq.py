"""The summary report HQ prints from every laptop's data says what the laptop's own summary says.

A laptop with demo data syncs; its summary of Tak (built from its SQLCipher store) and HQ's
(built from HQ's projection tables by the same reports package) carry the same numbers, rows
and due list; HQ's says it comes from HQ.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from inspector_app.core import demo
from inspector_app.core.store import Store
from inspector_app.hq.statistics import Filters
from inspector_app.hq.summary_pdf import province_summary
from inspector_app.reports import build_report
from inspector_app.sync.engine import SyncEngine

from ..hq.support import HQServer

GENERATED = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)


def _comparable(source: dict) -> dict:  # noqa: ANN001
    kept = {k: v for k, v in source.items() if k not in ("origin",)}
    kept["due"] = sorted(kept["due"], key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))
    return kept


@pytest.mark.parametrize(("province", "district"), [("63", None), ("63", "6306")])
def test_hq_summary_equals_the_laptops(enrolled: Store, hq: HQServer, province: str, district: str | None) -> None:
    demo.generate(enrolled, inspections=40, seed=5)
    assert SyncEngine.for_store(enrolled, batch_ops=500).sync_round().ok
    period = (date(2024, 11, 1), date(2026, 11, 1))
    laptop = build_report(enrolled, "summary", province=province, district=district, date_from=period[0],
                          date_to=period[1], generated_at=GENERATED)
    with hq.db.read() as conn:
        at_hq = province_summary(conn, Filters(*period, as_of=period[1], province=province, district=district),
                                 GENERATED)
    assert laptop.source["totals"]["inspections"] > 3
    assert at_hq.source["origin"] == "hq"
    assert _comparable(at_hq.source) == _comparable(laptop.source)
    assert at_hq.status == laptop.status
    embedded = json.loads(PdfReader(io.BytesIO(at_hq.pdf)).attachments["report-source.json"][0])
    assert embedded["totals"] == laptop.source["totals"] and embedded["origin"] == "hq"
