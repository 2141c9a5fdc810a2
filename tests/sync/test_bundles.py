"""USB bundles: laptop -> HQ with the same idempotency as a push, HQ's signed reply back;
a tampered or truncated bundle is rejected whole."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select, update

from inspector_app.core.services import setup
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
from .bundle_tools import edit_image, laptop_key
from .records import comparable, counts, hq_records, laptop_records, record_hashes


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
    assert "sealed so that only HQ can read them" in out and "1 file to" in out and not err

    code, out, _ = _hq_import(hq, bundle, capsys)
    assert code == 0 and " 0 rejected" in out
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
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
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
        report = SyncEngine.for_store(store).sync_round()
        assert report.ok and report.duplicates == ops and report.applied == 0
    assert _hq_counts(hq) == (ops, records)


def test_the_reply_bundle_acknowledges_and_brings_decisions(laptop: Store, hq: HQServer, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    bundle, first_reply, reply = tmp_path / "out.bundle", tmp_path / "reply-1.bundle", tmp_path / "reply-2.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    assert _hq_import(hq, bundle, capsys, "--reply", str(first_reply))[0] == 0
    users.create_user(hq.db, "sup", "Supervisor Sup", "long password 42")
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store, store.session() as s:  # signed and sent, not reviewed
        waiting = set(s.scalars(select(Inspection.id).where(Inspection.status.in_(("signed", "submitted")))))
    submitted = [r for r in reviews.list_inspections(hq.db) if r.status == "submitted" and r.id in waiting]
    reviews.review(hq.db, submitted[0].id, "returned", "ขาดรูปถ่าย", users.find_reviewer(hq.db, None))
    code, out, _ = _hq_import(hq, bundle, capsys, "--reply", str(reply))
    assert code == 0 and "Wrote the reply" in out

    # A reply for another laptop, or one changed on the way, is refused whole.
    other = tmp_path / "other-laptop"
    with setup.create_store(other, "other", PASSPHRASE, load_templates=False) as stranger:
        enrol_store(stranger, hq)
    capsys.readouterr()
    assert app_main(["bundle", "import", "--data-dir", str(other), str(reply)]) != 0
    assert "for another laptop" in capsys.readouterr().err
    tampered = tmp_path / "tampered-reply.bundle"
    data = reply.read_bytes()
    assert b'"applied"' in data  # a reply is signed, not sealed: HQ's answers are no secret
    tampered.write_bytes(data.replace(b'"applied"', b'"rejectd"', 1))
    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(tampered)]) != 0
    assert "signature does not match" in capsys.readouterr().err
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
        assert set(_states(store)) == {"pending"}

    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(reply)]) == 0
    assert "acknowledged" in capsys.readouterr().out
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
        assert _states(store) == {}  # all acknowledged: they left the outbox
        returned = store.session().get(Inspection, submitted[0].id)
        assert returned.status == "draft" and returned.review_comment == "ขาดรูปถ่าย"
        # Importing the older reply afterwards changes nothing.
    assert app_main(["bundle", "import", "--data-dir", str(laptop.data_dir), str(first_reply)]) == 0
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
        assert store.session().get(Inspection, submitted[0].id).status == "draft"


def _tamper_op(path: Path, hq: HQServer, _laptop: Store) -> None:
    def change(conn: sqlite3.Connection) -> None:
        seq, op = conn.execute("SELECT seq, op FROM ops ORDER BY seq DESC LIMIT 1").fetchone()
        changed = json.loads(op)
        changed["fields"]["note"] = "changed on the USB stick"
        conn.execute("UPDATE ops SET op = ? WHERE seq = ?", (json.dumps(changed), seq))

    edit_image(path, hq, change)


def _drop_op_and_sign_again(path: Path, hq: HQServer, laptop: Store) -> None:
    # Even with the laptop's own key, a bundle whose rows do not add up is refused.
    edit_image(path, hq, lambda conn: conn.execute("DELETE FROM ops WHERE seq = (SELECT max(seq) FROM ops)"),
               sign_with=laptop_key(laptop))


def _swap_file(path: Path, hq: HQServer, _laptop: Store) -> None:
    edit_image(path, hq, lambda conn: conn.execute("UPDATE attachments SET data = randomblob(length(data))"))


def _sign_with_another_key(path: Path, hq: HQServer, _laptop: Store) -> None:
    edit_image(path, hq, lambda conn: None, sign_with=Ed25519PrivateKey.generate().private_bytes_raw())


def _seal_for_another_hq(path: Path, hq: HQServer, laptop: Store) -> None:
    other = X25519PrivateKey.generate().public_key().public_bytes_raw()
    edit_image(path, hq, lambda conn: None, sign_with=laptop_key(laptop), seal_to=other)


def _truncate(path: Path, _hq: HQServer, _laptop: Store) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _append(path: Path, _hq: HQServer, _laptop: Store) -> None:
    path.write_bytes(path.read_bytes() + b"\0" * 4096)


def _garbage(path: Path, _hq: HQServer, _laptop: Store) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a bundle" * 50)


def _old_format(path: Path, _hq: HQServer, _laptop: Store) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.close()


@pytest.mark.parametrize(("damage", "message"), [
    (_tamper_op, "signature does not match"),
    (_drop_op_and_sign_again, "incomplete"),
    (_swap_file, "signature does not match"),
    (_sign_with_another_key, "signature does not match"),
    (_seal_for_another_hq, "sealed for another HQ"),
    (_truncate, "truncated"),
    (_append, "too many after its end"),
    (_garbage, "not a Field Inspector bundle"),
    (_old_format, "old, unencrypted format"),
])
def test_a_tampered_or_truncated_bundle_is_rejected_whole(laptop: Store, hq: HQServer, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str], damage: object,
                                                           message: str) -> None:
    bundle = tmp_path / "out.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(bundle)]) == 0
    with setup.open_store(laptop.data_dir, PASSPHRASE) as store:
        damage(bundle, hq, store)  # type: ignore[operator]
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


def test_the_command_line_says_where_a_bundle_cannot_go_or_come_from(small_laptop: Store, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(small_laptop.data_dir)
    with setup.open_store(small_laptop.data_dir, PASSPHRASE) as store:
        before = _states(store)
    cases = [
        (["bundle", "export", "--data-dir", data_dir, "--out", str(tmp_path / "E-drive" / "day.bundle")],
         f"Folder {tmp_path / 'E-drive'} does not exist: is the USB stick plugged in? Nothing was written."),
        (["bundle", "export", "--data-dir", data_dir, "--out", str(tmp_path)],
         f"{tmp_path} is a folder; give a file name for the bundle."),
        (["bundle", "import", "--data-dir", data_dir, str(tmp_path / "day.reply")],
         f"Cannot read {tmp_path / 'day.reply'}: there is no such file. Was the USB stick taken out, or the file "
         "moved?"),
        (["bundle", "import", "--data-dir", data_dir, str(tmp_path)], f"{tmp_path} is a folder, not a bundle file."),
    ]
    capsys.readouterr()
    for argv, message in cases:
        assert app_main(argv) != 0, argv
        _out, err = capsys.readouterr()
        assert message in err and "Traceback" not in err, err
    assert not (tmp_path / "E-drive").exists()
    with setup.open_store(small_laptop.data_dir, PASSPHRASE) as store:
        assert _states(store) == before  # nothing acknowledged, nothing lost


CANARY_NOTE = "canary-note-ถูกยึดหนังสือเดินทาง-7f3a"
CANARY_PHOTO = b"canary-photo-bytes-91c2"


@pytest.fixture
def small_laptop(enrolled: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """One inspection with an interview and a photo, each carrying a canary; a bundle of a few KB."""
    from inspector_app.core.services import interviews

    demo.generate(enrolled, inspections=1, seed=5)
    with enrolled.session() as s:
        inspection = s.scalars(select(Inspection.id)).first()
    interviews.save_interview(enrolled, inspection, worker_code="W-90", consent=True, private_setting=True,
                              employer_absent=True, notes_original=CANARY_NOTE, notes_translation=CANARY_NOTE)
    attachments.add_attachment(enrolled, inspection, CANARY_PHOTO * 40, mime="image/jpeg")
    enrolled.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    return enrolled


def test_a_bundle_reveals_neither_notes_nor_photos(small_laptop: Store, hq: HQServer, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "lost-on-the-bus.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(small_laptop.data_dir), "--out", str(bundle)]) == 0
    data = bundle.read_bytes()
    for secret in (CANARY_NOTE.encode("utf-8"), CANARY_NOTE.encode("utf-16-le"), CANARY_PHOTO, b"W-90",
                   b"SQLite format 3", b"worker_interviews"):
        assert secret not in data
    # HQ opens it all the same.
    assert _hq_import(hq, bundle, capsys)[0] == 0
    with setup.open_store(small_laptop.data_dir, PASSPHRASE) as store:
        assert record_hashes(hq_records(hq.db)) == record_hashes(laptop_records(store))


def _flipped(data: bytes, window: int, rng: random.Random) -> Iterator[tuple[int, bytes]]:
    """One changed byte in every `window` bytes of `data` (every byte when window is 1)."""
    for start in range(0, len(data), window):
        at = start + rng.randrange(min(window, len(data) - start))
        yield at, data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]


def test_every_byte_of_a_bundle_is_covered(small_laptop: Store, hq: HQServer, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from inspector_app.hq.bundles import import_bundle
    from inspector_app.hq.errors import BundleError
    from inspector_app.sync.bundle import BundleRejected, import_reply

    bundle, reply = tmp_path / "out.bundle", tmp_path / "reply.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(small_laptop.data_dir), "--out", str(bundle)]) == 0
    data = bundle.read_bytes()
    window = 1 if len(data) <= 8192 else 64
    damaged = tmp_path / "damaged.bundle"
    rng = random.Random(2569)
    refused = 0
    for at, changed in _flipped(data, window, rng):
        damaged.write_bytes(changed)
        with pytest.raises(BundleError) as rejected:
            import_bundle(hq.db, hq.storage, damaged)
        assert "nothing was imported" in rejected.value.detail.lower() or "enrol" in rejected.value.detail, (
            at, rejected.value.detail)
        refused += 1
    assert refused >= len(data) // window and _hq_counts(hq) == (0, 0)
    assert not any(hq.attachments.joinpath("objects").rglob("*"))

    # The intact bundle imports, and HQ's reply (plain SQLite inside: header, pages, free space) is covered too.
    assert _hq_import(hq, bundle, capsys, "--reply", str(reply))[0] == 0
    data = reply.read_bytes()
    assert b"SQLite format 3\x00" in data
    window = 1 if len(data) <= 8192 else 64
    with setup.open_store(small_laptop.data_dir, PASSPHRASE) as store:
        before = _states(store)
        for at, changed in _flipped(data, window, rng):
            damaged.write_bytes(changed)
            with pytest.raises(BundleRejected) as rejected:
                import_reply(store, damaged)
            message = rejected.value.message.lower()
            assert "nothing was imported" in message, (at, message)
            assert rejected.value.message.translatable, (at, message)  # said in the user's language on screen
        assert _states(store) == before == {"pending": sum(before.values())}
        assert import_reply(store, reply).acknowledged == sum(before.values())


def test_a_bundle_that_does_not_fit_says_so_and_leaves_no_temp_file(laptop: Store, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    # The laptop's own disk has room: a first export seals the testimony into the outbox once (a write to
    # the database), so the limited run below writes nothing but the bundle, as on a full USB stick.
    assert app_main(["bundle", "export", "--data-dir", str(laptop.data_dir), "--out", str(tmp_path / "first")]) == 0
    limit = 100 * 1024  # the bundle holds a 150 KB photo
    program = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from inspector_app.cli import main\n"
        f"sys.exit(main(['bundle', 'export', '--data-dir', {str(laptop.data_dir)!r}, '--out', "
        f"{str(out / 'b.bundle')!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "INSPECTOR_LOG_DIR": str(tmp_path / "logs")})
    assert result.returncode == 7 and "The disk is full" in result.stderr, result.stderr
    assert "Nothing was lost" in result.stderr and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_a_bundle_of_the_wrong_kind_is_refused_on_either_side(small_laptop: Store, hq: HQServer, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    bundle, reply = tmp_path / "out.bundle", tmp_path / "reply.bundle"
    assert app_main(["bundle", "export", "--data-dir", str(small_laptop.data_dir), "--out", str(bundle)]) == 0
    capsys.readouterr()
    assert app_main(["bundle", "import", "--data-dir", str(small_laptop.data_dir), str(bundle)]) != 0
    assert "is a 'ops' bundle; this needs an HQ reply" in capsys.readouterr().err
    assert _hq_import(hq, bundle, capsys, "--reply", str(reply))[0] == 0
    with hq.db.read() as conn:
        applied = conn.scalar(select(func.count()).select_from(OpLog))
    code, _, err = _hq_import(hq, reply, capsys)
    assert code != 0 and "is a 'reply' bundle; this needs laptop changes" in err
    assert _hq_counts(hq)[0] == applied


def test_a_bad_change_in_a_bundle_is_refused_alone_and_the_laptop_shows_why(enrolled: Store, hq: HQServer,
                                                                             tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str],
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector_app.core.services import checklist
    from inspector_app.sync.status import sync_status

    from ..core.helpers import new_inspection

    store = enrolled
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-D-01", result="non_compliant", note="passports in the office safe")
    spoiled = checklist.save_answer(store, inspection, "LPA-D-02", result="compliant", note="seen").ids(
        "checklist_answers")
    garbled = checklist.save_answer(store, inspection, "LPA-D-03", result="compliant").ids("checklist_answers")
    # An app version from before NUL was kept out of text saved one: HQ cannot store it (PostgreSQL refuses NUL).
    with store.session() as s:
        bad = s.scalars(select(OutboxOp).where(OutboxOp.entity_id.in_(spoiled))).one()
        unreadable = s.scalars(select(OutboxOp).where(OutboxOp.entity_id.in_(garbled))).one()
        s.execute(update(OutboxOp).where(OutboxOp.seq == bad.seq)
                  .values(fields={**bad.fields, "note": "seen\x00 twice"}))
        s.commit()
    signing = laptop_key(store)
    laptop_view = laptop_records(store)
    made = sum(_states(store).values())
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    bundle, reply = tmp_path / "day.bundle", tmp_path / "day.reply"
    assert app_main(["bundle", "export", "--data-dir", str(store.data_dir), "--out", str(bundle)]) == 0
    # And one op the laptop itself wrote as no JSON at all (signed by its own key, so the bundle is genuine).
    edit_image(bundle, hq, lambda conn: conn.execute("UPDATE ops SET op = '{not json' WHERE seq = ?",
                                                     (unreadable.seq,)), sign_with=signing)

    code, out, err = _hq_import(hq, bundle, capsys, "--reply", str(reply))
    assert code == 1 and f" {made - 2} applied" in out and " 2 rejected" in out and "Wrote the reply" in out
    assert f"rejected {bad.op_id}: HQ cannot read this change: fields.note: text holds a NUL character" in out
    assert f"rejected {unreadable.op_id}: HQ cannot read this change: an op must be a JSON object" in out
    assert "HQ refused 2 changes of this bundle" in err and "the rest was imported" in err
    # Every other change of the laptop is at HQ, as the laptop holds it; the refused ones are not.
    master = hq_records(hq.db)
    assert set(master) == set(laptop_view) - {("checklist_answers", bad.entity_id),
                                              ("checklist_answers", unreadable.entity_id)}
    assert all(comparable(key, master[key]) == comparable(key, laptop_view[key]) for key in master)
    assert _hq_counts(hq)[0] == made - 2

    capsys.readouterr()
    assert app_main(["bundle", "import", "--data-dir", str(store.data_dir), str(reply)]) == 1
    out, err = capsys.readouterr()
    assert f"{made - 2} changes acknowledged, 0 conflicts, 2 rejected" in out
    # The laptop says HQ's reason from its code (the CLI in English), naming the field.
    assert (f"refused: checklist answer {bad.entity_id} (change {bad.op_id}): HQ cannot store this change: the text "
            "in note holds an invisible NUL character") in out
    assert f"refused: checklist answer {unreadable.entity_id} (change {unreadable.op_id})" in out
    assert "HQ refused 2 changes" in err
    with setup.open_store(store.data_dir, PASSPHRASE) as reopened:
        status = sync_status(reopened)
        assert status.pending == 0 and status.rejected_count == 2  # the rest acknowledged; two kept, with why
        reasons = {problem.entity_id: problem.reason for problem in status.rejected}
        assert "NUL character" in reasons[bad.entity_id] and "JSON object" in reasons[unreadable.entity_id]
