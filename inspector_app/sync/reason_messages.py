"""HQ's refusals in the user's language: each reason code (sync/reasons.py) said by a marked template.

HQ answers with a code, its parameters and English text. The laptop keeps a `UserMessage` made from
the code's template here (its English is the CLI's; the UI translates it), so the Sync page shows
"HQ refused this change" in Thai, Burmese, Khmer or Lao. A code this laptop does not know (a newer
HQ), a template whose parameters HQ did not send, or an answer without a code (an older HQ) falls
back to HQ's own text inside a translated sentence.

Parameters named `entity` or `target_entity` are table names: they are shown as the record kind's
name in the user's language (core/record_names.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP, Template, UserMessage
from ..core.record_names import record_name
from ..core.services.sync_apply import OpOutcome
from .protocol import OpResult


OP_TEMPLATES: dict[str, Template] = {
    "op_unreadable": QT_TRANSLATE_NOOP("SyncReasons", "HQ cannot read this change ({problem}). Update the app on this laptop."),
    "text_nul": QT_TRANSLATE_NOOP("SyncReasons", "HQ cannot store this change: the text in {field} holds an invisible NUL "
                                      "character (often pasted from another program). Correct that text and sync "
                                      "again."),
    "text_surrogate": QT_TRANSLATE_NOOP("SyncReasons", "HQ cannot store this change: the text in {field} is not valid Unicode. "
                                            "Correct that text and sync again."),
    "text_too_deep": QT_TRANSLATE_NOOP("SyncReasons", "HQ cannot read this change: the values in {field} are nested more than "
                                           "{limit} levels deep."),
    "op_too_large": QT_TRANSLATE_NOOP("SyncReasons", "This change is too large for HQ ({size} bytes; at most {limit}). Photos "
                                          "and files travel separately; shorten the text and sync again."),
    "op_id_reused": QT_TRANSLATE_NOOP("SyncReasons", "HQ already holds a different change under this change's number. Was this "
                                          "laptop restored from an old backup? Ask HQ before going on."),
    "op_id_foreign": QT_TRANSLATE_NOOP("SyncReasons", "This change was made on another laptop; a laptop may send only its own "
                                           "changes."),
    "entity_not_accepted": QT_TRANSLATE_NOOP("SyncReasons", "HQ does not take records of this kind ({entity}) from laptops."),
    "id_mismatch": QT_TRANSLATE_NOOP("SyncReasons", "The record in this change carries a different id than the change itself."),
    "rev_before_base": QT_TRANSLATE_NOOP("SyncReasons", "Revision {rev} of this record cannot follow revision {base_rev}; its "
                                             "history on this laptop is damaged. Ask HQ."),
    "rev_mismatch": QT_TRANSLATE_NOOP("SyncReasons", "The record says revision {fields_rev}, the change says {rev}; its history "
                                          "on this laptop is damaged. Ask HQ."),
    "inspection_id_not_text": QT_TRANSLATE_NOOP("SyncReasons", "The record names its inspection in a form HQ cannot read."),
    "testimony_unsealed": QT_TRANSLATE_NOOP("SyncReasons", "This change carries interview testimony unsealed ({fields}); HQ "
                                                "takes testimony only sealed. Update the app on this laptop."),
    "evidence_key_unknown": QT_TRANSLATE_NOOP("SyncReasons", "This change is sealed to evidence key {key_id}, which this HQ does "
                                                  "not hold. Was the laptop enrolled with another HQ?"),
    "document_hash_missing": QT_TRANSLATE_NOOP("SyncReasons", "A worker document must travel with its number's keyed hash; update "
                                                   "the app on this laptop."),
    "document_hash_malformed": QT_TRANSLATE_NOOP("SyncReasons", "The keyed hash of a worker document's number is damaged; HQ "
                                                     "cannot check it."),
    "document_key_unknown": QT_TRANSLATE_NOOP("SyncReasons", "A worker document's number was hashed with key {key_id}, which this "
                                                  "HQ did not issue. Was the laptop enrolled with another HQ?"),
    "waits_for_earlier": QT_TRANSLATE_NOOP("SyncReasons", "Waits for an earlier change of the same record ({op_id}); it is sent "
                                               "after that one."),
    "record_kind_taken": QT_TRANSLATE_NOOP("SyncReasons", "HQ already holds another kind of record with this id."),
    "not_owner": QT_TRANSLATE_NOOP("SyncReasons", "Inspection {inspection_id} belongs to another laptop (the one that created it, "
                                       "or the one HQ reassigned it to). HQ takes changes to it only from that "
                                       "laptop."),
    "reference_not_text": QT_TRANSLATE_NOOP("SyncReasons", "The inspection's reference number is not text."),
    "reference_too_long": QT_TRANSLATE_NOOP("SyncReasons", "An inspection's reference number may hold at most {limit} "
                                                "characters."),
    "reference_taken": QT_TRANSLATE_NOOP("SyncReasons", "HQ already holds another inspection with reference {reference}. "
                                             "References are unique: give this inspection a reference of its own."),
    "inspection_id_missing": QT_TRANSLATE_NOOP("SyncReasons", "This {entity} does not say which inspection it belongs to."),
    "record_moved": QT_TRANSLATE_NOOP("SyncReasons", "This {entity} belongs to another inspection at HQ; a record cannot move to "
                                          "another inspection."),
    "inspection_not_at_hq": QT_TRANSLATE_NOOP("SyncReasons", "Inspection {inspection_id} is not at HQ yet; this {entity} is sent "
                                                  "after it."),
    "parent_not_inspection": QT_TRANSLATE_NOOP("SyncReasons", "The inspection this record names is not an inspection at HQ "
                                                   "but a record of another kind ({entity})."),
    "reference_ids_malformed": QT_TRANSLATE_NOOP("SyncReasons", "The field {field} must hold ids of records of this kind: "
                                                     "{target_entity}."),
    "reference_not_at_hq": QT_TRANSLATE_NOOP("SyncReasons", "The {target_entity} {target_id} this change points at is not at HQ "
                                                 "yet; the change is sent after it."),
    "reference_elsewhere": QT_TRANSLATE_NOOP("SyncReasons", "Record {target_id} ({target_entity}) is not part of inspection "
                                                 "{inspection_id}; a record may point only at records of its own "
                                                 "inspection."),
    "verification_incomplete": QT_TRANSLATE_NOOP("SyncReasons", "This {entity} must name the record it checks ({target_entity}) "
                                                     "and that record's inspection."),
    "verification_own_inspection": QT_TRANSLATE_NOOP("SyncReasons", "This {entity} must check a record ({target_entity}) of an "
                                                         "earlier inspection, not one of its own."),
    "attachment_missing": QT_TRANSLATE_NOOP("SyncReasons", "A file of this change is not uploaded yet; the change is sent after "
                                                "it."),
    "proposal": QT_TRANSLATE_NOOP("SyncReasons", "Kept for a supervisor: this {entity} was created by another laptop, so HQ keeps "
                                      "this change beside it as a proposal. A supervisor decides."),
    "stale_base": QT_TRANSLATE_NOOP("SyncReasons", "HQ holds revision {hq_rev} of this record; this change was made on revision "
                                        "{base_rev}. Both versions are kept and a supervisor compares them."),
    "stale_resolution": QT_TRANSLATE_NOOP("SyncReasons", "HQ holds revision {hq_rev} of this record, written by a supervisor's "
                                              "decision this change was not made on. Both versions are kept and a "
                                              "supervisor compares them."),
}

# When HQ gave no code this laptop knows: its own words, inside a sentence the user understands.
REFUSED_WITH_TEXT = QT_TRANSLATE_NOOP("SyncReasons", "HQ refused this change: {text}")
REFUSED = QT_TRANSLATE_NOOP("SyncReasons", "HQ refused this change.")
KEPT_WITH_TEXT = QT_TRANSLATE_NOOP("SyncReasons", "HQ kept this change for a supervisor: {text}")
LATER_WITH_TEXT = QT_TRANSLATE_NOOP("SyncReasons", "HQ takes this change later: {text}")

REQUEST_TEMPLATES: dict[str, Template] = {
    "bad_code": QT_TRANSLATE_NOOP("SyncMessages", "This enrolment code is unknown, already used or expired; ask HQ "
                                                  "for a new one."),
    "revoked": QT_TRANSLATE_NOOP("SyncMessages", "HQ has revoked this laptop's access. The data on the laptop is "
                                                 "safe; ask HQ to enrol it again."),
    "unknown_token": QT_TRANSLATE_NOOP("SyncMessages", "HQ does not know this laptop's token; enrol the laptop "
                                                       "again."),
    "no_token": QT_TRANSLATE_NOOP("SyncMessages", "This request needs the laptop's device token."),
    "busy": QT_TRANSLATE_NOOP("SyncMessages", "This laptop is being enrolled at this moment; try again."),
    "device_id_taken": QT_TRANSLATE_NOOP("SyncMessages", "Another laptop is already enrolled with this device id; "
                                                         "this data dir cannot take its place."),
    "device_proof_required": QT_TRANSLATE_NOOP(
        "SyncMessages", "HQ already knows a laptop with this device id. Enrolling it again needs that laptop's own "
                        "signature over a challenge from HQ (this app version does it by itself; update the app). A "
                        "new or wiped laptop has a new data dir and enrols as a new device."),
    "bad_key": QT_TRANSLATE_NOOP("SyncReasons", "HQ cannot read this laptop's key; the data store may be damaged. Ask HQ."),
    "bad_proof": QT_TRANSLATE_NOOP("SyncReasons", "HQ needs this laptop's signature over its challenge to enrol it again; update "
                                       "the app."),
    "bad_challenge": QT_TRANSLATE_NOOP("SyncReasons", "HQ's enrolment challenge expired or was already used; enrol again."),
    "bad_device_signature": QT_TRANSLATE_NOOP("SyncReasons", "HQ could not confirm that this is the laptop it enrolled under "
                                                  "this id (the signature does not match). Nothing changed; ask HQ."),
    "protocol": QT_TRANSLATE_NOOP("SyncReasons", "HQ speaks sync protocol {protocol}; update the app on this laptop."),
    "wrong_device": QT_TRANSLATE_NOOP("SyncReasons", "HQ says this request belongs to another laptop; enrol this laptop again."),
    "no_upload": QT_TRANSLATE_NOOP("SyncReasons", "HQ has no upload of this file from this laptop; it is started again."),
    "upload_size_changed": QT_TRANSLATE_NOOP("SyncReasons", "This file was announced to HQ before with another size; it cannot "
                                                 "be uploaded under the same fingerprint."),
    "empty_chunk": QT_TRANSLATE_NOOP("SyncReasons", "HQ received an empty piece of a file; sync again."),
    "chunk_too_large": QT_TRANSLATE_NOOP("SyncReasons", "A piece of a file is larger than HQ takes (at most {limit} bytes); "
                                             "update the app."),
    "chunk_checksum": QT_TRANSLATE_NOOP("SyncReasons", "A piece of a file was damaged on the way to HQ; sync again."),
    "offset_mismatch": QT_TRANSLATE_NOOP("SyncReasons", "HQ holds another part of this file than expected; sync again."),
    "chunk_past_end": QT_TRANSLATE_NOOP("SyncReasons", "A piece of a file goes past the file's size; sync again."),
    "file_checksum": QT_TRANSLATE_NOOP("SyncReasons", "A file arrived at HQ damaged and was discarded; sync again to upload it "
                                           "again."),
    "too_large": QT_TRANSLATE_NOOP("SyncReasons", "This request is too large for HQ (at most {limit} bytes)."),
    "bad_gzip": QT_TRANSLATE_NOOP("SyncReasons", "HQ could not unpack this request (damaged on the way); sync again."),
    "invalid_request": QT_TRANSLATE_NOOP("SyncReasons", "HQ could not accept this request ({detail}). Update the app on this "
                                             "laptop."),
    "disk_full": QT_TRANSLATE_NOOP("SyncReasons", "HQ's disk is full; nothing was lost. Sync again after HQ has made room."),
    "locked": QT_TRANSLATE_NOOP("SyncReasons", "Too many failed attempts; HQ refuses for a while. Try again later."),
}
HQ_ANSWERED = QT_TRANSLATE_NOOP("SyncMessages", "HQ answered: {detail}")

_TABLE_PARAMS = ("entity", "target_entity")


def _fits(template: str, params: Mapping[str, Any]) -> bool:
    """Does HQ's answer carry every value the template names? (A newer HQ's code may use others.)"""
    try:
        names = {name for _text, name, _spec, _conv in Formatter().parse(template) if name}
    except ValueError:
        return False
    return names <= params.keys()


def _values(params: Mapping[str, Any] | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in (params or {}).items():
        if not isinstance(name, str) or not isinstance(value, str | int) or isinstance(value, bool):
            continue  # not what the protocol sends: left out, so a template naming it falls back to HQ's text
        if name in _TABLE_PARAMS and isinstance(value, str):
            value = record_name(value)
        elif name == "field" and isinstance(value, str):
            value = value.removeprefix("fields.")  # the record's own field, as people call it
        values[name] = value
    return values


def op_reason(status: str, code: str | None, params: Mapping[str, Any] | None, text: str | None, *,
              retryable: bool = False) -> UserMessage | None:
    """What the laptop keeps (and shows) about HQ's answer to one of its changes; None for one HQ took."""
    if status in ("applied", "duplicate") and not (status == "duplicate" and text):
        return None
    values = _values(params)
    template = OP_TEMPLATES.get(code or "")
    if template is not None and _fits(template, values):
        return UserMessage(template, **{k: v for k, v in values.items() if "{" + k + "}" in template})
    if not text:
        return UserMessage(REFUSED) if status == "rejected" and not retryable else None
    if status == "rejected" and retryable:
        return UserMessage(LATER_WITH_TEXT, text=text)
    if status == "rejected":
        return UserMessage(REFUSED_WITH_TEXT, text=text)
    return UserMessage(KEPT_WITH_TEXT, text=text)


def stored_reason(state: str, stored: str | None) -> UserMessage | None:
    """A reason the outbox keeps, read back: a kept message, or plain text an older version kept (HQ's words,
    said inside the sentence for its state)."""
    if not stored:
        return None
    message = UserMessage.from_stored(stored)
    if message is None or message.translatable:
        return message
    if state == "rejected":
        return UserMessage(REFUSED_WITH_TEXT, text=stored)
    if state == "conflict":
        return UserMessage(KEPT_WITH_TEXT, text=stored)
    return UserMessage(LATER_WITH_TEXT, text=stored)


def request_reason(code: str | None, params: Mapping[str, Any] | None, detail: str) -> UserMessage:
    """HQ's refusal of a whole request (an error body) in words for the user."""
    values = {**_values(params), "detail": detail}
    template = REQUEST_TEMPLATES.get(code or "")
    if template is not None and _fits(template, values):
        return UserMessage(template, **{k: v for k, v in values.items() if "{" + k + "}" in template})
    return UserMessage(HQ_ANSWERED, detail=detail)


def outcome(result: OpResult) -> OpOutcome:
    """HQ's answer to one op as the laptop keeps it: its reason made a message the UI translates."""
    why = op_reason(result.status, result.code, result.params, result.reason, retryable=result.retryable)
    return OpOutcome(result.op_id, result.status, why, result.retryable, result.original)
