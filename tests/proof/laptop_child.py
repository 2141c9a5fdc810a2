"""A laptop at work, to be killed: saves through the services and syncs with HQ until SIGKILL ends it.

    INSPECTOR_PASSPHRASE=... python -m tests.proof.laptop_child --data-dir D --log F --seed S

It opens the data dir as the app does and repeats random steps an inspector's day is made of:
answers, interviews (sealed testimony), findings, photos, inspection edits, new inspections and
establishments, a batch of demo inspections, and sync rounds (push, upload, pull) with the HQ
it enrolled with. Each save is announced on the side channel (tests/proof/acks.py) before the
call and acknowledged after it returned; each sync phase is announced as it starts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")

from sqlalchemy import select  # noqa: E402

from inspector_app.core import demo  # noqa: E402
from inspector_app.core.errors import InspectorError  # noqa: E402
from inspector_app.core.models import (  # noqa: E402
    ChecklistTemplate,
    Establishment,
    Inspection,
    WorkerInterview,
)
from inspector_app.core.queries import inspection_items  # noqa: E402
from inspector_app.core.services import (  # noqa: E402
    attachments,
    checklist,
    directory,
    findings,
    inspections,
    interviews,
)
from inspector_app.core.store import Store  # noqa: E402
from inspector_app.sync.engine import SyncEngine, SyncProgress  # noqa: E402

from .acks import AckLog  # noqa: E402

NOTES = [original for notes in demo.NOTES.values() for original, _translation, _indicator in notes]
RESULTS = ("compliant", "non_compliant", "not_applicable")
# Relative weights of the steps; a sync round is one step among them.
STEPS = {"answer": 30, "interview": 12, "interview_edit": 6, "finding": 8, "photo": 8, "summary": 8,
         "complaint": 3, "inspection": 4, "establishment": 3, "demo": 3, "sync": 15}


class Laptop:
    def __init__(self, store: Store, log: AckLog, rng: random.Random, engine: SyncEngine, label: str):
        self.store, self.log, self.rng, self.engine, self.label = store, log, rng, engine, label
        self.step = 0

    def text(self, base: str) -> str:
        return f"{base} #{self.label}-{self.step}"

    def open_inspection(self) -> str | None:
        with self.store.session() as s:
            ids = list(s.scalars(select(Inspection.id).where(Inspection.status != "approved").order_by(Inspection.id)))
        return self.rng.choice(ids) if ids else None

    def save(self, entity: str, key: dict[str, Any] | None, fields: dict[str, Any],
             call: Callable[[], Any]) -> None:
        """Announce, call the service, acknowledge: the ack is written only once the call returned.
        A save without a `key` creates a record; the id the service returned names it."""
        self.log.write(t="intent", n=self.step, entity=entity, key=key, fields=fields)
        returned = call()
        if key is None:  # services answer with a ChangeSet naming the record they created
            returned = returned.created(entity)
        self.log.write(t="ack", n=self.step, entity=entity, key=key or {"id": returned}, fields=fields)

    # -- the steps -------------------------------------------------------------------------------------

    def answer(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        with self.store.session() as s:
            items = [i.code for i in inspection_items(s, s.get(Inspection, inspection_id))
                     if i.answer_type == "compliance"]
        item_code = self.rng.choice(items)
        result, note = self.rng.choice(RESULTS), self.text("ตรวจเอกสารแล้ว")
        self.save("checklist_answers", {"inspection_id": inspection_id, "item_code": item_code},
                  {"result": result, "note": note},
                  lambda: checklist.save_answer(self.store, inspection_id, item_code, result=result, note=note))

    def interview(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        notes, name = self.text(self.rng.choice(NOTES)), self.text("မောင်မောင်")
        self.save("worker_interviews", None, {"notes_original": notes, "worker_name": name},
                  lambda: interviews.save_interview(self.store, inspection_id, consent=True, private_setting=True,
                                                    employer_absent=True, language="my", notes_language="my",
                                                    notes_original=notes, worker_name=name))

    def interview_edit(self) -> None:
        with self.store.session() as s:
            rows = list(s.execute(select(WorkerInterview.id, WorkerInterview.inspection_id)
                                  .join(Inspection, Inspection.id == WorkerInterview.inspection_id)
                                  .where(Inspection.status != "approved", WorkerInterview.consent.is_(True))
                                  .order_by(WorkerInterview.id)))
        if not rows:
            return
        interview_id, inspection_id = self.rng.choice(rows)
        translation = self.text("นายจ้างเก็บหนังสือเดินทางของผมไว้")
        self.save("worker_interviews", {"id": interview_id}, {"notes_translation": translation},
                  lambda: interviews.save_interview(self.store, inspection_id, interview_id,
                                                    notes_translation=translation))

    def finding(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        title = self.text("ค่าจ้างต่ำกว่าอัตราขั้นต่ำ")
        self.save("findings", None, {"title_th": title, "severity": "S2"},
                  lambda: findings.create_finding(self.store, inspection_id, title=title, severity="S2"))

    def photo(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        data = self.rng.randbytes(self.rng.randint(2_000, 400_000))
        caption = self.text("หลักฐานสลิปเงินเดือน")
        fields = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "caption": caption}
        self.save("attachments", None, fields,
                  lambda: attachments.add_attachment(self.store, inspection_id, data, mime="image/jpeg",
                                                     caption=caption))

    def summary(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        summary = self.text("พบการยึดเอกสารประจำตัวคนงาน")
        self.save("inspections", {"id": inspection_id}, {"summary": summary},
                  lambda: inspections.update_inspection(self.store, inspection_id, summary=summary))

    def complaint(self) -> None:
        inspection_id = self.open_inspection()
        if inspection_id is None:
            return
        source = self.text("ร้องเรียนทางสายด่วน 1546")
        self.save("inspections", {"id": inspection_id}, {"complaint_source": source},
                  lambda: inspections.update_inspection(self.store, inspection_id, complaint_source=source,
                                                        complaint_source_confidential=True))

    def inspection(self) -> None:
        with self.store.session() as s:
            establishments = list(s.scalars(select(Establishment.id).order_by(Establishment.id)))
            base = s.scalars(select(ChecklistTemplate.id).where(ChecklistTemplate.code == "LPA-GENERAL")
                             .order_by(ChecklistTemplate.version.desc())).first()
        if not establishments or base is None:
            return
        establishment_id = self.rng.choice(establishments)
        self.save("inspections", None, {"establishment_id": establishment_id, "visit_type": "complaint"},
                  lambda: inspections.create_inspection(self.store, establishment_id=establishment_id,
                                                        template_id=base, visit_type="complaint",
                                                        visit_date=date(2026, 11, 20)))

    def establishment(self) -> None:
        name = self.text("โรงงานแปรรูปอาหารทะเล")
        self.save("establishments", None, {"name_th": name, "province_code": "74"},
                  lambda: directory.create_establishment(self.store, name_th=name, province_code="74"))

    def demo(self) -> None:
        """A bulk save (a day's inspections at once): acknowledged by the inspections it created."""
        with self.store.session() as s:
            before = set(s.scalars(select(Inspection.id)))
        self.log.write(t="intent", n=self.step, entity="inspections", key=None, fields={})
        demo.generate(self.store, inspections=self.rng.randint(1, 3), seed=self.rng.randrange(10**6))
        with self.store.session() as s:
            created = sorted(set(s.scalars(select(Inspection.id))) - before)
        for inspection_id in created:
            self.log.write(t="ack", n=self.step, entity="inspections", key={"id": inspection_id}, fields={})

    def sync(self) -> None:
        last: list[str] = []

        def progress(p: SyncProgress) -> None:
            if not last or last[-1] != p.phase:
                last.append(p.phase)
                self.log.write(t="phase", phase=p.phase)

        report = self.engine.sync_round(progress=progress)
        self.log.write(t="synced", ok=report.ok, applied=report.applied, duplicates=report.duplicates,
                       pulled=report.pulled, files=report.files_uploaded, error=report.error)

    def run(self, steps: int) -> None:
        names, weights = zip(*STEPS.items(), strict=True)
        for self.step in range(steps):
            name = self.rng.choices(names, weights=weights)[0]
            try:
                getattr(self, name)()
            except InspectorError as exc:  # e.g. an approved inspection: the app says no, nothing is saved
                self.log.write(t="refused", n=self.step, error=type(exc).__name__)


def _output_to(path: Path) -> None:
    """From here on, what this process prints goes to the round's own file (beside its log)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir")
    parser.add_argument("--log")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--standby", action="store_true",
                        help="import everything, then read the arguments (a JSON list) from stdin")
    args = parser.parse_args(argv)
    if args.standby:
        orders = sys.stdin.readline()
        if not orders:
            return 0  # the test ended without needing this laptop
        args = parser.parse_args(json.loads(orders))
        _output_to(Path(args.log).with_suffix(".out"))
    if args.data_dir is None or args.log is None or args.seed is None:
        parser.error("--data-dir, --log and --seed are required")
    log = AckLog(Path(args.log))
    store = Store.open(Path(args.data_dir), os.environ["INSPECTOR_PASSPHRASE"])
    engine = SyncEngine.for_store(store, batch_ops=40, chunk_bytes=64 * 1024, attempts=6, backoff=0.05,
                                  max_backoff=0.5)
    log.write(t="ready", pid=os.getpid())
    Laptop(store, log, random.Random(args.seed), engine, str(args.seed)).run(args.steps)
    log.write(t="finished")
    engine.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
