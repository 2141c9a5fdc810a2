"""Closing the window while pages still read: the reads stop, every write asked for still commits.

The main window builds its other pages in the background once the list shows; on a 20,000-inspection store
the Follow-ups worklist's first read takes seconds. Closing meanwhile used to wait for it (2.5 s measured
after opening an inspection). What must hold: the close does not wait for a read's end, no read's failure
reaches the screen or the log, and a write asked for before the close (an autosave) is committed.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import func, select, text

from inspector_app.core.models import Establishment
from inspector_app.core.services import directory

# A read that would run for minutes: SQLite counting through a recursive CTE (no table, so no lock).
ENDLESS = text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
               "SELECT count(*) FROM n")


def _endless_read(store, started: threading.Event):  # noqa: ANN001, ANN202
    def read() -> int:
        with store.session() as session:
            started.set()
            return session.execute(ENDLESS).scalar_one()

    return read


def test_closing_interrupts_a_long_read_and_keeps_the_write(ui_ctx, qtbot, caplog) -> None:  # noqa: ANN001
    store = ui_ctx.store
    started = threading.Event()
    answers: list[object] = []
    failures: list[BaseException] = []
    ui_ctx.read(_endless_read(store, started), on_success=answers.append, on_failure=failures.append)
    assert started.wait(10), "the read never started"

    def slow_write():  # noqa: ANN202 - an autosave that takes a moment, asked for just before closing
        time.sleep(0.3)
        return directory.create_establishment(store, name_th="โรงงานปิดหน้าต่าง", province_code="63")

    written: list[object] = []
    ui_ctx.write(slow_write, on_success=written.append)
    # Another page's read asked for just before the close: it never starts.
    queued_started = threading.Event()
    for _ in range(3):  # more than the read pool's threads, so at least one waits for its turn
        ui_ctx.read(_endless_read(store, queued_started), on_success=answers.append,
                    on_failure=failures.append)

    with caplog.at_level(logging.DEBUG):
        began = time.monotonic()
        finished = ui_ctx.ops.close(interrupt_reads=store.reads.interrupt)
        took = time.monotonic() - began
    qtbot.wait(50)  # let the answers that were sent reach this thread

    assert finished, "close gave up waiting"
    # Counting to two billion takes minutes; the close waited only for the write's 0.3 s and the stop.
    assert took < 10, f"close waited {took:.1f} s for reads nobody will see"
    assert not answers and not failures, "a read stopped by the close answered the screen"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "the stopped read was logged as an error"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Establishment)
                              .where(Establishment.name_th == "โรงงานปิดหน้าต่าง")) == 1, "the write was lost"


def test_a_write_is_never_interrupted(ui_ctx, qtbot) -> None:  # noqa: ANN001
    """Only reads are stopped: a write running a long statement when the window closes runs to its commit."""
    store = ui_ctx.store
    inside = threading.Event()

    def long_write():  # noqa: ANN202
        with store.reads.interruptible():  # even on a thread marked for reads, the writer's connection is not held
            with store.write_engine.connect() as conn:
                inside.set()
                conn.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                  "WHERE i < 3000000) SELECT count(*) FROM n")).scalar_one()
            return directory.create_establishment(store, name_th="โรงงานเขียนยาว", province_code="63")

    written: list[object] = []
    ui_ctx.write(long_write, on_success=written.append)
    assert inside.wait(10)
    assert ui_ctx.ops.close(interrupt_reads=store.reads.interrupt)
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Establishment)
                              .where(Establishment.name_th == "โรงงานเขียนยาว")) == 1


def test_without_a_close_reads_answer(ui_ctx, qtbot) -> None:  # noqa: ANN001
    """The mark costs a read nothing: a read that is not stopped answers as before."""
    answers: list[int] = []

    def read() -> int:
        with ui_ctx.store.session() as session:
            return session.execute(text("SELECT 41 + 1")).scalar_one()

    ui_ctx.read(read, on_success=answers.append)
    qtbot.waitUntil(lambda: answers == [42], timeout=5000)
    assert ui_ctx.store.reads.interrupt() == 0  # nothing held once the read is done


def test_a_read_connection_leaves_the_interrupt_list_before_the_pool_may_close_it(ui_ctx) -> None:  # noqa: ANN001
    """SQLite's interrupt on a connection being closed is undefined behaviour (a crash at best): a connection
    invalidated mid-read, which the pool then closes, is no longer among those interrupt() asks."""
    store = ui_ctx.store
    with store.reads.interruptible():
        connection = store.engine.connect()
        connection.execute(text("SELECT 1"))
        assert store.reads.interrupt() == 1  # held by this read
        connection.invalidate()
        assert store.reads.interrupt() == 0
        connection.close()
    with store.reads.interruptible(), store.engine.connect() as again:
        again.execute(text("SELECT 1"))
        assert store.reads.interrupt() == 1
    assert store.reads.interrupt() == 0  # checked in
