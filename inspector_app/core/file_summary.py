"""What an establishment's file says about its visits (pure: no database, no Qt).

Open findings with their deadlines, repeated violations (the same checklist item cited at two or
more visits), the last S1 finding, and the workforce and nationality mix over time. The laptop's
view (core/views/establishment_file.py) and HQ's (hq/establishment_files.py) both call it with
visits in the form HQ publishes them (sync.protocol.VisitSummary, as JSON), so both say the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

SEVERITY_ORDER = {"S1": 0, "S2": 1, "S3": 2, "S4": 3}


@dataclass(frozen=True)
class FileFinding:
    finding_id: str
    inspection_id: str
    reference: str
    visit_date: str
    item_code: str | None
    title_th: str | None
    title_en: str | None
    legal_refs: tuple[str, ...]
    severity: str
    deadline: str | None
    status: str
    last_outcome: str | None  # the latest verification's outcome, if any
    last_verified_on: str | None  # its follow-up's visit date
    source: str  # "laptop" (this laptop's record) or "hq" (published by HQ)

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.deadline is not None and self.deadline < today.isoformat()


@dataclass(frozen=True)
class CitedVisit:
    inspection_id: str
    reference: str
    visit_date: str
    status: str  # the finding's status at that visit


@dataclass(frozen=True)
class RepeatedItem:
    item_code: str
    title_th: str | None
    title_en: str | None
    severity: str  # the most serious cited
    visits: tuple[CitedVisit, ...]  # oldest first

    @property
    def times(self) -> int:
        return len(self.visits)


@dataclass(frozen=True)
class WorkforcePoint:
    inspection_id: str
    reference: str
    visit_date: str
    male: int
    female: int
    under18: int
    by_nationality: tuple[tuple[str, int], ...]  # (ISO country code, workers), most first

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class FileSummary:
    open_findings: tuple[FileFinding, ...]  # by deadline (none last), then severity
    repeated: tuple[RepeatedItem, ...]  # most often cited first
    last_s1: FileFinding | None
    workforce: tuple[WorkforcePoint, ...]  # oldest first


def _visit_key(visit: Mapping[str, Any]) -> tuple[str, str]:
    return (str(visit.get("visit_date") or ""), str(visit.get("reference") or ""))


def findings_of(visit: Mapping[str, Any], source: str) -> list[FileFinding]:
    out = []
    for f in visit.get("findings") or []:
        last = f.get("last_verification") or {}
        out.append(FileFinding(
            finding_id=str(f["id"]), inspection_id=str(visit["inspection_id"]), reference=str(visit.get("reference")),
            visit_date=str(visit.get("visit_date")), item_code=f.get("item_code"), title_th=f.get("title_th"),
            title_en=f.get("title_en"), legal_refs=tuple(f.get("legal_refs") or ()), severity=str(f.get("severity")),
            deadline=f.get("deadline"), status=str(f.get("status") or "open"), last_outcome=last.get("outcome"),
            last_verified_on=last.get("visit_date"), source=source))
    return out


def summarise(visits: Iterable[tuple[Mapping[str, Any], str]]) -> FileSummary:
    """`visits`: (visit summary, source) pairs, in any order."""
    ordered = sorted(visits, key=lambda pair: _visit_key(pair[0]))
    findings = [f for visit, source in ordered for f in findings_of(visit, source)]

    open_findings = sorted((f for f in findings if f.status == "open"),
                           key=lambda f: (f.deadline is None, f.deadline or "", SEVERITY_ORDER.get(f.severity, 9),
                                          f.visit_date, f.reference))

    cited: dict[str, list[FileFinding]] = {}
    for f in findings:
        if f.item_code:
            cited.setdefault(f.item_code, []).append(f)
    repeated = []
    for code, items in cited.items():
        by_visit: dict[str, FileFinding] = {}
        for f in items:
            by_visit.setdefault(f.inspection_id, f)
        if len(by_visit) < 2:
            continue
        latest = items[-1]
        repeated.append(RepeatedItem(
            code, latest.title_th, latest.title_en, min((f.severity for f in items), key=lambda s: SEVERITY_ORDER.get(s, 9)),
            tuple(CitedVisit(f.inspection_id, f.reference, f.visit_date, f.status) for f in by_visit.values())))
    repeated.sort(key=lambda r: (-r.times, SEVERITY_ORDER.get(r.severity, 9), r.item_code))

    s1 = [f for f in findings if f.severity == "S1"]
    last_s1 = max(s1, key=lambda f: (f.visit_date, f.reference)) if s1 else None
    if last_s1 is not None:  # the first S1 of that visit, as it was recorded
        last_s1 = next(f for f in s1 if f.inspection_id == last_s1.inspection_id)

    workforce = []
    for visit, _source in ordered:
        w = visit.get("workforce") or {}
        nationalities = sorted(((str(k), int(v or 0)) for k, v in (w.get("by_nationality") or {}).items()),
                               key=lambda kv: (-kv[1], kv[0]))
        workforce.append(WorkforcePoint(str(visit["inspection_id"]), str(visit.get("reference")),
                                        str(visit.get("visit_date")), int(w.get("male") or 0),
                                        int(w.get("female") or 0), int(w.get("under18") or 0), tuple(nationalities)))
    return FileSummary(tuple(open_findings), tuple(repeated), last_s1, tuple(workforce))
