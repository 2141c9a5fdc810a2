"""HQ reads the usual pushed op without pydantic's general machinery (a thousand a batch): whatever op a
laptop sends, odd or usual, HQ's reading of it is exactly what `Op.model_validate` makes of it, and an op
that it refuses is answered as before, with the same reason."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.hq.op_checks import OpRejection, parse_op
from inspector_app.sync.protocol import MAX_CURSOR, MAX_REV, Op

USUAL: dict[str, Any] = {
    "op_id": "a1b2c3d4e5f6a7b8:12345", "entity": "checklist_answers", "id": "0193a5b2c3d4e5f6a7b8c9d0e1f2a3b4",
    "action": "update", "base_rev": 1, "rev": 2, "hlc": "1733500000000:0001:a1b2c3d4",
    "fields": {"id": "0193a5b2c3d4e5f6a7b8c9d0e1f2a3b4", "inspection_id": "0193a5b2c3d4e5f6a7b8c9d0e1f2ffff",
               "item_code": "LPA-D-01", "result": "non_compliant", "note": "ค่าจ้างจ่ายช้า สองเดือน", "rev": 2},
    "attachment_refs": ["ab" * 32],
}

texts = st.one_of(st.text(max_size=110), st.sampled_from(["", "x", "a" * 101, "dev:1", "dev:x", ":1", "dev\x00:1",
                                                          "\ud800:1", "ไทย:7", "a1b2:" + "9" * 95]))
integers = st.one_of(st.integers(min_value=-2, max_value=MAX_REV + 2), st.just(MAX_CURSOR + 1), st.booleans(),
                     st.floats(allow_nan=True), st.just("3"), st.none())
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | texts,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                           max_leaves=8)
changes = st.fixed_dictionaries({}, optional={
    "op_id": texts, "entity": texts, "id": texts, "action": texts, "hlc": texts, "base_rev": integers,
    "rev": integers, "fields": st.one_of(st.dictionaries(texts, json_values, max_size=4), json_values),
    "attachment_refs": st.one_of(st.lists(st.one_of(st.just("cd" * 32), st.just("CD" * 32), st.just("ab" * 32 + "\n"),
                                                    texts, integers), max_size=3), json_values),
    "base_resolution": integers, "unknown": json_values})
removed = st.sets(st.sampled_from(sorted(USUAL)), max_size=2)


def _expected(raw: dict[str, Any]) -> Op | None:
    try:
        return Op.model_validate(raw)
    except ValueError:
        return None


def _same_reading(raw: dict[str, Any]) -> None:
    read, expected = parse_op(raw, 0), _expected(raw)
    if expected is None:
        assert isinstance(read, OpRejection)
        assert read.result.status == "rejected" and read.result.code
        return
    assert isinstance(read, Op)
    assert read.model_dump() == expected.model_dump()
    assert read.model_dump_json() == expected.model_dump_json()
    assert read.model_fields_set == expected.model_fields_set
    assert read.fields_json() == expected.fields_json()


def test_the_usual_op_reads_as_pydantic_reads_it() -> None:
    _same_reading(USUAL)
    _same_reading({k: v for k, v in USUAL.items() if k != "attachment_refs"})
    _same_reading({**USUAL, "base_resolution": 3, "fields": {**USUAL["fields"], "nested": {"a": [1, 2.5, None]}}})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes, removed)
def test_any_op_reads_as_pydantic_reads_it(change: dict[str, Any], gone: set[str]) -> None:
    raw = {k: v for k, v in {**USUAL, **change}.items() if k not in gone}
    _same_reading(raw)


def test_an_op_refused_is_answered_with_the_same_reason_as_before() -> None:
    bad = {**USUAL, "rev": MAX_REV + 1}
    read = parse_op(bad, 4)
    assert isinstance(read, OpRejection)
    assert read.result.op_id == USUAL["op_id"] and read.result.code == "op_unreadable"
    assert "rev" in (read.result.reason or "")
    nul = {**USUAL, "hlc": "1733500000000\x00"}
    read = parse_op(nul, 4)
    assert isinstance(read, OpRejection) and read.result.code == "text_nul"
    assert read.result.params == {"field": "hlc"}
