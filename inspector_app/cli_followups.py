"""`inspector-app followups`: findings due and overdue, and planned follow-up visits, by due date.

    inspector-app followups --data-dir D [--overdue] [--json] [--district CODE] [--within DAYS]

Exit 0 when the list was made (even an empty one: nothing due is good news, not an error); 5 and
one line on stderr for a bad district, 2 for a bad option or a wrong passphrase, 1 for a missing
data dir.

The JSON has stable keys: {"today", "within_days", "district", "overdue_only", "findings": [...],
"visits": [...]}; each finding and visit names its inspection, establishment and source ("laptop":
this laptop's record; "hq": another laptop's visit HQ published).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from .cli_support import CommandAdder, open_store
from .i18n.english import count_noun


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"expected a whole number of days from 0 to 3650, got {text!r}")
    return value


def _place(place: Any) -> dict[str, Any]:
    return {"establishment_id": place.establishment_id, "establishment": place.name_en or place.name_th,
            "establishment_th": place.name_th, "province_code": place.province_code,
            "district_code": place.district_code}


def as_json(worklist: Any) -> dict[str, Any]:
    return {
        "today": worklist.today.isoformat(),
        "within_days": worklist.within_days,
        "district": worklist.district,
        "overdue_only": worklist.overdue_only,
        "findings": [{
            "finding_id": f.finding_id, "inspection_id": f.inspection_id, "reference": f.reference,
            "visit_date": f.visit_date, **_place(f.place), "item_code": f.item_code, "title_th": f.title_th,
            "title_en": f.title_en, "severity": f.severity, "deadline": f.deadline.isoformat(), "overdue": f.overdue,
            "days_overdue": f.days_overdue, "status": f.status, "last_outcome": f.last_outcome, "source": f.source,
            "follow_up_id": f.follow_up_id,
        } for f in worklist.findings],
        "visits": [{
            "inspection_id": v.inspection_id, "reference": v.reference, "visit_date": v.visit_date, **_place(v.place),
            "follow_up_date": v.follow_up_date.isoformat(), "overdue": v.overdue, "days_overdue": v.days_overdue,
            "open_findings": v.open_findings, "source": v.source,
        } for v in worklist.visits],
    }


def _when(days_overdue: int) -> str:
    if days_overdue > 0:
        return f"{count_noun(days_overdue, 'day')} overdue"
    if days_overdue == 0:
        return "due today"
    return f"due in {count_noun(-days_overdue, 'day')}"


def cmd_followups(args: argparse.Namespace) -> int:
    from .core.views.followups import worklist

    with open_store(args) as store:
        result = worklist(store, today=args.today, within_days=args.within, district=args.district,
                          overdue_only=args.overdue)
    if args.json:
        json.dump(as_json(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    scope = "overdue" if args.overdue else ("overdue or due by the next day" if result.within_days == 1
                                           else f"overdue or due by the next {result.within_days} days")
    where = f" in district {result.district}" if result.district else ""
    print(f"Follow-ups {scope}{where}, as of {result.today.isoformat()}:")
    late = sum(1 for f in result.findings if f.overdue)
    print(f"\nFindings ({len(result.findings)}, {late} overdue):")
    if not result.findings:
        print("  none")
    for f in result.findings:
        from_hq = "  [HQ]" if f.source == "hq" else ""
        verifying = "  (being verified)" if f.follow_up_id else ""
        print(f"  {f.deadline.isoformat()}  {_when(f.days_overdue):<22} {f.severity}  {f.reference:<22} "
              f"{f.item_code or '-':<14} {f.title_en or f.title_th or ''} - {f.place.name_en or f.place.name_th}"
              f"{from_hq}{verifying}")
    late = sum(1 for v in result.visits if v.overdue)
    print(f"\nPlanned follow-up visits ({len(result.visits)}, {late} overdue):")
    if not result.visits:
        print("  none")
    for v in result.visits:
        from_hq = "  [HQ]" if v.source == "hq" else ""
        print(f"  {v.follow_up_date.isoformat()}  {_when(v.days_overdue):<22} {v.reference:<22} "
              f"{count_noun(v.open_findings, 'open finding')} - {v.place.name_en or v.place.name_th}{from_hq}")
    return 0


def register(command: CommandAdder) -> None:
    sub = command("followups", cmd_followups, "findings due and overdue, and planned follow-up visits, by due date")
    sub.add_argument("--overdue", action="store_true", help="only what is past its date")
    sub.add_argument("--json", action="store_true", help="print JSON (stable keys) instead of a list")
    sub.add_argument("--district", help="only this district (four-digit DOPA code, e.g. 6306 for Mae Sot)")
    sub.add_argument("--within", type=_days, default=30, metavar="DAYS",
                     help="look ahead this many days for what is due (default: %(default)s)")
    sub.add_argument("--today", type=_date, help=argparse.SUPPRESS)  # tests and what-if: the day to count from
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

