"""HQ at national volume, loaded fast: N laptops × M inspections each, straight into HQ's tables.

Shared by the workspace and statistics benchmarks. `load(db, VolumeSpec(...))` writes what HQ
would hold after every laptop synced: devices, establishments (real DOPA district codes),
inspections (a realistic status mix, signed ones submitted at HQ over the last 60 days, some
approved or returned), their findings (S1–S4), the inspection index the queue reads (made with
the same `queue_index.index_row` a push uses), push batches, users and a sign-in log. A few
inspections per laptop (`full_per_laptop`) get every part a real one has (checklist answers for
the shipped template, interviews and interpreter notes sealed to HQ's evidence key, a coordinator,
a signature), so their inspection page is as heavy as a real one; the rest carry findings only.

PostgreSQL gets COPY (hundreds of thousands of rows in seconds); SQLite gets executemany.
Everything is synthetic and seeded: the same spec gives the same data.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from inspector_app.core import geography
from inspector_app.core.checklists import load_templates, template_record_id
from inspector_app.hq.db import HQDatabase, RawJSON
from inspector_app.hq.evidence import current_key
from inspector_app.hq.models import Batch, Device, InspectionIndex, LoginEvent, Record
from inspector_app.hq.queue_index import index_row
from inspector_app.sync.sealed import load_public_key, seal_fields

STATUSES = (("draft", 14), ("completed", 6), ("signed", 45), ("approved", 28), ("returned", 7))
SEVERITIES = (("S1", 6), ("S2", 24), ("S3", 45), ("S4", 25))
PROVINCES = ("63", "74", "10", "50", "20", "84", "90", "71", "34", "40")  # Tak first: Mae Sot's district office
BURMESE_NOTE = "ပွဲစားကို ကြွေး ၂၀၀၀၀ ဘတ် ရှိနေသေးတယ်။"
THAI_TRANSLATION = "ยังมีหนี้กับนายหน้า 20,000 บาท"


@dataclass(frozen=True)
class VolumeSpec:
    laptops: int = 100
    per_laptop: int = 2000
    findings_mean: float = 3.0
    establishments_per_laptop: int = 60
    full_per_laptop: int = 1
    batches_per_laptop: int = 20
    login_events: int = 20_000
    seed: int = 2569
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))


@dataclass
class Volume:
    devices: list[str]
    full_inspections: list[str]  # inspections with every part (their page is as heavy as a real one)
    submitted: int
    records: int
    seconds: float


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _wire(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Writer:
    """Rows buffered per table, written with COPY (PostgreSQL) or executemany (SQLite)."""

    def __init__(self, db: HQDatabase):
        self.db = db
        self.buffers: dict[Any, list[dict[str, Any]]] = {}
        self.written = 0

    def add(self, table: Any, row: dict[str, Any]) -> None:
        rows = self.buffers.setdefault(table, [])
        rows.append(row)
        if len(rows) >= 20_000:
            self.flush(table)

    def flush(self, table: Any | None = None) -> None:
        for t in [table] if table is not None else list(self.buffers):
            rows = self.buffers.get(t) or []
            if rows:
                self._write(t, rows)
                self.written += len(rows)
            self.buffers[t] = []

    def _write(self, table: Any, rows: list[dict[str, Any]]) -> None:
        columns = [c.name for c in table.columns if c.name in rows[0]]
        with self.db.write() as conn:
            if conn.dialect.name != "postgresql":
                conn.execute(insert(table), rows)
                return
            raw = conn.connection.driver_connection
            with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[c] for c in columns])


def _districts(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for province in PROVINCES:
        for district in geography.districts(province)[:6]:
            out.append((province, district.code))
    rng.shuffle(out)
    return out


def load(db: HQDatabase, spec: VolumeSpec = VolumeSpec()) -> Volume:
    """Write the volume into an HQ database migrated to head (with an evidence key, for sealed testimony)."""
    started = time.perf_counter()
    rng = random.Random(spec.seed)
    with db.read() as conn:
        key = current_key(conn)
    public = load_public_key(key.public_key) if key is not None else None
    template = next(t for t in load_templates() if t.code == "LPA-GENERAL")
    template_id = template_record_id(template.code, template.version, template.sha256)
    items = list(template.items())
    places = _districts(rng)
    w = _Writer(db)
    records, index, batches = Record.__table__, InspectionIndex.__table__, Batch.__table__
    devices: list[str] = []
    full: list[str] = []
    submitted = 0
    findings_weights = [1, 2, 3, 3, 4, 5]

    def record(entity: str, entity_id: str, owner: str, fields: dict[str, Any], moment: datetime,
               inspection_id: str | None = None, reference: str | None = None) -> None:
        body = _canonical(fields)
        w.add(records, {"entity": entity, "entity_id": entity_id, "owner_device_id": owner, "writer_device_id": owner,
                        "inspection_id": inspection_id, "reference": reference, "rev": int(fields.get("rev", 1)),
                        "hlc": f"{int(moment.timestamp() * 1000):013d}-00000-{owner[:6]}", "fields": RawJSON(body),
                        "fields_sha256": hashlib.sha256(body.encode()).hexdigest(), "needs_review": False,
                        "last_op_id": f"{owner}:{entity_id}", "created_at": moment, "updated_at": moment})

    for laptop in range(spec.laptops):
        device_id = str(uuid.UUID(int=rng.getrandbits(128)))
        devices.append(device_id)
        enrolled = spec.now - timedelta(days=400 - laptop)
        w.add(Device.__table__, {"id": device_id, "local_id": f"laptop-{laptop:03d}-{device_id[:8]}",
                                 "name": f"District laptop {laptop + 1:03d}", "public_key": "A" * 43 + "=",
                                 "token_hash": hashlib.sha256(device_id.encode()).hexdigest(), "enrolled_at": enrolled,
                                 "revoked_at": None})
        w.flush(Device.__table__)
        for b in range(spec.batches_per_laptop):
            w.add(batches, {"batch_id": f"{device_id}-b{b}", "device_id": device_id, "source": "push",
                            "op_count": 200, "received_at": spec.now - timedelta(hours=rng.randint(1, 24 * 60)),
                            "response": RawJSON(_canonical({"batch_id": f"{device_id}-b{b}", "results": []}))})
        establishments = []
        for e in range(spec.establishments_per_laptop):
            province, district = places[(laptop * 7 + e) % len(places)]
            est_id = str(uuid.UUID(int=rng.getrandbits(128)))
            fields = {"id": est_id, "rev": 1, "name_th": f"สถานประกอบการทดสอบ {laptop}-{e}",
                      "name_en": f"Synthetic establishment {laptop}-{e}", "province_code": province,
                      "district_code": district, "sector": rng.choice(["factory", "construction", "agriculture",
                                                                         "fishing", "domestic"]),
                      "employer_name": f"Employer {laptop}-{e} (synthetic)"}
            record("establishments", est_id, device_id, fields, enrolled)
            establishments.append(fields)
        for n in range(spec.per_laptop):
            inspection_id = str(uuid.UUID(int=rng.getrandbits(128)))
            est = establishments[rng.randrange(len(establishments))]
            visit = (spec.now - timedelta(days=rng.randint(1, 720))).date()
            status = _weighted(rng, STATUSES)
            signed_at = datetime.combine(visit, datetime.min.time(), UTC) + timedelta(hours=15)
            reference = f"{est['province_code']}-{visit.year + 543}-L{laptop:03d}{n:05d}"
            fields = {"id": inspection_id, "rev": 3, "reference": reference, "establishment_id": est["id"],
                      "template_id": template_id, "visit_type": rng.choice(["routine", "complaint", "follow_up"]),
                      "visit_date": visit.isoformat(), "status": "signed" if status in ("approved", "returned")
                      else status, "revision": 1, "lead_inspector_id": f"user-{laptop}",
                      "team": [{"user_id": f"user-{laptop}", "name": f"Inspector {laptop} (synthetic)"}],
                      "signed_at": _wire(signed_at) if status not in ("draft", "completed") else None,
                      "workforce": {"male": rng.randint(5, 80), "female": rng.randint(5, 80), "under18": 0,
                                    "by_nationality": {"MM": rng.randint(5, 60), "KH": rng.randint(0, 20)}},
                      "complaint_source_confidential": False}
            record("inspections", inspection_id, device_id, fields, signed_at, reference=reference)
            findings = []
            for f in range(rng.choice(findings_weights) if spec.findings_mean else 0):
                severity = _weighted(rng, SEVERITIES)
                item = items[rng.randrange(len(items))]
                finding_id = str(uuid.UUID(int=rng.getrandbits(128)))
                ff = {"id": finding_id, "rev": 1, "inspection_id": inspection_id, "item_code": item.code,
                      "severity": severity, "status": "open", "legal_refs": list(item.legal_refs),
                      "title_th": f"ข้อค้นพบทดสอบ {item.code}", "title_en": f"Synthetic finding on {item.code}",
                      "workers_affected": rng.randint(1, 30), "deadline": (visit + timedelta(days=30)).isoformat(),
                      "evidence": [], "created_at": _wire(signed_at - timedelta(minutes=60 - f))}
                record("findings", finding_id, device_id, ff, signed_at, inspection_id=inspection_id)
                findings.append(ff)
            if n < spec.full_per_laptop and public is not None:
                _full_parts(record, rng, device_id, inspection_id, signed_at, items, public, key.key_id)
                full.append(inspection_id)
            decision = None
            if status in ("approved", "returned"):
                decision = (1, status)
            hq_arrival = spec.now - timedelta(hours=rng.randint(1, 24 * 60))
            row = index_row(inspection_id, fields, False, findings, est, decision, None, hq_arrival)
            submitted += row["hq_status"] == "submitted"
            w.add(index, row)
    for n in range(spec.login_events):
        w.add(LoginEvent.__table__, {"at": spec.now - timedelta(minutes=n), "event": rng.choice(
            ["success", "failure", "logout"]), "username": f"supervisor{n % 40}", "user_id": None,
            "address": f"10.0.{n % 250}.{n % 200}", "method": "password", "session_id": None, "detail": None})
    w.flush()
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    return Volume(devices, full, submitted, w.written, time.perf_counter() - started)


def _full_parts(record: Any, rng: random.Random, device_id: str, inspection_id: str, moment: datetime,
                items: Sequence[Any], public: Any, kid: str) -> None:
    """Every part a real inspection has: answers, a coordinator, sealed interviews and notes, a signature."""
    for item in items:
        answer_id = str(uuid.UUID(int=rng.getrandbits(128)))
        record("checklist_answers", answer_id, device_id, {
            "id": answer_id, "rev": 1, "inspection_id": inspection_id, "item_code": item.code,
            "result": rng.choice(["compliant", "compliant", "non_compliant", "not_applicable"]), "evidence": []},
            moment, inspection_id=inspection_id)
    coordinator = str(uuid.UUID(int=rng.getrandbits(128)))
    record("language_coordinators", coordinator, device_id, {
        "id": coordinator, "rev": 1, "full_name": "Ko Aung (synthetic)", "languages": ["my", "th"]}, moment)
    link = str(uuid.UUID(int=rng.getrandbits(128)))
    record("inspection_coordinators", link, device_id, {"id": link, "rev": 1, "inspection_id": inspection_id,
                                                        "coordinator_id": coordinator, "languages": ["my"]},
           moment, inspection_id=inspection_id)
    for w in range(4):
        interview_id = str(uuid.UUID(int=rng.getrandbits(128)))
        fields = {"id": interview_id, "rev": 1, "inspection_id": inspection_id, "worker_code": f"W-{w + 1:02d}",
                  "sex": rng.choice(["female", "male"]), "nationality": "MM", "language": "my",
                  "interpreter_id": coordinator, "consent": True, "private_setting": True, "employer_absent": True,
                  "indicators": ["debt_bondage"], "notes_original": BURMESE_NOTE, "notes_language": "my",
                  "notes_translation": THAI_TRANSLATION, "translation_language": "th",
                  "worker_name": f"Worker {w} (synthetic)", "documents": [{"type": "passport", "held_by": "worker"}]}
        fields.update(seal_fields("worker_interviews", interview_id, fields, public, kid))
        record("worker_interviews", interview_id, device_id, fields, moment, inspection_id=inspection_id)
        note_id = str(uuid.UUID(int=rng.getrandbits(128)))
        note = {"id": note_id, "rev": 1, "inspection_id": inspection_id, "interview_id": interview_id,
                "coordinator_id": coordinator, "source_language": "my", "target_language": "th",
                "original": BURMESE_NOTE, "translation": THAI_TRANSLATION, "noted_at": _wire(moment)}
        note.update(seal_fields("interpreter_notes", note_id, note, public, kid))
        record("interpreter_notes", note_id, device_id, note, moment, inspection_id=inspection_id)
    signature_id = str(uuid.UUID(int=rng.getrandbits(128)))
    record("signatures", signature_id, device_id, {
        "id": signature_id, "rev": 1, "inspection_id": inspection_id, "revision": 1, "role": "inspector",
        "signer_name": "Inspector (synthetic)", "image_png": _png(), "signed_at": _wire(moment)},
        moment, inspection_id=inspection_id)


def _png() -> str:
    import base64

    from PIL import Image, ImageDraw

    image = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(image).line([(10, 60), (60, 20), (120, 58), (220, 30)], fill=0, width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


__all__ = ["Volume", "VolumeSpec", "load"]
