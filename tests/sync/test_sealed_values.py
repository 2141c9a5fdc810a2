"""The sealing construction itself: what opens, and everything that must not."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from inspector_app.sync.sealed import (
    SealError,
    is_envelope,
    key_id,
    open_fields,
    open_value,
    public_key_bytes,
    seal_fields,
    seal_value,
    unsealed_fields,
)

NOTE = "ကျွန်တော့်ပတ်စ်ပို့ကို အလုပ်ရှင်က သိမ်းထားပါတယ်။ CANARY-unit"


@pytest.fixture
def key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def _kid(key: X25519PrivateKey) -> str:
    return key_id(public_key_bytes(key.public_key()))


@pytest.mark.parametrize("value", [NOTE, None, [], [{"type": "passport", "number": "AA1234567"}], "", "ก" * 5000])
def test_a_sealed_value_opens_to_exactly_what_was_sealed(key: X25519PrivateKey, value: object) -> None:
    envelope = seal_value(key.public_key(), _kid(key), "worker_interviews", "rec-1", "notes_original", value)
    assert is_envelope(envelope) and envelope["kid"] == _kid(key)
    assert "CANARY" not in str(envelope)
    assert open_value(key, envelope, "worker_interviews", "rec-1", "notes_original") == value


def test_sealing_twice_gives_different_bytes(key: X25519PrivateKey) -> None:
    """Fresh randomness each time: why the laptop seals an op once and keeps that form."""
    first = seal_value(key.public_key(), _kid(key), "worker_interviews", "rec-1", "notes_original", NOTE)
    second = seal_value(key.public_key(), _kid(key), "worker_interviews", "rec-1", "notes_original", NOTE)
    assert first["ct"] != second["ct"]


@pytest.mark.parametrize(("entity", "record_id", "field"), [
    ("worker_interviews", "rec-2", "notes_original"),  # moved to another record
    ("worker_interviews", "rec-1", "notes_translation"),  # moved to another field
    ("interpreter_notes", "rec-1", "notes_original"),  # moved to another kind of record
])
def test_a_sealed_value_moved_elsewhere_does_not_open(key: X25519PrivateKey, entity: str, record_id: str,
                                                      field: str) -> None:
    envelope = seal_value(key.public_key(), _kid(key), "worker_interviews", "rec-1", "notes_original", NOTE)
    with pytest.raises(SealError, match="does not open"):
        open_value(key, envelope, entity, record_id, field)


def test_a_changed_relabelled_or_foreign_envelope_does_not_open(key: X25519PrivateKey) -> None:
    envelope = seal_value(key.public_key(), _kid(key), "worker_interviews", "rec-1", "notes_original", NOTE)
    flipped = dict(envelope, ct=envelope["ct"][:-6] + ("AAAA" if envelope["ct"][-6:-2] != "AAAA" else "BBBB")
                   + envelope["ct"][-2:])
    other = X25519PrivateKey.generate()
    for bad, key_used in ((flipped, key), (dict(envelope, kid="ek-someoneelse"), key), (envelope, other)):
        with pytest.raises(SealError):
            open_value(key_used, bad, "worker_interviews", "rec-1", "notes_original")
    with pytest.raises(SealError, match="not a sealed value"):
        open_value(key, {"ct": envelope["ct"]}, "worker_interviews", "rec-1", "notes_original")


def test_a_record_and_a_signed_snapshot_are_sealed_field_by_field(key: X25519PrivateKey) -> None:
    interview = {"id": "iv-1", "worker_code": "W-01", "sex": "female", "worker_name": "Synthetic Name",
                 "documents": [{"type": "passport", "held_by": "employer"}], "notes_original": NOTE,
                 "notes_translation": "นายจ้างเก็บหนังสือเดินทาง CANARY-unit"}
    sealed = seal_fields("worker_interviews", "iv-1", interview, key.public_key(), _kid(key))
    assert set(sealed) == {"worker_name", "documents", "notes_original", "notes_translation"}
    wire = {**interview, **sealed}
    assert wire["worker_code"] == "W-01" and wire["sex"] == "female"  # the rest stays readable for review
    assert unsealed_fields("worker_interviews", interview) == sorted(sealed, key=list(interview).index)
    assert unsealed_fields("worker_interviews", wire) == []
    opener = lambda env, e, rid, f: open_value(key, env, e, rid, f)  # noqa: E731
    assert open_fields("worker_interviews", "iv-1", wire, opener) == interview

    snapshot = {"inspection": {"id": "in-1", "reference": "63-2569-X", "complaint_source": "Hotline CANARY-unit"},
                "interviews": [interview], "interpreter_notes": [{"id": "n-1", "original": "CANARY-unit",
                                                                  "translation": None}],
                "findings": [{"id": "f-1", "title": "Wages"}]}
    revision = {"id": "rev-1", "inspection_id": "in-1", "revision": 1, "snapshot": snapshot}
    sealed_revision = {**revision, **seal_fields("inspection_revisions", "rev-1", revision, key.public_key(),
                                                 _kid(key))}
    assert "CANARY" not in str(sealed_revision)
    assert sealed_revision["snapshot"]["findings"] == snapshot["findings"]
    assert unsealed_fields("inspection_revisions", revision) == [
        "snapshot.inspection.complaint_source", "snapshot.interviews.worker_name", "snapshot.interviews.documents",
        "snapshot.interviews.notes_original", "snapshot.interviews.notes_translation",
        "snapshot.interpreter_notes.original", "snapshot.interpreter_notes.translation"]
    assert unsealed_fields("inspection_revisions", sealed_revision) == []
    assert open_fields("inspection_revisions", "rev-1", sealed_revision, opener) == revision


def test_an_envelope_is_plain_rfc_9180_hpke_over_the_documented_binding(key: X25519PrivateKey) -> None:
    """What an HQ of any version opens: HPKE base mode (X25519, HKDF-SHA256, ChaCha20-Poly1305) of the
    value's canonical JSON, its `info` the context label and then the key id, entity, record id and field,
    each as two big-endian length bytes and its UTF-8. Written out here by hand, apart from the module's own
    code, so a faster way of building either cannot change the bytes."""
    import base64
    import json

    from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

    value = {"zeta": NOTE, "alpha": [1, None, "ก"]}
    record_id = "0192abcd-0000-7000-8000-00000000000ก"
    envelope = seal_value(key.public_key(), _kid(key), "worker_interviews", record_id, "notes_original", value)
    info = b"field-inspector sealed testimony v1"
    for part in (_kid(key), "worker_interviews", record_id, "notes_original"):
        info += len(part.encode("utf-8")).to_bytes(2, "big") + part.encode("utf-8")
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
    plaintext = suite.decrypt(base64.b64decode(envelope["ct"], validate=True), key, info=info)
    assert plaintext == json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert set(envelope) == {"sealed", "kid", "ct"} and envelope["sealed"] == 1
