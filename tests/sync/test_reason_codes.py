"""HQ's reason codes: a stable list, on every refusal HQ gives, sent only to laptops that read them, and each
said in the laptop user's language (sync/reasons.py, sync/reason_messages.py)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from string import Formatter
from typing import Any, Literal

import httpx
import pytest
from sqlalchemy import select, update

from inspector_app.core.models import OutboxOp
from inspector_app.core.store import Store

from inspector_app.sync.protocol import API_PREFIX, Message, OpStatus, PushResponse
from inspector_app.sync.reason_messages import (
    KEPT_WITH_TEXT,
    LATER_WITH_TEXT,
    OP_TEMPLATES,
    REFUSED_WITH_TEXT,
    REQUEST_TEMPLATES,
    op_reason,
    request_reason,
)
from inspector_app.sync.reasons import OP_REASONS, REASON_CODES_HEADER, REQUEST_REASONS

from ..hq.devices import FakeLaptop, fake_laptop
from ..hq.support import HQServer

ROOT = Path(__file__).resolve().parents[2]

# Written out on purpose: a code once given keeps its name and meaning. Adding one means adding it here.
STABLE_OP_CODES = {
    "op_unreadable", "text_nul", "text_surrogate", "text_too_deep", "op_too_large", "op_id_reused", "op_id_foreign",
    "entity_not_accepted", "id_mismatch", "rev_before_base", "rev_mismatch", "inspection_id_not_text",
    "testimony_unsealed", "evidence_key_unknown", "document_hash_missing", "document_hash_malformed",
    "document_key_unknown", "waits_for_earlier", "record_kind_taken", "not_owner", "reference_not_text",
    "reference_too_long", "reference_taken", "inspection_id_missing", "record_moved", "inspection_not_at_hq",
    "parent_not_inspection", "reference_ids_malformed", "reference_not_at_hq", "reference_elsewhere",
    "verification_incomplete", "verification_own_inspection", "attachment_missing", "proposal", "stale_base",
    "stale_resolution",
}
STABLE_REQUEST_CODES = {
    "no_token", "unknown_token", "revoked", "bad_code", "busy", "device_id_taken", "device_proof_required", "bad_key",
    "bad_proof", "bad_challenge", "bad_device_signature", "protocol", "wrong_device", "no_upload",
    "upload_size_changed", "empty_chunk", "chunk_too_large", "chunk_checksum", "offset_mismatch", "chunk_past_end",
    "file_checksum", "too_large", "bad_gzip", "invalid_request", "disk_full", "locked",
}


def _placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in Formatter().parse(template) if name}


def _documented_params(description: str) -> set[str]:
    found = re.search(r"params: ([a-z_, ]+)", description)
    return {p.strip() for p in found.group(1).split(",")} if found else set()


def test_the_codes_are_stable_and_each_has_a_sentence_naming_only_what_hq_sends() -> None:
    assert set(OP_REASONS) == STABLE_OP_CODES
    assert set(REQUEST_REASONS) == STABLE_REQUEST_CODES
    assert set(OP_TEMPLATES) == set(OP_REASONS) and set(REQUEST_TEMPLATES) == set(REQUEST_REASONS)
    for code, template in OP_TEMPLATES.items():
        assert _placeholders(template) <= _documented_params(OP_REASONS[code]), code
    for code, template in REQUEST_TEMPLATES.items():
        assert _placeholders(template) <= _documented_params(REQUEST_REASONS[code]) | {"detail"}, code


def test_every_code_hq_gives_is_one_of_the_list() -> None:
    given: set[str] = set()
    sources = [*ROOT.joinpath("inspector_app", "hq").rglob("*.py"), ROOT / "inspector_app" / "sync" / "documents.py"]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        given.update(re.findall(r"""(?:refusal|_reject)\(\s*"([a-z_]+)\"""", text))
        if path.name in ("devices.py", "uploads.py", "app.py", "push.py", "errors.py"):  # what laptops call
            given.update(re.findall(r"""code\s*=\s*"([a-z_]+)\"""", text))
            given.update(re.findall(r"""_refuse\([^)]*?(?:\d{3}), "([a-z_]+)\"""", text))
    given -= {"bad_request", "config", "unauthorized", "forbidden", "not_found", "conflict", "invalid", "bad_bundle"}
    assert "not_owner" in given and "too_large" in given and "stale_base" in given  # the scan finds them
    assert given <= set(OP_REASONS) | set(REQUEST_REASONS), given - set(OP_REASONS) - set(REQUEST_REASONS)


# --- at a real HQ -----------------------------------------------------------------------------------------------


class OlderOpResult(Message):
    """A push answer as laptops from before reason codes read it: strictly, no other field allowed."""

    op_id: str
    status: OpStatus
    reason: str | None = None
    retryable: bool = False
    original: OpStatus | None = None


class OlderPushResponse(Message):
    batch_id: str
    results: list[OlderOpResult]
    replayed: bool = False
    audit_ack: dict[str, Any] | None = None


def _refused_batch(owner: FakeLaptop, other: FakeLaptop) -> dict[str, Any]:
    """A batch of `other` with a change to `owner`'s inspection and a note holding a NUL (as JSON)."""
    inspection_id = owner.own_inspection()
    into_theirs = other.op("inspections", inspection_id, 1, 2, reference="63-2569-THEIRS", status="draft")
    nul = other.inspection(summary="ok")
    batch = other.batch(into_theirs, nul).model_dump(mode="json")
    batch["ops"][1]["fields"]["summary"] = "seen\x00"
    return batch


def _post(laptop: FakeLaptop, batch: dict[str, Any], *, codes: bool) -> httpx.Response:
    headers = {"Authorization": f"Bearer {laptop.token}", "Content-Type": "application/json",
               "Content-Encoding": "gzip", **({REASON_CODES_HEADER: "1"} if codes else {})}
    return httpx.post(f"{laptop.hq.url}{API_PREFIX}/push", headers=headers,
                      content=gzip.compress(json.dumps(batch).encode()), timeout=30)


def test_hq_refuses_with_codes_to_a_laptop_that_reads_them_and_without_to_an_older_one(hq: HQServer) -> None:
    owner, other = fake_laptop(hq, "owner"), fake_laptop(hq, "other")
    batch = _refused_batch(owner, other)
    answer = _post(other, batch, codes=True)
    assert answer.status_code == 200
    theirs, nul = answer.json()["results"]
    assert (theirs["status"], theirs["code"], theirs["params"]) == ("rejected", "not_owner",
                                                                    {"inspection_id": batch["ops"][0]["id"]})
    assert "belongs to another laptop" in theirs["reason"]  # HQ's English stays beside the code
    assert (nul["status"], nul["code"], nul["params"]) == ("rejected", "text_nul", {"field": "fields.summary"})

    # The same batch again from a laptop that did not ask for codes: the stored answer, without them,
    # read as such a laptop reads it (strictly).
    older = _post(other, batch, codes=False)
    assert older.status_code == 200 and '"code"' not in older.text and '"params"' not in older.text
    read = OlderPushResponse.model_validate_json(older.text)
    assert read.replayed and [r.status for r in read.results] == ["rejected", "rejected"]
    assert "NUL" in (read.results[1].reason or "")
    # and a laptop of today reads the same answer (it shows HQ's words then)
    assert PushResponse.model_validate_json(older.text).results[0].code is None


def test_request_refusals_carry_their_code_and_parameters(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    big = b"x" * (16 * 1024 * 1024 + 1)
    refused = httpx.post(f"{hq.url}{API_PREFIX}/push", content=big, timeout=60,
                         headers={"Authorization": f"Bearer {laptop.token}", "Content-Type": "application/json"})
    assert refused.status_code == 413
    assert refused.json()["code"] == "too_large" and refused.json()["params"] == {"limit": 16 * 1024 * 1024}
    unknown = httpx.get(f"{hq.url}{API_PREFIX}/pull", headers={"Authorization": "Bearer nobody"}, timeout=30)
    assert unknown.status_code == 401 and unknown.json()["code"] == "unknown_token"


# --- on the laptop ---------------------------------------------------------------------------------------------


def test_the_laptop_says_a_known_code_in_its_own_sentence_and_anything_else_with_hqs_words() -> None:
    said = op_reason("rejected", "not_owner", {"inspection_id": "insp-1"}, "Inspection insp-1 belongs to ...")
    assert said.template == OP_TEMPLATES["not_owner"] and "insp-1" in said
    kind = op_reason("rejected", "inspection_not_at_hq", {"inspection_id": "i-9", "entity": "findings"}, "x",
                     retryable=True)
    assert str(kind.params["entity"]) == "finding"  # the table said as the kind of record (translated by the UI)
    # a code this laptop does not know (a newer HQ), or one without the values its sentence names: HQ's words
    for code, params in (("closed_for_audit", {}), ("not_owner", {})):
        fallback = op_reason("rejected", code, params, "Closed for audit.")
        assert fallback.template == REFUSED_WITH_TEXT and fallback.params == {"text": "Closed for audit."}
    assert op_reason("conflict", None, None, "Kept.").template == KEPT_WITH_TEXT
    assert op_reason("rejected", None, None, "Later.", retryable=True).template == LATER_WITH_TEXT
    assert op_reason("applied", None, None, None) is None
    assert request_reason("protocol", {"protocol": 2}, "This HQ speaks ...").params == {"protocol": 2}
    assert request_reason("nobody_knows", None, "Go away.") == "HQ answered: Go away."


@pytest.mark.parametrize("language", ["th", "my", "km", "lo"])
def test_every_sentence_is_translated(language: Literal["th", "my", "km", "lo"]) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "translations" / f"inspector_{language}.ts").getroot()
    done = {(ctx.findtext("name"), m.findtext("source")) for ctx in root for m in ctx.iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") is None
            and (m.findtext("translation") or "").strip()}
    templates = [*OP_TEMPLATES.values(), *REQUEST_TEMPLATES.values(), REFUSED_WITH_TEXT, KEPT_WITH_TEXT,
                 LATER_WITH_TEXT]
    missing = [str(t) for t in templates if (t.context, str(t)) not in done]
    assert missing == []


def test_a_bundle_from_an_older_laptop_gets_a_reply_it_can_read(enrolled: Store, hq: HQServer, tmp_path: Path) -> None:
    from inspector_app.core.services import checklist, sync_apply
    from inspector_app.hq.bundles import import_bundle
    from inspector_app.sync.bundle import export_bundle
    from inspector_app.sync.bundle_file import SignerKey, read_bundle

    from ..core.helpers import new_inspection
    from .bundle_tools import edit_image, laptop_key

    store = enrolled
    inspection = new_inspection(store)
    answer = checklist.save_answer(store, inspection, "LPA-D-01", result="compliant", note="seen").ids(
        "checklist_answers")
    with store.session() as s:  # saved by an app version that let a NUL in: HQ refuses it
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id.in_(answer))).one()
        s.execute(update(OutboxOp).where(OutboxOp.seq == op.seq).values(fields={**op.fields, "note": "a\x00b"}))
        s.commit()
    hq_key = sync_apply.get_state(store, sync_apply.HQ_PUBLIC_KEY) or ""

    def reply_results(bundle: Path) -> list[str]:
        reply = bundle.with_suffix(".reply")
        import_bundle(hq.db, hq.storage, bundle, reply=reply)
        with read_bundle(reply, "reply", signer=lambda _h: SignerKey(hq_key, "HQ")) as opened:
            return [row["result"] for row in opened.rows("results")]

    today = tmp_path / "today.bundle"
    export_bundle(store, today)
    refused = [json.loads(r) for r in reply_results(today) if '"rejected"' in r]
    assert [(r["code"], r["params"]) for r in refused] == [("text_nul", {"field": "fields.note"})]

    older = tmp_path / "older.bundle"  # the same changes, from a laptop that does not say it reads codes
    export_bundle(store, older)
    edit_image(older, hq, lambda conn: conn.execute("DELETE FROM meta WHERE key = 'reason_codes'"),
               sign_with=laptop_key(store))
    results = reply_results(older)
    assert results and not any('"code"' in r or '"params"' in r for r in results)
    read = [OlderOpResult.model_validate_json(r) for r in results]  # as that laptop reads them: strictly
    assert any(r.status == "rejected" and "NUL" in (r.reason or "") for r in read)
