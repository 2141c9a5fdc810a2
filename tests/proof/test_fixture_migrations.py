"""Every fixture database migrated to head with its rows: counts per table equal before and after
(where a migration documents a change, that change and nothing else), nothing unreadable, and
the migrated databases at work: `inspector-app check` clean, `inspector-hq serve` serving them.

* tests/fixtures/datadir-0001: a laptop data dir of schema 0001 (make_datadir_0001.py);
* tests/fixtures/hq-0001.db and hq-0001.sql: an HQ database of schema 0001 on SQLite and on
  PostgreSQL (make_hq_0001.py: the 0001 laptop's pushes as HQ 0001 applied them, a second
  laptop's, publications, a review decision).

The two fixtures belong together: HQ 0001 had applied every change the 0001 laptop still holds
as pending (its answer lost), so after both upgrades the laptop's next sync is answered
"already at HQ" for every one of them, the ones now sealed included. Then HQ holds exactly the
laptop's model, but where a migration says otherwise: the laptop's own account (HQ 0001 took it,
0005 no longer queues it) and the findings of signed inspections (0002 reshapes them on the
laptop and keeps at HQ the wording that was signed).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from inspector_app import cli
from inspector_app.core.db import connect
from inspector_app.core.keys import Keyring
from inspector_app.core.legacy_findings import by_script
from inspector_app.core.models import AuditEntry, Finding, Inspection
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq.db import HQDatabase, head_revision
from inspector_app.hq.evidence import PASSPHRASE_ENV, current_key, unlock
from inspector_app.sync.client import HQClient
from inspector_app.sync.protocol import PushBatch
from inspector_app.sync.sealed import load_public_key, seal_fields

from ..fixtures.make_hq_0001 import SECOND_LOCAL_ID, read_laptop, second_laptop_ops
from ..hq.fixtures import BACKENDS
from ..hq.support import EVIDENCE_PASSPHRASE, HQServer, PostgresServer, find_pg_bin
from .figures import n, record
from .model import compare, hq_export


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LAPTOP_FIXTURE = FIXTURES / "datadir-0001"
LAPTOP_MANIFEST = json.loads((FIXTURES / "datadir-0001.json").read_text(encoding="utf-8"))
HQ_MANIFEST = json.loads((FIXTURES / "hq-0001.json").read_text(encoding="utf-8"))

# Laptop tables whose rows a migration (or opening the store) changes, and why. Every other table
# keeps exactly its rows.
LAPTOP_DOCUMENTED = {
    "outbox": "0005 drops queued changes to local accounts (HQ keeps its own); 0002 queues the findings "
              "whose texts it derived again",
    "audit_entries": "0002 audits the finding texts it derives; loading the shipped v2 templates is audited",
    "checklist_templates": "opening the store loads the shipped v2 templates beside the v1 ones",
    "checklist_sections": "the sections of those templates",
    "checklist_items": "the items of those templates",
    "sync_state": "opening the store records the shipped template set it loaded",
}
# HQ tables whose rows the upgrade changes: its transport key (for sealed USB bundles) is made on first start.
DERIVED_NEW_TABLES = ("inspection_index", "inspection_links", "establishment_matches", "establishment_match_log",
                      "establishment_keys")
HQ_DOCUMENTED = {"hq_settings": "HQ makes its X25519 transport key on first start (0001 had only a signing key)",
                 "publications": "0010 makes the first key for document numbers' hashes and publishes it"}


def _laptop_counts(data_dir: Path) -> dict[str, int]:
    _, key = Keyring(data_dir).unlock(LAPTOP_MANIFEST["passphrase"])
    conn = connect(data_dir / "inspector.db", key, wal=False)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _laptop_keys(data_dir: Path, table: str, column: str) -> set[Any]:
    _, key = Keyring(data_dir).unlock(LAPTOP_MANIFEST["passphrase"])
    conn = connect(data_dir / "inspector.db", key, wal=False)
    try:
        return {r[0] for r in conn.execute(f'SELECT "{column}" FROM "{table}"')}
    finally:
        conn.close()


def _fresh_laptop(tmp_path: Path) -> Path:
    target = tmp_path / "laptop-0001"
    shutil.copytree(LAPTOP_FIXTURE, target)
    return target


def test_laptop_fixture_migrates_with_equal_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = _fresh_laptop(tmp_path)
    before = _laptop_counts(data_dir)
    kept = {"outbox": _laptop_keys(data_dir, "outbox", "op_id"),
            "audit_entries": _laptop_keys(data_dir, "audit_entries", "seq"),
            "checklist_templates": _laptop_keys(data_dir, "checklist_templates", "id"),
            "checklist_items": _laptop_keys(data_dir, "checklist_items", "id"),
            "checklist_sections": _laptop_keys(data_dir, "checklist_sections", "id"),
            "sync_state": _laptop_keys(data_dir, "sync_state", "name")}
    dropped = _account_ops(data_dir)
    with Store.open(data_dir, LAPTOP_MANIFEST["passphrase"]) as store:
        assert not store.read_only
    after = _laptop_counts(data_dir)

    equal = {t: c for t, c in before.items() if t not in LAPTOP_DOCUMENTED}
    assert {t: after[t] for t in equal} == equal, "a laptop table lost or gained rows in the migration"
    assert set(after) >= set(before)
    for table, column in (("audit_entries", "seq"), ("checklist_templates", "id"), ("checklist_items", "id"),
                          ("checklist_sections", "id"), ("sync_state", "name")):
        assert kept[table] <= _laptop_keys(data_dir, table, column), f"rows of {table} went missing"
    still_queued = _laptop_keys(data_dir, "outbox", "op_id")
    assert still_queued >= kept["outbox"] - dropped and not (still_queued & dropped)
    assert len(dropped) == 1  # the fixture user's account, queued by 0001

    monkeypatch.setenv("INSPECTOR_PASSPHRASE", LAPTOP_MANIFEST["passphrase"])
    assert cli.main(["check", "--data-dir", str(data_dir)]) == 0
    changed = ", ".join(f"{t} {before[t]:,}→{after[t]:,}" for t in LAPTOP_DOCUMENTED if before[t] != after[t])
    record("migrations", f"Laptop fixture datadir-0001 migrated 0001 → head: {len(equal)} of {len(before)} tables "
                         f"with equal counts ({n(sum(equal.values()))} rows: {before['inspections']} inspections, "
                         f"{before['checklist_answers']} answers, {before['worker_interviews']} interviews, "
                         f"{before['findings']} findings, …); changed as documented: {changed}; check clean",
           equal_tables=len(equal), tables=len(before), rows=sum(equal.values()))


def _account_ops(data_dir: Path) -> set[str]:
    _, key = Keyring(data_dir).unlock(LAPTOP_MANIFEST["passphrase"])
    conn = connect(data_dir / "inspector.db", key, wal=False)
    try:
        return {r[0] for r in conn.execute("SELECT op_id FROM outbox WHERE entity IN ('users', 'devices') "
                                           "AND state = 'pending'")}
    finally:
        conn.close()


# --- HQ -----------------------------------------------------------------------------------------------


@dataclass
class HQFixture:
    url: str
    attachments: Path
    backend: str


@pytest.fixture(params=BACKENDS)
def hq_0001(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HQFixture]:
    """A copy of the HQ 0001 fixture: the SQLite file, or the dump loaded into a fresh PostgreSQL database."""
    attachments = tmp_path / "hq-attachments"
    shutil.copytree(FIXTURES / "hq-0001-attachments", attachments)
    if request.param == "sqlite":
        shutil.copyfile(FIXTURES / "hq-0001.db", tmp_path / "hq.db")
        yield HQFixture(str(tmp_path / "hq.db"), attachments, "sqlite")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    subprocess.run([str(find_pg_bin() / "psql"), "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1",
                    "--dbname", server.url(name), "--file", str(FIXTURES / "hq-0001.sql")],
                   check=True, capture_output=True, timeout=300)
    yield HQFixture(server.url(name), attachments, "postgresql")
    server.drop_database(name)


def _hq_state(url: str) -> dict[str, Any]:
    """Counts per table and per record entity, every record's fields, read without upgrading anything."""
    db = HQDatabase(url)
    try:
        with db.engine.connect() as conn:
            tables = [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]
            counts = {t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in sorted(tables)}
            entities = dict(conn.execute(sa.text("SELECT entity, count(*) FROM records GROUP BY entity")).all())
            records = {(e, i): f if isinstance(f, dict) else json.loads(f) for e, i, f in conn.execute(
                sa.text("SELECT entity, entity_id, fields FROM records"))}
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        db.dispose()
    return {"counts": counts, "entities": entities, "records": records, "version": version}


def _second_laptop(url: str) -> HQClient:
    return HQClient(url, HQ_MANIFEST["tokens"]["second-laptop"])


def _sealed(op: Any, db_url: str) -> Any:
    db = HQDatabase(db_url)
    try:
        with db.read() as conn:
            key = current_key(conn)
    finally:
        db.dispose()
    assert key is not None
    fields = {**op.fields, **seal_fields(op.entity, op.id, op.fields, load_public_key(key.public_key), key.key_id)}
    return op.model_copy(update={"fields": fields})


def test_hq_fixture_migrates_with_equal_counts_and_serves(hq_0001: HQFixture, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = _hq_state(hq_0001.url)
    assert before["version"] == "0001" and before["counts"] == HQ_MANIFEST["counts"]
    assert before["entities"] == HQ_MANIFEST["records"]

    assert hq_cli.main(["migrate", "--db", hq_0001.url]) == 0
    assert f"schema {head_revision()}" in capsys.readouterr().out
    migrated = _hq_state(hq_0001.url)
    equal = {t: c for t, c in before["counts"].items() if t not in HQ_DOCUMENTED}
    assert {t: migrated["counts"][t] for t in equal} == equal, "an HQ table lost or gained rows in the migration"
    assert migrated["entities"] == before["entities"] and migrated["records"] == before["records"]
    new_tables = {t: c for t, c in migrated["counts"].items() if t not in before["counts"]}
    # Tables of later versions start empty, except the lookups later migrations build from the records
    # HQ holds: one row per inspection (0006's review queue index, 0011's links between visits) and per
    # establishment record (0011's matching of records to workplaces, with its keys and log).
    inspections = sum(1 for entity, _ in before["records"] if entity == "inspections")
    establishments = sum(1 for entity, _ in before["records"] if entity == "establishments")
    derived = {t: new_tables.pop(t) for t in DERIVED_NEW_TABLES}
    assert derived["inspection_index"] == derived["inspection_links"] == inspections > 0
    assert derived["establishment_matches"] == derived["establishment_match_log"] == establishments > 0
    assert derived["establishment_keys"] >= establishments
    assert new_tables.pop("document_keys") == 1  # 0010's first key for document numbers' hashes
    # 0012 files every signed visit HQ held in its workplace's file (what a push would have done).
    assert 0 < new_tables.pop("file_items") <= inspections
    # 0007 builds the statistics' projections (hq_inspections, hq_findings, monthly sums ...) from the records.
    projected = {t: new_tables.pop(t) for t in list(new_tables) if t.startswith("hq_")}
    assert projected["hq_inspections"] == inspections and projected["hq_establishments"] == establishments
    assert set(new_tables.values()) == {0}, {t: c for t, c in new_tables.items() if c}
    assert migrated["counts"]["hq_settings"] == before["counts"]["hq_settings"] + 1
    assert migrated["counts"]["publications"] == before["counts"]["publications"] + 1
    _documented_0002_changes(hq_0001.url)

    # Sealing what HQ 0001 held in clear: every record opens to exactly the fields it had.
    monkeypatch.setenv(PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    assert hq_cli.main(["init-keys", "--db", hq_0001.url]) == 0
    sealed_note = capsys.readouterr().out
    sealed_count = int(sealed_note.split("Sealed the testimony of ")[1].split()[0])
    db = HQDatabase(hq_0001.url)
    try:
        keyring = unlock(db, EVIDENCE_PASSPHRASE)
        now = _hq_state(hq_0001.url)
        opened = {key: keyring.open_fields(key[0], key[1], fields) for key, fields in now["records"].items()}
    finally:
        db.dispose()
    assert opened == before["records"]
    assert sum(1 for key in before["records"] if now["records"][key] != before["records"][key]) == sealed_count > 0

    served = _serve(hq_0001, tmp_path, monkeypatch, capsys)
    record("migrations",
           f"HQ fixture hq-0001 [{hq_0001.backend}] migrated 0001 → {head_revision()}: {len(equal)} of "
           f"{len(before['counts'])} tables with equal counts ({n(sum(equal.values()))} rows, "
           f"{n(sum(before['entities'].values()))} records in {len(before['entities'])} entities, every one "
           f"unchanged), hq_settings +1 as documented; {sealed_count} records' testimony sealed, each opening to "
           f"its old text; HQ serves it: {served}",
           backend=hq_0001.backend, equal_tables=len(equal), rows=sum(equal.values()),
           records=sum(before["entities"].values()), sealed=sealed_count)


def _documented_0002_changes(url: str) -> None:
    """What 0002 says it does to data HQ 0001 took without the later checks."""
    shared, second = HQ_MANIFEST["shared_reference"], HQ_MANIFEST["second_inspection"]
    db = HQDatabase(url)
    try:
        with db.read() as conn:
            holders = conn.execute(sa.text("SELECT entity_id, owner_device_id FROM records WHERE reference = :r"),
                                   {"r": shared}).all()
            copy = conn.execute(sa.text("SELECT reference, needs_review FROM records WHERE entity_id = :i"),
                                {"i": second}).one()
            note = conn.execute(sa.text("SELECT needs_review, writer_device_id FROM records WHERE entity_id = :i"),
                                {"i": HQ_MANIFEST["note_in_first_inspection"]}).one()
            unwritten = conn.execute(sa.text("SELECT count(*) FROM records WHERE writer_device_id IS NULL "
                                             "OR writer_device_id <> owner_device_id")).scalar_one()
            kinds = {r[0] for r in conn.execute(sa.text("SELECT kind FROM conflict_versions"))}
    finally:
        db.dispose()
    # The first inspection received keeps its reference; the later copy keeps it in its fields, flagged.
    assert [h.owner_device_id for h in holders] == [HQ_MANIFEST["devices"]["fixture-laptop"]]
    assert copy.reference is None and copy.needs_review
    # A note the second laptop wrote into the first laptop's inspection is flagged; its writer on record.
    assert note.needs_review and note.writer_device_id == HQ_MANIFEST["devices"]["second-laptop"]
    assert unwritten == 0 and kinds == {"stale"}


def _serve(hq_0001: HQFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> str:
    """`inspector-hq serve` on the migrated database: its laptops, its supervisor and its export at work."""
    hq = HQServer(hq_0001.url, hq_0001.attachments).start()  # `serve` in this process: a real socket, real HTTP
    try:
        second = _second_laptop(hq.url)
        page = second.pull(0)
        assert [i.kind for i in page.items] == ["template", "reference", "user", "user", "evidence_key"]
        # Its stale copy is kept for review; its own answer takes a change on the revision HQ holds.
        ops, _stale = second_laptop_ops(read_laptop())
        answer = ops[4]
        change = answer.model_copy(update={"op_id": f"{SECOND_LOCAL_ID}:100", "base_rev": 2, "rev": 3,
                                           "fields": {**answer.fields, "rev": 3, "note": "ตรวจซ้ำแล้ว"}})
        batch = PushBatch(batch_id="after-the-upgrade-1", device_id=HQ_MANIFEST["devices"]["second-laptop"],
                          ops=[change])
        assert [r.status for r in second.push(batch).results] == ["applied"]
        second.close()

        supervisor = HQ_MANIFEST["supervisor"]
        with httpx.Client(base_url=f"{hq.url}/api/v1", timeout=60) as http:
            login = http.post("/login", json={"username": supervisor["username"], "password": supervisor["password"]})
            assert login.status_code == 200, login.text
            http.headers["Authorization"] = f"Bearer {login.json()['token']}"
            listed = {r["id"]: r for r in http.get("/review/inspections").json()}
            assert listed[HQ_MANIFEST["approved_inspection"]]["status"] == "approved"
            submitted = sorted(r["id"] for r in listed.values() if r["status"] == "submitted")
            returned = http.post(f"/review/inspections/{submitted[0]}",
                                 json={"decision": "returned", "comment": "กรุณาแนบรายชื่อคนงาน"})
            assert returned.status_code == 200, returned.text

        laptop = _fresh_laptop(tmp_path)
        monkeypatch.setenv("INSPECTOR_PASSPHRASE", LAPTOP_MANIFEST["passphrase"])
        code = _enrol_code(hq_0001.url, capsys)
        assert cli.main(["enrol", "--data-dir", str(laptop), "--hq", hq.url, "--code", code]) == 0
        assert "Enrolled again" in capsys.readouterr().out
        assert cli.main(["sync", "--data-dir", str(laptop)]) == 0
        summary = capsys.readouterr().out.strip()
        assert "rejected" not in summary, summary
        assert cli.main(["check", "--data-dir", str(laptop)]) == 0
        capsys.readouterr()
    finally:
        hq.stop()

    exported = hq_export(hq_0001.url, tmp_path / "export")
    with Store.open(laptop, LAPTOP_MANIFEST["passphrase"]) as store:
        # (complaint_source came with laptop schema 0004: empty on the laptop, absent from what HQ 0001 took.)
        comparison = compare(store, exported, HQ_MANIFEST["devices"]["fixture-laptop"], hq_0001.attachments,
                             null_as_absent=True)
        # (Its account, change :1, was taken by HQ 0001 and dropped from the laptop's queue by 0005: made
        # here and logged at HQ, so neither lost nor extra.)
        reshaped = _signed_findings_kept_as_signed(store, exported)
        assert set(comparison.differing) == reshaped
        comparison.differing = []
        comparison.assert_exact()
        with store.session() as s:
            assert s.get(Inspection, HQ_MANIFEST["approved_inspection"]).status == "approved"
            assert s.get(Inspection, submitted[0]).status == "draft"  # returned: a new draft revision
    assert [u["username"] for u in exported["laptop_users"]] == ["fixture"]
    assert sorted(u["username"] for u in exported["users"]) == ["admin", "ploy"]
    return (f"the second laptop pulled its 5 items and pushed a change, the supervisor signed in and returned an "
            f"inspection, the fixture laptop re-enrolled with its key and synced ({summary.rstrip('.')}), "
            f"HQ = laptop: {n(comparison.records)} records, {n(comparison.ops)} ops, 0 lost, 0 duplicated")


def _signed_findings_kept_as_signed(store: Store, exported: dict[str, list[dict]]) -> set[tuple[str, str]]:
    """0002's documented exception: findings of signed inspections keep at HQ the wording that was signed
    (one `title`, `description`, `required_action`), while the laptop holds the same words in its Thai and
    English columns and is not re-sent. Every such finding is at HQ, its signed words all on the laptop."""
    with store.session() as s:
        ids = set(s.scalars(sa.select(AuditEntry.entity_id).where(AuditEntry.actor == "migration-0002",
                                                                   AuditEntry.action == "reshape")))
        laptop = {f.id: f for f in s.scalars(sa.select(Finding).where(Finding.id.in_(ids)))}
    at_hq = {row["id"]: row for row in exported["findings"] if row["id"] in ids}
    assert set(at_hq) == ids == set(laptop)
    groups = ("title", "description", "required_action")
    for finding_id, signed in at_hq.items():
        # (A description that only repeated the title is not kept twice: the words stay, in the title.)
        words = {getattr(laptop[finding_id], f"{group}_{lang}") for group in groups for lang in ("th", "en")}
        for group in groups:
            if signed.get(group):  # "ไทย / English" as one text is its two languages
                parts = {part for part in by_script(signed[group]).values() if part}
                assert signed[group] in words or parts <= words, (finding_id, group)
    return {("findings", finding_id) for finding_id in ids}


def _enrol_code(url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert hq_cli.main(["enrol-code", "--db", url]) == 0
    return capsys.readouterr().out.split()[-1]


def test_a_change_taken_in_clear_before_the_upgrade_is_a_duplicate_when_sent_again_sealed(
        hq_0001: HQFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: HQ 0001 took the second laptop's interview in clear; its answer never came back. After
    both upgrades the laptop sends the same change sealed: HQ answered "a different change under this op
    id" and the laptop kept it as rejected for ever (never all sent, its inspection never submitted)."""
    assert hq_cli.main(["migrate", "--db", hq_0001.url]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    assert hq_cli.main(["init-keys", "--db", hq_0001.url]) == 0
    hq = HQServer(hq_0001.url, hq_0001.attachments).start()  # `serve` in this process: a real socket, real HTTP
    try:
        ops, _ = second_laptop_ops(read_laptop())
        interview = _sealed(ops[2], hq_0001.url)
        again = PushBatch(batch_id="sent-again-sealed", device_id=HQ_MANIFEST["devices"]["second-laptop"],
                          ops=[interview])
        client = _second_laptop(hq.url)
        answer = client.push(again).results[0]
        assert (answer.status, answer.original) == ("duplicate", "applied"), answer
        # A different change under that op id (another clock stamp) is still refused.
        other = interview.model_copy(update={"hlc": "1795899999999-00000-5ec0ad1a9700"})
        refused = client.push(again.model_copy(update={"batch_id": "reused-op-id", "ops": [other]})).results[0]
        assert refused.status == "rejected" and "different change under this op id" in refused.reason
        client.close()
    finally:
        hq.stop()


def test_the_export_keeps_the_laptop_accounts_an_older_hq_took(hq_0001: HQFixture, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: HQ 0001 took laptops' `users` records; `inspector-hq export` wrote them to users.json and
    then HQ's own accounts over them, so the laptop's account was missing from the export."""
    assert hq_cli.main(["migrate", "--db", hq_0001.url]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    assert hq_cli.main(["init-keys", "--db", hq_0001.url]) == 0
    exported = hq_export(hq_0001.url, tmp_path / "export")
    assert [(u["username"], u["hq_owner_device_id"]) for u in exported["laptop_users"]] == [
        ("fixture", HQ_MANIFEST["devices"]["fixture-laptop"])]
    assert sorted(u["username"] for u in exported["users"]) == ["admin", "ploy"]
    records = sum(len(exported[entity]) for entity in HQ_MANIFEST["records"] if entity != "users")
    assert records + len(exported["laptop_users"]) == sum(HQ_MANIFEST["records"].values())
