"""One laptop's inspection at HQ with a record of every kind, and the other laptops that try their luck."""

from __future__ import annotations

import copy
import hashlib
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from inspector_app.hq import devices
from inspector_app.hq.models import ConflictVersion, OpLog, Record
from inspector_app.hq.ownership import DIRECTORY, INSPECTION_PARTS, INSPECTIONS
from inspector_app.sync.client import HQClient

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

# Every laptop entity HQ takes, in an order where each record's references come first.
ENTITIES = ("establishments", "language_coordinators", "inspections", "inspection_templates",
            "inspection_coordinators", "inspection_revisions", "worker_interviews", "interpreter_notes", "findings",
            "attachments", "checklist_answers", "signatures", "finding_verifications", "worker_documents", "referrals")
assert set(ENTITIES) == DIRECTORY | INSPECTION_PARTS | {INSPECTIONS}
# Records HQ keeps for itself: never taken from any laptop.
HQ_OWNED = ("users", "devices", "checklist_templates", "checklist_items")
PHOTO = b"\x89PNG fake photo of a pay slip"


@dataclass
class World:
    hq: HQServer
    owner: FakeLaptop  # laptop B: created the inspection and everything under it
    other: FakeLaptop  # laptop A: enrolled, owns nothing of B's
    revoked: FakeLaptop  # laptop R: was enrolled, HQ revoked it
    inspection: str
    ids: dict[str, str] = field(default_factory=dict)  # entity -> B's record of it
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)  # entity -> B's fields as sent
    sha: str = hashlib.sha256(PHOTO).hexdigest()

    def on(self, hq: HQServer) -> World:
        """This world as a copy of its database serves it on `hq`: laptops that talk to that HQ (each going on
        from its own op count), ids and fields of its own (filled.FilledHQs gives each test a copy)."""
        def moved(laptop: FakeLaptop) -> FakeLaptop:
            return replace(laptop, hq=hq, client=HQClient(hq.url, laptop.token))

        return replace(self, hq=hq, owner=moved(self.owner), other=moved(self.other), revoked=moved(self.revoked),
                       ids=dict(self.ids), fields=copy.deepcopy(self.fields))

    def close(self) -> None:
        for laptop in (self.owner, self.other, self.revoked):
            laptop.client.close()

    def laptop(self, role: str) -> FakeLaptop:
        return {"owner": self.owner, "non_owner": self.other, "revoked": self.revoked}[role]

    def held(self, record_id: str) -> Any:
        with self.hq.db.read() as conn:
            return conn.execute(select(Record).where(Record.entity_id == record_id)).first()

    def ops_logged_by(self, laptop: FakeLaptop) -> list[Any]:
        with self.hq.db.read() as conn:
            return conn.execute(select(OpLog).where(OpLog.device_id == laptop.device_id)).all()

    def kept_versions(self, record_id: str) -> list[Any]:
        with self.hq.db.read() as conn:
            return conn.execute(select(ConflictVersion).where(ConflictVersion.entity_id == record_id)).all()


def owner_fields(ids: dict[str, str], sha: str) -> dict[str, dict[str, Any]]:
    inspection = ids["inspections"]
    return {
        "establishments": {"name_th": "โรงงานตัวอย่าง", "province_code": "63"},
        "language_coordinators": {"full_name": "Ko Aung (synthetic)", "languages": ["my", "th"]},
        "inspections": {"reference": f"63-2569-B{uuid.uuid4().hex[:8].upper()}", "status": "signed", "revision": 1,
                        "establishment_id": ids["establishments"], "summary": "Passports held by the employer"},
        "inspection_templates": {"inspection_id": inspection, "template_id": "tpl-fishing", "position": 1},
        "inspection_coordinators": {"inspection_id": inspection, "coordinator_id": ids["language_coordinators"],
                                    "languages": ["my"]},
        "inspection_revisions": {"inspection_id": inspection, "revision": 1, "snapshot": {}, "snapshot_sha256": "0" * 64},
        "worker_interviews": {"inspection_id": inspection, "worker_code": "W-01", "notes_original": "ถูกยึดหนังสือเดินทาง"},
        "interpreter_notes": {"inspection_id": inspection, "interview_id": ids["worker_interviews"],
                              "source_language": "my", "target_language": "th", "original": "synthetic note"},
        "findings": {"inspection_id": inspection, "title": "Passports withheld", "severity": "S1", "evidence": []},
        "attachments": {"inspection_id": inspection, "finding_id": ids["findings"], "sha256": sha, "mime": "image/png",
                        "size": len(PHOTO)},
        "checklist_answers": {"inspection_id": inspection, "item_code": "FL-01", "result": "non_compliant",
                              "evidence": [ids["attachments"]]},
        "signatures": {"inspection_id": inspection, "revision": 1, "role": "inspector", "signer_name": "Somchai"},
        # B's inspection follows up an earlier one of B's: it verifies that visit's finding.
        "finding_verifications": {"inspection_id": inspection, "finding_id": ids["earlier_finding"],
                                  "original_inspection_id": ids["earlier_inspection"], "severity": "S1",
                                  "outcome": "corrected", "evidence": [ids["attachments"]]},
        "worker_documents": {"inspection_id": inspection, "interview_id": ids["worker_interviews"],
                             "doc_type": "passport", "held_by": "employer", "number": None, "note": None,
                             "number_hash": None, "number_kid": None},
        "referrals": {"inspection_id": inspection, "finding_id": ids["findings"], "receiving_body": "MDT",
                      "referral_date": "2026-11-20", "status": "planned", "interview_ids": [ids["worker_interviews"]],
                      "contact_notes": "synthetic contact note", "outcome": None},
    }


def build_world(hq: HQServer) -> World:
    owner, other, revoked = fake_laptop(hq, "Laptop B"), fake_laptop(hq, "Laptop A"), fake_laptop(hq, "Laptop R")
    owner.client.start_upload(hashlib.sha256(PHOTO).hexdigest(), len(PHOTO))
    assert owner.client.upload_chunk(hashlib.sha256(PHOTO).hexdigest(), 0, PHOTO).complete
    ids = {entity: f"b-{entity}-{uuid.uuid4().hex[:8]}" for entity in ENTITIES}
    ids["earlier_inspection"], ids["earlier_finding"] = f"b-earlier-{uuid.uuid4().hex[:8]}", f"b-ef-{uuid.uuid4().hex[:8]}"
    world = World(hq, owner, other, revoked, ids["inspections"], ids)
    world.fields = owner_fields(ids, world.sha)
    earlier = owner.push(
        owner.op("inspections", ids["earlier_inspection"], 0, 1, reference=f"63-2568-B{uuid.uuid4().hex[:8].upper()}",
                 status="signed", revision=1),
        owner.op("findings", ids["earlier_finding"], 0, 1, inspection_id=ids["earlier_inspection"],
                 title="Passports withheld", severity="S1", status="open", evidence=[])).results
    assert [r.status for r in earlier] == ["applied", "applied"], earlier
    ops = []
    for entity in ENTITIES:
        op = owner.op(entity, ids[entity], 0, 1, **world.fields[entity])
        if entity == "attachments":
            op.attachment_refs = [world.sha]
        ops.append(op)
    answers = owner.push(*ops).results
    assert [r.status for r in answers] == ["applied"] * len(ENTITIES), answers
    revoked.own_inspection()
    devices.revoke(hq.db, revoked.device_id)
    return world
