"""1,000 checklist-answer saves through the service vs raw inserts of the same rows.

Both run against the same encrypted database in the same run, each change in
its own durable transaction (WAL, synchronous=FULL), so the ratio is the cost
of the write path itself: validation, outbox row, audit chain entry. The first
saves create answers, the rest change them (as autosave does). Target: p95 within
3x the raw INSERT+COMMIT. Afterwards every save must have its outbox row and a
valid audit entry.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core.audit import verify_chain
from inspector_app.core.models import ChecklistTemplate, Inspection, OutboxOp
from inspector_app.core.queries import inspection_items
from inspector_app.core.services import checklist, directory, inspections
from inspector_app.core.types import new_id, utcnow

SAVES = 1000
P95_TARGET = 3.0


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp, setup.create_store(Path(tmp) / "d", "bench", "benchmark passphrase") as store:
        with store.session() as s:
            newest = {t.code: t for t in s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.version))}
            base = newest["LPA-GENERAL"].id
            modules = [t.id for t in newest.values() if t.kind != "base"]
        est = directory.create_establishment(store, name_th="โรงงานทดสอบ", province_code="63").created("establishments")
        inspection_id = inspections.create_inspection(store, establishment_id=est, template_id=base,
                                                      visit_type="routine", visit_date="2026-11-20",
                                                      addon_template_ids=modules).created("inspections")
        with store.session() as s:
            codes = [i.code for i in inspection_items(s, s.get(Inspection, inspection_id)) if i.answer_type == "compliance"]

        with store.session() as s:
            ops_before = s.scalar(select(func.count()).select_from(OutboxOp))
        # Service and baseline alternate, save by save, so both see the same disk (the machine is shared).
        service_times, raw_times = [], []
        service_cpu = raw_cpu = 0.0
        results = ("compliant", "non_compliant", "not_applicable")
        now = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        for n in range(SAVES):
            started, cpu = time.perf_counter(), time.process_time()
            checklist.save_answer(store, inspection_id, codes[n % len(codes)], result=results[n % 3],
                                  note=f"บันทึก {n}")
            service_times.append(time.perf_counter() - started)
            service_cpu += time.process_time() - cpu
            # Baseline: the same answer row, a raw INSERT, one committed transaction.
            raw = store.write_engine.raw_connection()
            cursor = raw.driver_connection
            row = (new_id(), inspection_id, f"RAW-{n:04d}", results[n % 3], None, f"บันทึก {n}", json.dumps([]),
                   store.user_id, 1, now, now, "")
            started, cpu = time.perf_counter(), time.process_time()
            cursor.execute("BEGIN IMMEDIATE")
            cursor.execute(
                "INSERT INTO checklist_answers (id, inspection_id, item_code, result, value, note, evidence,"
                " answered_by, rev, created_at, updated_at, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row)
            cursor.execute("COMMIT")
            raw_times.append(time.perf_counter() - started)
            raw_cpu += time.process_time() - cpu
            raw.close()
        with store.session() as s:
            logged = s.scalar(select(func.count()).select_from(OutboxOp)) - ops_before
            chain_ok = verify_chain(s).ok

    sp50, sp95 = _percentile(service_times, 50) * 1000, _percentile(service_times, 95) * 1000
    rp50, rp95 = _percentile(raw_times, 50) * 1000, _percentile(raw_times, 95) * 1000
    print(f"   service save_answer x{SAVES}: p50 {sp50:.2f} ms, p95 {sp95:.2f} ms, total {sum(service_times):.2f} s")
    print(f"   raw INSERT+COMMIT   x{SAVES}: p50 {rp50:.2f} ms, p95 {rp95:.2f} ms, total {sum(raw_times):.2f} s")
    print(f"   ratio service/raw: p50 {sp50 / rp50:.2f}x, p95 {sp95 / rp95:.2f}x, "
          f"mean {statistics.mean(service_times) / statistics.mean(raw_times):.2f}x; "
          f"target p95 <= {P95_TARGET:.0f}x: {'met' if sp95 / rp95 <= P95_TARGET else 'NOT met'}")
    print(f"   CPU per save: service {service_cpu / SAVES * 1000:.2f} ms, raw {raw_cpu / SAVES * 1000:.2f} ms "
          f"({service_cpu / raw_cpu:.1f}x)")
    print(f"   {logged} outbox rows for {SAVES} saves; audit chain {'valid' if chain_ok else 'BROKEN'}")
