"""Network fault schedules between a laptop and HQ: whatever the network does, HQ ends with exactly
the laptop's model.

Hypothesis draws schedules of faults (tests/proof/proxy.py: a TCP proxy on loopback between the
laptop's sync client and `inspector-hq serve` in a process of its own): drop a request, drop a
response, duplicate a request, cut a request or a response part way through its bytes, delay,
restart HQ (SIGKILL while it handles a request). For each schedule the laptop works and syncs
twice through the faults (rounds may fail: that is the point), HQ publishes something to
pull, and the laptop syncs once more with the faults gone. Then, every time:

* the laptop has nothing unsent, and HQ's op log holds each of its ops exactly once;
* HQ's records (testimony opened with the evidence passphrase) equal the laptop's, record by record;
* every photo is at HQ, whole, matching its SHA-256;
* the pull cursor is at HQ's last publication, and what was published arrived.

After the last schedule, HQ's export (`inspector-hq export --decrypt`) is compared the same way.
`make test` runs 12 schedules per database (SQLite, PostgreSQL) on a fixed seed, to keep the default
suite within its time budget; `make soak` 250 per database.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inspector_app.core.services import setup
from inspector_app.core.models import Device
from inspector_app.core.services import sync_apply
from inspector_app.hq import devices
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.evidence import unlock
from inspector_app.hq.publish import publish_reference
from inspector_app.sync.client import HQClient
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import EVIDENCE_PASSPHRASE
from .figures import n, record
from .laptop_work import some_work
from .model import compare, hq_export, hq_snapshot
from .processes import KillableHQ, wait_for
from .proxy import KINDS, TARGETS, FaultProxy, Step

QUICK_SCHEDULES, SOAK_SCHEDULES = 12, 250  # per database
ROUNDS_UNDER_FAULTS = 2
# A restart costs HQ's start-up time: drawn half as often as the other faults.
DRAWN_KINDS = [kind for kind in KINDS for _ in range(1 if kind == "restart_hq" else 2)]

steps = st.builds(Step, kind=st.sampled_from(DRAWN_KINDS), target=st.sampled_from(TARGETS),
                  skip=st.integers(0, 3), fraction=st.floats(0.05, 0.95))
schedules = st.lists(steps, min_size=1, max_size=6)


@dataclass
class Tally:
    schedules: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    unreached: int = 0
    failed_rounds: int = 0
    saves: int = 0
    published: int = 0
    records: int = 0
    ops: int = 0
    files: int = 0
    lost: int = 0
    duplicated: int = 0
    requests: int = 0


def _wait_until_hq_answers(hq: KillableHQ, proxy: FaultProxy) -> None:
    assert not proxy.restart_failures, proxy.restart_failures

    def healthy() -> bool:
        try:
            return httpx.get(f"{hq.url}/api/v1/health", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    assert wait_for(healthy, 60, 0.05), f"HQ did not come back: {hq.log_file.read_text(errors='replace')[-2000:]}"


def run_schedules(db_url: str, tmp_path: Path, examples: int, derandomize: bool) -> Tally:
    files = tmp_path / "hq-files"
    hq = KillableHQ(db_url, files, standby=True).start()
    proxy = FaultProxy(hq.port, restart_hq=hq.restart)
    db = open_database(db_url)
    keyring = unlock(db, EVIDENCE_PASSPHRASE)
    store = setup.create_store(tmp_path / "laptop", "somchai", "a laptop passphrase for the fault runs")
    tally = Tally()
    try:
        code, _ = devices.new_enrol_code(db)
        device_id = enrol(store, hq.url, code).device_id
        with store.session() as s:
            token = s.get(Device, store.device_id).token
        # The laptop's client talks to HQ only through the proxy; small batches and chunks make many requests.
        engine = SyncEngine(store, HQClient(proxy.url, token), batch_ops=4, chunk_bytes=16 * 1024, attempts=3,
                            backoff=0.01, max_backoff=0.05)

        @settings(max_examples=examples - 1, deadline=None, derandomize=derandomize, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(schedule=schedules, work_seed=st.integers(0, 2**32 - 1))
        @example(schedule=[Step(kind) for kind in KINDS], work_seed=2569)  # every kind of fault, back to back
        def one_schedule(schedule: list[Step], work_seed: int) -> None:
            label = f"{tally.schedules}"
            rng = random.Random(work_seed)
            publish_reference(db, f"proof-notice-{label}", {"schedule": label, "steps": len(schedule)})
            tally.published += 1

            proxy.arm(schedule)
            for round_number in range(ROUNDS_UNDER_FAULTS):
                tally.saves += some_work(store, rng, f"{label}.{round_number}", max_photo=80_000)
                report = engine.sync_round()
                tally.failed_rounds += not report.ok
            left = proxy.disarm()
            tally.unreached += len(left)
            _wait_until_hq_answers(hq, proxy)
            final = engine.sync_round()
            assert final.ok, (final, proxy.log)

            comparison = compare(store, hq_snapshot(db, keyring), device_id, files)
            comparison.assert_exact()
            assert sync_apply.get_state(store, f"reference:proof-notice-{label}") is not None
            visible = [p["seq"] for p in hq_snapshot(db, keyring)["publications"]
                       if p["target_device_id"] in (None, device_id)]
            assert sync_apply.pull_cursor(store) == max(visible)
            tally.faults.update(step.kind for step in schedule[: len(schedule) - len(left)])
            tally.schedules += 1
            tally.records, tally.ops, tally.files = comparison.records, comparison.ops, comparison.files

        one_schedule()
        last = compare(store, hq_export(db_url, tmp_path / "export"), device_id, files)
        last.assert_exact()
        tally.lost, tally.duplicated = last.lost, last.duplicated
        engine.close()
    finally:
        proxy.stop()
        hq.stop()
        store.close()
        db.dispose()
    tally.requests = proxy.requests
    return tally


def _report(tally: Tally, backend: str, variant: str) -> None:
    faults = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in sorted(tally.faults.items()))
    record(
        "network",
        f"Network fault schedules [{backend}, {variant}]: {tally.schedules} schedules, "
        f"{n(sum(tally.faults.values()))} faults ({faults}) over {n(tally.requests)} requests "
        f"({tally.failed_rounds} rounds under faults did not finish); {n(tally.saves)} saves; after each final sync "
        f"HQ = laptop: {n(tally.records)} records, {n(tally.ops)} ops each logged once, {tally.files} files "
        f"matching their SHA-256, {tally.published} publications pulled; {tally.lost} lost, {tally.duplicated} "
        f"duplicated",
        backend=backend, variant=variant, schedules=tally.schedules, faults=dict(tally.faults),
        requests=tally.requests, records=tally.records, ops=tally.ops, files=tally.files,
        lost=tally.lost, duplicated=tally.duplicated)


def _backend(url: str) -> str:
    return "postgresql" if "://" in url else "sqlite"


def test_network_fault_schedules(hq_db_url: str, tmp_path: Path) -> None:
    tally = run_schedules(hq_db_url, tmp_path, QUICK_SCHEDULES, derandomize=True)  # the explicit example + 11
    _report(tally, _backend(hq_db_url), "quick")
    assert tally.schedules == QUICK_SCHEDULES and tally.lost == tally.duplicated == 0
    assert len(tally.faults) == len(KINDS), tally.faults  # every kind of fault happened at least once


@pytest.mark.soak
@pytest.mark.timeout(4 * 3600)
def test_network_fault_schedules_soak(hq_db_url: str, tmp_path: Path) -> None:
    tally = run_schedules(hq_db_url, tmp_path, SOAK_SCHEDULES, derandomize=False)
    _report(tally, _backend(hq_db_url), "soak")
    assert tally.schedules == SOAK_SCHEDULES and tally.lost == tally.duplicated == 0
    assert len(tally.faults) == len(KINDS), tally.faults
