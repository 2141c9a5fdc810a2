"""USB bundles: laptop -> HQ with the same idempotency as a push, HQ's signed reply back;
a tampered or truncated bundle is rejected whole."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.cli import main as app_main
from inspector_app.core import demo
from inspector_app.core.models import Inspection, OutboxOp
from inspector_app.core.services import attachments
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import reviews, users
from inspector_app.hq.models import OpLog, Record
from inspector_app.sync.engine import SyncEngine

from ..conftest import PASSPHRASE
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .records import counts, hq_records, laptop_records, record_hashes


def _hq_counts(hq: HQServer) -> tuple[int, int]:
    with hq.db.read() as conn:
        return (conn.scalar(select(func.count()).select_from(OpLog)),
                conn.scalar(select(func.count()).select_from(Record)))


def _states(store: Store) -> dict[str, int]:
    with store.session() as s:
        return dict(s.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all())


@pytest.fixture
def laptop(enrolled: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    demo.generate(enrolled, inspections=10, seed=17)
    with enrolled.session() as s:
        draft = s.scalars(select(Inspection.id).where(Inspection.status == "draft")).first()
    attachments.add_attachment(enrolled, draft, random.Random(3).randbytes(150_000), mime="image/jpeg")
    enrolled.close()  # the CLI opens it from here on
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    return enrolled


def _hq_import(hq: HQServer, bundle: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_bundle_round_trip_is_idempotent_with_itself_and_with_sync(laptop: Store, hq: HQServer, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "mae-sot.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    out, err = capsys.readouterr()
    assert "NOT encrypted" in err and "1 file(s)" in out

    code, out, _ = _hq_import(hq, bundle, capsys)
    assert code == 0 and " 0 rejected" in out
    with Store.open(laptop.data_dir, PASSPHRASE) as store:
        ops = sum(_states(store).values())
        assert _states(store) == {"pending": ops}  # nothing is acknowledged by exporting
        laptop_view = laptop_records(store)
        master = hq_records(hq.db)
        assert counts(master) == counts(laptop_view) and record_hashes(master) == record_hashes(laptop_view)
        with store.session() as s:
            sha = s.scalars(select(OutboxOp.attachment_refs).where(OutboxOp.entity == "attachments")).first()[0]
        assert hq.storage.read(sha) == store.vault.get(sha)
    records = _hq_counts(hq)[1]
    assert _hq_counts(hq)[0] == ops and records >= len(master)

    # The same bundle again: the stored answer, nothing new.
    code, out, _ = _hq_import(hq, bundle, capsys)
    assert code == 0 and "imported before" in out and _hq_counts(hq) == (ops, records)

    # Then a network sync of the same ops: acknowledged as duplicates, nothing applied twice.
    with Store.open(laptop.data_dir, PASSPHRASE) as store:
        report = SyncEngine.for_store(store).sync_round()
        assert report.ok and report.duplicates == ops and report.applied == 0
    assert _hq_counts(hq) == (ops, records)


def test_the_reply_bundle_acknowledges_and_brings_decisions(laptop: Store, hq: HQServer, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    bundle, first_reply, reply = tmp_path / "out.bundle", tmp_path / "reply-1.bundle", tmp_path / "reply-2.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    assert _hq_import(hq, bundle, capsys, "--reply", str(first_reply))[0] == 0
    users.create_user(hq.db, "sup", "Supervisor Sup", "long password 42")
    submitted = [r for r in reviews.list_inspections(hq.db) if r.status == "submitted"]
    reviews.review(hq.db, submitted[0].id, "returned", "ขาดรูปถ่าย", users.find_reviewer(hq.db, None))
    code, out, _ = _hq_import(hq, bundle, capsys, "--reply", str(reply))
    assert code == 0 and "Wrote the reply" in out

    # A reply for another laptop, or one changed on the way, is refused whole.
    other = tmp_path / "other-laptop"
    with Store.create(other, "other", PASSPHRASE, load_templates=False) as stranger:
        enrol_store(stranger, hq)
    capsys.readouterr()
    assert app_main(["bundle", "import", "--data-dir", str(other), str(reply)]) != 0
    assert "for another laptop" in capsys.readouterr().err
    tampered = tmp_path / "tampered-reply.bundle"
    shutil.copy(reply, tampered)
    with sqlite3.connect(tampered) as conn:
        conn.execute("UPDATE results SET result = replace(result, 'applied', 'rejected')")
    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(tampered)]) != 0
    assert "signature does not match" in capsys.readouterr().err
    with Store.open(laptop.data_dir, PASSPHRASE) as store:
        assert set(_states(store)) == {"pending"}

    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(reply)]) == 0
    assert "acknowledged" in capsys.readouterr().out
    with Store.open(laptop.data_dir, PASSPHRASE) as store:
        assert set(_states(store)) <= {"acked", "duplicate"}
        returned = store.session().get(Inspection, submitted[0].id)
        assert returned.status == "draft" and returned.review_comment == "ขาดรูปถ่าย"
        # Importing the older reply afterwards changes nothing.
    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(first_reply)]) == 0
    with Store.open(laptop.data_dir, PASSPHRASE) as store:
        assert store.session().get(Inspection, submitted[0].id).status == "draft"


def _tamper_op(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        seq, op = conn.execute("SELECT seq, op FROM ops ORDER BY seq DESC LIMIT 1").fetchone()
        changed = json.loads(op)
        changed["fields"]["rev"] = changed["fields"].get("rev", 0)
        changed["fields"]["note"] = "changed on the USB stick"
        conn.execute("UPDATE ops SET op = ? WHERE seq = ?", (json.dumps(changed), seq))


def _drop_op(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM ops WHERE seq = (SELECT max(seq) FROM ops)")


def _swap_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE attachments SET data = randomblob(length(data))")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a bundle" * 50)


@pytest.mark.parametrize(("damage", "message"), [
    (_tamper_op, "signature does not match"),
    (_drop_op, "incomplete"),
    (_swap_file, "signature does not match"),
    (_truncate, "truncated"),
    (_garbage, "not a Field Inspector bundle"),
])
def test_a_tampered_or_truncated_bundle_is_rejected_whole(laptop: Store, hq: HQServer, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str], damage: object,
                                                           message: str) -> None:
    bundle = tmp_path / "out.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    damage(bundle)  # type: ignore[operator]
    capsys.readouterr()
    code, _, err = _hq_import(hq, bundle, capsys)
    assert code != 0 and message in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _hq_counts(hq) == (0, 0)
    assert not any(hq.attachments.joinpath("objects").rglob("*"))  # not even a file was kept


def test_a_bundle_needs_an_enrolled_laptop(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    assert app_main(["bundle", "export", "--data-dir", str(store.data_dir), "--out", str(tmp_path / "b")]) != 0
    assert "Enrol this laptop" in capsys.readouterr().err


def test_the_bundle_digest_covers_every_row(laptop: Store, tmp_path: Path) -> None:
    from inspector_app.sync.protocol import read_bundle

    bundle = tmp_path / "b.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    with read_bundle(bundle, "ops") as opened:
        digest = opened.digest
        assert opened.meta["count_ops"] == str(sum(1 for _ in opened.rows("ops")))
    with sqlite3.connect(bundle) as conn:
        stored = conn.execute("SELECT digest FROM signature").fetchone()[0]
    assert digest == stored and len(hashlib.sha256(b"").hexdigest()) == len(digest)
