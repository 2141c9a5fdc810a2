"""`inspector-hq` commands for establishment files: which records are one workplace, which laptops get which.

    inspector-hq establishments --db URL [--province P] [--json]        groups of establishment records
    inspector-hq merge-establishments --db URL ID ID... [--by USER] [--note TEXT]
    inspector-hq split-establishment --db URL ID [--by USER] [--note TEXT]
    inspector-hq device-provinces --db URL DEVICE [--set 63,74 | --clear]
    inspector-hq establishment-file --db URL ID [--json]                 every visit HQ holds of a workplace
    inspector-hq followups --db URL [--province P] [--district D] [--overdue] [--within N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from ..i18n.english import count_noun

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _database(args: argparse.Namespace) -> Any:
    from .bootstrap import open_database

    return open_database(args.db)


def cmd_establishments(args: argparse.Namespace) -> int:
    from .establishment_admin import list_groups

    db = _database(args)
    try:
        groups = list_groups(db, province=args.province)
    finally:
        db.dispose()
    if args.json:
        json.dump([{"group_id": g.group_id, "province_code": g.province_code,
                    "records": [{"establishment_id": m.establishment_id, "name_th": m.name_th, "name_en": m.name_en,
                                 "registration_no": m.registration_no, "social_security_no": m.social_security_no,
                                 "subdistrict_code": m.subdistrict_code, "rule": m.rule, "decided_by": m.decided_by,
                                 "device": m.device_name} for m in g.members]} for g in groups],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not groups:
        print("No establishment records at HQ" + (f" in province {args.province}." if args.province else "."))
    for g in groups:
        print(f"{g.group_id}  province {g.province_code or '?'}  {count_noun(len(g.members), 'record')}")
        for m in g.members:
            who = f" by {m.decided_by}" if m.decided_by else ""
            print(f"    {m.establishment_id}  {m.name_th:<30} reg {m.registration_no or '-':<15} "
                  f"{m.rule}{who}  (laptop {m.device_name})")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from .establishment_admin import merge
    from .users import find_reviewer

    db = _database(args)
    try:
        by = find_reviewer(db, args.by)
        outcome = merge(db, args.ids, by.display_name, args.note)
    finally:
        db.dispose()
    print(f"Merged into workplace {outcome.group_id} as {by.display_name}: {count_noun(outcome.moved, 'record')} "
          "moved; "
          "laptops of its province receive the joined file at their next sync.")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from .establishment_admin import split
    from .users import find_reviewer

    db = _database(args)
    try:
        by = find_reviewer(db, args.by)
        group_id = split(db, args.id, by.display_name, args.note)
    finally:
        db.dispose()
    print(f"Establishment record {args.id} is now a workplace of its own ({group_id}), as {by.display_name}; "
          "HQ will not match it again by itself.")
    return 0


def cmd_device_provinces(args: argparse.Namespace) -> int:
    from .device_provinces import device_provinces, parse_codes

    codes = parse_codes(args.set) if args.set is not None else None
    db = _database(args)
    try:
        shown = device_provinces(db, args.device, codes=codes, clear=args.clear)
    finally:
        db.dispose()
    derived = ",".join(shown.derived) or "none"
    chosen = ",".join(shown.override) if shown.override is not None else "none (the derived provinces apply)"
    print(f"Laptop {shown.device_name} ({shown.device_id})")
    print(f"  from its establishments: {derived}")
    print(f"  set by an admin:         {chosen}")
    print(f"  receives files of:       {','.join(shown.receiving) or 'none'}")
    return 0


def cmd_establishment_file(args: argparse.Namespace) -> int:
    from .establishment_files import establishment_file

    db = _database(args)
    try:
        file = establishment_file(db, args.id)
    finally:
        db.dispose()
    summary = file.summary
    if args.json:
        json.dump({"group_id": file.group_id, "establishment_ids": list(file.establishment_ids),
                   "establishment": file.establishment, "visits": [v.model_dump(mode="json") for v in file.visits],
                   "repeated": [{"item_code": r.item_code, "times": r.times, "title_en": r.title_en,
                                 "references": [c.reference for c in r.visits]} for r in summary.repeated],
                   "last_s1": None if summary.last_s1 is None else {
                       "finding_id": summary.last_s1.finding_id, "reference": summary.last_s1.reference,
                       "item_code": summary.last_s1.item_code, "status": summary.last_s1.status}},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{file.establishment.get('name_th', '')} ({count_noun(len(file.establishment_ids), 'record')}, "
          f"workplace {file.group_id})")
    for v in file.visits:
        still = sum(1 for f in v.findings if f.status == "open")
        print(f"  {v.visit_date}  {v.reference:<22} {v.visit_type:<18} {v.status:<10} "
              f"{count_noun(len(v.findings), 'finding')}, {still} open")
    for r in summary.repeated:
        print(f"  repeated: {r.item_code} at {r.times} visits ({r.title_en or r.title_th or ''})")
    if summary.last_s1 is not None:
        print(f"  last S1: {summary.last_s1.reference} {summary.last_s1.item_code or ''} ({summary.last_s1.status})")
    return 0


def _when(days_overdue: int) -> str:
    if days_overdue > 0:
        return f"{count_noun(days_overdue, 'day')} overdue"
    return "due today" if days_overdue == 0 else f"due in {count_noun(-days_overdue, 'day')}"


def _days(text: str) -> int:
    value = int(text) if text.isdigit() else -1
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"expected a whole number of days from 0 to 3650, got {text!r}")
    return value


def _day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _place(place: Any) -> dict[str, Any]:
    return {"establishment_id": place.establishment_id, "group_id": place.group_id, "establishment_th": place.name_th,
            "establishment": place.name_en or place.name_th, "province_code": place.province_code,
            "district_code": place.district_code, "laptop": place.laptop}


def cmd_followups(args: argparse.Namespace) -> int:
    from .followups import worklist

    db = _database(args)
    try:
        result = worklist(db, today=args.today, within_days=args.within, province=args.province,
                          district=args.district, overdue_only=args.overdue)
    finally:
        db.dispose()
    if args.json:
        json.dump({"today": result.today.isoformat(), "within_days": result.within_days, "province": result.province,
                   "district": result.district, "overdue_only": result.overdue_only,
                   "findings": [{"finding_id": f.finding_id, "inspection_id": f.inspection_id,
                                 "reference": f.reference, "visit_date": f.visit_date, **_place(f.place),
                                 "item_code": f.item_code, "title_th": f.title_th, "title_en": f.title_en,
                                 "severity": f.severity, "deadline": f.deadline.isoformat(), "overdue": f.overdue,
                                 "days_overdue": f.days_overdue, "last_outcome": f.last_outcome}
                                for f in result.findings],
                   "visits": [{"inspection_id": v.inspection_id, "reference": v.reference,
                               "visit_date": v.visit_date, **_place(v.place),
                               "follow_up_date": v.follow_up_date.isoformat(), "overdue": v.overdue,
                               "days_overdue": v.days_overdue, "open_findings": v.open_findings}
                              for v in result.visits]},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    scope = "overdue" if args.overdue else ("overdue or due by the next day" if result.within_days == 1
                                           else f"overdue or due by the next {result.within_days} days")
    where = "".join(f" in {kind} {code}" for kind, code in (("province", result.province),
                                                              ("district", result.district)) if code)
    print(f"Follow-ups {scope}{where}, as of {result.today.isoformat()} (signed visits of every laptop):")
    print(f"\nFindings ({len(result.findings)}, {sum(f.overdue for f in result.findings)} overdue):")
    for f in result.findings:
        checked = f"  (last checked: {f.last_outcome})" if f.last_outcome else ""
        print(f"  {f.deadline.isoformat()}  {_when(f.days_overdue):<22} {f.severity}  {f.reference:<22} "
              f"{f.item_code or '-':<10} {f.title_en or f.title_th or ''} - {f.place.name_en or f.place.name_th}"
              f" [{f.place.laptop or '?'}]{checked}")
    if not result.findings:
        print("  none")
    print(f"\nPlanned follow-up visits ({len(result.visits)}, {sum(v.overdue for v in result.visits)} overdue):")
    for v in result.visits:
        print(f"  {v.follow_up_date.isoformat()}  {_when(v.days_overdue):<22} {v.reference:<22} "
              f"{count_noun(v.open_findings, 'open finding')} - {v.place.name_en or v.place.name_th} "
              f"[{v.place.laptop or '?'}]")
    if not result.visits:
        print("  none")
    return 0


def register(command: Command) -> None:
    sub = command("establishments", cmd_establishments,
                  "list the workplaces HQ counts establishment records as (each laptop makes its own records)")
    sub.add_argument("--province", help="only this province (two-digit code)")
    sub.add_argument("--json", action="store_true")

    sub = command("merge-establishments", cmd_merge,
                  "count the workplaces of these establishment records as one (a supervisor's decision)")
    sub.add_argument("ids", nargs="+", metavar="ID", help="establishment record ids; the first one's workplace stays")
    sub.add_argument("--by", help="the supervisor who decides (default: the only one)")
    sub.add_argument("--note", help="why (kept in the match log)")

    sub = command("split-establishment", cmd_split,
                  "make an establishment record a workplace of its own (a supervisor's decision)")
    sub.add_argument("id", help="establishment record id")
    sub.add_argument("--by", help="the supervisor who decides (default: the only one)")
    sub.add_argument("--note", help="why (kept in the match log)")

    sub = command("device-provinces", cmd_device_provinces,
                  "show or set the provinces whose establishment files a laptop receives")
    sub.add_argument("device", help="device id, laptop id or name")
    choice = sub.add_mutually_exclusive_group()
    choice.add_argument("--set", metavar="CODES", help="these provinces instead of the derived ones, e.g. 63,74")
    choice.add_argument("--clear", action="store_true", help="back to the provinces of its own establishments")

    sub = command("establishment-file", cmd_establishment_file,
                  "every visit HQ holds of the workplace an establishment record belongs to")
    sub.add_argument("id", help="establishment record id")
    sub.add_argument("--json", action="store_true")

    sub = command("followups", cmd_followups,
                  "every laptop's findings due and overdue, and planned follow-up visits, by due date")
    sub.add_argument("--province", help="only this province (two-digit DOPA code, e.g. 63)")
    sub.add_argument("--district", help="only this district (four-digit DOPA code, e.g. 6306)")
    sub.add_argument("--overdue", action="store_true", help="only what is past its date")
    sub.add_argument("--within", type=_days, default=30, metavar="DAYS",
                     help="look ahead this many days for what is due (default: %(default)s)")
    sub.add_argument("--json", action="store_true", help="print JSON (stable keys) instead of a list")
    sub.add_argument("--today", type=_day, help=argparse.SUPPRESS)  # tests and what-if: the day to count from
