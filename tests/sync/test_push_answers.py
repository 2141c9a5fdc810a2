"""HQ's answer to a push is read with its text checked only where it holds an escape, and the laptop
takes and refuses exactly the answers it took and refused when every answer's text was checked whole:
a reason with a NUL or a lone surrogate in it, or an answer nested deeper than the protocol allows,
is still "an answer this app does not understand", never stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from inspector_app.sync.client import HQClient, ProtocolError, PushAnswer
from inspector_app.sync.protocol import PushResponse, read_typed_json

OP_ID = "0193aaaa-bbbb-7ccc-8ddd-eeeeffff0000:{}"


def _answer(reason: Any = None, **more: Any) -> bytes:
    result: dict[str, Any] = {"op_id": OP_ID.format(2), "status": "rejected", **more}
    if reason is not None:
        result["reason"] = reason
    return json.dumps({"batch_id": "b-12345678", "results": [
        {"op_id": OP_ID.format(1), "status": "applied"}, result]}).encode()


def _as_read(content: bytes) -> tuple[str, Any]:
    """What checking every answer's text whole made of `content`: the answer, or that it was refused."""
    try:
        return "read", PushResponse.model_validate_json(content)
    except ValidationError:
        return "refused", None


def _fast(content: bytes) -> tuple[str, Any]:
    try:
        return "read", read_typed_json(PushResponse, content)
    except ValidationError:
        return "refused", None


@pytest.mark.parametrize("content", [
    _answer("passport held by the employer"),
    _answer("ห้องพัก \"แออัด\" ชั้น 2"),
    _answer("a NUL \x00 here"),  # written escaped by json.dumps
    _answer("a lone \ud800 surrogate"),
    _answer("escaped but fine \u00e9 \u2028", params={"field": "x\u0001"}, code="op_invalid"),
    _answer(None, params={"field": {"nested": [[[[["deep"]]]]]}}, code="op_invalid"),
    _answer(None, params={"field\x00": "key with a NUL"}, code="op_invalid"),
    b'{"batch_id":"b-12345678","results":[{"op_id":"a\xed\xa0\x80","status":"applied"}]}',  # an encoded surrogate
    b'{"batch_id":"b-12345678","results":[{"op_id":"a\x00","status":"applied"}]}',  # a raw NUL
    b'{"batch_id":"b-12345678","results":[{"op_id":"a\xff","status":"applied"}]}',  # not UTF-8
    b'{"batch_id":"b-12345678","results":[{"op_id":"a","status":"applied","extra":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['
    b'[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}',  # deeper than any message may nest
])
def test_answers_are_taken_and_refused_as_when_their_text_was_checked_whole(content: bytes) -> None:
    assert _fast(content) == _as_read(content)


def test_a_reason_hq_could_not_have_stored_is_refused_as_an_answer_the_laptop_does_not_understand() -> None:
    client = HQClient("http://hq.invalid")
    try:
        for content in (_answer("a NUL \x00 here"), _answer("a lone \ud800 surrogate")):
            with pytest.raises(ProtocolError, match="does not understand"):
                client.read_push(PushAnswer(200, content))
        read = client.read_push(PushAnswer(200, _answer("kept for later", retryable=True)))
        assert [(r.status, r.reason, r.retryable) for r in read.results] == [
            ("applied", None, False), ("rejected", "kept for later", True)]
    finally:
        client.close()


_texts = st.text(st.characters(codec=None), max_size=12)
_params = st.dictionaries(_texts, st.one_of(_texts, st.integers(-5, 5), st.lists(_texts, max_size=2)), max_size=3)
_results = st.fixed_dictionaries(
    {"op_id": _texts, "status": st.sampled_from(["applied", "duplicate", "conflict", "rejected", "odd"])},
    optional={"reason": st.one_of(st.none(), _texts), "retryable": st.booleans(), "code": _texts,
              "params": _params, "original": st.sampled_from(["applied", "conflict", None])})


@settings(max_examples=300, deadline=None)
@given(batch_id=_texts, results=st.lists(_results, max_size=4), ensure_ascii=st.booleans())
def test_any_answer_is_read_as_when_its_text_was_checked_whole(batch_id: str, results: list[dict[str, Any]],
                                                               ensure_ascii: bool) -> None:
    content = json.dumps({"batch_id": batch_id, "results": results}, ensure_ascii=ensure_ascii).encode(
        "utf-8", "surrogatepass")
    assert _fast(content) == _as_read(content)
