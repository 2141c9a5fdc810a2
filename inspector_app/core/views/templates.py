"""Checklist templates as screens choose them: per code, the version in force on a day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..models import ChecklistTemplate

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    id: str
    code: str
    version: int
    kind: str  # base | addon | module
    sector: str
    title: Mapping[str, str]


def templates_in_force(store: Store, on: date) -> tuple[TemplateChoice, ...]:
    """Per template code, the newest version in force on `on` (else simply the newest version), by code."""
    with store.session() as session:
        rows = session.execute(select(
            ChecklistTemplate.id, ChecklistTemplate.code, ChecklistTemplate.version, ChecklistTemplate.kind,
            ChecklistTemplate.sector, ChecklistTemplate.title, ChecklistTemplate.effective_from,
            ChecklistTemplate.effective_to).order_by(ChecklistTemplate.code, ChecklistTemplate.version)).all()
    by_code: dict[str, list[Any]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row)
    chosen = []
    for versions in by_code.values():
        in_force = [t for t in versions if t.effective_from <= on and (t.effective_to is None or t.effective_to >= on)]
        t = (in_force or versions)[-1]
        chosen.append(TemplateChoice(t.id, t.code, t.version, t.kind, t.sector, dict(t.title or {})))
    return tuple(chosen)


def template_count(store: Store) -> int:
    """How many template versions the store holds."""
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(ChecklistTemplate)) or 0
