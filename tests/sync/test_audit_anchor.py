"""HQ acknowledges each laptop's audit head with its signature; the laptop's `check` then finds a trail
cut short even when the device record's own note of its head was edited to match."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, text

from inspector_app.core.services import setup
from inspector_app.cli import main as app_main
from inspector_app.core import demo
from inspector_app.core.models import AuditEntry
from inspector_app.core.services import sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq.keys import hq_public_key
from inspector_app.hq.models import AuditHead
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.protocol import AuditAck

from ..conftest import PASSPHRASE
from ..hq.devices import fake_laptop
from ..hq.support import HQServer


def _check(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = app_main(["check", "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def _ack(store: Store) -> dict:
    return json.loads(sync_apply.get_state(store, sync_apply.AUDIT_ACK) or "{}")


def _raw(store: Store, *statements: str) -> None:
    with store.engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))


@pytest.fixture
def synced(enrolled: Store, hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> Store:
    demo.generate(enrolled, inspections=3, seed=4)
    report = SyncEngine.for_store(enrolled).sync_round()
    assert report.ok, report.error
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    return enrolled


def test_a_trail_cut_short_behind_the_device_record_is_found_through_hq(
        synced: Store, hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    ack = _ack(synced)
    with hq.db.read() as conn:
        held = conn.execute(select(AuditHead.seq, AuditHead.head)).one()
    assert (ack["seq"], ack["head"]) == (held.seq, held.head) and ack["seq"] > 100
    synced.close()
    code, out = _check(synced.data_dir, capsys)
    assert code == 0 and f"HQ acknowledged entry {ack['seq']}" in out, out

    # Cut the trail below what HQ saw and make the device record agree: only HQ's signature tells.
    cut = ack["seq"] - 3
    with setup.open_store(synced.data_dir, PASSPHRASE) as store:
        _raw(store, f"DELETE FROM audit_entries WHERE seq > {cut}",
             f"UPDATE devices SET audit_seq = {cut}, audit_head = (SELECT hash FROM audit_entries WHERE seq = {cut})")
    code, out = _check(synced.data_dir, capsys)
    assert code != 0 and "FAIL audit trail end" in out, out
    assert f"vouches for entry {ack['seq']}, but the trail ends at entry {cut}: entries {cut + 1}–{ack['seq']} " \
           "were deleted" in out
    assert "the device record vouches" not in out  # the device record was made to agree


def test_an_edited_acknowledgement_is_found(synced: Store, capsys: pytest.CaptureFixture[str]) -> None:
    ack = _ack(synced)
    forged = json.dumps({**ack, "seq": ack["seq"] - 1})
    _raw(synced, "UPDATE sync_state SET value = '" + forged.replace("'", "''") + "' WHERE name = 'sync.audit_ack'")
    synced.close()
    code, out = _check(synced.data_dir, capsys)
    assert code != 0 and "acknowledgement of the audit trail was altered" in out, out


def test_a_usb_round_trip_brings_the_acknowledgement(enrolled: Store, hq: HQServer, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(enrolled, inspections=2, seed=8)
    with enrolled.session() as s:
        last = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    enrolled.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    bundle, reply = tmp_path / "b.bundle", tmp_path / "r.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(enrolled.data_dir), "--out", str(bundle)]) == 0
    assert hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle),
                        "--reply", str(reply)]) == 0
    assert app_main(["bundle", "import", "--data-dir", str(enrolled.data_dir), str(reply)]) == 0
    code, out = _check(enrolled.data_dir, capsys)
    assert code == 0 and f"HQ acknowledged entry {last}" in out, out


def test_hq_never_acknowledges_a_head_that_went_backwards(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    first = laptop.client.push(laptop.batch().model_copy(update={"audit_seq": 40, "audit_head": "a" * 64}))
    assert first.audit_ack is not None and (first.audit_ack.seq, first.audit_ack.head) == (40, "a" * 64)
    back = laptop.client.push(laptop.batch().model_copy(update={"audit_seq": 12, "audit_head": "b" * 64}))
    assert back.audit_ack is not None and (back.audit_ack.seq, back.audit_ack.head) == (40, "a" * 64)
    on = laptop.client.push(laptop.batch().model_copy(update={"audit_seq": 41, "audit_head": "c" * 64}))
    assert on.audit_ack is not None and on.audit_ack.seq == 41
    # Signed by HQ's key, over exactly what the laptop verifies.
    with hq.db.read() as conn:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(hq_public_key(conn)))
    key.verify(base64.b64decode(on.audit_ack.signature), AuditAck.model_validate(on.audit_ack).message())
    assert laptop.client.push(laptop.batch()).audit_ack is None  # no head sent, nothing to acknowledge
