"""Two HQ processes on one PostgreSQL: laptops sync with both, alternately and all at once.

Two `inspector-hq serve` processes share one PostgreSQL database and one attachment folder.
Several laptops (threads, each a real data store and sync engine) work and sync, each round with
the other HQ. At the same time two supervisors decide on submitted inspections, one through
each HQ's review API, a publisher adds reference data straight into the database, and pairs
of laptops race to claim the same inspection reference, one through each HQ. Afterwards:

* every laptop's sync round succeeded; HQ's op log holds each of every laptop's ops exactly
  once and HQ's records equal each laptop's (testimony opened), files matching their SHA-256;
* no pull cursor skipped an item: each laptop received every publication meant for it (all
  laptops', and its own review decisions) exactly once, in ascending order;
* references are unique: every inspection at HQ has its own, and each race had one winner,
  the loser refused with the reason.

`make test` runs 3 laptops × 8 rounds; `make soak` 6 laptops × 40 rounds.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.models import Device
from inspector_app.core.store import Store
from inspector_app.hq import devices, users
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.evidence import unlock
from inspector_app.hq.publish import publish_reference
from inspector_app.sync.client import HQClient
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.devices import FakeLaptop, fake_laptop
from ..hq.support import EVIDENCE_PASSPHRASE, PostgresServer
from .figures import n, record
from .laptop_work import some_work
from .model import compare, hq_export, hq_snapshot
from .processes import KillableHQ
from .recording import PullRecorder

PASSWORD = "a long supervisor password"
QUICK = (3, 8)  # laptops, rounds each
SOAK = (6, 40)


@dataclass
class Laptop:
    name: str
    store: Store
    device_id: str
    recorder: PullRecorder
    engines: list[SyncEngine]
    rounds: int = 0
    by_hq: Counter[int] = field(default_factory=Counter)


@dataclass
class Run:
    db: HQDatabase
    hqs: list[KillableHQ]
    laptops: list[Laptop] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    decisions: Counter[str] = field(default_factory=Counter)  # HQ answers to the supervisors, by status
    published: int = 0
    races: int = 0
    race_answers: Counter[str] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _guard(run: Run, what: str, body: Callable[[], None]) -> Callable[[], None]:
    def guarded() -> None:
        try:
            body()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            run.errors.append(f"{what}: {type(exc).__name__}: {exc}")
    return guarded


def _laptop(run: Run, tmp_path: Path, number: int, seed: int) -> Laptop:
    store = setup.create_store(tmp_path / f"laptop-{number}", f"inspector{number}", "a laptop passphrase")
    code, _ = devices.new_enrol_code(run.db)
    device_id = enrol(store, run.hqs[number % 2].url, code).device_id
    demo.generate(store, inspections=4, seed=seed + number)
    with store.session() as s:
        token = s.get(Device, store.device_id).token
    recorder = PullRecorder()
    engines = [SyncEngine(store, HQClient(hq.url, token, transport=recorder), batch_ops=60, attempts=8,
                          backoff=0.05, max_backoff=0.5) for hq in run.hqs]
    return Laptop(f"laptop {number}", store, device_id, recorder, engines)


def _laptop_rounds(run: Run, laptop: Laptop, rounds: int, seed: int) -> Callable[[], None]:
    def body() -> None:
        rng = random.Random(seed)
        for number in range(rounds):
            some_work(laptop.store, rng, f"{laptop.name}.{number}", max_photo=60_000)
            if number % 3 == 0:
                demo.generate(laptop.store, inspections=1, seed=rng.randrange(10**6))
            which = (number + int(laptop.name.split()[-1])) % 2
            report = laptop.engines[which].sync_round()
            assert report.ok, f"{laptop.name} round {number} via HQ {which}: {report}"
            laptop.rounds += 1
            laptop.by_hq[which] += 1
    return body


def _supervisor(run: Run, hq: KillableHQ, seed: int) -> Callable[[], None]:
    def body() -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=f"{hq.url}/api/v1", timeout=60) as http:
            login = http.post("/login", json={"username": "ploy", "password": PASSWORD})
            assert login.status_code == 200, login.text
            http.headers["Authorization"] = f"Bearer {login.json()['token']}"
            while not run.done.is_set():
                listed = http.get("/review/inspections", params={"status": "submitted"})
                if listed.status_code >= 500:
                    run.server_errors.append(f"list: {listed.status_code}")
                submitted = listed.json() if listed.status_code == 200 else []
                if submitted:
                    choice = rng.choice(submitted)
                    decision = rng.choice([{"decision": "approved"},
                                           {"decision": "returned", "comment": "กรุณาแนบภาพถ่ายเพิ่ม"}])
                    answer = http.post(f"/review/inspections/{choice['id']}", json=decision)
                    if answer.status_code >= 500:
                        run.server_errors.append(f"review: {answer.status_code} {answer.text[:200]}")
                    # 409: the other supervisor decided it first; said in words, nothing decided twice.
                    run.decisions[str(answer.status_code)] += 1
                time.sleep(rng.uniform(0.01, 0.08))
    return body


def _publisher(run: Run) -> Callable[[], None]:
    def body() -> None:
        while not run.done.is_set():
            publish_reference(run.db, f"district-notice-{run.published}", {"n": run.published, "text": "ประกาศ"})
            run.published += 1
            time.sleep(0.03)
    return body


def _racer(run: Run, pair: tuple[FakeLaptop, FakeLaptop]) -> Callable[[], None]:
    """Two laptops, one through each HQ, send an inspection with the same reference at the same moment."""
    def body() -> None:
        while not run.done.is_set():
            reference = f"63-2569-RACE{uuid.uuid4().hex[:8].upper()}"
            ops = [laptop.inspection(reference=reference, status="draft") for laptop in pair]
            barrier = threading.Barrier(2)
            answers: list[Any] = [None, None]

            def send(index: int) -> None:
                barrier.wait()
                answers[index] = pair[index].push(ops[index]).results[0]

            threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            statuses = sorted(a.status for a in answers)
            assert statuses == ["applied", "rejected"], answers
            loser = next(a for a in answers if a.status == "rejected")
            assert f"another inspection with reference {reference}" in loser.reason, loser
            run.races += 1
            run.race_answers.update(statuses)
            time.sleep(0.05)
    return body


def _racers(run: Run) -> tuple[FakeLaptop, FakeLaptop]:
    pair = []
    for hq in run.hqs:
        view = SimpleNamespace(db=run.db, url=hq.url)
        pair.append(fake_laptop(view, f"racer via {hq.url}"))  # type: ignore[arg-type]
    return pair[0], pair[1]


def _pulls_complete(laptop: Laptop, exported: dict[str, list[dict]]) -> int:
    """Everything published to this laptop arrived once, in order; returns how many items."""
    meant = [p["seq"] for p in exported["publications"] if p["target_device_id"] in (None, laptop.device_id)]
    got = [seq for seq, _kind in laptop.recorder.pulled]
    assert got == sorted(set(got)), f"{laptop.name} received an item twice or out of order"
    skipped = sorted(set(meant) - set(got))
    assert not skipped, f"{laptop.name}'s cursor skipped {skipped[:10]}"
    assert set(got) <= set(meant), f"{laptop.name} received items not meant for it"
    return len(got)


def run_two_hqs(pg_url: str, tmp_path: Path, laptops: int, rounds: int, seed: int) -> dict[str, Any]:
    files = tmp_path / "hq-files"
    db = open_database(pg_url)
    hqs = [KillableHQ(pg_url, files).start(), KillableHQ(pg_url, files).start()]
    run = Run(db, hqs)
    try:
        users.create_user(db, "ploy", "Ploy S.", PASSWORD)
        run.laptops = [_laptop(run, tmp_path, number, seed) for number in range(laptops)]
        for laptop in run.laptops:  # the first round: the laptop's demo data reaches HQ
            assert laptop.engines[0].sync_round().ok
        racers = _racers(run)
        workers = [threading.Thread(target=_guard(run, laptop.name,
                                                  _laptop_rounds(run, laptop, rounds, seed * 100 + index)))
                   for index, laptop in enumerate(run.laptops)]
        helpers = [threading.Thread(target=_guard(run, f"supervisor via HQ {i}", _supervisor(run, hq, seed + i)))
                   for i, hq in enumerate(hqs)]
        helpers += [threading.Thread(target=_guard(run, "publisher", _publisher(run))),
                    threading.Thread(target=_guard(run, "reference race", _racer(run, racers)))]
        for thread in workers + helpers:
            thread.start()
        for thread in workers:
            thread.join(timeout=3600)
        run.done.set()
        for thread in helpers:
            thread.join(timeout=120)
        assert not run.errors, run.errors
        assert not run.server_errors, run.server_errors

        # One last round each, after every decision and publication: then compare everything.
        for laptop in run.laptops:
            assert laptop.engines[1].sync_round().ok
        exported = hq_export(pg_url, tmp_path / "export")
        keyring = unlock(db, EVIDENCE_PASSPHRASE)
        assert hq_snapshot(db, keyring)["ops"]  # the direct read and the export agree on what HQ holds
        totals = Counter()
        for laptop in run.laptops:
            comparison = compare(laptop.store, exported, laptop.device_id, files, include_conflicts=False)
            comparison.assert_exact()
            totals["records"] += comparison.records
            totals["ops"] += comparison.ops
            totals["files"] += comparison.files
            totals["pulled"] += _pulls_complete(laptop, exported)
            totals["syncs"] += laptop.rounds + 2
            assert not [s for s in laptop.recorder.statuses if s >= 500]
        references = [row["reference"] for row in exported["inspections"]]
        assert len(references) == len(set(references)), "two inspections at HQ share a reference"
        totals["inspections"] = len(references)
        totals["publications"] = len(exported["publications"])
        totals["decisions"] = len(exported["review_decisions"])
        return {"run": run, "totals": totals}
    finally:
        run.done.set()
        for laptop in run.laptops:
            for engine in laptop.engines:
                engine.close()
            laptop.store.close()
        for hq in hqs:
            hq.stop()
        db.dispose()


def _report(result: dict[str, Any], laptops: int, rounds: int, variant: str) -> None:
    run, totals = result["run"], result["totals"]
    via = Counter()
    for laptop in run.laptops:
        via.update(laptop.by_hq)
    decided = ", ".join(f"{count}× {status}" for status, count in sorted(run.decisions.items()))
    record(
        "two-hqs",
        f"Two HQ processes on one PostgreSQL [{variant}]: {laptops} laptops × {rounds} rounds at once "
        f"({via[0]} syncs via HQ A, {via[1]} via HQ B, all succeeded); supervisors through both HQs answered "
        f"{decided}; {run.published} data sets published meanwhile; {n(totals['ops'])} ops each logged once, "
        f"{n(totals['records'])} records equal, {totals['files']} files whole: 0 lost, 0 duplicated; "
        f"each laptop pulled every item meant for it ({n(totals['pulled'])} in all, of {n(totals['publications'])} "
        f"published), 0 skipped, 0 twice; "
        f"{n(totals['inspections'])} inspections, {n(totals['inspections'])} distinct references; "
        f"{run.races} reference races, each won once and refused once; 0 server errors",
        variant=variant, laptops=laptops, rounds=rounds, syncs_a=via[0], syncs_b=via[1], ops=totals["ops"],
        records=totals["records"], pulled=totals["pulled"], publications=totals["publications"],
        races=run.races, decisions=dict(run.decisions), inspections=totals["inspections"])


def test_two_hqs_one_postgresql(pg_url: str, tmp_path: Path) -> None:
    laptops, rounds = QUICK
    result = run_two_hqs(pg_url, tmp_path, laptops, rounds, seed=2569)
    _report(result, laptops, rounds, "quick")
    run = result["run"]
    assert all(laptop.by_hq[0] and laptop.by_hq[1] for laptop in run.laptops)  # each used both HQs
    assert run.races > 0 and run.published > 0 and sum(run.decisions.values()) > 0


@pytest.mark.soak
@pytest.mark.timeout(4 * 3600)
def test_two_hqs_one_postgresql_soak(pg_url: str, tmp_path: Path) -> None:
    laptops, rounds = SOAK
    result = run_two_hqs(pg_url, tmp_path, laptops, rounds, seed=random.randrange(10**6))
    _report(result, laptops, rounds, "soak")
    run = result["run"]
    assert all(laptop.by_hq[0] and laptop.by_hq[1] for laptop in run.laptops)
    assert run.races > 0 and run.published > 0 and sum(run.decisions.values()) > 0
