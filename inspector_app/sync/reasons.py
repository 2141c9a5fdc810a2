"""Why HQ refuses a change or a request, as stable codes with named parameters (sync protocol v1).

HQ answers every op it does not apply, and every request it refuses, with English text for people
(`reason`, `detail`: the CLI, logs, and laptops from before codes) and, beside it, a code from this
module with its parameters, so a laptop can say the same thing in its user's language
(sync/reason_messages.py). A code names one rule and keeps its meaning for good: new rules get new
codes, a code is never reused or renamed (tests/sync/test_reason_codes.py holds the list).

Parameters are plain values: ids, numbers, field paths, and table names (`entity`, `target_entity`:
"findings", "worker_interviews", ...; the laptop names the kind of record in its user's language).

Laptops from before codes read push answers strictly (an unknown field fails the whole answer), so HQ
sends a result's `code` and `params` only to a laptop that says it reads them: the header
`REASON_CODES_HEADER` on its requests, or the meta entry `REASON_CODES_META` in its USB bundle. Error
bodies (`ErrorBody`) always carry them: every laptop reads those leniently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REASON_CODES_HEADER = "X-Reason-Codes"
REASON_CODES_META = "reason_codes"
REASON_CODES_VERSION = "1"

ParamValue = str | int

# Per op: each answer `rejected` (or `conflict`) carries one of these. Retryable ones mean "sent again later".
OP_REASONS: dict[str, str] = {
    "op_unreadable": "the op does not fit the protocol (its shape, a bound, a type); params: problem",
    "text_nul": "a text of the op holds a NUL character; params: field",
    "text_surrogate": "a text of the op is not valid Unicode (a lone surrogate); params: field",
    "text_too_deep": "values of the op nest deeper than allowed; params: field, limit",
    "op_too_large": "the op's fields are larger than an op may be; params: size, limit",
    "op_id_reused": "HQ holds a different change under this op id (a laptop restored from an old backup?)",
    "op_id_foreign": "the op id was made by another device",
    "entity_not_accepted": "HQ does not take records of this table from laptops; params: entity",
    "id_mismatch": "the record's fields carry another id than the op",
    "rev_before_base": "the op's revision is lower than its base revision; params: rev, base_rev",
    "rev_mismatch": "the fields' revision differs from the op's; params: fields_rev, rev",
    "inspection_id_not_text": "inspection_id is not text",
    "testimony_unsealed": "testimony arrived in clear; params: fields",
    "evidence_key_unknown": "testimony is sealed to an evidence key HQ does not hold; params: key_id",
    "document_hash_missing": "a worker document arrived without its number's keyed hash",
    "document_hash_malformed": "a worker document's keyed hash or key id is malformed",
    "document_key_unknown": "a worker document's number was hashed with a key HQ did not issue; params: key_id",
    "waits_for_earlier": "(retryable) an earlier change of the same record waits; params: op_id",
    "record_kind_taken": "HQ holds another kind of record with this id",
    "not_owner": "the inspection belongs to another laptop; params: inspection_id",
    "reference_not_text": "an inspection's reference is not text",
    "reference_too_long": "an inspection's reference is too long; params: limit",
    "reference_taken": "another inspection holds this reference; params: reference",
    "inspection_id_missing": "a record under an inspection names none; params: entity",
    "record_moved": "a record would move to another inspection; params: entity, held_inspection_id ('' if none)",
    "inspection_not_at_hq": "(retryable) the record's inspection is not at HQ yet; params: entity, inspection_id",
    "parent_not_inspection": "inspection_id names a record that is not an inspection; params: entity (what it names)",
    "reference_ids_malformed": "a field meant to hold record ids does not; params: field, target_entity",
    "reference_not_at_hq": "(retryable) a record the change points at is not at HQ yet; "
                           "params: field, target_entity, target_id",
    "reference_elsewhere": "a record the change points at belongs to another inspection (or is another kind); "
                           "params: field, target_entity, target_id, inspection_id",
    "verification_incomplete": "a verification names no finding or no inspection of it; "
                               "params: entity, target_entity, field, inspection_field",
    "verification_own_inspection": "a verification checks a finding of its own inspection; params: entity, "
                                   "target_entity",
    "attachment_missing": "(retryable) a file the change refers to is not uploaded yet; params: sha256",
    # kept as a conflict, not rejected: both versions stay at HQ for a supervisor
    "proposal": "(conflict) another laptop's shared record: the change is kept as a proposal; params: entity",
    "stale_base": "(conflict) made on an older revision than HQ holds; params: hq_rev, base_rev",
    "stale_resolution": "(conflict) HQ's revision was written by a resolution this change was not made on; "
                        "params: hq_rev",
}

# Per request (ErrorBody.code) on the routes laptops call. Older HQs sent some of these already, without params.
REQUEST_REASONS: dict[str, str] = {
    "no_token": "the request needs the device token",
    "unknown_token": "HQ does not know the device token",
    "revoked": "HQ revoked this laptop",
    "bad_code": "the enrolment code is unknown, used or expired",
    "busy": "the laptop is being enrolled at this moment (409), or HQ is busy (503)",
    "device_id_taken": "another laptop is enrolled under this device id",
    "device_proof_required": "enrolling a known device id again needs its signature",
    "bad_key": "the device's public key is malformed",
    "bad_proof": "a signed enrolment lacks the challenge or the signature",
    "bad_challenge": "the enrolment challenge is unknown, used or expired",
    "bad_device_signature": "the enrolment signature does not match the laptop's key",
    "protocol": "HQ speaks another protocol version; params: protocol",
    "wrong_device": "the request (or batch id) belongs to another device",
    "no_upload": "no upload of this file was started by this device",
    "upload_size_changed": "the file was announced before with another size",
    "empty_chunk": "an upload chunk is empty",
    "chunk_too_large": "an upload chunk is larger than allowed; params: limit",
    "chunk_checksum": "an upload chunk does not match its checksum",
    "offset_mismatch": "HQ holds another part of the upload; params: offset",
    "chunk_past_end": "an upload chunk goes past the file's announced size",
    "file_checksum": "the uploaded file does not match its SHA-256",
    "too_large": "the request body is too large; params: limit",
    "bad_gzip": "the request body is not valid gzip",
    "invalid_request": "a field of the request is refused (ErrorBody.errors names each)",
    "disk_full": "HQ's disk is full",
    "locked": "too many failed sign-ins",
}


@dataclass(frozen=True)
class Reason:
    """A refusal as HQ gives it: the stable code, its parameters, and HQ's English sentence."""

    code: str
    text: str
    params: dict[str, ParamValue] = field(default_factory=dict)
    retryable: bool = False


def refusal(code: str, text: str, /, *, retryable: bool = False, **params: Any) -> Reason:
    """A per-op refusal: `code` must be one of OP_REASONS (a typo is a bug, caught by the tests)."""
    if code not in OP_REASONS:
        raise ValueError(f"unknown reason code {code!r}")
    return Reason(code, text, {k: v if isinstance(v, int) and not isinstance(v, bool) else str(v)
                               for k, v in params.items()}, retryable)
