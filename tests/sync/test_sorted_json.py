"""HQ hashes and stores each op's fields as one JSON text (sorted keys, no spaces, UTF-8 as it is): a digest
stored before must match the same change sent again, so the text `sorted_json` makes (with orjson where it
can) must be byte for byte what json.dumps made, for every value a laptop can send, and raise alike."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.hq.op_checks import canonical
from inspector_app.sync import protocol
from inspector_app.sync.protocol import fields_text, sorted_json

# Every code point, lone surrogates and control characters included; keys alike.
TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=12)
SCALARS = (st.none() | st.booleans() | TEXT
           | st.integers(min_value=-(2**70), max_value=2**70)  # past 64 bits: orjson refuses, json writes them
           | st.integers(min_value=-(2**63), max_value=2**64 - 1)
           | st.floats(allow_nan=True, allow_infinity=True))  # written otherwise by orjson: left to json
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                      max_leaves=25)
FIELDS = st.dictionaries(TEXT, VALUES, max_size=8)


def _json(value: Any) -> str | Exception:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        return exc


def _ours(value: Any) -> str | Exception:
    try:
        return sorted_json(value)
    except (TypeError, ValueError, RecursionError) as exc:
        return exc


def test_orjson_is_there_at_hq() -> None:
    assert protocol._orjson is not None  # the test extra installs HQ's: the properties below test it


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(FIELDS)
def test_the_text_is_what_json_dumps_writes(fields: dict[str, Any]) -> None:
    expected, made = _json(fields), _ours(fields)
    if isinstance(expected, Exception):
        assert isinstance(made, type(expected))
    else:
        assert made == expected
        assert canonical(fields) == expected
    assert fields_text(fields) == (None if isinstance(expected, Exception) or not protocol._plain_text(
        expected, protocol.MAX_JSON_DEPTH - 1) else expected)


@pytest.mark.parametrize("value", [
    {"note": "".join(map(chr, range(0, 0x20))) + "\x7f\u2028\u2029\"\\/"},  # every escape json makes, and none more
    {"ไทย": "မြန်မာ", "ខ្មែរ": "ລາວ", "a": "😀", "é": 1, "e": 2, "Z": 3, "": 4},  # order by code point
    {"n": 2**64 - 1, "m": -(2**63), "big": 2**64, "small": -(2**63) - 1},
    {"f": 1.0, "g": 1e16, "h": 1e-05, "nan": float("nan")},
    {"deep": [[[[[[[[[[{"x": [True, False, None]}]]]]]]]]]]},
    {"lone": "\ud800"},
    {1: "a key that is no text"},
])
def test_values_at_the_edges(value: dict[Any, Any]) -> None:
    expected = _json(value)
    made = _ours(value)
    assert (made == expected) if isinstance(expected, str) else isinstance(made, type(expected))


def test_nesting_past_orjson_s_limit_is_written_by_json() -> None:
    value: Any = "end"
    for _ in range(300):
        value = {"k": [value]}
    assert sorted_json({"v": value}) == _json({"v": value})
