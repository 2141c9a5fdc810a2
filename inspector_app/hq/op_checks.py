"""Reading a pushed batch leniently: a malformed op is answered `rejected` on its own, never a 422 for all.

The envelope (batch id, device id, the list of ops) must be usable, or the
batch is refused whole (422). Each op is then validated by itself: its shape
and bounds (`Op`: revisions fit a 32-bit integer, ids and names their lengths),
text HQ can store (no lone surrogates, no NUL, bounded nesting) and its size.
What fails becomes an `OpRejection` carrying the answer for that op, so the
laptop learns exactly which change is wrong and the rest of its batch goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, ValidationError, WithJsonSchema, model_validator

from ..sync.protocol import (
    MAX_BATCH_OPS,
    MAX_CURSOR,
    MAX_JSON_DEPTH,
    MAX_OP_BYTES,
    MAX_REV,
    Message,
    Op,
    OpResult,
    fields_text,
    op_device,
    sorted_json,
    text_fault,
    text_problem,
)
from ..sync.reasons import Reason, refusal

_OP_ID_SHOWN = 100


@dataclass(frozen=True)
class OpRejection:
    """An op that could not be read: the answer HQ gives it, in its place in the batch."""

    result: OpResult


def _ops_schema() -> dict[str, Any]:
    return {"type": "array", "maxItems": MAX_BATCH_OPS, "items": Op.model_json_schema()}


class PushBatchEnvelope(Message):
    """`PushBatch` as HQ reads it: the ops are checked one by one (see `parse_ops`), not all or nothing."""

    batch_id: Annotated[str, Field(min_length=8, max_length=100)]
    device_id: Annotated[str, Field(max_length=64)]
    ops: Annotated[list[Any], Field(max_length=MAX_BATCH_OPS), WithJsonSchema(_ops_schema())]
    audit_head: Annotated[str | None, Field(max_length=200)] = None
    audit_seq: Annotated[int, Field(ge=0, le=MAX_CURSOR)] | None = None  # that head's entry number

    @model_validator(mode="before")
    @classmethod
    def _storable_text(cls, data: Any) -> Any:
        """The envelope's own text only: each op's is checked with the op, and answered per op."""
        if isinstance(data, dict):
            problem = text_problem({k: v for k, v in data.items() if k != "ops"})
            if problem:
                raise ValueError(problem)
        return data


def describe_validation(error: ValidationError) -> str:
    """One line naming each refused field and why, without echoing the values sent."""
    parts = []
    for item in error.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts[:5]) + (f" (and {len(parts) - 5} more)" if len(parts) > 5 else "")


def _shown_op_id(raw: Any, index: int) -> str:
    value = raw.get("op_id") if isinstance(raw, dict) else None
    if isinstance(value, str) and value:
        shown = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")[:_OP_ID_SHOWN]
        if shown:
            return shown
    return f"#{index}"  # no usable op id: the answer's place in the batch names it


def canonical(value: Any) -> str:
    """The one JSON text HQ hashes and stores for a value: sorted keys, no spaces, UTF-8 as it is."""
    return sorted_json(value, check_circular=True)


_ANSWER_FIELDS = frozenset(OpResult.model_fields)
_new_answer = OpResult.__new__
_set = object.__setattr__


def answer(op_id: str, status: str, why: Reason | None = None, original: str | None = None) -> OpResult:
    """HQ's own answer about an op it read and judged, made without validating it again: what
    `OpResult.model_construct` makes (every field set), at a third of its cost (a thousand a batch)."""
    result = _new_answer(OpResult)
    _set(result, "__dict__", {"op_id": op_id, "status": status, "reason": why.text if why else None,
                              "retryable": False, "original": original, "code": why.code if why else None,
                              "params": (why.params or None) if why else None})
    _set(result, "__pydantic_fields_set__", set(_ANSWER_FIELDS))
    _set(result, "__pydantic_extra__", None)
    _set(result, "__pydantic_private__", None)
    return result


def rejected(op_id: str, why: Reason) -> OpResult:
    """HQ's answer refusing an op, with the reason's code and parameters beside its English."""
    return OpResult(op_id=op_id, status="rejected", reason=why.text, retryable=why.retryable, code=why.code,
                    params=why.params or None)


def parse_op(raw: Any, index: int) -> Op | OpRejection:
    def reject(reason: str) -> OpRejection:
        text = f"HQ cannot read this change: {reason}"
        fault = text_fault(raw) if isinstance(raw, dict) else None
        if fault is not None:  # the usual unreadable op: a text HQ cannot store, named by where it is
            code, where = fault
            extra = {"limit": MAX_JSON_DEPTH} if code == "text_too_deep" else {}
            why = refusal(code, text, field=where, **extra)
        else:
            why = refusal("op_unreadable", text, problem=reason.removesuffix("."))
        return OpRejection(rejected(_shown_op_id(raw, index), why))

    if not isinstance(raw, dict):
        return reject("an op must be a JSON object.")
    op = _plain_op(raw)
    if op is not None:
        return op
    try:
        op = Op.model_validate(raw)
    except ValidationError as exc:
        return reject(describe_validation(exc) + ".")
    return op  # its size is checked where its fields are serialised anyway (`size_problem`, push.py)


_OP_FIELDS = frozenset(Op.model_fields)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_new_op = Op.__new__


def _plain_op(raw: dict[str, Any]) -> Op | None:
    """The usual op, read without pydantic's general machinery (a thousand a batch), or None.

    Taken only when every check `Op` makes surely passes: no unknown key; each value of its exact JSON type
    (text, an integer that is not a bool, an object, a list of lower-case SHA-256 texts) within the bounds
    `Op` declares; an op id that names its device; header texts in ASCII without NUL; fields whose canonical
    JSON is plainly storable (`fields_text`, which HQ needs anyway). The op is then what `Op.model_validate`
    makes of it (the same values, the fields' JSON kept as its check keeps it). Anything else, odd or
    merely unusual, goes to `Op.model_validate`, whose answer and messages stand."""
    if not raw.keys() <= _OP_FIELDS:
        return None
    op_id, entity, record_id, action, hlc = (raw.get("op_id"), raw.get("entity"), raw.get("id"), raw.get("action"),
                                             raw.get("hlc"))
    base_rev, rev, fields = raw.get("base_rev"), raw.get("rev"), raw.get("fields")
    if (op_id.__class__ is not str or entity.__class__ is not str or record_id.__class__ is not str
            or action.__class__ is not str or hlc.__class__ is not str or base_rev.__class__ is not int
            or rev.__class__ is not int or fields.__class__ is not dict):
        return None
    if not (3 <= len(op_id) <= 100 and 1 <= len(entity) <= 40 and 1 <= len(record_id) <= 64
            and 1 <= len(action) <= 16 and len(hlc) <= 48 and 0 <= base_rev <= MAX_REV and 0 <= rev <= MAX_REV):
        return None
    header = op_id + entity + record_id + action + hlc
    if not header.isascii() or "\x00" in header or not op_device(op_id):
        return None
    refs = raw.get("attachment_refs", _ABSENT)
    if refs is _ABSENT:
        refs = []
    elif refs.__class__ is not list or not all(r.__class__ is str and _SHA256.fullmatch(r) for r in refs):
        return None
    resolution = raw.get("base_resolution")
    if resolution is not None and (resolution.__class__ is not int or not 1 <= resolution <= MAX_CURSOR):
        return None
    fields_json = fields_text(fields)
    if fields_json is None:
        return None
    op = _new_op(Op)
    _set(op, "__dict__", {"op_id": op_id, "entity": entity, "id": record_id, "action": action, "base_rev": base_rev,
                          "rev": rev, "hlc": hlc, "fields": fields, "attachment_refs": list(refs),
                          "base_resolution": resolution, "_fields_json": fields_json})
    _set(op, "__pydantic_fields_set__", set(raw))
    _set(op, "__pydantic_extra__", None)
    _set(op, "__pydantic_private__", None)
    return op


_ABSENT = object()


def size_problem(fields_json: str) -> Reason | None:
    """Why an op's fields (as JSON) are too large to take, or None."""
    if len(fields_json) * 4 <= MAX_OP_BYTES:  # at most four UTF-8 bytes a character: surely small enough
        return None
    size = len(fields_json.encode("utf-8"))
    if size <= MAX_OP_BYTES:
        return None
    return refusal("op_too_large", f"HQ cannot read this change: its fields take {size} bytes; an op may take at "
                   f"most {MAX_OP_BYTES} (files travel as attachments).", size=size, limit=MAX_OP_BYTES)


def parse_ops(raw_ops: list[Any]) -> list[Op | OpRejection]:
    return [parse_op(raw, index) for index, raw in enumerate(raw_ops)]


# orjson reads integers beyond 64 bits as floats (json: exact integers); every other value it takes, it reads
# as json does (a test compares them), and what it refuses (NaN, lone surrogates, a BOM...) is left to json.
BEYOND_64_BITS = float(2**63)


def parse_orjson_ops(raw_ops: list[Any]) -> list[Op] | None:
    """`parse_ops` of ops orjson read, when every one of them is the usual op (`_plain_op`) and none holds a
    number orjson may read otherwise than json (an integer beyond 64 bits comes as a float): then the ops are
    exactly what `parse_ops` makes of json's reading. Otherwise None: the caller reads the body with json."""
    ops: list[Op] = []
    for raw in raw_ops:
        op = _plain_op(raw) if raw.__class__ is dict else None
        if op is None:
            return None  # odd or rejected: its answer must be worded from json's reading
        # A float is written by json.dumps (`sorted_json`), whose text holds "e+" for any beyond 1e16.
        if "e+" in op.__dict__["_fields_json"] and _holds_big_float(op.fields):
            return None
        ops.append(op)
    return ops


def _holds_big_float(value: dict[str, Any]) -> bool:
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        for v in item.values() if item.__class__ is dict else item:
            if v.__class__ is float and not -BEYOND_64_BITS < v < BEYOND_64_BITS:
                return True
            if v.__class__ is dict or v.__class__ is list:
                stack.append(v)
    return False


def merge_results(ops: list[Op | OpRejection], applied: list[OpResult]) -> list[OpResult]:
    """The answers in the batch's order: rejections where the unreadable ops stood, the rest in between."""
    answers = iter(applied)
    return [item.result if isinstance(item, OpRejection) else next(answers) for item in ops]
