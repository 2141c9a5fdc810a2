"""Findings written before schema 0002, brought to Thai and English (used by migration 0002).

Before 0002 a finding had one title, description and required action, in the language
the screen happened to be in, and its title was the checklist item's label (a compliant
statement or a question). Migration 0002 splits them into Thai and English columns and,
where the app itself wrote a text, derives it again from the template version the
inspection was made with, as a finding accepted today would get it.

How an edited text is recognised: a stored text counts as the app's own when it is
exactly what the app could have written there (the item's label in either language,
the old rule titles, the old generated descriptions, the demo data's stock action, or
nothing). Anything else is the inspector's words: it is kept, put under the language of
its script, and named in ``edited_texts`` so no later derivation replaces it. Each of
title, description and required action is judged on its own.

Findings of a signed, submitted or approved inspection keep the wording that was signed:
only the other language of a text the app wrote is filled in (the label's other
language, say), and the record is not re-sent. Re-derived findings of other inspections
get a new revision, an audit entry and an outbox row, so HQ receives the new texts.

The recognition is frozen knowledge of the 0001-era app: do not change it with later
behaviour.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from . import hlc
from .audit import GENESIS_HASH, entry_hash
from .checklists import (
    ItemDef,
    TemplateDef,
    TemplateError,
    inherit_finding_texts,
    load_templates,
    template_from_document,
)
from .rules import (
    CHILD_LABOUR_TEXTS,
    MIN_WAGE_TEXTS,
    ProposedFinding,
    not_met_texts,
    propose_for_answer,
    propose_for_indicators,
)
from .types import canonical_json

__all__ = ["FROZEN_STATUSES", "LegacyFinding", "NewTexts", "derive", "rederive_findings"]

GROUPS = ("title", "description", "required_action")
FROZEN_STATUSES = frozenset({"signed", "submitted", "approved"})
ACTOR = "migration-0002"

# What the 0001-era app wrote by itself.
OLD_RULE_TITLES: Mapping[str, tuple[str, str]] = {
    "child_age": ("Child under 15 employed", "จ้างเด็กอายุต่ำกว่า 15 ปี"),
    "min_wage": ("Wage below the legal minimum", "ค่าจ้างต่ำกว่าอัตราค่าจ้างขั้นต่ำ"),
    "forced_labour": ("Possible forced labour or human trafficking", "อาจเป็นการบังคับใช้แรงงานหรือการค้ามนุษย์"),
}
OLD_STOCK_ACTIONS = frozenset({"แก้ไขให้ถูกต้องตามกฎหมาย / Correct as the law requires"})  # demo data


def _is_thai(value: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in value)


def by_script(value: str | None) -> dict[str, str | None]:
    """A one-language text under its language; "ไทย / English" pairs split in two."""
    if not value:
        return {"th": None, "en": None}
    left, sep, right = value.partition(" / ")
    if sep and _is_thai(left) and not _is_thai(right):
        return {"th": left.strip(), "en": right.strip()}
    return {"th": value, "en": None} if _is_thai(value) else {"th": None, "en": value}


def _old_item_description(item: ItemDef, value: Any) -> tuple[str, str]:
    en = f"Checklist item {item.code} was answered non-compliant."
    th = f"รายการตรวจ {item.code} ไม่เป็นไปตามกฎหมาย"
    chosen = item.choice(value) if isinstance(value, str) else None
    if chosen is not None:
        en += f" Answer: {chosen.label['en']}."
        th += f" คำตอบ: {chosen.label['th']}"
    return en, th


@dataclass
class LegacyFinding:
    """The 0001-era texts of one finding, and what it was about."""

    rule: str | None
    item: ItemDef | None
    title: str | None
    description: str | None
    required_action: str | None
    answer: tuple[str, Any] | None = None  # (result, value) of its item, as recorded now
    place: Mapping[str, Any] = field(default_factory=dict)  # province_code, district_code, on_date


@dataclass
class NewTexts:
    columns: dict[str, str | None]
    edited: list[str]
    rederived: bool
    deadline_days: int | None = None


def _current(legacy: LegacyFinding) -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str], int | None] | None:
    """Title, description, action and days a finding like this one gets today."""
    item, rule = legacy.item, legacy.rule
    if rule == "forced_labour":
        proposal = propose_for_indicators(["retention_of_documents", "debt_bondage"])
        assert proposal is not None
        return proposal.title, {}, proposal.required_action, proposal.deadline_days
    proposal: ProposedFinding | None = None
    if item is not None and legacy.answer is not None:
        result, value = legacy.answer
        if result not in ("compliant", "non_compliant", "not_applicable", "not_checked"):
            result = "non_compliant"
        proposal = propose_for_answer(item, "non_compliant" if result in ("not_checked", "not_applicable") else result,
                                      value, **legacy.place)
    if proposal is not None and proposal.rule == (rule or "item"):
        return proposal.title, proposal.description, proposal.required_action, proposal.deadline_days
    value = legacy.answer[1] if legacy.answer else None
    texts = None
    if rule in ("child_age", "min_wage"):
        texts = (item.finding if item else None) or (CHILD_LABOUR_TEXTS if rule == "child_age" else MIN_WAGE_TEXTS)
    elif item is not None:
        texts = (item.finding_texts(value) if item.makes_findings else None) or not_met_texts(item, value)
    if texts is None:
        return None
    return texts.violation, {}, texts.action, texts.deadline_days


def _app_wrote(group: str, stored: str | None, legacy: LegacyFinding,
               current_description: Mapping[str, str]) -> tuple[bool, dict[str, str | None]]:
    """Whether the app wrote ``stored``, and (if so) the same words in both languages."""
    if not stored:
        return True, {"th": None, "en": None}
    item = legacy.item
    if group == "title":
        pairs = []
        if item is not None:
            pairs.append((item.label.get("en"), item.label.get("th")))
        if legacy.rule in OLD_RULE_TITLES:
            pairs.append(OLD_RULE_TITLES[legacy.rule])
    elif group == "description":
        pairs = []
        if item is not None:
            value = legacy.answer[1] if legacy.answer else None
            pairs.append(_old_item_description(item, value))
            pairs.append((item.label.get("en"), item.label.get("th")))  # demo data put the Thai label here
        if current_description:
            pairs.append((current_description.get("en"), current_description.get("th")))
    else:
        if stored in OLD_STOCK_ACTIONS:
            return True, by_script(stored)
        pairs = []
    for en, th in pairs:
        if stored in (en, th):
            return True, {"th": th, "en": en}
    return False, by_script(stored)


def derive(legacy: LegacyFinding, *, frozen: bool) -> NewTexts:
    """The Thai and English columns for one 0001-era finding (see the module docstring)."""
    current = _current(legacy)
    title, description, action, days = current if current else ({}, {}, {}, None)
    new_by_group = {"title": title, "description": description, "required_action": action}
    columns: dict[str, str | None] = {}
    edited: list[str] = []
    rederived = False
    for group in GROUPS:
        stored = getattr(legacy, group)
        wrote, kept = _app_wrote(group, stored, legacy, description)
        if not wrote:
            edited.append(group)
            chosen = kept
        elif frozen or current is None:
            chosen = kept  # the signed words (or nothing to derive): both languages of them
        else:
            new = new_by_group[group]
            chosen = {"th": new.get("th") or None, "en": new.get("en") or None}
            rederived = rederived or chosen != kept
        if group == "description" and wrote and chosen == {"th": columns["title_th"], "en": columns["title_en"]}:
            chosen = {"th": None, "en": None}  # the demo data's label-as-description only repeated the title
        columns[f"{group}_th"], columns[f"{group}_en"] = chosen["th"], chosen["en"]
    if not (columns["title_th"] or columns["title_en"]):
        columns["title_en"] = legacy.item.code if legacy.item else "Finding"
    return NewTexts(columns, edited, rederived, None if frozen else days)


# --------------------------------------------------------------------------- the data step


def _json(value: str | None, default: Any) -> Any:
    return default if value is None else json.loads(value)


def _templates(conn: Connection, shipped: list[TemplateDef]) -> dict[str, TemplateDef]:
    rows = conn.execute(text("SELECT id, code, version, document FROM checklist_templates")).all()
    built = {r.id: template_from_document(json.loads(r.document), f"{r.code}.v{r.version}") for r in rows}
    donors = [*built.values(), *shipped]
    return {template_id: inherit_finding_texts(t, donors) for template_id, t in built.items()}


class _Log:
    """Revision, audit entry and outbox row for a changed finding, as the write path makes them."""

    def __init__(self, conn: Connection):
        self.conn = conn
        device = conn.execute(text("SELECT id, last_seq, last_hlc FROM devices WHERE is_local = 1")).first()
        self.device = device
        last = conn.execute(text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")).first()
        self.seq, self.prev = (last.seq, last.hash) if last else (0, GENESIS_HASH)
        self.last_seq = device.last_seq if device else 0
        self.last_hlc = device.last_hlc if device else ""

    def record(self, finding_id: str, base_rev: int, rev: int, fields: dict[str, Any], at: str) -> str:
        """A re-derived finding: a new revision, queued for HQ and audited."""
        assert self.device is not None
        self.last_hlc = stamp = hlc.tick(self.last_hlc, hlc.node_of(self.device.id))
        fields = {**fields, "hlc": stamp}
        body = canonical_json(fields)
        self.last_seq += 1
        self.conn.execute(text(
            "INSERT INTO outbox (seq, op_id, entity, entity_id, action, base_rev, rev, hlc, fields, attachment_refs,"
            " created_at, state, attempts) VALUES (:seq, :op_id, 'findings', :id, 'update', :base, :rev, :hlc,"
            " :fields, '[]', :at, 'pending', 0)"),
            {"seq": self.last_seq, "op_id": f"{self.device.id}:{self.last_seq}", "id": finding_id, "base": base_rev,
             "rev": rev, "hlc": stamp, "fields": body, "at": at})
        self._audit(finding_id, "update", rev, stamp, body, at)
        return stamp

    def reshaped(self, finding_id: str, rev: int, fields: dict[str, Any], at: str) -> None:
        """A finding whose words stay as they were (signed, or all the inspector's own) but whose
        columns changed shape: audited as it now stands, so `check` sees no tampering; no new
        revision and nothing for HQ, which keeps what was signed."""
        self._audit(finding_id, "reshape", rev, fields["hlc"], canonical_json(fields), at)

    def _audit(self, finding_id: str, action: str, rev: int, stamp: str, body: str, at: str) -> None:
        assert self.device is not None
        self.seq += 1
        entry = {"seq": self.seq, "at": at, "actor": ACTOR, "device_id": self.device.id, "entity": "findings",
                 "entity_id": finding_id, "action": action, "rev": rev, "hlc": stamp,
                 "fields_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(), "prev_hash": self.prev}
        entry["hash"] = self.prev = entry_hash(entry)
        self.conn.execute(text(
            "INSERT INTO audit_entries (seq, at, actor, device_id, entity, entity_id, action, rev, hlc, fields_sha256,"
            " prev_hash, hash) VALUES (:seq, :at, :actor, :device_id, :entity, :entity_id, :action, :rev, :hlc,"
            " :fields_sha256, :prev_hash, :hash)"), entry)

    def close(self) -> None:
        if self.device is not None:
            self.conn.execute(text("UPDATE devices SET last_seq = :seq, last_hlc = :hlc WHERE id = :id"),
                              {"seq": self.last_seq, "hlc": self.last_hlc, "id": self.device.id})


WIRE_COLUMNS = (
    "id", "rev", "created_at", "updated_at", "hlc", "inspection_id", "item_code", "rule", "legal_refs", "title_th",
    "title_en", "description_th", "description_en", "severity", "workers_affected", "evidence", "required_action_th",
    "required_action_en", "deadline", "status", "referral_target", "edited_texts",
)
JSON_COLUMNS = frozenset({"legal_refs", "evidence", "edited_texts"})


def rederive_findings(conn: Connection, shipped: Iterable[TemplateDef] | None = None) -> dict[str, int]:
    """Fill the Thai and English columns of every finding; counts of what was done.

    Runs inside migration 0002, after the new columns exist and before the old ones go.
    """
    if shipped is None:
        try:
            shipped = load_templates()
        except TemplateError:
            shipped = []
    templates = _templates(conn, list(shipped))
    inspections = {
        r.id: r for r in conn.execute(text(
            "SELECT i.id, i.status, i.template_id, i.visit_date, e.province_code, e.district_code "
            "FROM inspections i JOIN establishments e ON e.id = i.establishment_id"))
    }
    extra: dict[str, list[str]] = {}
    for r in conn.execute(text("SELECT inspection_id, template_id FROM inspection_templates ORDER BY position")):
        extra.setdefault(r.inspection_id, []).append(r.template_id)
    answers = {(r.inspection_id, r.item_code): (r.result, r.value) for r in conn.execute(text(
        "SELECT inspection_id, item_code, result, value FROM checklist_answers"))}
    log = _Log(conn)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    counts = {"findings": 0, "rederived": 0, "kept_as_signed": 0, "edited_texts_kept": 0}
    rows = conn.execute(text("SELECT * FROM findings ORDER BY created_at, id")).mappings().all()
    for row in rows:
        counts["findings"] += 1
        inspection = inspections[row["inspection_id"]]
        items: dict[str, ItemDef] = {}
        for template_id in [inspection.template_id, *extra.get(inspection.id, [])]:
            template = templates.get(template_id)
            if template is not None:
                for item in template.items():
                    items.setdefault(item.code, item)
        visit = date.fromisoformat(inspection.visit_date)
        legacy = LegacyFinding(
            rule=row["rule"], item=items.get(row["item_code"] or ""), title=row["title"],
            description=row["description"], required_action=row["required_action"],
            answer=answers.get((inspection.id, row["item_code"])),
            place={"province_code": inspection.province_code, "district_code": inspection.district_code,
                   "on_date": visit},
        )
        frozen = inspection.status in FROZEN_STATUSES
        new = derive(legacy, frozen=frozen)
        values = dict(new.columns)
        values["edited_texts"] = json.dumps(sorted(new.edited), ensure_ascii=False, sort_keys=True,
                                            separators=(",", ":"))
        deadline = row["deadline"]
        if new.rederived and deadline is None and new.deadline_days is not None:
            deadline = (visit + timedelta(days=new.deadline_days)).isoformat()
        values["deadline"] = deadline
        counts["edited_texts_kept"] += bool(new.edited)
        rev, updated_at, stamp = row["rev"], row["updated_at"], row["hlc"]
        if new.rederived:
            counts["rederived"] += 1
            rev, updated_at = row["rev"] + 1, now
        wire = {key: row.get(key) for key in WIRE_COLUMNS}
        wire.update(values, rev=rev, updated_at=updated_at, hlc=stamp)
        for key in JSON_COLUMNS:
            wire[key] = _json(wire[key], [])
        if new.rederived:
            stamp = log.record(row["id"], row["rev"], rev, wire, now)
        else:
            counts["kept_as_signed"] += frozen
            log.reshaped(row["id"], rev, wire, now)
        conn.execute(text(
            "UPDATE findings SET title_th = :title_th, title_en = :title_en, description_th = :description_th, "
            "description_en = :description_en, required_action_th = :required_action_th, "
            "required_action_en = :required_action_en, edited_texts = :edited_texts, deadline = :deadline, "
            "rev = :rev, updated_at = :updated_at, hlc = :hlc WHERE id = :id"),
            {**values, "rev": rev, "updated_at": updated_at, "hlc": stamp, "id": row["id"]})
    log.close()
    return counts
