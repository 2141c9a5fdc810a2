"""A push keeps the laptop's audit head in its batch's own transaction: one commit per push, the same answers and
stored rows as acknowledging it in a transaction of its own after the batch (as HQ did, and as a USB bundle still
does), and no state where HQ holds the batch without the head that came with it, or the reverse."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import event, select

from inspector_app.hq import audit_heads, devices, push
from inspector_app.hq.devices import DeviceIdentity
from inspector_app.hq.errors import Forbidden
from inspector_app.hq.keys import hq_public_key
from inspector_app.hq.models import AuditHead, Batch, OpLog, Record
from inspector_app.sync.protocol import AuditAck, Op, PushBatch, PushResponse

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

HEAD_A, HEAD_B, HEAD_C = "a" * 64, "b" * 64, "c" * 64


def _identity(hq: HQServer, laptop: FakeLaptop) -> DeviceIdentity:
    with hq.db.read() as conn:
        return devices.authenticate(conn, laptop.token)


def _batch(laptop: FakeLaptop, batch_id: str, ops: list[Op], seq: int | None = None, head: str | None = None
           ) -> PushBatch:
    return PushBatch(batch_id=f"batch-{batch_id}", device_id=laptop.device_id, ops=ops, audit_seq=seq, audit_head=head)


def _one_transaction(hq: HQServer, device: DeviceIdentity, batch: PushBatch) -> PushResponse:
    return push.push(hq.db, device, batch)


def _two_transactions(hq: HQServer, device: DeviceIdentity, batch: PushBatch) -> PushResponse:
    """How HQ answered a push before: the batch committed, then the head acknowledged in a transaction of its own."""
    response = push.apply_batch(hq.db, device, batch.batch_id, batch.ops, source="push")
    with hq.db.write() as conn:
        held = audit_heads.keep(conn, device, batch.audit_seq, batch.audit_head)
    response.audit_ack = audit_heads.signed(device, held)
    return response


def _script(laptop: FakeLaptop, tag: str) -> list[PushBatch]:
    """A laptop's pushes: a batch, its replay with a further head, a head gone backwards (with a conflict and a
    refused op), heads HQ cannot take, no head, and a replay without a head."""
    inspection = laptop.inspection(f"{tag}-i1", reference=f"63-2569-{tag.upper()}")
    findings = [laptop.op("findings", f"{tag}-f{n}", 0, 1, inspection_id=inspection.id, title=f"Finding {n}")
                for n in range(2)]
    first = _batch(laptop, f"{tag}-b1", [inspection, *findings], 40, HEAD_A)
    stale = laptop.op("findings", f"{tag}-f0", 0, 2, inspection_id=inspection.id, title="Made on no revision")
    not_for_hq = laptop.op("checklist_templates", f"{tag}-t1", 0, 1, code="X")
    answer = laptop.op("checklist_answers", f"{tag}-a1", 0, 1, inspection_id=inspection.id, item_code="C-1")
    return [
        first,
        first.model_copy(update={"audit_seq": 41, "audit_head": HEAD_B}),
        _batch(laptop, f"{tag}-b2", [stale, not_for_hq], 12, HEAD_C),
        _batch(laptop, f"{tag}-b3", [answer], 0, HEAD_C),
        _batch(laptop, f"{tag}-b4", [laptop.op("checklist_answers", f"{tag}-a2", 0, 1, inspection_id=inspection.id,
                                               item_code="C-2")], 50, "not a digest"),
        _batch(laptop, f"{tag}-b5", [laptop.op("checklist_answers", f"{tag}-a3", 0, 1, inspection_id=inspection.id,
                                               item_code="C-3")]),
        first.model_copy(update={"audit_seq": None, "audit_head": None}),
    ]


def _plain(value: Any, laptop: FakeLaptop, tag: str) -> Any:
    """`value` as JSON with this laptop's ids written alike for every laptop."""
    text = json.dumps(value, sort_keys=True, default=str)
    for own, common in ((laptop.local_id, "LOCAL"), (laptop.device_id, "DEVICE"), (tag, "TAG"),
                        (tag.upper(), "TAG")):
        text = text.replace(own, common) if own else text
    return json.loads(text)


def _answer(response: PushResponse, laptop: FakeLaptop, tag: str) -> Any:
    """The answer, its acknowledgement's signature and time left out (HQ's key and the clock), checked apart."""
    data = response.model_dump(mode="json")
    if data["audit_ack"] is not None:
        del data["audit_ack"]["signature"], data["audit_ack"]["acknowledged_at"]
    return _plain(data, laptop, tag)


def _stored(hq: HQServer, laptop: FakeLaptop, tag: str) -> Any:
    with hq.db.read() as conn:
        batches = sorted((b.batch_id, b.source, b.op_count, json.dumps(b.response, sort_keys=True))
                         for b in conn.execute(select(Batch).where(Batch.device_id == laptop.device_id)))
        ops = sorted((o.op_id, o.entity_id, o.status, o.batch_id)
                     for o in conn.execute(select(OpLog).where(OpLog.device_id == laptop.device_id)))
        records = sorted((r.entity, r.entity_id, r.rev, r.needs_review)
                         for r in conn.execute(select(Record).where(Record.owner_device_id == laptop.device_id)))
        heads = [(h.seq, h.head) for h in conn.execute(select(AuditHead).where(AuditHead.device_id == laptop.device_id))]
    return _plain({"batches": batches, "ops": ops, "records": records, "heads": heads}, laptop, tag)


def _verify(hq: HQServer, ack: AuditAck) -> None:
    with hq.db.read() as conn:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(hq_public_key(conn)))
    key.verify(base64.b64decode(ack.signature), ack.message())


def test_one_transaction_answers_and_stores_what_two_did(hq: HQServer) -> None:
    runs: dict[str, list[Any]] = {}
    stored: dict[str, Any] = {}
    for tag, way in (("lapone", _one_transaction), ("laptwo", _two_transactions)):
        laptop = fake_laptop(hq, tag)
        device = _identity(hq, laptop)
        responses = [way(hq, device, batch) for batch in _script(laptop, tag)]
        runs[tag] = [_answer(r, laptop, tag) for r in responses]
        stored[tag] = _stored(hq, laptop, tag)
        for response in responses:
            if response.audit_ack is not None:
                _verify(hq, response.audit_ack)
    assert runs["lapone"] == runs["laptwo"]
    assert stored["lapone"] == stored["laptwo"]
    # What the script covers: a fresh ack, a replay acknowledging a further head, a head gone backwards
    # answered with the furthest, refused and absent heads answered with none.
    acks = [(a["replayed"], a["audit_ack"] and a["audit_ack"]["seq"]) for a in runs["lapone"]]
    assert acks == [(False, 40), (True, 41), (False, 41), (False, None), (False, None), (False, None), (True, None)]
    assert {r["status"] for r in runs["lapone"][2]["results"]} == {"conflict", "rejected"}
    assert stored["lapone"]["heads"] == [[41, HEAD_B]]
    assert all('"audit_ack": null' in b[3] for b in stored["lapone"]["batches"])  # the stored answer holds no ack


def test_a_push_commits_once(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    device = _identity(hq, laptop)
    commits: list[int] = []
    listener: Callable[[Any], None] = lambda _conn: commits.append(1)  # noqa: E731
    event.listen(hq.db.engine, "commit", listener)
    try:
        batch = _batch(laptop, "b1", [laptop.inspection("i1")], 7, HEAD_A)
        assert push.push(hq.db, device, batch).audit_ack is not None
        assert len(commits) == 1
        replay = push.push(hq.db, device, batch.model_copy(update={"audit_seq": 8, "audit_head": HEAD_B}))
        assert replay.replayed and replay.audit_ack is not None and replay.audit_ack.seq == 8
        assert len(commits) == 2
    finally:
        event.remove(hq.db.engine, "commit", listener)


def test_another_devices_batch_id_keeps_no_head(hq: HQServer) -> None:
    owner, other = fake_laptop(hq, "owner"), fake_laptop(hq, "other")
    push.push(hq.db, _identity(hq, owner), _batch(owner, "taken", [owner.inspection("i1")], 3, HEAD_A))
    with pytest.raises(Forbidden):
        push.push(hq.db, _identity(hq, other), _batch(other, "taken", [other.inspection("i2")], 9, HEAD_B))
    assert _stored(hq, other, "")["heads"] == []


class _Crash(Exception):
    """The process dying at this point: what its transaction had written is rolled back, nothing more runs."""


def _crash(*_args: Any) -> None:
    raise _Crash


def test_a_crash_before_the_commit_leaves_neither_the_batch_nor_its_head(hq: HQServer,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = fake_laptop(hq)
    device = _identity(hq, laptop)
    push.push(hq.db, device, _batch(laptop, "b1", [laptop.inspection("i1")], 40, HEAD_A))
    ops = [laptop.op("findings", f"f{n}", 0, 1, inspection_id="i1", title="Passports held") for n in range(3)]
    batch = _batch(laptop, "b2", ops, 41, HEAD_B)
    with monkeypatch.context() as patched:
        patched.setattr(audit_heads, "keep", _crash)  # the batch written, its head about to be
        with pytest.raises(_Crash):
            push.push(hq.db, device, batch)
    before = _stored(hq, laptop, "")
    assert [b[0] for b in before["batches"]] == ["batch-b1"] and len(before["ops"]) == 1 and len(before["records"]) == 1
    assert before["heads"] == [[40, HEAD_A]]
    # The laptop heard nothing and sends the batch again: applied now, as on an HQ that never saw it.
    again = push.push(hq.db, device, batch)
    assert not again.replayed and [r.status for r in again.results] == ["applied"] * 3
    assert again.audit_ack is not None and (again.audit_ack.seq, again.audit_ack.head) == (41, HEAD_B)
    assert _stored(hq, laptop, "")["heads"] == [[41, HEAD_B]]


def test_a_crash_after_the_commit_is_answered_whole_on_the_resend(hq: HQServer,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = fake_laptop(hq)
    device = _identity(hq, laptop)
    batch = _batch(laptop, "b1", [laptop.inspection("i1")], 40, HEAD_A)
    with monkeypatch.context() as patched:
        patched.setattr(audit_heads, "signed", _crash)  # committed, the answer not yet made
        with pytest.raises(_Crash):
            push.push(hq.db, device, batch)
    held = _stored(hq, laptop, "")
    assert [b[0] for b in held["batches"]] == ["batch-b1"] and held["heads"] == [[40, HEAD_A]]  # both, together
    again = push.push(hq.db, device, batch)
    assert again.replayed and [r.status for r in again.results] == ["applied"]
    assert again.audit_ack is not None and (again.audit_ack.seq, again.audit_ack.head) == (40, HEAD_A)
    _verify(hq, again.audit_ack)
