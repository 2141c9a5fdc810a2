"""Does HQ hold exactly a laptop's model? HQ's export (testimony opened with the evidence passphrase)
compared with the laptop's records, its op log with the laptop's outbox, its files with their SHA-256.

    comparison = compare(store, hq_export(db_url, tmp), device_id, storage)
    comparison.assert_exact()   # 0 lost, 0 duplicated, 0 differing
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inspector_app.core.models import Attachment, Device, OutboxOp
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.evidence import PASSPHRASE_ENV, Keyring
from inspector_app.hq.models import AttachmentBlob, OpLog, Publication, Record, ReviewDecision
from inspector_app.hq.storage import LocalDirectoryStorage

from ..hq.support import EVIDENCE_PASSPHRASE
from ..sync.records import CONTENT, comparable, laptop_records

Exported = dict[str, list[dict[str, Any]]]
Key = tuple[str, str]


def hq_export(db_url: str, out: Path) -> Exported:
    """`inspector-hq export --format json --decrypt` (the evidence passphrase from the environment), read back."""
    if out.exists():
        shutil.rmtree(out)
    previous = os.environ.get(PASSPHRASE_ENV)
    os.environ[PASSPHRASE_ENV] = EVIDENCE_PASSPHRASE
    try:
        code = hq_cli.main(["export", "--db", db_url, "--format", "json", "--out", str(out), "--decrypt"])
    finally:
        if previous is None:
            os.environ.pop(PASSPHRASE_ENV, None)
        else:
            os.environ[PASSPHRASE_ENV] = previous
    assert code == 0, f"inspector-hq export exited {code}"
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def hq_snapshot(db: HQDatabase, keyring: Keyring) -> Exported:
    """What `hq_export` gives for the comparison (records with testimony opened, the op log, files,
    publications, decisions), read straight from HQ's tables: for suites that compare after every
    one of many examples and keep the export itself for their last comparison."""
    snapshot: Exported = {entity: [] for entity in CONTENT}
    with db.read() as conn:
        for row in conn.execute(select(Record.entity, Record.entity_id, Record.fields, Record.owner_device_id)
                                .where(Record.entity.in_(CONTENT))):
            fields = keyring.open_fields(row.entity, row.entity_id, row.fields)
            snapshot[row.entity].append({**fields, "hq_owner_device_id": row.owner_device_id})
        snapshot["ops"] = [{"op_id": op_id, "device_id": device_id}
                           for op_id, device_id in conn.execute(select(OpLog.op_id, OpLog.device_id))]
        snapshot["attachment_files"] = [{"sha256": sha, "size": size}
                                        for sha, size in conn.execute(select(AttachmentBlob.sha256,
                                                                             AttachmentBlob.size))]
        snapshot["publications"] = [{"seq": seq, "kind": kind, "target_device_id": target} for seq, kind, target in
                                    conn.execute(select(Publication.seq, Publication.kind,
                                                        Publication.target_device_id).order_by(Publication.seq))]
        snapshot["review_decisions"] = [
            {"inspection_id": r.inspection_id, "comment": r.comment, "reviewer_name": r.reviewer_name,
             "decision": r.decision} for r in conn.execute(select(ReviewDecision).order_by(ReviewDecision.id))]
    return snapshot


def hq_records_of(exported: Exported, device_id: str | None) -> dict[Key, dict[str, Any]]:
    """The records HQ's export holds (of one owning device, or all), without the columns HQ adds."""
    records: dict[Key, dict[str, Any]] = {}
    for entity in CONTENT:
        for row in exported.get(entity, []):
            if device_id is not None and row["hq_owner_device_id"] != device_id:
                continue
            key = (entity, row["id"])
            assert key not in records, f"HQ's export holds {key} twice"
            records[key] = {k: v for k, v in row.items() if not k.startswith("hq_") and k != "needs_review"}
    return records


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class Comparison:
    records: int = 0  # the laptop's records compared
    ops: int = 0  # the laptop's ops HQ's log was compared with
    files: int = 0  # attachment files checked against their SHA-256
    lost_records: list[Key] = field(default_factory=list)
    extra_records: list[Key] = field(default_factory=list)
    differing: list[Key] = field(default_factory=list)
    lost_ops: list[str] = field(default_factory=list)
    extra_ops: list[str] = field(default_factory=list)
    duplicated_ops: list[str] = field(default_factory=list)
    unsent_ops: int = 0  # still pending or rejected on the laptop
    conflicts: int = 0  # ops HQ kept beside a newer version (none expected from one owner)
    bad_files: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return len(self.lost_records) + len(self.lost_ops) + len(self.bad_files)

    @property
    def duplicated(self) -> int:
        return len(self.extra_records) + len(self.duplicated_ops) + len(self.extra_ops)

    def assert_exact(self) -> None:
        problems = {name: value for name, value in (
            ("records the laptop holds and HQ does not", self.lost_records[:5]),
            ("records HQ holds and the laptop does not", self.extra_records[:5]),
            ("records whose content differs", self.differing[:5]),
            ("ops HQ never logged", self.lost_ops[:5]),
            ("ops HQ logged that the laptop never made", self.extra_ops[:5]),
            ("ops HQ logged twice", self.duplicated_ops[:5]),
            ("files missing or not matching their SHA-256", self.bad_files[:5]),
        ) if value}
        if self.unsent_ops:
            problems["ops still unsent or rejected"] = [self.unsent_ops]
        if self.conflicts:
            problems["ops kept as conflicts"] = [self.conflicts]
        assert not problems, problems


def _without_nulls(fields: dict[str, Any]) -> dict[str, Any]:
    # An empty list is how a later schema fills a list column it added (coordinators' training_records).
    return {k: v for k, v in fields.items() if v is not None and v != [] and v != "[]"}


def compare(store: Store, exported: Exported, device_id: str, storage: LocalDirectoryStorage | Path,
            *, include_conflicts: bool = False, null_as_absent: bool = False) -> Comparison:
    """Compare one laptop with HQ's export: records it owns, its op log, the files its records name.

    `null_as_absent`: a field one side holds as null and the other does not hold at all counts as equal
    (a column a later laptop schema added, empty, to records HQ took before); so does an empty list."""
    if not isinstance(storage, LocalDirectoryStorage):
        storage = LocalDirectoryStorage(storage)
    result = Comparison()
    laptop = laptop_records(store)
    master = hq_records_of(exported, device_id)
    result.records = len(laptop)
    result.lost_records = sorted(set(laptop) - set(master))
    result.extra_records = sorted(set(master) - set(laptop))
    shape = _without_nulls if null_as_absent else (lambda fields: fields)

    def content(key: Key, fields: dict[str, Any]) -> str:
        return _digest(shape(comparable(key, fields)))

    result.differing = sorted(key for key in set(laptop) & set(master)
                              if content(key, laptop[key]) != content(key, master[key]))

    with store.session() as s:
        outbox = dict(s.execute(select(OutboxOp.op_id, OutboxOp.state)).all())
        shas = {sha for row in s.execute(select(Attachment.sha256, Attachment.original_sha256)) for sha in row if sha}
        last_seq = s.scalar(select(Device.last_seq).where(Device.id == store.device_id)) or 0
    # Every change this laptop ever queued is `device:seq` for seq 1..last_seq; once HQ acknowledges one
    # it leaves the outbox (compaction), so a change is lost when it is neither queued here nor logged at HQ.
    made = {f"{store.device_id}:{seq}" for seq in range(1, last_seq + 1)}
    result.ops = len(made)
    result.unsent_ops = sum(1 for state in outbox.values() if state in ("pending", "rejected"))
    result.conflicts = 0 if include_conflicts else sum(1 for state in outbox.values() if state == "conflict")
    logged = Counter(op["op_id"] for op in exported["ops"] if op["device_id"] == device_id)
    result.duplicated_ops = sorted(op_id for op_id, times in logged.items() if times > 1)
    result.lost_ops = sorted((made | set(outbox)) - set(logged))
    result.extra_ops = sorted(set(logged) - made - set(outbox))

    stored = {row["sha256"]: row["size"] for row in exported["attachment_files"]}
    for sha in sorted(shas):
        result.files += 1
        if sha not in stored or not storage.has(sha) or hashlib.sha256(storage.read(sha)).hexdigest() != sha:
            result.bad_files.append(sha)
    return result
