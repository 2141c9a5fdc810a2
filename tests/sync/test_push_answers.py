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
from inspector_app.sync.protocol import OpResult, PushResponse, read_typed_json

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


# --- the bare `applied` answers kept as op ids (HQClient.read_push_answers) ---------------------------


def _whole(content: bytes) -> tuple[str, Any]:
    """What the protocol's model makes of an answer read whole: its results and the rest, or a refusal."""
    try:
        response = PushResponse.model_validate_json(content)
    except ValidationError:
        return "refused", None
    return "read", (sorted(repr(r.model_dump()) for r in response.results),
                    response.model_dump(exclude={"results"}))


def _split(content: bytes) -> tuple[str, Any]:
    """The same through the engine's reader, its bare `applied` answers made model objects again."""
    client = HQClient("http://hq.invalid")
    try:
        answers = client.read_push_answers(PushAnswer(200, content))
    except ProtocolError:
        return "refused", None
    finally:
        client.close()
    results = [OpResult(op_id=op_id, status="applied") for op_id in answers.applied] + answers.response.results
    return "read", (sorted(repr(r.model_dump()) for r in results), answers.response.model_dump(exclude={"results"}))


ACK = {"device_id": "d-1", "local_device_id": "l-1", "seq": 7, "head": "a" * 64,
       "acknowledged_at": "2026-12-07T05:00:00Z", "signature": "c2ln"}


def test_a_batch_answered_applied_is_read_as_op_ids_and_the_rest_by_the_model() -> None:
    content = json.dumps({"batch_id": "b-1", "results": [
        {"op_id": OP_ID.format(1), "status": "applied"}, {"op_id": OP_ID.format(2), "status": "duplicate"},
        {"op_id": OP_ID.format(3), "status": "applied", "reason": None}, {"op_id": OP_ID.format(4), "status": "applied"}],
        "audit_ack": ACK}).encode()
    client = HQClient("http://hq.invalid")
    try:
        answers = client.read_push_answers(PushAnswer(200, content))
    finally:
        client.close()
    assert answers.applied == [OP_ID.format(1), OP_ID.format(4)]
    assert [(r.op_id, r.status) for r in answers.response.results] == [(OP_ID.format(2), "duplicate"),
                                                                        (OP_ID.format(3), "applied")]
    assert answers.response.audit_ack is not None and answers.response.audit_ack.seq == 7
    assert _split(content) == _whole(content)


@pytest.mark.parametrize("content", [
    *(_answer(r) for r in ("passport held", "a NUL \x00 here", "a lone \ud800 surrogate")),
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"audit_ack":{"seq":1e400}}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"audit_ack":null,"replayed":NaN}',
    b'{"batch_id":"b","results":[{"op_id":NaN,"status":"applied"},{"op_id":"a","status":"applied"}]}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied","status":"odd"}]}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"batch_id":"c"}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"extra":1}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"replayed":"yes"}',
    b'{"batch_id":5,"results":[{"op_id":"a","status":"applied"}]}',
    b'{"batch_id":"b","results":{"op_id":"a","status":"applied"}}',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"Applied"},{"op_id":1,"status":"applied"}]}',
    b'\xef\xbb\xbf{"batch_id":"b","results":[{"op_id":"a","status":"applied"}]}',  # a byte order mark
    '{"batch_id":"b","results":[{"op_id":"a","status":"applied"}]}'.encode("utf-16"),
    b'{"batch_id":"b","results":[{"op_id":"a\xed\xa0\x80","status":"applied"}]}',  # an encoded surrogate
    b'{"batch_id":"b","results":[{"op_id":"a\x00","status":"applied"}]}',  # a raw NUL
    b'{"batch_id":"b","results":[{"op_id":"a\xff","status":"applied"}]}',  # not UTF-8
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}]',  # cut short
    b'[{"op_id":"a","status":"applied"}]',
    b'{"batch_id":"b","results":[{"op_id":"a","status":"applied"}],"audit_ack":' + json.dumps(ACK).encode() + b"}",
    b'{"batch_id":"b","results":[],"audit_ack":' + json.dumps({**ACK, "seq": 123456789012345678901234567890}).encode()
    + b"}",
])
def test_answers_are_read_as_the_model_reads_them_whole(content: bytes) -> None:
    assert _split(content) == _whole(content)


_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), _texts)
_bare = st.fixed_dictionaries({"op_id": st.one_of(_texts, _values), "status": st.sampled_from(["applied", "applied",
                                                                                               "odd", 1])})
_acks = st.one_of(st.none(), st.just(ACK), st.fixed_dictionaries({}, optional={**{k: st.just(v) for k, v in ACK.items()},
                                                                             "seq": _values, "extra": _values}))


@settings(max_examples=300, deadline=None)
@given(batch_id=st.one_of(_texts, _values), results=st.lists(st.one_of(_bare, _results, _values), max_size=5),
       more=st.fixed_dictionaries({}, optional={"replayed": _values, "audit_ack": _acks, "other": _values}),
       ensure_ascii=st.booleans())
def test_any_answer_is_read_by_the_engine_as_the_model_reads_it_whole(batch_id: Any, results: list[Any],
                                                                      more: dict[str, Any],
                                                                      ensure_ascii: bool) -> None:
    content = json.dumps({"batch_id": batch_id, "results": results, **more}, ensure_ascii=ensure_ascii).encode(
        "utf-8", "surrogatepass")
    assert _split(content) == _whole(content)
