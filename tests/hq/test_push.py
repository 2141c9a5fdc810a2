"""Push at HQ: idempotent ops and batches, per-op answers, conflicts kept, never a blocked queue."""

from __future__ import annotations

import gzip
import threading

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.hq.models import ConflictVersion, OpLog, Record
from inspector_app.sync.client import HQClient

from .devices import FakeLaptop, fake_laptop
from .support import HQServer


@pytest.fixture
def laptop(hq: HQServer) -> FakeLaptop:
    return fake_laptop(hq)


def _record(hq: HQServer, entity: str, record_id: str) -> Record:
    with hq.db.read() as conn:
        return conn.execute(select(Record).where(Record.entity == entity, Record.entity_id == record_id)).one()


def _count(hq: HQServer, model: type) -> int:
    with hq.db.read() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def test_a_replayed_batch_gets_the_stored_answer_and_applies_nothing_twice(hq: HQServer, laptop: FakeLaptop) -> None:
    ops = [laptop.inspection("i1")] + [
        laptop.op("checklist_answers", f"a{n}", 0, 1, inspection_id="i1", item_code=f"C-{n}", note="ตรวจแล้ว")
        for n in range(5)]
    batch = laptop.batch(*ops)
    first = laptop.client.push(batch)
    again = laptop.client.push(batch)
    assert [r.status for r in first.results] == ["applied"] * 6 and not first.replayed
    assert again.replayed and again.results == first.results
    # The same ops in a new batch (e.g. rebuilt after a crash): duplicates, with the first answer.
    rebuilt = laptop.push(*ops)
    assert {(r.status, r.original) for r in rebuilt.results} == {("duplicate", "applied")}
    assert _count(hq, OpLog) == 6 and _count(hq, Record) == 6
    assert _record(hq, "checklist_answers", "a3").fields["note"] == "ตรวจแล้ว"


def test_one_bad_op_is_rejected_with_a_reason_and_the_rest_applies(hq: HQServer, laptop: FakeLaptop) -> None:
    laptop.own_inspection("i1")
    good = laptop.op("findings", "f1", 0, 1, inspection_id="i1", title="Passports held")
    not_for_hq = laptop.op("checklist_templates", "t1", 0, 1, code="X")
    wrong_id = laptop.op("findings", "f2", 0, 1, inspection_id="i1")
    wrong_id.fields["id"] = "something-else"
    foreign = laptop.op("findings", "f3", 0, 1, inspection_id="i1")
    foreign.op_id = "another-laptop:1"
    after = laptop.op("findings", "f4", 0, 1, inspection_id="i1", title="Wages withheld")
    results = {r.op_id: r for r in laptop.push(good, not_for_hq, wrong_id, foreign, after).results}
    assert results[good.op_id].status == results[after.op_id].status == "applied"
    assert "does not take checklist_templates" in results[not_for_hq.op_id].reason
    assert "different id" in results[wrong_id.op_id].reason
    assert "another device" in results["another-laptop:1"].reason
    assert all(r.status == "rejected" and not r.retryable
               for k, r in results.items() if k not in (good.op_id, after.op_id))
    # A rejected op is not recorded: once fixed it can be sent again and applied.
    wrong_id.fields["id"] = "f2"
    assert laptop.push(wrong_id).results[0].status == "applied"


def test_the_same_op_id_with_other_content_is_refused(hq: HQServer, laptop: FakeLaptop) -> None:
    op = laptop.op("findings", "f1", 0, 1, inspection_id=laptop.own_inspection(), title="original")
    laptop.push(op)
    forged = op.model_copy(update={"fields": {**op.fields, "title": "changed"}})
    result = laptop.push(forged).results[0]
    assert result.status == "rejected" and "different change under this op id" in result.reason
    assert _record(hq, "findings", "f1").fields["title"] == "original"


def test_a_stale_base_revision_keeps_both_versions_and_flags_the_record(hq: HQServer, laptop: FakeLaptop) -> None:
    laptop.push(laptop.inspection("i1", summary="v1"), laptop.op("inspections", "i1", 1, 2, summary="v2"))
    stale = laptop.op("inspections", "i1", 1, 2, summary="edited on an old copy")
    result = laptop.push(stale).results[0]
    assert result.status == "conflict" and "revision 2" in result.reason
    record = _record(hq, "inspections", "i1")
    assert record.fields["summary"] == "v2" and record.rev == 2 and record.needs_review
    with hq.db.read() as conn:
        kept = conn.execute(select(ConflictVersion)).one()
    assert (kept.op_id, kept.base_rev, kept.hq_rev) == (stale.op_id, 1, 2)
    assert kept.fields["summary"] == "edited on an old copy"
    # Sent again: a duplicate that still says what happened; a later good change does not clear the flag.
    assert (laptop.push(stale).results[0].status, laptop.push(stale).results[0].original) == ("duplicate", "conflict")
    assert laptop.push(laptop.op("inspections", "i1", 2, 3, summary="v3")).results[0].status == "applied"
    record = _record(hq, "inspections", "i1")
    assert record.fields["summary"] == "v3" and record.needs_review


def test_an_op_waiting_for_its_file_holds_back_later_changes_of_that_record(hq: HQServer, laptop: FakeLaptop) -> None:
    laptop.own_inspection("i1")
    photo = laptop.op("attachments", "p1", 0, 1, inspection_id="i1", sha256="ab" * 32)
    photo.attachment_refs = ["ab" * 32]
    caption = laptop.op("attachments", "p1", 1, 2, inspection_id="i1", caption="later")
    other = laptop.op("findings", "f1", 0, 1, inspection_id="i1")
    results = laptop.push(photo, caption, other).results
    assert [(r.status, r.retryable) for r in results] == [("rejected", True), ("rejected", True), ("applied", False)]
    assert "not uploaded yet" in results[0].reason and photo.op_id in results[1].reason


def test_gzip_bodies_and_limits(hq: HQServer, laptop: FakeLaptop) -> None:
    inspection = laptop.own_inspection()
    body = laptop.batch(laptop.op("findings", "f1", 0, 1, inspection_id=inspection, title="ข" * 2000)
                        ).model_dump_json().encode()
    headers = {"Authorization": f"Bearer {laptop.token}", "Content-Type": "application/json",
               "Content-Encoding": "gzip"}
    url = f"{hq.url}/api/v1/push"
    ok = httpx.post(url, content=gzip.compress(body), headers=headers)
    assert ok.status_code == 200 and ok.json()["results"][0]["status"] == "applied"
    bad = httpx.post(url, content=b"not gzip at all", headers=headers)
    assert bad.status_code == 422 and bad.json()["code"] == "bad_gzip"
    bomb = gzip.compress(b"[" + b" " * (40 * 1024 * 1024) + b"]")  # 40 KB on the wire, 40 MB inflated
    assert httpx.post(url, content=bomb, headers=headers).status_code == 413


def test_concurrent_copies_of_one_batch_apply_once(hq: HQServer, laptop: FakeLaptop) -> None:
    batch = laptop.batch(laptop.inspection("i1"),
                         *[laptop.op("checklist_answers", f"a{n}", 0, 1, inspection_id="i1") for n in range(299)])
    answers: list[list[str]] = []

    def send() -> None:
        with HQClient(hq.url, laptop.token) as client:
            answers.append([r.status for r in client.push(batch).results])

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(answers) == 4 and all(a == ["applied"] * 300 for a in answers)
    assert _count(hq, OpLog) == 300 and _count(hq, Record) == 300


def test_a_record_id_names_one_record_only(hq: HQServer, laptop: FakeLaptop) -> None:
    inspection = laptop.own_inspection()
    first = laptop.op("findings", "same-id", 0, 1, inspection_id=inspection)
    clash = laptop.op("checklist_answers", "same-id", 0, 1, inspection_id=inspection)
    later = laptop.op("signatures", "same-id", 0, 1, inspection_id=inspection)
    results = laptop.push(first, clash).results + laptop.push(later).results
    assert [r.status for r in results] == ["applied", "rejected", "rejected"]
    assert "another kind of record" in results[1].reason


def test_many_laptops_pushing_at_once_are_all_answered_a_few_at_a_time(hq: HQServer, laptop: FakeLaptop,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """HQ works on a bounded number of pushes at once (its memory stays bounded); the rest wait, none refused."""
    from inspector_app.hq import push as push_module
    from inspector_app.hq.admission import HEAVY_REQUESTS_AT_ONCE

    limit = HEAVY_REQUESTS_AT_ONCE["sqlite" if hq.db.is_sqlite else "postgresql"]
    real_push, lock = push_module.push, threading.Lock()
    in_flight, most = [0], [0]

    def counted(*args: object, **kwargs: object) -> object:
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            threading.Event().wait(0.15)  # long enough for the others to arrive meanwhile
            return real_push(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            with lock:
                in_flight[0] -= 1

    monkeypatch.setattr(push_module, "push", counted)
    inspection = laptop.own_inspection()
    batches = [laptop.batch(*[laptop.op("findings", f"f{n}-{k}", 0, 1, inspection_id=inspection) for k in range(20)])
               for n in range(12)]
    answers: list[list[str]] = []

    def send(batch: object) -> None:
        with HQClient(hq.url, laptop.token) as client:
            answers.append([r.status for r in client.push(batch).results])  # type: ignore[arg-type]

    threads = [threading.Thread(target=send, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(answers) == 12 and all(a == ["applied"] * 20 for a in answers)
    assert _count(hq, OpLog) == 1 + 240
    assert 1 <= most[0] <= limit


def test_senders_trickling_their_bodies_hold_no_place_in_line(hq: HQServer, laptop: FakeLaptop) -> None:
    """Laptops on slow links (or one attacker sending a body a byte at a time) hold no place while they send:
    with more of them than HQ has places, an honest laptop's push is still answered at once."""
    import socket
    from urllib.parse import urlsplit

    from inspector_app.hq.admission import HEAVY_REQUESTS_AT_ONCE
    from inspector_app.sync.protocol import API_PREFIX

    where = urlsplit(hq.url)
    limit = HEAVY_REQUESTS_AT_ONCE["sqlite" if hq.db.is_sqlite else "postgresql"]
    slow = []
    for _ in range(limit + 2):
        sock = socket.create_connection((where.hostname, where.port), timeout=10)
        sock.sendall(f"POST {API_PREFIX}/push HTTP/1.1\r\nHost: {where.hostname}\r\n"
                     "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{".encode())
        slow.append(sock)
    try:
        inspection = laptop.own_inspection()
        batch = laptop.batch(laptop.op("findings", "f-honest", 0, 1, inspection_id=inspection))
        with HQClient(hq.url, laptop.token, timeout=10) as client:  # far less than the trickle would hold
            assert [r.status for r in client.push(batch).results] == ["applied"]
    finally:
        for sock in slow:
            sock.close()
