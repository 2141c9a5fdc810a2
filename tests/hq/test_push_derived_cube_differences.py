"""The rows a push adds to a statistics cube: the difference taken at district level and then summed to province
rows gives exactly the rows of the difference of the two sides each summed to province rows (as HQ took it
before), in the same order, for any sums before and after."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.hq import stat_cubes
from inspector_app.hq.stat_cubes import CELL, CUBES, Cube, Sums


def _by_province_then_difference(cube: Cube, before: Sums, after: Sums) -> list[dict[str, Any]]:
    """The rows as `apply_difference` made them until round 8 (both sides summed to provinces first)."""
    old, new = stat_cubes._with_provinces(before), stat_cubes._with_provinces(after)
    changes = []
    for key in sorted(set(old) | set(new), key=repr):
        was, now = old.get(key, [0] * len(cube.measures)), new.get(key, [0] * len(cube.measures))
        difference = [b - a for a, b in zip(was, now, strict=True)]
        if any(difference):
            changes.append({**dict(zip((*CELL, *cube.dims), key, strict=True)),
                            **dict(zip(cube.measures, difference, strict=True))})
    return changes


def _sums(cube: Cube) -> st.SearchStrategy[Sums]:
    """District-level sums as `sums_for` gives them: a few provinces, districts (or none), months and dimension
    values, so that keys meet across the two sides; measures that may be zero."""
    key = st.tuples(st.sampled_from(["", "10", "11"]), st.sampled_from(["", "1001", "1002", "1101"]),
                    st.sampled_from([None, 202611, 202612]),
                    *[st.sampled_from(["", "a", "b"]) for _ in cube.dims])
    values = st.lists(st.integers(0, 3), min_size=len(cube.measures), max_size=len(cube.measures))
    return st.dictionaries(key, values, max_size=12)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), name=st.sampled_from(sorted(CUBES)))
def test_changed_rows_equal_the_difference_of_province_sums(data: st.DataObject, name: str) -> None:
    cube = CUBES[name]
    before = data.draw(_sums(cube))
    after = data.draw(st.one_of(_sums(cube), st.just(dict(before)),
                                st.builds(lambda extra: {**before, **extra}, _sums(cube))))
    assert stat_cubes.changed_rows(cube, before, after) == _by_province_then_difference(cube, before, after)


def test_sums_that_cancel_across_districts_leave_the_province_row_alone() -> None:
    cube = CUBES["deadlines"]
    before = {("10", "1001", 202611, "2026-12-01"): [2]}
    after = {("10", "1002", 202611, "2026-12-01"): [2]}  # moved district within the province
    rows = stat_cubes.changed_rows(cube, before, after)
    assert [(r["district_code"], r["findings"]) for r in rows] == [("1001", -2), ("1002", 2)]
    assert rows == _by_province_then_difference(cube, before, after)
