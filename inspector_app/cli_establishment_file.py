"""`inspector-app establishment-file`: the file of a workplace as this laptop knows it.

    inspector-app establishment-file ID --data-dir D [--json]

ID is an establishment id, or the id or reference of an inspection made there (this laptop's, or
one HQ published). The file holds this laptop's visits and those HQ published for the
establishment files of the laptop's provinces (never sealed content), open findings with their
deadlines, repeated violations, the last S1 finding and the workforce over time. Exit 0 with the
file; 4 and one line on stderr when nothing here has that id.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from .cli_support import CommandAdder, open_store
from .i18n.english import count_noun


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _open_file(store: Any, key: str, today: date | None) -> Any:
    from sqlalchemy import select

    from .core.errors import NotFound
    from .core.models import Establishment, Inspection
    from .core.views.establishment_file import establishment_file, file_of_inspection

    with store.session() as session:
        if session.get(Establishment, key) is not None:
            return establishment_file(store, key, today=today)
        by_reference = session.scalar(select(Inspection.id).where(Inspection.reference == key))
    try:
        return file_of_inspection(store, by_reference or key, today=today)
    except NotFound:
        raise NotFound(f"No establishment or inspection {key!r} on this laptop or published by HQ.") from None


def as_json(file: Any) -> dict[str, Any]:
    out = asdict(replace(file, title_labels={}))  # the screens' translations of titles: the JSON keeps Thai and English
    del out["title_labels"]
    out["today"] = file.today.isoformat()
    out["overdue"] = [f.finding_id for f in file.overdue()]
    for row in out["repeated"]:
        row["times"] = len(row["visits"])
    for row in out["workforce"]:
        row["total"] = row["male"] + row["female"]
        row["by_nationality"] = dict(row["by_nationality"])
    return out


def _finding_line(f: Any, today: date) -> str:
    late = "  OVERDUE" if f.overdue(today) else ""
    seen = f"  last checked {f.last_verified_on}: {f.last_outcome}" if f.last_outcome else ""
    from_hq = "  [HQ]" if f.source == "hq" else ""
    return (f"  {f.deadline or 'no deadline':<11} {f.severity}  {f.reference:<22} {f.item_code or '-':<10} "
            f"{f.title_en or f.title_th or ''}{late}{seen}{from_hq}")


def cmd_establishment_file(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        file = _open_file(store, args.id, args.today)
    if args.json:
        json.dump(as_json(file), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    h = file.header
    names = " / ".join(n for n in (h.name_th, h.name_en) if n)
    print(f"{names}  (reg. {h.registration_no or '-'}, district {h.district_code or '-'})")
    if h.establishment_id is None:
        print("  This laptop has no record of its own of this workplace: what HQ published is shown.")
    if h.records_elsewhere:
        print(f"  HQ counts {count_noun(h.records_elsewhere, 'record')} made on other laptops as this workplace.")
    print(f"\nVisits ({len(file.visits)}), newest first:")
    for v in file.visits:
        extra = [f"{count_noun(v.findings, 'finding')}, {v.open_findings} open"]
        if v.verified:
            extra.append(f"checked {count_noun(v.verified, 'earlier finding')}")
        if v.followed_by:
            extra.append(f"followed by {', '.join(v.followed_by)}")
        elif v.follow_up_date:
            extra.append(f"follow-up planned {v.follow_up_date}")
        from_hq = "  [HQ]" if v.source == "hq" else ""
        print(f"  {v.visit_date}  {v.reference:<22} {v.visit_type:<18} {v.status:<10} {'; '.join(extra)}{from_hq}")
    late = len(file.overdue())
    print(f"\nOpen findings ({len(file.open_findings)}, {late} overdue), by deadline:")
    for f in file.open_findings:
        print(_finding_line(f, file.today))
    if not file.open_findings:
        print("  none")
    print(f"\nRepeated violations ({len(file.repeated)}):")
    for r in file.repeated:
        print(f"  {r.item_code:<10} {r.severity}  cited at {r.times} visits "
              f"({', '.join(c.reference for c in r.visits)})  {r.title_en or r.title_th or ''}")
    if not file.repeated:
        print("  none")
    s1 = file.last_s1
    print("\nLast S1 finding: " + ("none" if s1 is None else
                                   f"{s1.visit_date} {s1.reference} {s1.item_code or ''} "
                                   f"{s1.title_en or s1.title_th or ''} ({s1.status})"))
    print("\nWorkforce over time:")
    for w in file.workforce:
        mix = ", ".join(f"{code} {n}" for code, n in w.by_nationality) or "-"
        print(f"  {w.visit_date}  {w.total:>5} workers ({w.male} men, {w.female} women, {w.under18} under 18)  {mix}")
    return 0


def register(command: CommandAdder) -> None:
    sub = command("establishment-file", cmd_establishment_file,
                  "a workplace's file: every visit (this laptop's and HQ's), open findings, repeats, last S1")
    sub.add_argument("id", help="establishment id, or the id or reference of an inspection made there")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a report")
    sub.add_argument("--today", type=_date, help=argparse.SUPPRESS)  # tests and what-if: the day to count from
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")
