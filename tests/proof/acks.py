"""The side channel of a laptop child process: what it is about to save, what it saved, where its sync is.

The child writes one JSON line per event with a single `write` on a file opened for appending,
so a SIGKILL leaves whole lines (at worst a trailing part line, ignored). An `ack` line is
written only after the service call returned: it is what the app would have shown as saved.

    {"t": "intent", "n": 7, "entity": "worker_interviews", "key": {"id": ...}, "fields": {...}}
    {"t": "ack",    "n": 7, "entity": "worker_interviews", "key": {"id": ...}, "fields": {...}}
    {"t": "phase",  "phase": "push"}          a sync round entered a phase (connect, push, upload, pull, done)
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inspector_app.core.models import SYNCED_MODELS
from inspector_app.core.store import Store
from inspector_app.core.writer import wire_fields


class AckLog:
    """The child's end: append-only, one write per line, no buffering in the process."""

    def __init__(self, path: Path):
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, **event: Any) -> None:
        os.write(self._fd, (json.dumps(event, ensure_ascii=False) + "\n").encode("utf-8"))


def read_events(path: Path) -> list[dict[str, Any]]:
    """Every whole line written so far (a line cut by the kill has no newline and is left out)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    whole = data[: data.rfind(b"\n") + 1]
    return [json.loads(line) for line in whole.decode("utf-8").splitlines() if line]


def where_killed(events: list[dict[str, Any]]) -> str:
    """Where the child was when it died: in a save, in a sync phase, or between the two."""
    for event in reversed(events):
        if event["t"] == "intent":
            done = any(e["t"] in ("ack", "refused") and e.get("n") == event["n"] for e in events)
            return "between" if done else "save"
        if event["t"] == "phase":
            return "between" if event["phase"] == "done" else event["phase"]
        if event["t"] in ("synced", "ready"):
            return "between"
    return "starting"


@dataclass
class AckCheck:
    acks: int = 0  # acknowledged saves checked
    records: int = 0  # distinct records they touched
    files: int = 0  # attachment files read back and hashed
    lost: list[str] = field(default_factory=list)  # what is missing or not as acknowledged


def _key(entity: str, key: dict[str, Any]) -> tuple[str, str]:
    return entity, json.dumps(key, sort_keys=True)


def check_acks(store: Store, events: list[dict[str, Any]]) -> AckCheck:
    """Every acknowledged save is in the store with the content acknowledged.

    A field may instead hold the value of the one save still in flight when the child died
    (its transaction may have committed before the kill, its ack not written)."""
    expected: dict[tuple[str, str], dict[str, Any]] = {}
    keys: dict[tuple[str, str], dict[str, Any]] = {}
    finished = {e["n"] for e in events if e["t"] in ("ack", "refused")}
    in_flight = [e for e in events if e["t"] == "intent" and e["n"] not in finished and e.get("key")]
    check = AckCheck()
    for event in events:
        if event["t"] != "ack":
            continue
        check.acks += 1
        record = _key(event["entity"], event["key"])
        keys[record] = event["key"]
        expected.setdefault(record, {}).update(event["fields"])
    alternatives: dict[tuple[str, str], dict[str, Any]] = {}
    for event in in_flight:
        alternatives.setdefault(_key(event["entity"], event["key"]), {}).update(event["fields"])

    with store.session() as session:
        for record, fields in expected.items():
            entity = record[0]
            model = SYNCED_MODELS[entity]
            where = [getattr(model, name) == value for name, value in keys[record].items()]
            rows = list(session.scalars(select(model).where(*where)))
            if len(rows) != 1:
                check.lost.append(f"{entity} {keys[record]}: {len(rows)} rows")
                continue
            check.records += 1
            held = wire_fields(rows[0])
            other = alternatives.get(record, {})
            for name, value in fields.items():
                if held.get(name) != value and not (name in other and held.get(name) == other[name]):
                    check.lost.append(f"{entity} {keys[record]}: {name} is {held.get(name)!r}, acknowledged {value!r}")
            if entity == "attachments":
                check.files += 1
                data = store.vault.get(held["sha256"])
                if hashlib.sha256(data).hexdigest() != held["sha256"]:
                    check.lost.append(f"attachment file {held['sha256']} does not match its SHA-256")
    return check
