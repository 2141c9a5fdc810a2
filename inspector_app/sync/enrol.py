"""Enrolment: a one-time code from HQ turns this laptop into a known device with a token.

Every enrolment also signs a fresh challenge from HQ with this data dir's device key. HQ
requires that proof when it already knows this device id (enrolling again after a lost token
or a revocation), so nobody else can take over this laptop's identity with a code alone.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..core.errors import InspectorError, StoreError
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.models import Device
from ..core.services import sync_apply
from ..core.store import Store
from .client import HQClient, ProtocolError
from .protocol import PROTOCOL_VERSION, EnrolRequest, enrol_proof_message


@dataclass(frozen=True)
class Enrolment:
    hq_url: str
    device_id: str  # HQ's id for this laptop
    re_enrolled: bool = False  # HQ knew this laptop already (proven by its key)


def _signing_key(store: Store) -> Ed25519PrivateKey:
    with store.session() as session:
        device = session.get(Device, store.device_id)
    if device is None or not device.signing_key:
        raise StoreError(QT_TRANSLATE_NOOP("SyncMessages", "This data store has no device key; it is damaged."))
    return Ed25519PrivateKey.from_private_bytes(device.signing_key)


def public_key(store: Store) -> str:
    key = _signing_key(store).public_key()
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def check_hq_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InspectorError(QT_TRANSLATE_NOOP("SyncMessages", "{url} is not an HQ address; give one like "
                                                               "https://hq.example.go.th"), url=repr(url))
    return url.strip().rstrip("/")


def enrol(store: Store, hq_url: str, code: str, *, transport: httpx.BaseTransport | None = None) -> Enrolment:
    hq_url = check_hq_url(hq_url)
    if len(code.strip()) < 4:
        raise InspectorError(QT_TRANSLATE_NOOP("SyncMessages", "{code} is not an enrolment code; HQ gives one like "
                                                               "K7QM-2XWD-PN4R-HT9A."), code=repr(code))
    with store.session() as session:
        device = session.get(Device, store.device_id)
    if device is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "This data store has no local device record; it is "
                                                          "damaged."))
    key = _signing_key(store)
    public = public_key(store)
    with HQClient(hq_url, transport=transport) as client:
        health = client.health()
        if health.protocol != PROTOCOL_VERSION:
            raise ProtocolError(QT_TRANSLATE_NOOP("SyncMessages", "HQ speaks sync protocol {theirs}; this app speaks "
                                                                  "{ours}. Update the app."),
                                theirs=str(health.protocol), ours=str(PROTOCOL_VERSION))
        challenge = client.enrol_challenge(store.device_id).challenge
        signature = key.sign(enrol_proof_message(challenge, store.device_id, public))
        request = EnrolRequest(code=code.strip(), local_device_id=store.device_id,
                               device_name=device.name[:200] or "laptop", public_key=public,
                               protocol=PROTOCOL_VERSION, challenge=challenge,
                               signature=base64.b64encode(signature).decode("ascii"))
        response = client.enrol(request)
    sync_apply.record_enrolment(store, hq_url=hq_url, hq_device_id=response.device_id, token=response.token,
                                hq_public_key=response.hq_public_key, hq_transport_key=response.hq_transport_key,
                                evidence_key=response.evidence_key.model_dump(mode="json")
                                if response.evidence_key else None,
                                document_key=response.document_key.model_dump(mode="json")
                                if response.document_key else None)
    return Enrolment(hq_url, response.device_id, response.re_enrolled)
