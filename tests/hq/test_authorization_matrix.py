"""The authorization matrix: every laptop entity × {owner, non-owner, revoked, no token} × {push, pull,
attachment upload/status}, with the answer each must get and what HQ holds afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.hq import reviews, users
from inspector_app.hq.models import Record
from inspector_app.hq.ownership import DIRECTORY, INSPECTION_PARTS, INSPECTIONS
from inspector_app.sync.client import DeviceRevoked, ProtocolError
from inspector_app.sync.protocol import PUBLICATION_KINDS, Op, PushBatch

from .filled import FilledHQs
from .support import HQServer
from .world import ENTITIES, HQ_OWNED, PHOTO, World, build_world

ROLES = ("owner", "non_owner", "revoked", "no_token")


def _built(hq: HQServer) -> World:
    world = build_world(hq)
    world.close()  # each test's copy talks to its own HQ
    return world


@pytest.fixture
def world(hq_db_url: str, tmp_path: Path, filled_hqs: FilledHQs) -> Iterator[World]:
    """The world `build_world` made, in a copy the test's own HQ serves (the worker builds one per database)."""
    made: World = filled_hqs.copy_into("authorization-world", hq_db_url, tmp_path / "hq-files", _built)
    server = HQServer(hq_db_url, tmp_path / "hq-files").start()
    world = made.on(server)
    yield world
    world.close()
    server.stop()


def _update(world: World, role: str, entity: str) -> Op:
    """`role`'s change to B's record of `entity` (on the revision HQ holds, so only ownership decides)."""
    laptop = world.laptop(role if role != "no_token" else "non_owner")
    return laptop.op(entity, world.ids[entity], 1, 2, **{**world.fields[entity], "probe": role})


def _create(world: World, role: str, entity: str) -> Op:
    """A new record: under B's inspection for the parts of an inspection, a laptop's own otherwise."""
    laptop = world.laptop(role if role != "no_token" else "non_owner")
    fields = {**world.fields[entity], "probe": role}
    if entity == INSPECTIONS:
        fields["reference"] = f"{fields['reference']}-{role}"
    op = laptop.op(entity, f"{role}-{entity}", 0, 1, **fields)
    if entity == "attachments":
        op.attachment_refs = [world.sha]
    return op


def _send_without_token(world: World, ops: list[Op]) -> httpx.Response:
    batch = PushBatch(batch_id="no-token-batch-1", device_id=world.other.device_id, ops=ops)
    return httpx.post(f"{world.hq.url}/api/v1/push", content=batch.model_dump_json(),
                      headers={"Content-Type": "application/json"})


def _unchanged(world: World, entity: str) -> None:
    held = world.held(world.ids[entity])
    assert held is not None and held.rev == 1 and "probe" not in held.fields, entity
    assert held.owner_device_id == held.writer_device_id == world.owner.device_id, entity


@pytest.mark.parametrize("role", ROLES)
def test_push(world: World, role: str) -> None:
    updates = [_update(world, role, e) for e in ENTITIES]
    creates = [_create(world, role, e) for e in ENTITIES]
    if role in ("revoked", "no_token"):
        if role == "revoked":
            with pytest.raises(DeviceRevoked, match="revoked this laptop's access"):
                world.revoked.push(*updates, *creates)
        else:
            answer = _send_without_token(world, updates + creates)
            assert answer.status_code == 401 and answer.json()["code"] == "no_token"
        for entity in ENTITIES:
            _unchanged(world, entity)
            assert world.held(f"{role}-{entity}") is None, entity
            assert not world.kept_versions(world.ids[entity]), entity
        assert not world.ops_logged_by(world.other)
        return

    laptop = world.laptop(role)
    answers = laptop.push(*updates, *creates).results
    by_op = {a.op_id: a for a in answers}
    for entity, update, create in zip(ENTITIES, updates, creates, strict=True):
        changed, created = by_op[update.op_id], by_op[create.op_id]
        if role == "owner":
            assert (changed.status, created.status) == ("applied", "applied"), (entity, changed, created)
            held = world.held(world.ids[entity])
            assert held.fields["probe"] == "owner" and held.rev == 2, entity
            assert held.writer_device_id == held.owner_device_id == world.owner.device_id, entity
            assert world.held(create.id).owner_device_id == world.owner.device_id, entity
            continue
        # Another enrolled laptop.
        if entity in DIRECTORY:
            assert changed.status == "conflict" and changed.reason.startswith("Kept for a supervisor"), entity
            held = world.held(world.ids[entity])
            assert held.needs_review and "probe" not in held.fields and held.rev == 1, entity
            kept = world.kept_versions(world.ids[entity])
            assert [(k.kind, k.device_id, k.fields["probe"]) for k in kept] == [
                ("proposal", world.other.device_id, "non_owner")], entity
        else:
            assert changed.status == "rejected" and not changed.retryable, entity
            assert "belongs to another laptop" in changed.reason, (entity, changed.reason)
            _unchanged(world, entity)
            assert not world.kept_versions(world.ids[entity]), entity
        if entity in INSPECTION_PARTS:
            assert created.status == "rejected" and "belongs to another laptop" in created.reason, entity
            assert world.held(create.id) is None, entity
        else:
            # Anyone may create an inspection or a directory record of their own.
            assert created.status == "applied", (entity, created)
            assert world.held(create.id).owner_device_id == world.other.device_id, entity
    # Nothing of the other laptop's is under B's inspection.
    with world.hq.db.read() as conn:
        under = conn.execute(select(Record.writer_device_id, Record.owner_device_id)
                             .where(Record.inspection_id == world.inspection)).all()
    assert under and all(r == (world.owner.device_id, world.owner.device_id) for r in under)


@pytest.mark.parametrize("role", ("owner", "non_owner"))
def test_push_of_records_hq_keeps_for_itself(world: World, role: str) -> None:
    laptop = world.laptop(role)
    ops = [laptop.op(entity, f"{role}-{entity}", 0, 1, username="supervisor", display_name="Forged")
           for entity in HQ_OWNED]
    for op, answer in zip(ops, laptop.push(*ops).results, strict=True):
        assert answer.status == "rejected" and f"does not take {op.entity}" in answer.reason
    with world.hq.db.read() as conn:
        assert not conn.scalar(select(func.count()).select_from(Record).where(Record.entity.in_(HQ_OWNED)))


def _payload_text(items: list[Any]) -> str:
    return json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False)


@pytest.mark.parametrize("role", ROLES)
def test_pull(world: World, role: str) -> None:
    users.create_user(world.hq.db, "sup", "Supervisor", "long password 1")
    reviews.review(world.hq.db, world.inspection, "approved", None, users.find_reviewer(world.hq.db, "sup"))
    if role == "no_token":
        answer = httpx.get(f"{world.hq.url}/api/v1/pull")
        assert answer.status_code == 401 and answer.json()["code"] == "no_token"
        return
    if role == "revoked":
        with pytest.raises(DeviceRevoked):
            world.revoked.client.pull(0)
        return
    items = world.laptop(role).client.pull(0, kinds=PUBLICATION_KINDS).items  # a laptop that applies every kind
    text = _payload_text(items)
    if role == "owner":
        assert sorted(i.kind for i in items) == ["document_key", "evidence_key", "finding_status", "review", "user"]
        review = next(i for i in items if i.kind == "review")
        assert review.payload["inspection_id"] == world.inspection
        # The approved inspection is a follow-up whose verification says the earlier finding was corrected:
        # HQ tells the owner the status that gives its earlier finding (naming its own verification).
        status = next(i for i in items if i.kind == "finding_status").payload
        assert (status["finding_id"], status["status"]) == (world.ids["earlier_finding"], "remedied")
        assert status["last_verification"]["verification_id"] == world.ids["finding_verifications"]
    else:
        assert sorted(i.kind for i in items) == ["document_key", "evidence_key", "user"]
    # HQ never hands a laptop record content, its own or another's: only what HQ itself publishes.
    for entity in ENTITIES:
        if not (role == "owner" and entity in (INSPECTIONS, "finding_verifications")):
            assert world.ids[entity] not in text, entity
    assert world.fields["worker_interviews"]["notes_original"] not in text


@pytest.mark.parametrize("role", ROLES)
def test_attachment_upload_and_status(world: World, role: str) -> None:
    url = f"{world.hq.url}/api/v1/attachments"
    if role == "no_token":
        for method, path in (("GET", f"/{world.sha}"), ("POST", ""), ("PUT", f"/{world.sha}?offset=0")):
            answer = httpx.request(method, url + path, json={"sha256": world.sha, "size": len(PHOTO)})
            assert answer.status_code == 401 and answer.json()["code"] == "no_token", (method, path)
        return
    if role == "revoked":
        for call in (lambda c: c.upload_status(world.sha), lambda c: c.start_upload(world.sha, len(PHOTO)),
                     lambda c: c.upload_chunk(world.sha, 0, PHOTO)):
            with pytest.raises(DeviceRevoked):
                call(world.revoked.client)
        return
    laptop = world.laptop(role)
    if role == "owner":
        assert laptop.client.upload_status(world.sha).complete
        assert laptop.client.start_upload(world.sha, len(PHOTO)).complete
        return
    # Another laptop sees nothing of B's upload, and must send the whole file to prove it holds it.
    with pytest.raises(ProtocolError) as unseen:
        laptop.client.upload_status(world.sha)
    assert unseen.value.status == 404 and unseen.value.code == "no_upload"
    started = laptop.client.start_upload(world.sha, len(PHOTO))
    assert (started.offset, started.complete) == (0, False)
    assert laptop.client.upload_chunk(world.sha, 0, PHOTO).complete
    # Holding the same file still gives it no way into B's inspection; into its own, yes.
    into_b = laptop.op("attachments", "a-photo-1", 0, 1, **world.fields["attachments"])
    into_b.attachment_refs = [world.sha]
    own = laptop.own_inspection()
    into_own = laptop.op("attachments", "a-photo-2", 0, 1, inspection_id=own, sha256=world.sha, mime="image/png")
    into_own.attachment_refs = [world.sha]
    refused, taken = laptop.push(into_b, into_own).results
    assert refused.status == "rejected" and "belongs to another laptop" in refused.reason
    assert taken.status == "applied"
    assert world.held("a-photo-1") is None and world.held("a-photo-2").inspection_id == own
