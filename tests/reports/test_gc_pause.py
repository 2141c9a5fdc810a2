"""Collection paused while a large report source is built: it always runs again afterwards (also after a
failed build, and only when the last of overlapping builds ends), and is left off if it was off before."""

from __future__ import annotations

import gc
import threading

import pytest

from inspector_app.gc_pause import collection_paused


def test_collection_runs_again_after_a_build_even_one_that_failed() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        assert not gc.isenabled()
        raise RuntimeError("the database went away mid-build")
    assert gc.isenabled()


def test_overlapping_builds_share_one_pause() -> None:
    first_inside, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collection_paused():
            first_inside.set()
            second_done.wait(10)
            seen.append(gc.isenabled())  # the other build ended, this one still runs

    thread = threading.Thread(target=first)
    thread.start()
    assert first_inside.wait(10)
    with collection_paused():
        assert not gc.isenabled()
    second_done.set()
    thread.join(10)
    assert seen == [False] and gc.isenabled()


def test_a_process_that_had_turned_collection_off_keeps_it_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
