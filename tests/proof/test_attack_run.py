"""An attack run from the attacker's seat: every attack at once, while honest laptops go on syncing.

Two honest laptops (real data stores and sync engines, in threads) work and sync in a loop. One
enrolled laptop of the attacker's (A) meanwhile tries every attack of tests/hq/attacks.py, in
rounds: writing into laptop B's inspection, copying B's reference, writing HQ's accounts, taking
over B's identity, malformed changes (a revision of 2⁶³, lone surrogates, NUL, deep nesting,
oversized fields, ops that are not objects), unusable requests (pull?after=2⁶³, bodies beyond
16 MiB plain and as a gzip bomb, broken gzip, not JSON), a USB bundle with forged changes, the
same bundle with flipped bytes, and a flood of wrong sign-ins. Then:

* every try was refused with a clear answer (a reason per change, or `detail` and `code`), and
  HQ never answered with a server error: the only 5xx allowed is the documented 503 `busy`
  with Retry-After that sheds a sign-in flood;
* every round of the honest laptops succeeded, and afterwards HQ holds exactly each one's
  model; B's inspection is still B's, reviewable by its reference, and B receives the decision;
* HQ's rows the attacks aimed at are unchanged: its accounts, the laptops' identities (keys,
  tokens), no device added; every record the attacker wrote is its own, outside every other
  laptop's inspection and reference, and every honest laptop's record was written by that laptop;
* after the flood an admin lifts the lockout and the real supervisor signs in.

On SQLite and PostgreSQL. `make test` runs one round of every attack; `make soak` ten.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.models import Device, Inspection, WorkerInterview
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import users
from inspector_app.hq.models import Device as HQDevice
from inspector_app.hq.models import Record, User
from inspector_app.i18n.english import count_noun
from inspector_app.sync.client import HQClient
from inspector_app.sync.engine import SyncEngine

from ..hq import attacks
from ..hq.attacks import Refusals, Victim
from ..hq.devices import fake_laptop
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .figures import n, record
from .laptop_work import some_work
from .model import compare, hq_export
from .recording import PullRecorder

PASSWORD = "a long supervisor password"
QUICK_ROUNDS, SOAK_ROUNDS = 1, 10
FLOOD = {"attempts": 40, "concurrency": 8}  # past the per-address limit (20): 401s, then 429s, and 503s
FLOOD_NAMES = ["ploy", "admin", "root", "supervisor", "ploy.s"]


@dataclass
class Honest:
    name: str
    store: Store
    engine: SyncEngine
    recorder: PullRecorder
    device_id: str
    rounds: int = 0
    failures: list[str] = field(default_factory=list)


def _honest(hq: HQServer, tmp_path: Path, name: str, seed: int) -> Honest:
    store = setup.create_store(tmp_path / name, name, "an honest laptop passphrase")
    device_id = enrol_store(store, hq)
    demo.generate(store, inspections=6, seed=seed)
    with store.session() as s:
        token = s.get(Device, store.device_id).token
    recorder = PullRecorder()
    engine = SyncEngine(store, HQClient(hq.url, token, transport=recorder), attempts=6, backoff=0.05,
                        max_backoff=0.5)
    report = engine.sync_round()
    assert report.ok, report
    return Honest(name, store, engine, recorder, device_id)


def _victim(laptop: Honest) -> Victim:
    with laptop.store.session() as s:
        with_testimony = select(WorkerInterview.inspection_id)
        target = s.scalars(select(Inspection).where(Inspection.status == "submitted",
                                                    Inspection.id.in_(with_testimony))).first()
        draft = s.scalars(select(Inspection).where(Inspection.status == "draft")).first()
    assert target is not None and draft is not None
    return Victim(laptop.store, laptop.engine, laptop.device_id, target.id, target.reference, draft.id)


def _untouchable(hq: HQServer) -> dict[str, list[tuple[Any, ...]]]:
    """HQ's rows no laptop may change: its accounts and the laptops' identities."""
    with hq.db.read() as conn:
        accounts = conn.execute(select(User.id, User.username, User.display_name, User.role, User.password_hash,
                                       User.active).order_by(User.id)).all()
        laptops = conn.execute(select(HQDevice.id, HQDevice.local_id, HQDevice.name, HQDevice.public_key,
                                      HQDevice.token_hash, HQDevice.revoked_at).order_by(HQDevice.id)).all()
    return {"accounts": [tuple(r) for r in accounts], "laptops": [tuple(r) for r in laptops]}


def _records_kept_apart(hq: HQServer, attacker: Any, honest: list[Honest]) -> int:
    """Who owns and wrote each record at HQ: the attacker only its own, each honest laptop only its own.
    Returns how many records the attacker holds (its own inspection, records in it, places)."""
    with hq.db.read() as conn:
        rows = conn.execute(select(Record.entity, Record.entity_id, Record.owner_device_id, Record.writer_device_id,
                                   Record.inspection_id, Record.reference)).all()
    inspections_of = {}
    for row in rows:
        if row.entity == "inspections":
            inspections_of[row.entity_id] = row.owner_device_id
    honest_ids = {laptop.device_id for laptop in honest}
    by_attacker = [row for row in rows if attacker.device_id in (row.owner_device_id, row.writer_device_id)]
    for row in by_attacker:
        assert row.owner_device_id == row.writer_device_id == attacker.device_id, row
        if row.inspection_id is not None:
            assert inspections_of[row.inspection_id] == attacker.device_id, row
    honest_references = {row.reference for row in rows if row.owner_device_id in honest_ids and row.reference}
    assert not {row.reference for row in by_attacker} & honest_references
    for row in rows:
        if row.owner_device_id in honest_ids:
            assert row.writer_device_id == row.owner_device_id, row
    return len(by_attacker)


def _keep_syncing(laptop: Honest, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        try:
            some_work(laptop.store, rng, f"{laptop.name}.{laptop.rounds}", max_photo=40_000)
            report = laptop.engine.sync_round()
        except Exception as error:  # a thread's exception would otherwise vanish: the test must see it
            laptop.failures.append(f"round {laptop.rounds + 1}: {error!r}")
            return
        laptop.rounds += 1
        if not report.ok or report.rejected:
            laptop.failures.append(f"round {laptop.rounds}: {report}")
        stop.wait(0.25)  # a laptop syncs every few moments, not flat out


def _attack_round(hq: HQServer, victim: Victim, attacker: Any, laptop_b: dict[str, Any], tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> list[Refusals]:
    done = [attacks.write_into_anothers_inspection(victim, attacker)[0],
            attacks.copy_a_reference(victim, attacker),
            attacks.write_users(hq, attacker),
            attacks.take_over_identity(hq, victim, attacker, laptop_b)[0],
            attacks.malformed_ops(attacker),
            attacks.unusable_requests(attacker),
            attacks.bundle_with_forged_changes(hq, victim, attacker, tmp_path / "forged.bundle", capsys),
            attacks.flipped_bundle_bytes(hq, attacker, tmp_path / "flipped.bundle", capsys),
            attacks.login_flood(hq, FLOOD_NAMES, **FLOOD)]
    return done


def _supervisor_signs_in_after_an_unlock(hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert hq_cli.main(["unlock-user", "--db", hq.db_url, "ploy"]) == 0
    assert hq_cli.main(["unlock-address", "--db", hq.db_url, "127.0.0.1"]) == 0
    capsys.readouterr()
    signed_in = httpx.post(f"{hq.url}/api/v1/login", json={"username": "ploy", "password": PASSWORD}, timeout=60)
    assert signed_in.status_code == 200, signed_in.text


def run_attacks(hq: HQServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], rounds: int) -> dict[str, Any]:
    users.create_user(hq.db, "ploy", "Ploy S.", PASSWORD)
    # (Seed 23 gives B a submitted inspection with testimony, and a draft.)
    honest = [_honest(hq, tmp_path, "laptop-b", 23), _honest(hq, tmp_path, "laptop-c", 22)]
    victim = _victim(honest[0])
    attacker = fake_laptop(hq, "Laptop A")
    laptop_b = next(d for d in attacks.export(hq, tmp_path / "recon", capsys)["devices"]
                    if d["id"] == victim.device_id)
    before = _untouchable(hq)
    stop = threading.Event()
    threads = [threading.Thread(target=_keep_syncing, args=(laptop, stop, 100 + i))
               for i, laptop in enumerate(honest)]
    for thread in threads:
        thread.start()
    refusals: list[Refusals] = []
    try:
        for _ in range(rounds):
            refusals += _attack_round(hq, victim, attacker, laptop_b, tmp_path, capsys)
            _supervisor_signs_in_after_an_unlock(hq, capsys)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=600)
    for laptop in honest:
        assert not laptop.failures, laptop.failures
        assert laptop.rounds > 0
        assert not [s for s in laptop.recorder.statuses if s >= 500], laptop.recorder.statuses

    assert _untouchable(hq) == before, "an attack changed HQ's accounts or a laptop's identity"
    attackers_own = _records_kept_apart(hq, attacker, honest)
    # B's inspection is still B's alone, reviewable by its reference; B syncs and gets the decision.
    attacks.b_is_intact(hq, victim, attacker, tmp_path, capsys)
    exported = hq_export(hq.db_url, tmp_path / "final-export")
    compared = Counter()
    for laptop in honest:
        assert laptop.engine.sync_round().ok
        comparison = compare(laptop.store, exported, laptop.device_id, hq.attachments)
        comparison.assert_exact()
        compared["records"] += comparison.records
        compared["ops"] += comparison.ops
    for laptop in honest:
        laptop.engine.close()
        laptop.store.close()
    return {"refusals": refusals, "honest": honest, "compared": compared, "attackers_own": attackers_own}


def _summarise(refusals: list[Refusals]) -> tuple[dict[str, int], Counter[int]]:
    tries: dict[str, int] = {}
    statuses: Counter[int] = Counter()
    for refused in refusals:
        tries[refused.attack] = tries.get(refused.attack, 0) + len(refused.answers)
        statuses.update(refused.statuses)
    return tries, statuses


def _report(result: dict[str, Any], backend: str, rounds: int, variant: str) -> dict[str, int]:
    tries, statuses = _summarise(result["refusals"])
    flood = Counter()
    for refused in result["refusals"]:
        if refused.attack == "a flood of sign-ins":
            flood.update(refused.statuses)
    honest = result["honest"]
    total = sum(tries.values())
    record(
        "attacks",
        f"Attack run [{backend}, {variant}]: {count_noun(rounds, 'round')} of {len(tries)} attacks, {n(total)} tries, "
        f"{n(total)} refused with a reason ("
        + "; ".join(f"{attack} {count}" for attack, count in tries.items())
        + f"; sign-in flood answered {flood[401]}× 401, {flood[429]}× 429, {flood[503]}× 503 busy); "
        f"0 server errors; meanwhile honest laptops synced {sum(h.rounds for h in honest)} rounds, all succeeded, "
        f"and HQ = each laptop ({n(result['compared']['records'])} records, {n(result['compared']['ops'])} ops: "
        f"0 lost, 0 duplicated); HQ's accounts and laptop identities unchanged, the attacker's "
        f"{result['attackers_own']} accepted records all its own; B's inspection reviewed by its reference afterwards",
        backend=backend, variant=variant, rounds=rounds, tries=total, by_attack=tries,
        flood={str(k): v for k, v in flood.items()}, honest_rounds=sum(h.rounds for h in honest))
    return tries


def _assert_refused(result: dict[str, Any], rounds: int) -> None:
    tries, statuses = _summarise(result["refusals"])
    assert len(tries) == 9 and all(tries.values())
    # No server error: the one 5xx HQ may give is the documented 503 `busy` shedding a sign-in flood.
    flood_503 = sum(r.statuses[503] for r in result["refusals"] if r.attack == "a flood of sign-ins")
    assert not [s for s in statuses if s >= 500 and s != 503] and statuses[503] == flood_503


def _backend(hq: HQServer) -> str:
    return "postgresql" if "://" in hq.db_url else "sqlite"


def test_attack_run(hq: HQServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_attacks(hq, tmp_path, capsys, QUICK_ROUNDS)
    _report(result, _backend(hq), QUICK_ROUNDS, "quick")
    _assert_refused(result, QUICK_ROUNDS)


@pytest.mark.soak
@pytest.mark.timeout(4 * 3600)
def test_attack_run_soak(hq: HQServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_attacks(hq, tmp_path, capsys, SOAK_ROUNDS)
    _report(result, _backend(hq), SOAK_ROUNDS, "soak")
    _assert_refused(result, SOAK_ROUNDS)
