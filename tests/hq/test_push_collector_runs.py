"""HQ never turns the cyclic collector off while it applies a push.

The collector's switch is process-wide and pushes overlap (up to four at once on PostgreSQL): a pause
held by each push would, under many laptops' load, keep it off for every other route too, and their
reference cycles would pile up for as long as the pushes keep coming.
"""

from __future__ import annotations

import gc

import pytest

from inspector_app.hq import push

from .devices import fake_laptop
from .support import HQServer


def test_the_collector_stays_on_while_a_batch_applies_and_after_a_failed_one(
        hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = fake_laptop(hq)
    inspection = laptop.own_inspection()
    seen: list[bool] = []
    write = push._write

    def watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return write(*args, **kwargs)

    monkeypatch.setattr(push, "_write", watched)
    assert gc.isenabled()
    answer = laptop.push(laptop.op("findings", "f-1", 0, 1, inspection_id=inspection, severity="S2", status="open"))
    assert [r.status for r in answer.results] == ["applied"] and seen == [True] and gc.isenabled()

    def failing(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        raise RuntimeError("disk gone")

    monkeypatch.setattr(push, "_write", failing)
    with pytest.raises(Exception):  # noqa: B017 (the server answers 500; the client raises)
        laptop.push(laptop.op("findings", "f-2", 0, 1, inspection_id=inspection, severity="S2", status="open"))
    assert seen == [True, True] and gc.isenabled()
