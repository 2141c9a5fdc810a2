"""Simulated laptops for HQ tests: enrol over HTTP, then push / pull through the real client."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from inspector_app.hq import devices
from inspector_app.hq.evidence import current_key
from inspector_app.sync.client import HQClient
from inspector_app.sync.protocol import EnrolRequest, Op, PushBatch, PushResponse
from inspector_app.sync.sealed import load_public_key, needs_sealing, seal_fields, unsealed_fields

from .support import HQServer


@dataclass
class FakeLaptop:
    hq: HQServer
    local_id: str
    device_id: str
    token: str
    client: HQClient
    key: Ed25519PrivateKey
    seq: int = 0

    def op(self, entity: str, record_id: str, base_rev: int, rev: int, *, seal: bool = True,
           base_resolution: int | None = None, **fields: Any) -> Op:
        """One change as a real laptop sends it: testimony sealed to HQ's evidence key when HQ has one
        (`seal=False`: as an outdated or hostile laptop might send it, in clear); `base_resolution` when
        it was made on a revision a supervisor's resolution wrote."""
        self.seq += 1
        fields = {"id": record_id, "rev": rev, **fields}
        if seal and needs_sealing(entity, fields) and unsealed_fields(entity, fields):
            with self.hq.db.read() as conn:
                key = current_key(conn)
            if key is not None:
                fields.update(seal_fields(entity, record_id, fields, load_public_key(key.public_key), key.key_id))
        return Op(op_id=f"{self.local_id}:{self.seq}", entity=entity, id=record_id,
                  action="create" if base_rev == 0 else "update", base_rev=base_rev, rev=rev,
                  hlc=f"{1_700_000_000_000 + self.seq:013d}-00000-abc", fields=fields,
                  base_resolution=base_resolution)

    def inspection(self, record_id: str | None = None, **fields: Any) -> Op:
        """A new inspection of this laptop (a unique reference unless one is given)."""
        record_id = record_id or f"insp-{uuid.uuid4()}"
        fields.setdefault("reference", f"63-2569-{uuid.uuid4().hex[:10].upper()}")
        fields.setdefault("status", "draft")
        fields.setdefault("revision", 1)
        return self.op("inspections", record_id, 0, 1, **fields)

    def own_inspection(self, record_id: str | None = None, **fields: Any) -> str:
        """Create an inspection at HQ (asserting HQ applied it); returns its id."""
        op = self.inspection(record_id, **fields)
        result = self.push(op).results[0]
        assert result.status == "applied", result
        return op.id

    def push(self, *ops: Op, batch_id: str | None = None) -> PushResponse:
        return self.client.push(self.batch(*ops, batch_id=batch_id))

    def batch(self, *ops: Op, batch_id: str | None = None) -> PushBatch:
        return PushBatch(batch_id=batch_id or f"batch-{uuid.uuid4()}", device_id=self.device_id, ops=list(ops))


def fake_laptop(hq: HQServer, name: str = "laptop") -> FakeLaptop:
    key = Ed25519PrivateKey.generate()
    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    code, _ = devices.new_enrol_code(hq.db)
    local_id = str(uuid.uuid4())
    anonymous = HQClient(hq.url)
    response = anonymous.enrol(EnrolRequest(code=code, local_device_id=local_id, device_name=name, public_key=public))
    anonymous.close()
    return FakeLaptop(hq, local_id, response.device_id, response.token, HQClient(hq.url, response.token), key)
