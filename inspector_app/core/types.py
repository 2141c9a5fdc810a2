"""Column types and identifiers shared by the models."""

from __future__ import annotations

import json
import os
import threading
import time
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator
from uuid6 import uuid7


def new_id() -> str:
    """A uuid7: time-ordered, so new rows append to the primary-key index."""
    return str(uuid7())


_bulk_lock = threading.Lock()
_bulk_last_ms = 0


def new_ids(count: int) -> list[str]:
    """`count` uuid7 ids at once, for bulk loads: a fraction of `new_id`'s cost each.

    RFC 9562 method 1: rand_a (12 bits) counts up within one millisecond from a random start, so
    the ids of one call sort in the order they were made; rand_b (62 bits) is random.
    """
    global _bulk_last_ms
    if count <= 0:
        return []
    # rand_b of every id as hex in one pass: 8 random bytes each, the top two bits of the first
    # replaced by the variant (0b10), so each id is two slices of one string.
    random_bytes = bytearray(os.urandom(8 * count))
    random_bytes[::8] = random_bytes[::8].translate(_VARIANT_BYTE)
    tails = random_bytes.hex()
    with _bulk_lock:
        ms = max(time.time_ns() // 1_000_000, _bulk_last_ms + 1)
        counter = int.from_bytes(os.urandom(2), "big") >> 5  # 0..2047: room for 2,048 ids before the next ms
        ids: list[str] = []
        start = 0
        while start < count:
            run = min(count - start, 0x1000 - counter)  # ids left in this millisecond
            stamp = f"{ms:012x}"
            head = f"{stamp[:8]}-{stamp[8:]}-7"
            ids += [f"{head}{_COUNTER_HEX[c]}-{tails[i:i + 4]}-{tails[i + 4:i + 16]}"
                    for c, i in zip(range(counter, counter + run), range(16 * start, 16 * (start + run), 16),
                                    strict=True)]
            start += run
            if start < count:
                ms, counter = ms + 1, 0
        _bulk_last_ms = ms
    return ids


_VARIANT_BYTE = bytes((b & 0x3F) | 0x80 for b in range(256))
_COUNTER_HEX = tuple(f"{n:03x}" for n in range(0x1000))


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes stored as fixed-width ISO 8601 text (sorts correctly)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if len(value) == 27 and value[-1] == "Z":  # the stored form: ISO parsing takes 1/60 of strptime's time
            return datetime.fromisoformat(value)
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class ISODate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Any) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Any) -> date | None:
        return None if value is None else date.fromisoformat(value)


class JSONText(TypeDecorator[Any]):
    """JSON kept as UTF-8 text with the exact strings (no ASCII escaping)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return _JSON_TEXT(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


def canonical_json(value: Any) -> str:
    """The one canonical serialisation used for hashes (audit chain, reports)."""
    return _CANONICAL(value)


def _wire_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        import base64

        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _json_encoder(default: Any) -> Any:
    """json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=default), faster.

    json.dumps builds a new encoder on every call, a large part of the cost for the small objects
    the write path serialises hundreds of thousands of times; this builds CPython's C encoder once
    (no circular-reference check, so a cycle fails with RecursionError instead of ValueError).
    Falls back to json.dumps where the C encoder is missing or does not give the same text.
    """

    def reference(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=default)

    try:
        from json.encoder import c_make_encoder, encode_basestring

        if c_make_encoder is None:
            return reference
        encode = c_make_encoder(None, default, encode_basestring, None, ":", ",", True, False, True)

        def fast(value: Any) -> str:
            return "".join(encode(value, 0))

        sample = {"b": [1, 2.5, None, True, "ไทย\n\"q\""], "a": {"z": float("nan"), "y": -0.0}}
        if fast(sample) != reference(sample):
            return reference
    except (ImportError, TypeError):
        return reference
    return fast


def _no_default(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_CANONICAL = _json_encoder(_wire_default)
_JSON_TEXT = _json_encoder(_no_default)


def json_text(value: Any) -> str:
    """A JSON column's stored text (`JSONText`): canonical JSON of plain JSON values."""
    return _JSON_TEXT(value)
