"""The sync engine: one round = push the outbox, upload its files, pull what HQ published.

Runs on any thread (the UI runs it off the main thread); `progress` is called
from that thread with a `SyncProgress`, and `cancelled()` (or `cancel()` from
another thread) is checked between batches, chunks and pages. Cancelling is
safe at any point: every local write is one transaction (an answered batch, a
pulled page with its cursor), and everything sent to HQ is idempotent, so
whatever was in flight is simply sent again next time.

    engine = SyncEngine.for_store(store)
    report = engine.sync_round(progress=on_progress, cancelled=lambda: flag.is_set())
    if report.revoked: ...  # tell the user; data stays on the laptop
"""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, repeat
from typing import Literal, TypeVar

import httpx
from sqlalchemy import select

from ..core.errors import InspectorError, NotFound, StoreError
from ..core.messages import QT_TRANSLATE_NOOP, UserMessage, plural
from ..core.models import AuditEntry, Device
from ..core.services import sync_apply
from ..core.store import Store
from ..core.types import new_id
from ..core.writer import ChangeSet
from ..gc_pause import collection_paused
from .client import (
    DeviceRevoked,
    EncodedBody,
    HQBusy,
    HQClient,
    HQUnreachable,
    NotEnrolled,
    OffsetMismatch,
    PushAnswer,
    PushAnswers,
    ProtocolError,
    encode_json,
)
from .reason_messages import outcome
from .outbox import OutboxRow, batch_json, held_back_message, keys_ready, op_json, prepare, read_pending, wire_op
from .protocol import MAX_BATCH_OPS, MAX_CHUNK_BYTES, PROTOCOL_VERSION, OpResult, PushResponse
from .status import sync_counts

T = TypeVar("T")
Phase = Literal["connect", "push", "upload", "pull", "done"]
REVOKED_MESSAGE = UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "HQ has revoked this laptop's access, so it no longer "
                                                                "syncs. Everything on the laptop is kept; ask HQ to "
                                                                "enrol it again."))


@dataclass(frozen=True)
class SyncProgress:
    """What the round is doing, for a progress bar: `done` of `total` (None when unknown) in `phase`.

    `message` is a UserMessage (English; the UI translates it)."""

    phase: Phase
    done: int
    total: int | None
    message: str


@dataclass
class SyncReport:
    started_at: datetime
    finished_at: datetime | None = None
    applied: int = 0  # ops HQ applied
    duplicates: int = 0  # ops HQ already had (acknowledged all the same)
    conflicts: int = 0  # ops HQ kept beside a newer version, flagged for review
    rejected: int = 0  # ops HQ refused this round (kept, with the reason, in the outbox)
    waiting: int = 0  # ops HQ will take later (e.g. their file is not uploaded yet)
    held_back: int = 0  # ops with testimony kept on the laptop: HQ has published no evidence key yet
    files_uploaded: int = 0
    bytes_uploaded: int = 0
    pulled: int = 0
    pending_after: int = 0  # still in the outbox after the round
    rejected_after: int = 0  # rejected ops waiting for the user
    bytes_sent: int = 0
    bytes_received: int = 0
    cancelled: bool = False
    revoked: bool = False
    error: str | None = None  # a UserMessage: English for the CLI, translated by the UI
    changes: ChangeSet = field(default_factory=ChangeSet)  # what the pull changed: views refresh these

    @property
    def ok(self) -> bool:
        """Everything was acknowledged: nothing pending, nothing rejected, no error, not cancelled."""
        return (self.error is None and not self.cancelled and not self.revoked
                and self.pending_after == 0 and self.rejected_after == 0)

    def summary(self) -> UserMessage:
        """What the round did, in one line (a UserMessage: English for the CLI, translated by the UI)."""
        parts = [UserMessage(plural(self.applied, QT_TRANSLATE_NOOP("SyncMessages", "{count} change sent"),
                                    QT_TRANSLATE_NOOP("SyncMessages", "{count} changes sent")), count=self.applied)]
        if self.duplicates:
            parts.append(UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "{count} already at HQ"), count=self.duplicates))
        if self.conflicts:
            parts.append(UserMessage(plural(self.conflicts,
                                            QT_TRANSLATE_NOOP("SyncMessages", "{count} conflict kept for review"),
                                            QT_TRANSLATE_NOOP("SyncMessages", "{count} conflicts kept for review")),
                                     count=self.conflicts))
        if self.rejected:
            parts.append(UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "{count} rejected"), count=self.rejected))
        if self.files_uploaded:
            parts.append(UserMessage(plural(self.files_uploaded,
                                            QT_TRANSLATE_NOOP("SyncMessages", "{count} file uploaded"),
                                            QT_TRANSLATE_NOOP("SyncMessages", "{count} files uploaded")),
                                     count=self.files_uploaded))
        parts.append(UserMessage(plural(self.pulled, QT_TRANSLATE_NOOP("SyncMessages", "{count} item received"),
                                        QT_TRANSLATE_NOOP("SyncMessages", "{count} items received")),
                                 count=self.pulled))
        if self.pending_after:
            parts.append(UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "{count} still to send"),
                                     count=self.pending_after))
        return UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "{parts}."), parts=tuple(parts))


class Cancelled(Exception):
    pass


_WRITE_WAIT = 0.5  # seconds: at most this long for a request to be out before the next batch is made meanwhile
# A round's first batch is small and each next one twice the size up to `batch_ops`: HQ starts on the first
# while the laptop makes the second, instead of waiting for a whole batch to be read, sealed and written.
_FIRST_BATCH = 125
__all__ = ["SyncEngine", "SyncProgress", "SyncReport", "sync_once", "wire_op"]


class SyncEngine:
    """Sync one store with HQ through `client` (built from the store's enrolment by `for_store`)."""

    def __init__(
        self,
        store: Store,
        client: HQClient,
        *,
        batch_ops: int = 500,
        batch_bytes: int = 2_000_000,
        chunk_bytes: int = 256 * 1024,
        upload_streams: int = 4,
        pull_limit: int = 500,
        attempts: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        rng: random.Random | None = None,
    ):
        if not 1 <= batch_ops <= MAX_BATCH_OPS:
            raise ValueError(f"batch_ops must be 1..{MAX_BATCH_OPS}")
        if not 1 <= chunk_bytes <= MAX_CHUNK_BYTES:
            raise ValueError(f"chunk_bytes must be 1..{MAX_CHUNK_BYTES}")
        self.store = store
        self.client = client
        self.batch_ops = batch_ops
        self.batch_bytes = batch_bytes
        self.chunk_bytes = chunk_bytes
        self.upload_streams = max(1, upload_streams)
        self.pull_limit = pull_limit
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._rng = rng or random.Random()
        self._cancel = threading.Event()
        self._cancelled_fn: Callable[[], bool] | None = None
        self._running = threading.Lock()
        self._after = 0  # the last outbox row a push round has read
        self._size = batch_ops  # rows in the next batch (see _FIRST_BATCH)

    @classmethod
    def for_store(cls, store: Store, *, hq_url: str | None = None, transport: httpx.BaseTransport | None = None,
                  **options: object) -> SyncEngine:
        """An engine talking to the HQ this laptop enrolled with (or `hq_url`, e.g. a district relay)."""
        with store.session() as session:
            device = session.get(Device, store.device_id)
        if device is None or not device.token or not device.hq_device_id:
            raise NotEnrolled(QT_TRANSLATE_NOOP("SyncMessages", "This laptop is not enrolled with HQ yet: enrol it on "
                                                                "the Sync page (or run 'inspector-app enrol --hq URL "
                                                                "--code C') with a code from HQ."))
        url = hq_url or device.hq_url
        if not url:
            raise NotEnrolled(QT_TRANSLATE_NOOP("SyncMessages", "No HQ address is known for this laptop; give one with "
                                                                "--hq URL."))
        return cls(store, HQClient(url, device.token, transport=transport), **options)  # type: ignore[arg-type]

    # -- control -------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask a running round to stop at the next safe point (callable from any thread)."""
        self._cancel.set()

    def close(self) -> None:
        self.client.close()

    def _cancel_requested(self) -> bool:
        return self._cancel.is_set() or (self._cancelled_fn is not None and self._cancelled_fn())

    def _check_cancel(self) -> None:
        if self._cancel_requested():
            raise Cancelled()

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            self._check_cancel()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._cancel.wait(min(left, 0.1))

    def _retrying(self, what: Callable[[], T]) -> T:
        """Call HQ; on a transient failure back off exponentially (with jitter) and try again."""
        for attempt in range(1, self.attempts + 1):
            self._check_cancel()
            try:
                return what()
            except (HQUnreachable, HQBusy):
                if attempt == self.attempts:
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                self._sleep(delay * (0.5 + self._rng.random() / 2))
        raise AssertionError("unreachable")

    # -- the round -----------------------------------------------------------------------------

    def sync_round(self, progress: Callable[[SyncProgress], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> SyncReport:
        """Push, upload, pull. Never raises for sync trouble: the report says what happened."""
        report = SyncReport(started_at=datetime.now(UTC))
        if not self._running.acquire(blocking=False):
            report.error = UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "A sync is already running."))
            return report
        self._cancel.clear()
        self._cancelled_fn = cancelled
        notify = progress or (lambda _p: None)
        sent_before, received_before = self.client.bytes_sent, self.client.bytes_received
        try:
            device = self._device()
            if device.revoked:
                raise DeviceRevoked(REVOKED_MESSAGE)
            notify(SyncProgress("connect", 0, None, UserMessage(
                QT_TRANSLATE_NOOP("SyncMessages", "Connecting to {url}"), url=self.client.base_url)))
            health = self._retrying(self.client.health)
            if health.protocol != PROTOCOL_VERSION:
                raise ProtocolError(QT_TRANSLATE_NOOP("SyncMessages", "HQ speaks sync protocol {theirs}; this app speaks "
                                                                      "{ours}. Update the app."),
                                    theirs=str(health.protocol), ours=str(PROTOCOL_VERSION))
            self._push(device, report, notify)
            _merge(report.changes, sync_apply.mark_submitted(self.store))
            # Rows an older version kept after HQ acknowledged them: removed a small transaction at a time.
            sync_apply.compact_outbox(self.store, cancelled=self._cancel_requested)
            self._pull(report, notify)
            if report.held_back and keys_ready(self.store):
                # The pull brought HQ's evidence (and document) key: what waited for it goes now, sealed.
                report.held_back = 0
                self._push(device, report, notify)
                _merge(report.changes, sync_apply.mark_submitted(self.store))
            if report.held_back:
                report.error = held_back_message(self.store, report.held_back)
        except Cancelled:
            report.cancelled = True
        except DeviceRevoked as exc:
            sync_apply.mark_revoked(self.store)
            report.revoked = True
            report.error = REVOKED_MESSAGE if exc.message.startswith("HQ has revoked") else exc.message
        except InspectorError as exc:  # offline, HQ refusing, a read-only store: all said in words
            report.error = exc.message
        except BaseException as exc:
            report.error = UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "Sync stopped by an unexpected error "
                                                                         "({name})."), name=type(exc).__name__)
            raise
        finally:
            self._cancelled_fn = None
            try:
                self._finish(report, sent_before, received_before)
                notify(SyncProgress("done", 1, 1, report.error or (
                    UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "Sync cancelled.")) if report.cancelled
                    else report.summary())))
            finally:
                self._running.release()
        return report

    def _finish(self, report: SyncReport, sent_before: int, received_before: int) -> None:
        report.finished_at = datetime.now(UTC)
        report.bytes_sent = self.client.bytes_sent - sent_before
        report.bytes_received = self.client.bytes_received - received_before
        counts = sync_counts(self.store)
        report.pending_after = counts.pending
        report.rejected_after = counts.rejected
        if not report.cancelled and not self.store.read_only:
            sync_apply.record_round(self.store, error=report.error)

    def _device(self) -> Device:
        with self.store.session() as session:
            device = session.get(Device, self.store.device_id)
        if device is None or not device.hq_device_id:
            raise NotEnrolled(QT_TRANSLATE_NOOP("SyncMessages", "This laptop is not enrolled with HQ yet."))
        return device

    # -- push ------------------------------------------------------------------------------------

    def _push(self, device: Device, report: SyncReport, notify: Callable[[SyncProgress], None]) -> None:
        """Send the outbox batch by batch, in order, one batch at HQ at a time.

        A batch goes as soon as HQ has answered the one before; while HQ applies it, this thread keeps
        the answers to the one before (one transaction) and reads, seals, writes and compresses the
        next, so HQ waits for the laptop only between an answer and the next request. A row leaves the
        outbox only once HQ's answer to it is committed here: a crash before that sends it again, and
        HQ answers it as a duplicate. Records HQ said it takes only later are left out of every later
        batch of the round (a batch written before that answer is written again without them), so
        every record's changes still arrive in order."""
        # Each batch makes thousands of short-lived rows, texts and answers and no reference cycles worth
        # collecting: the cyclic collector walking the heap meanwhile took a tenth of the laptop's time.
        with collection_paused():
            self._push_batches(device, report, notify)

    def _push_batches(self, device: Device, report: SyncReport, notify: Callable[[SyncProgress], None]) -> None:
        total = sync_counts(self.store).pending
        progress = _PushProgress(total)
        uploaded: set[str] = set()
        blocked: set[tuple[str, str]] = set()  # records with an op HQ will take only later: keep their order
        self._after = 0
        self._size = min(self.batch_ops, _FIRST_BATCH)
        answered: tuple[list[OutboxRow], PushAnswer | PushAnswers] | None = None  # HQ's answers not kept yet
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
            try:
                upcoming = self._encode(device, self._gather(blocked, report))
                while upcoming is not None:
                    self._check_cancel()
                    batch = self._unblocked(device, upcoming, blocked)
                    if batch is None:  # all of it waits behind earlier changes: read on
                        upcoming = self._encode(device, self._gather(blocked, report))
                        continue
                    uploaded.update(self._upload_files(
                        [sha256 for sha256 in dict.fromkeys(ref for r in batch.rows for ref in r.attachment_refs)
                         if sha256 not in uploaded], report, notify))
                    notify(SyncProgress("push", progress.done, total, UserMessage(plural(
                        len(batch.rows), QT_TRANSLATE_NOOP("SyncMessages", "Sending {count} change"),
                        QT_TRANSLATE_NOOP("SyncMessages", "Sending {count} changes")), count=len(batch.rows))))
                    # The same bytes (same batch id) are sent again on a lost answer: HQ replays its stored one.
                    written = threading.Event()
                    sending = sender.submit(self._send, batch.body, written)
                    # Until the request is out, this thread leaves Python's interpreter lock to the sender: work
                    # here would hold it in slices of milliseconds, and HQ would wait for the request meanwhile.
                    written.wait(_WRITE_WAIT)
                    try:
                        if answered is not None:
                            rows, answer = answered
                            answered = None
                            self._keep_answers(rows, self._read(rows, answer, blocked), report, progress, notify)
                        upcoming = self._encode(device, self._gather(blocked, report))  # while HQ works
                    except BaseException:
                        wait([sending])  # never leave a request running; this error is the one to report
                        raise
                    answer = sending.result()
                    # An answer that may hold records HQ takes only later is read before the next batch goes,
                    # which must leave them out; any other is read while HQ works on the next.
                    answered = (batch.rows, self._read(batch.rows, answer, blocked) if answer.may_hold_waiting()
                                else answer)
            finally:
                if answered is not None:  # the last answers, or the ones in hand when the round stopped
                    rows, answer = answered
                    self._keep_answers(rows, self._read(rows, answer, blocked), report, progress, notify)

    def _send(self, body: EncodedBody, written: threading.Event) -> PushAnswer:
        """Send one batch (on the sender thread), again on a transient failure; `written` is set once the
        request is out or the sending is over."""
        try:
            return self._retrying(lambda: self.client.post_push(body, written))
        finally:
            written.set()

    def _read(self, rows: list[OutboxRow], answer: PushAnswer | PushAnswers,
              blocked: set[tuple[str, str]]) -> PushAnswers:
        """HQ's answer to `rows`, read; the records it says must wait are left out of the rest of the round."""
        answers = answer if isinstance(answer, PushAnswers) else self.client.read_push_answers(answer)
        blocked.update(_waiting_records(rows, answers.response))
        return answers

    def _encode(self, device: Device, rows: list[OutboxRow]) -> _Batch | None:
        """`rows` as the request body that carries them to HQ (JSON, compressed), or None if there are none."""
        if not rows:
            return None
        audit_seq, audit_head = self._audit_head()
        text = batch_json(new_id(), device.hq_device_id or "", [op_json(r) for r in rows], audit_head, audit_seq)
        return _Batch(rows, encode_json(text))

    def _unblocked(self, device: Device, batch: _Batch, blocked: set[tuple[str, str]]) -> _Batch | None:
        """`batch` without the records HQ said it takes only later (written again if it held any)."""
        if not blocked:
            return batch
        rows = [r for r in batch.rows if (r.entity, r.entity_id) not in blocked]
        return batch if len(rows) == len(batch.rows) else self._encode(device, rows)

    def _gather(self, blocked: set[tuple[str, str]], report: SyncReport) -> list[OutboxRow]:
        """The next batch of pending rows after `self._after`, sealed, without records known to wait."""
        while True:
            rows = self._next_batch(self._after)
            if not rows:
                return []
            self._after = rows[-1].seq
            rows, held = prepare(self.store, [r for r in rows if (r.entity, r.entity_id) not in blocked])
            if held:
                report.held_back += len(held)
                blocked.update((r.entity, r.entity_id) for r in held)
            if rows:
                return rows

    def _keep_answers(self, rows: list[OutboxRow], answers: PushAnswers, report: SyncReport,
                      progress: _PushProgress, notify: Callable[[SyncProgress], None]) -> None:
        by_id = {r.op_id: r.seq for r in rows}
        own = f"{self.store.device_id}:"
        applied: list[int] = []  # most of a batch: taken by row, without a kept outcome each
        outcomes = []
        response = answers.response
        # The bare `applied` answers as op ids (None: no result object), then every other answer.
        for op_id, result in chain(zip(answers.applied, repeat(None)), ((r.op_id, r) for r in response.results)):
            seq = by_id.get(op_id)
            if seq is None:
                continue
            if (result is None or result.status == "applied") and op_id == own + str(seq):
                applied.append(seq)
            else:
                outcomes.append(outcome(result or OpResult(op_id=op_id, status="applied")))
        ack = response.audit_ack.model_dump_json() if response.audit_ack else None
        counts = sync_apply.record_push_results(self.store, outcomes, audit_ack=ack, applied_seqs=applied)
        report.applied += len(applied) + sum(1 for o in outcomes if o.status == "applied")
        report.duplicates += counts.get("duplicate", 0)
        report.conflicts += counts.get("conflict", 0)
        report.rejected += counts.get("rejected", 0)
        report.waiting += counts.get("pending", 0)
        progress.done += len(rows)
        notify(SyncProgress("push", progress.done, progress.total, UserMessage(plural(
            progress.total, QT_TRANSLATE_NOOP("SyncMessages", "{done} of {total} change sent"),
            QT_TRANSLATE_NOOP("SyncMessages", "{done} of {total} changes sent")), done=progress.done,
            total=progress.total)))

    def _next_batch(self, after: int) -> list[OutboxRow]:
        """The next pending ops in order, at most `batch_ops` of them (fewer in a round's first batches) and
        about `batch_bytes` of fields."""
        rows = read_pending(self.store, after, self._size, self.batch_bytes)
        self._size = min(self.batch_ops, self._size * 2)
        return rows

    def _audit_head(self) -> tuple[int | None, str | None]:
        with self.store.session() as session:
            last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc())
                                   .limit(1)).first()
        return (last.seq, last.hash) if last else (None, None)

    # -- attachments -------------------------------------------------------------------------------

    def _upload_files(self, hashes: list[str], report: SyncReport, notify: Callable[[SyncProgress], None]) -> set[str]:
        """Upload files `upload_streams` at a time; the ones this laptop could read and HQ now holds.

        One file at a time leaves a slow link idle while each request and its answer cross it (two round trips
        a photo: 0.6 s on a 300 ms line, as long as sending 19 KB); with a few in flight the line stays busy.
        Each upload is resumable on its own; the first error stops the others at their next chunk and is the
        one reported. Progress is reported from this thread only."""
        if not hashes:
            return set()
        tally = _UploadTally(len(hashes))
        done: set[str] = set()
        with ThreadPoolExecutor(max_workers=min(self.upload_streams, len(hashes)),
                                thread_name_prefix="sync-upload") as pool:
            futures = {pool.submit(self._upload, sha256, tally): sha256 for sha256 in hashes}
            pending: set[Future[bool]] = set(futures)
            shown = -1
            try:
                while pending:
                    finished, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                    for future in finished:
                        if future.result():
                            done.add(futures[future])
                    if tally.sent != shown:
                        shown = tally.sent
                        notify(SyncProgress("upload", tally.sent, tally.size or None, UserMessage(plural(
                            tally.files_total,
                            QT_TRANSLATE_NOOP("SyncMessages", "Uploading {count} file ({done} of {total} KB)"),
                            QT_TRANSLATE_NOOP("SyncMessages", "Uploading {count} files ({done} of {total} KB)")),
                            count=tally.files_total, done=tally.sent // 1024, total=tally.size // 1024)))
            except BaseException:
                tally.stop.set()
                for future in pending:
                    future.cancel()
                wait(pending)
                raise
            finally:
                report.files_uploaded += tally.files
                report.bytes_uploaded += tally.sent
        return done

    def _upload(self, sha256: str, tally: _UploadTally) -> bool:
        """Upload one file resumably (on an upload thread); False if this laptop cannot read it (HQ then holds
        its op back)."""
        try:
            data = self.store.vault.get(sha256)
        except (NotFound, StoreError):
            return False
        tally.add_size(len(data))
        status = self._retrying(lambda: self.client.start_upload(sha256, len(data)))
        failures = 0
        while not status.complete:
            self._check_cancel()
            if tally.stop.is_set():
                raise Cancelled()
            chunk = data[status.offset : status.offset + self.chunk_bytes]
            try:
                status = self.client.upload_chunk(sha256, status.offset, chunk)
                tally.add_sent(len(chunk))
                failures = 0
            except (HQUnreachable, HQBusy, OffsetMismatch):
                # Ask HQ where it stands and go on from there: at most the chunk in flight is sent again.
                failures += 1
                if failures >= self.attempts:
                    raise
                self._sleep(min(self.max_backoff, self.backoff * 2 ** (failures - 1)) * (0.5 + self._rng.random() / 2))
                status = self._retrying(lambda: self.client.upload_status(sha256))
            except ProtocolError as exc:
                if exc.code not in ("no_upload", "file_checksum") or failures >= self.attempts:
                    raise
                failures += 1
                status = self._retrying(lambda: self.client.start_upload(sha256, len(data)))
        tally.add_file()
        return True

    # -- pull ----------------------------------------------------------------------------------------

    def _pull(self, report: SyncReport, notify: Callable[[SyncProgress], None]) -> None:
        cursor = sync_apply.pull_cursor(self.store)
        for _page in range(100_000):  # bounded: HQ pages are never empty while `more`
            self._check_cancel()
            notify(SyncProgress("pull", report.pulled, None, UserMessage(
                QT_TRANSLATE_NOOP("SyncMessages", "Receiving updates from HQ"))))
            page = self._retrying(lambda cursor=cursor: self.client.pull(  # type: ignore[misc]
                cursor, self.pull_limit, sync_apply.applied_kinds()))
            items = [sync_apply.PulledItem(i.seq, i.kind, i.payload) for i in page.items]
            _merge(report.changes, sync_apply.apply_pull(self.store, items, page.cursor))
            report.pulled += len(items)
            if not page.more or page.cursor <= cursor:
                break
            cursor = page.cursor


@dataclass(frozen=True)
class _Batch:
    """Outbox rows and the request body that carries them (written while HQ applied the batch before)."""

    rows: list[OutboxRow]
    body: EncodedBody


@dataclass
class _PushProgress:
    total: int
    done: int = 0


class _UploadTally:
    """What the upload threads of one batch have done, read by the thread that reports progress."""

    def __init__(self, files_total: int):
        self.files_total = files_total
        self.files = 0
        self.size = 0  # bytes of the files read so far
        self.sent = 0
        self.stop = threading.Event()  # another upload failed: stop at the next chunk
        self._lock = threading.Lock()

    def add_size(self, size: int) -> None:
        with self._lock:
            self.size += size

    def add_sent(self, size: int) -> None:
        with self._lock:
            self.sent += size

    def add_file(self) -> None:
        with self._lock:
            self.files += 1


def _waiting_records(rows: list[OutboxRow], response: PushResponse) -> set[tuple[str, str]]:
    """Records with a change HQ will take only later: none of their later changes goes this round."""
    by_id = {r.op_id: r for r in rows}
    return {(by_id[r.op_id].entity, by_id[r.op_id].entity_id) for r in response.results
            if r.status == "rejected" and r.retryable and r.op_id in by_id}


def _merge(into: ChangeSet, more: ChangeSet) -> None:
    for entity, ids in more.changed.items():
        into.changed.setdefault(entity, set()).update(ids)


def sync_once(store: Store, *, hq_url: str | None = None, transport: httpx.BaseTransport | None = None,
              progress: Callable[[SyncProgress], None] | None = None) -> SyncReport:
    """One round with a fresh engine (the CLI)."""
    try:
        engine = SyncEngine.for_store(store, hq_url=hq_url, transport=transport)
    except InspectorError as exc:
        report = SyncReport(started_at=datetime.now(UTC), error=exc.message)
        return report
    try:
        return engine.sync_round(progress=progress)
    finally:
        engine.close()
