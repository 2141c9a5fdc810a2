"""Conflicts for the workspace tests: a colleague's proposal on a synced laptop's establishment, and a laptop's
own change made on an older revision of a finding (after HQ gave its inspection to a spare laptop for a while)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inspector_app.core.models import Establishment, Finding, Inspection
from inspector_app.core.services import findings
from inspector_app.hq import users
from inspector_app.hq.models import ConflictVersion, Record
from inspector_app.hq.reassign import reassign

from ..devices import fake_laptop
from .client import SUPERVISOR
from .conftest import Synced, WebHQ


def at_hq(web: WebHQ, record_id: str) -> Any:
    with web.db.read() as conn:
        return conn.execute(select(Record).where(Record.entity_id == record_id)).one()


def open_version(web: WebHQ, record_id: str) -> int:
    with web.db.read() as conn:
        return int(conn.execute(select(ConflictVersion.id).where(ConflictVersion.entity_id == record_id,
                                                                 ConflictVersion.resolved_at.is_(None))
                                .order_by(ConflictVersion.id.desc())).scalars().first())


def proposal(web: WebHQ, synced: Synced, **changes: Any) -> tuple[str, int]:
    """A colleague's laptop proposes changes to the establishment of the laptop's first submitted inspection;
    returns (the establishment's id, the proposal's version id)."""
    with synced.store.session() as s:
        establishment = s.get(Establishment, synced.submitted[0].establishment_id)
    held = at_hq(web, establishment.id)
    colleague = fake_laptop(web.server, "Colleague laptop")
    fields = {k: v for k, v in held.fields.items() if k not in ("id", "rev")}
    changes = changes or {"name_en": "Sample Fish Pier Co., Ltd.", "contact_phone": "055-999999"}
    answer = colleague.push(colleague.op("establishments", establishment.id, held.rev, held.rev + 1,
                                         **{**fields, **changes})).results[0]
    assert answer.status == "conflict", answer
    return establishment.id, open_version(web, establishment.id)


def stale_finding(web: WebHQ, synced: Synced) -> tuple[str, int]:
    """A draft inspection's finding changed at HQ by a spare laptop, and on the laptop too (on its older revision):
    returns (the finding's id, the conflict's version id)."""
    store = synced.store
    with store.session() as s:
        draft = s.scalars(select(Inspection).where(Inspection.status == "draft").order_by(Inspection.reference)).first()
        finding = s.scalars(select(Finding).where(Finding.inspection_id == draft.id)
                            .order_by(Finding.created_at)).first()
    if finding is None:
        finding_id = findings.create_finding(store, draft.id, title_en="Passports held by the employer",
                                             severity="S2", workers_affected=3).created("findings")
    else:
        finding_id = finding.id
        findings.update_finding(store, finding_id, severity="S2", workers_affected=3)
    assert synced.engine.sync_round().ok
    supervisor = users.find_reviewer(web.db, SUPERVISOR.username)
    spare = fake_laptop(web.server, "Spare laptop")
    reassign(web.db, draft.id, spare.device_id, supervisor, "while the laptop was repaired")
    held = at_hq(web, finding_id)
    fields = {k: v for k, v in held.fields.items() if k not in ("id", "rev")}
    applied = spare.push(spare.op("findings", finding_id, held.rev, held.rev + 1,
                                  **{**fields, "severity": "S1", "workers_affected": 9})).results[0]
    assert applied.status == "applied", applied
    reassign(web.db, draft.id, synced.device_id, supervisor, "repaired")
    findings.update_finding(store, finding_id, workers_affected=4, description_en="Seen in the office safe")
    report = synced.engine.sync_round()
    assert report.conflicts == 1, report.summary()
    return finding_id, open_version(web, finding_id)
