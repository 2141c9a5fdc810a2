"""HQ reads a push body once, with orjson where it reads as json: a laptop (or an attacker) gets exactly the
answers json's reading gave, for every body, usual or not, and HQ stores the same values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from inspector_app.hq import push_body
from inspector_app.hq.models import Record
from inspector_app.hq.op_checks import OpRejection, parse_ops, parse_orjson_ops

from .attacks import op_json
from .devices import FakeLaptop, fake_laptop
from .support import HQServer


def _bodies(laptop: FakeLaptop) -> dict[str, tuple[bytes, str]]:
    """Bodies (and their content type) a laptop or an attacker may send, by name."""

    def batch(name: str, *ops: dict[str, Any], **envelope: Any) -> str:
        return json.dumps({"batch_id": f"batch-{name}-1234", "device_id": laptop.device_id, "ops": list(ops),
                           **envelope})

    def op(seq: int, **overrides: Any) -> dict[str, Any]:
        return op_json(laptop, seq, **overrides)

    usual = batch("usual", op(1), op(2, fields={"id": "f2", "rev": 1, "name_th": "โรงงาน", "workers_male": 40}))
    cases: dict[str, tuple[str | bytes, str]] = {
        "usual": (usual, "application/json"),
        "floats": (batch("floats", op(3, fields={"id": "f3", "rev": 1, "latitude": 13.7563, "tiny": 5e-324,
                                                 "big": 1.5e300, "neg": -0.0})), "application/json"),
        "integer beyond 64 bits in fields": (batch("bigint", op(4, fields={"id": "f4", "rev": 1, "n": 2**70,
                                                                             "m": -(2**63) - 1})), "application/json"),
        "integer just inside 64 bits": (batch("u64", op(5, fields={"id": "f5", "rev": 1, "n": 2**64 - 1,
                                                                    "m": -(2**63)})), "application/json"),
        "rev beyond 64 bits": (batch("bigrev", op(6, rev=2**64), op(7)), "application/json"),
        "negative base_rev beyond 64 bits": (batch("bigbase", op(8, base_rev=-(2**65)), op(9)), "application/json"),
        "cursor beyond 64 bits": (batch("bigseq", op(10), audit_seq=2**66, audit_head="a" * 64), "application/json"),
        "NaN": (batch("nan", op(11, fields={"id": "f11", "rev": 1, "x": float("nan")}), op(12)),
                "application/json"),
        "lone surrogate": (batch("surrogate", op(13, fields={"id": "f13", "rev": 1, "note": "\\ud800"}), op(14))
                           .replace("\\\\u", "\\u"), "application/json"),
        "an op that is no object": (batch("notobject", 7, op(15)), "application/json"),  # type: ignore[arg-type]
        "deep fields": (batch("deep", op(16, fields={"id": "f16", "rev": 1, "d": json.loads("[" * 40 + "]" * 40)}),
                              op(17)), "application/json"),
        "duplicate keys": (batch("dupkeys", op(18)).replace('"rev": 1}', '"rev": 2, "rev": 1}'), "application/json"),
        "truncated": (usual[:-7], "application/json"),
        "trailing text": (usual + " x", "application/json"),
        "byte-order mark": (b"\xef\xbb\xbf" + usual.encode(), "application/json"),
        "UTF-16": (usual.encode("utf-16-le"), "application/json"),
        "invalid UTF-8": (usual.replace("abc", "\udcff").encode("utf-8", "surrogateescape"), "application/json"),
        "nested past json's reach": ('{"batch_id": "batch-deep-1234", "ops": [' + "[" * 1010 + "]" * 1010 + "]}",
                                     "application/json"),
        "a valid envelope, its ops nested past json's reach": (
            batch("deepops", op(21)).replace('"ops": [', '"ops": [' + "[" * 1010 + "]" * 1010 + ", "),
            "application/json"),
        "nested past orjson's reach": ('{"batch_id": "batch-deeper-1234", "ops": [' + "[" * 5000 + "]" * 5000 + "]}",
                                       "application/json"),
        "a list": ("[1, 2]", "application/json"),
        "a number": ("1e999", "application/json"),
        "empty": ("", "application/json"),
        "text/plain": (usual, "text/plain"),
        "no content type": (usual, ""),
        "envelope field of the wrong type": (batch("wrongtype", op(19)).replace('"batch-wrongtype-1234"', "12"),
                                             "application/json"),
        "unknown envelope field": (batch("extra", op(20), extra={"a": [1, 2**70]}), "application/json"),
    }
    return {name: (body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body, kind)
            for name, (body, kind) in cases.items()}


def _answers(hq: HQServer, laptop: FakeLaptop) -> dict[str, tuple[int, Any]]:
    found = {}
    for name, (body, kind) in _bodies(laptop).items():
        headers = {"Authorization": f"Bearer {laptop.token}"} | ({"Content-Type": kind} if kind else {})
        response = httpx.post(f"{hq.url}/api/v1/push", content=body, headers=headers, timeout=60)
        answer = response.json()
        text = json.dumps(answer).replace(laptop.local_id, "LAPTOP").replace(laptop.device_id, "DEVICE")
        found[name] = (response.status_code, json.loads(text))
    return found


def _stored(hq: HQServer) -> list[tuple[str, Any]]:
    with hq.db.read() as conn:
        return sorted((r.entity_id, r.fields) for r in conn.execute(select(Record.entity_id, Record.fields)))


@pytest.fixture
def two_hqs(tmp_path: Path) -> Iterator[tuple[HQServer, HQServer]]:
    first = HQServer(str(tmp_path / "a.db"), tmp_path / "a-files").start()
    second = HQServer(str(tmp_path / "b.db"), tmp_path / "b-files").start()
    yield first, second
    first.stop()
    second.stop()


def test_every_body_gets_the_answer_json_s_reading_gave(two_hqs: tuple[HQServer, HQServer],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    fast, plain = two_hqs
    ours = _answers(fast, fake_laptop(fast))
    with monkeypatch.context() as patch:  # HQ as it read bodies before: FastAPI's own json.loads
        patch.setattr(push_body.OrjsonBodyRequest, "json", push_body.Request.json)
        before = _answers(plain, fake_laptop(plain))
    assert ours.keys() == before.keys()
    for name in ours:
        assert ours[name] == before[name], name
    # The usual batches were taken, and the odd ones answered as they were.
    assert ours["usual"][0] == 200 and [r["status"] for r in ours["usual"][1]["results"]] == ["applied", "applied"]
    assert ours["truncated"][0] == 422 and ours["truncated"][1]["errors"][0]["type"] == "json_invalid"
    assert ours["invalid UTF-8"][0] == 400 and ours["nested past json's reach"][0] == 400
    assert ours["a valid envelope, its ops nested past json's reach"][0] == 400
    assert [r["status"] for r in ours["rev beyond 64 bits"][1]["results"]] == ["rejected", "applied"]
    # Each HQ holds the very values sent: integers beyond 64 bits stay integers, floats the same floats.
    assert _stored(fast) == _stored(plain)
    held = dict(_stored(fast))
    assert held["f4"]["n"] == 2**70 and isinstance(held["f4"]["n"], int) and held["f4"]["m"] == -(2**63) - 1
    assert held["f5"]["n"] == 2**64 - 1 and held["f3"]["latitude"] == 13.7563


# What a laptop can put in an op's fields and header: every code point, integers on both sides of 64 bits, floats.
TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=8)
NUMBERS = (st.integers(min_value=-(2**70), max_value=2**70) | st.integers(min_value=-(2**63), max_value=2**64 - 1)
           | st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(st.none() | st.booleans() | TEXT | NUMBERS,
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                      max_leaves=12)
OPS = st.fixed_dictionaries({
    "op_id": st.sampled_from(["laptop-1:1", "laptop-1:2", "x"]), "entity": st.sampled_from(["findings", ""]),
    "id": st.sampled_from(["f1", "f2"]), "action": st.just("update"), "base_rev": NUMBERS, "rev": NUMBERS,
    "hlc": st.just("1700000000000-00000-abc"), "fields": st.dictionaries(TEXT, VALUES, max_size=5),
}, optional={"attachment_refs": st.lists(st.just("a" * 64), max_size=2), "odd": VALUES})


def _compared(items: list[Any]) -> list[Any]:
    return [item.result.model_dump() if isinstance(item, OpRejection)
            else (item.model_dump(), item.fields_json()) for item in items]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, max_size=4))
def test_ops_read_from_orjson_are_the_ops_read_from_json(ops: list[dict[str, Any]]) -> None:
    try:
        text = json.dumps(ops, ensure_ascii=False).encode("utf-8", "surrogatepass")
        read = orjson.loads(text)
    except (orjson.JSONDecodeError, ValueError):
        return  # orjson refuses it (a lone surrogate...): json reads the body, as before
    taken = parse_orjson_ops(read)
    if taken is not None:  # else the route reads the body again with json
        assert _compared(list(taken)) == _compared(parse_ops(json.loads(text)))
