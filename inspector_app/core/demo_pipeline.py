"""A large demo load on both cores: one process makes the rows, this one writes them.

Writing a bulk load is SQLite's work (binding, inserting, encrypting pages) plus Python's:
inventing the content, ids, clock stamps, encoding, field JSON, digests and the chained audit
entries (`bulk.plan_insert`), about a third of the CPU. Here a second process does the Python
half of transaction n+1 while this one writes transaction n, and hands each transaction over
through a pipe (never a file: interview notes are in the rows). The writer still writes
through the unit of work, every record with its outbox row and audit entry in one
transaction, and only on top of the log head the rows were planned from
(`UnitOfWork.write_planned`).

If anything else writes to the store meanwhile, or the second process cannot start or fails,
the writer stops it and `demo.generate` makes the rest of the same content itself, in process.
The second process is started with 'spawn' on every system (what Windows and macOS do anyway;
no state is inherited from this process, its SQLCipher connections included). As with any
spawned process, the program's main module is imported again there, so it must start its work
under `if __name__ == "__main__"` (the app's entry points and the PyInstaller launcher, which
calls `multiprocessing.freeze_support()`, do).
"""

from __future__ import annotations

import logging
import marshal
import multiprocessing
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .bulk import LogHead, LogMoved, PlannedInsert, plan_insert
from .demo import Batch, Content, DemoReport, batches, write_counter

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .store import Store

log = logging.getLogger(__name__)
_DONE = b""  # the producer's last message: every batch sent
_STOP_WAIT_S = 5.0


def write(store: Store, content: Content, report: DemoReport) -> int:
    """Write the content's batches as a second process makes them; returns how many were written.

    Stops early (returning fewer than all, nothing half-written) when the store's log moved or the
    second process failed: the caller writes the rest.
    """
    with store.unit_of_work() as uow:  # the head the first batch is planned from
        start = uow.head()
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    producer = context.Process(target=produce, args=(sender, content, start, store.username, store.device_id),
                               name="demo-rows", daemon=True)
    try:
        producer.start()
    except Exception as error:  # noqa: BLE001 - e.g. a daemonic process (no children allowed), no process support
        log.warning("demo data: second process not started (%s); writing in this process", type(error).__name__)
        receiver.close()
        sender.close()
        return 0
    sender.close()  # the producer holds the only writing end: its exit ends our reads
    reader = _Reader(receiver)
    reader.start()
    decoder = ThreadPoolExecutor(1, thread_name_prefix="demo-rows-decoder")
    written = 0
    finished = False
    upcoming: Future[_Planned] | bytes | None = reader.messages.get()
    try:
        while True:
            if upcoming is None:
                log.warning("demo data: the second process stopped after %d batches; writing the rest here", written)
                break
            if upcoming == _DONE:
                finished = True
                break
            planned = upcoming.result() if isinstance(upcoming, Future) else _decode(upcoming)
            upcoming = _LATER
            try:
                with store.unit_of_work() as uow:
                    uow.write_planned(planned.inserts, planned.start, planned.end, actor=store.username,
                                      device_id=store.device_id)
                    write_counter(uow, content, Batch({}, planned.done))
                    # The next batch is read back into objects while this one commits: the commit waits
                    # for the disk with the interpreter lock free, and nothing else needs it meanwhile.
                    upcoming = _next_now(reader)
                    if isinstance(upcoming, bytes) and upcoming != _DONE:
                        upcoming = decoder.submit(_decode, upcoming)
            except LogMoved:
                log.info("demo data: the store was written meanwhile after %d batches; writing the rest here", written)
                break
            _count_planned(report, planned.inserts)
            written += 1
            if upcoming is _LATER:
                upcoming = reader.messages.get()
    finally:
        if not finished:
            producer.terminate()  # it only makes rows: nothing of it needs to finish
        producer.join(_STOP_WAIT_S)
        if producer.is_alive():
            producer.kill()
            producer.join()
        reader.finish()  # the pipe's writing end is closed now: the reader ends
        receiver.close()
        decoder.shutdown(wait=True)
    return written


@dataclass(slots=True)
class _Planned:
    """One transaction as the producer planned it."""

    start: LogHead
    end: LogHead
    inserts: list[PlannedInsert]
    done: int


def _decode(message: bytes) -> _Planned:
    start, end, inserts, done = marshal.loads(message)
    return _Planned(LogHead(*start), LogHead(*end), [PlannedInsert.from_wire(insert) for insert in inserts], done)


_LATER: Any = object()  # the next message has not come yet


def _next_now(reader: _Reader) -> bytes | None:
    try:
        return reader.messages.get_nowait()
    except queue.Empty:
        return _LATER


class _Reader(threading.Thread):
    """Takes the producer's messages off the pipe on a thread of its own, a couple ahead: the next
    transaction's rows come over while this process's main thread writes (SQLite releases the
    interpreter lock while it works) instead of after."""

    def __init__(self, receiver: Connection):
        super().__init__(name="demo-rows-reader", daemon=True)
        self._receiver = receiver
        self.messages: queue.Queue[bytes | None] = queue.Queue(maxsize=2)  # bounded: a message is ~15 MB

    def run(self) -> None:
        try:
            while True:
                message = self._receiver.recv_bytes()
                self.messages.put(message)
                if message == _DONE:
                    return
        except BaseException:  # noqa: BLE001 - the pipe's end (EOFError, OSError) or anything else: stop reading
            self.messages.put(None)  # the writer finishes in process

    def finish(self) -> None:
        """Wait for the reader to end, taking what it still holds (it may wait for room in the queue)."""
        while self.is_alive():
            try:
                self.messages.get(timeout=0.05)
            except queue.Empty:
                pass
        self.join()


_COUNTED = {"inspections": "inspections", "checklist_answers": "answers", "worker_interviews": "interviews",
            "findings": "findings"}


def _count_planned(report: DemoReport, planned: list[PlannedInsert]) -> None:
    for insert in planned:
        name = _COUNTED.get(insert.entity)
        if name is not None:
            setattr(report, name, getattr(report, name) + len(insert.ids))


def produce(sender: Connection, content: Content, start: LogHead, actor: str | None, device_id: str) -> None:
    """The second process: plan every batch from `start` on and send it; the writer's order is the batches'."""
    import gc

    gc.disable()  # millions of rows, no cycles (as in demo.generate)
    head = start
    try:
        for batch in batches(content):
            planned: list[Any] = []
            before = head
            for model, rows in batch.rows.items():
                if rows:
                    insert, head = plan_insert(model, rows, head, actor=actor, device_id=device_id)
                    planned.append(insert.to_wire())
            sender.send_bytes(marshal.dumps((tuple(before), tuple(head), planned, batch.done)))
        sender.send_bytes(_DONE)
    except BaseException:  # noqa: BLE001
        # The writer stopped reading (it writes the rest itself, or failed), or planning failed: then the
        # writer makes the same rows in process and meets the same error there, where it is reported. No
        # traceback here: a message could quote the rows.
        pass
    finally:
        sender.close()


__all__ = ["produce", "write"]
