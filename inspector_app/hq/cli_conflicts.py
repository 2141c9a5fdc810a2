"""`inspector-hq conflicts` and `inspector-hq resolve`: what waits for a supervisor, and deciding it.

    inspector-hq conflicts --db URL [--json]                         the open versions, oldest first
    inspector-hq conflicts --db URL RECORD [--version ID] [--json] [--decrypt]   one compared field by field
    inspector-hq resolve --db URL RECORD --take FIELD=hq|theirs ... [--all hq|theirs] [--version ID] [--by USER]
    inspector-hq resolve --db URL RECORD --reject [--version ID] [--by USER]     (proposals)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..i18n.english import count_noun
from .errors import HQConfigError

KIND_NAMES = {"stale": "conflict", "proposal": "proposal"}


def _time(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value is not None else "unknown"


def _laptop_time(value: str | None) -> str:
    if not value:
        return "unknown"
    try:
        return _time(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return value


def cmd_conflicts(args: argparse.Namespace, database: Callable[[argparse.Namespace], Any],
                  passphrase: Callable[[], str]) -> int:
    from .conflicts import compare, open_versions

    if args.record is None:
        if args.version is not None or args.decrypt:
            raise HQConfigError("--version and --decrypt need a RECORD to compare.")
        db = database(args)
        try:
            items = open_versions(db)
        finally:
            db.dispose()
        _print_list(items, as_json=args.json)
        return 0
    secret = passphrase() if args.decrypt else None
    db = database(args)
    try:
        keyring = None
        if secret is not None:
            from .evidence import unlock

            keyring = unlock(db, secret)
        comparison = compare(db, args.record, version_id=args.version, keyring=keyring)
    finally:
        db.dispose()
    if keyring is not None:
        print("Warning: sealed testimony is shown in clear below; nothing was unsealed at HQ.", file=sys.stderr)
    _print_comparison(comparison, as_json=args.json)
    return 0


def _print_list(items: list[Any], *, as_json: bool) -> None:
    if as_json:
        json.dump([{"version_id": i.version_id, "kind": KIND_NAMES.get(i.kind, i.kind), "entity": i.entity,
                    "record_id": i.entity_id, "label": i.label, "inspection_reference": i.inspection_reference,
                    "device_id": i.device_id, "device_name": i.device_name, "received_at": i.received_at.isoformat(),
                    "base_rev": i.base_rev, "hq_rev": i.hq_rev, "replaces_older": i.replaces,
                    "differing_fields": list(i.differing)} for i in items],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    if not items:
        print("Nothing waits for a supervisor: no open conflicts or proposals.")
        return
    for i in items:
        older = f"; replaces {count_noun(i.replaces, 'older version')}" if i.replaces else ""
        print(f"{i.version_id:>5}  {KIND_NAMES.get(i.kind, i.kind):<8}  {i.entity_id}  {i.label}")
        print(f"       from laptop {i.device_name}, {_time(i.received_at)}; made on revision {i.base_rev}, HQ holds "
              f"{i.hq_rev}; differs in: {', '.join(i.differing) or 'nothing'}{older}")


def _side(author: Any) -> str:
    people = f"; inspectors: {', '.join(author.inspectors)}" if author.inspectors else ""
    if author.device_id is None:
        return (f"written at HQ by {author.resolved_by} (resolution {author.resolution_id}), "
                f"{_time(author.received_at)}{people}")
    return (f"laptop {author.device_name}, received {_time(author.received_at)}, changed on the laptop "
            f"{_laptop_time(author.changed_at)}{people}")


def _shown(diff: Any, side: int) -> str:
    from .conflicts import display_value

    if diff.opened is not None:
        return display_value(diff.opened[side]) + "  (opened)"
    value = display_value(diff.hq if side == 0 else diff.theirs)
    return value + (f"  (cannot be opened: {diff.open_problem})" if diff.open_problem else "")


def _print_comparison(c: Any, *, as_json: bool) -> None:
    if as_json:
        def author(a: Any) -> dict[str, Any]:
            return {"rev": a.rev, "device_id": a.device_id, "device_name": a.device_name, "op_id": a.op_id,
                    "received_at": a.received_at.isoformat() if a.received_at else None, "changed_at": a.changed_at,
                    "inspectors": list(a.inspectors), "resolution_id": a.resolution_id, "resolved_by": a.resolved_by}

        json.dump({"version_id": c.version_id, "kind": KIND_NAMES.get(c.kind, c.kind), "entity": c.entity,
                   "record_id": c.entity_id, "label": c.label, "owner_device": c.owner_device_name,
                   "hq_rev": c.hq_rev, "base_rev": c.base_rev, "hq": author(c.hq), "theirs": author(c.theirs),
                   "differing": [{"field": d.name, "sealed": d.sealed, "hq": d.opened[0] if d.opened else d.hq,
                                  "theirs": d.opened[1] if d.opened else d.theirs, "opened": d.opened is not None}
                                 for d in c.differing],
                   "same": list(c.same), "replaces": list(c.replaces), "others_open": list(c.others_open)},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    what = "Conflict" if c.kind == "stale" else "Proposal"
    print(f"{what} on {c.label} (record {c.entity_id}), version {c.version_id}; owned by laptop {c.owner_device_name}")
    print(f"  hq     (revision {c.hq_rev}): {_side(c.hq)}")
    print(f"  theirs (made on revision {c.base_rev}): {_side(c.theirs)}")
    if c.replaces:
        older = "an older open version" if len(c.replaces) == 1 else "older open versions"
        print(f"  replaces {older} of the same laptop: {', '.join(map(str, c.replaces))}")
    if c.others_open:
        print(f"  other laptops' open versions (decided on their own): {', '.join(map(str, c.others_open))}")
    if not c.differing:
        print("  The two versions hold the same values.")
    for d in c.differing:
        print(f"  {d.name}" + ("  [sealed testimony]" if d.sealed else ""))
        print(f"      hq:     {_shown(d, 0)}")
        print(f"      theirs: {_shown(d, 1)}")
    if c.same:
        print(f"  Same in both: {', '.join(c.same)}")
    if c.kind == "stale":
        print(f"Decide with: inspector-hq resolve --db URL {c.entity_id} --version {c.version_id} "
              "--take FIELD=hq|theirs ... (every field that differs)")
    else:
        print(f"Decide with: inspector-hq resolve --db URL {c.entity_id} --version {c.version_id} "
              "--take FIELD=theirs ... (fields to accept) or --reject")


def _parse_takes(takes: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for item in takes:
        name, sep, side = item.partition("=")
        name, side = name.strip(), side.strip().lower()
        if not sep or not name or not side:
            raise HQConfigError(f"--take expects FIELD=hq or FIELD=theirs, not {item!r}.")
        if name in chosen and chosen[name] != side:
            raise HQConfigError(f"--take names {name} twice, with different sides.")
        chosen[name] = side
    return chosen


def cmd_resolve(args: argparse.Namespace, database: Callable[[argparse.Namespace], Any]) -> int:
    from .resolve import reject, resolve
    from .users import find_reviewer

    if args.reject and (args.take or args.rest):
        raise HQConfigError("--reject turns the whole proposal down; it takes no --take or --all.")
    if not args.reject and not args.take and not args.rest:
        raise HQConfigError("Say what to keep: --take FIELD=hq|theirs ... (or --all hq|theirs), or --reject a proposal.")
    choices = _parse_takes(args.take or [])
    db = database(args)
    try:
        by = find_reviewer(db, args.by)
        if args.reject:
            outcome = reject(db, args.record, by, version_id=args.version, note=args.note)
        else:
            outcome = resolve(db, args.record, choices, by, version_id=args.version, rest=args.rest, note=args.note)
    finally:
        db.dispose()
    if outcome.outcome == "rejected":
        print(f"Rejected the proposal for {outcome.label} as {by.display_name} (resolution {outcome.resolution_id}); "
              f"HQ's record stays at revision {outcome.rev}.")
    else:
        what = "Accepted the proposal for" if outcome.outcome == "accepted" else "Resolved the conflict on"
        print(f"{what} {outcome.label} as {by.display_name} (resolution {outcome.resolution_id}): HQ now holds "
              f"revision {outcome.rev}.")
        print(f"  taken from the other version: {', '.join(outcome.taken) or 'nothing'}")
        print(f"  kept HQ's value: {', '.join(outcome.kept) or 'nothing'}")
        print(f"Laptop {outcome.owner_device_name} receives it at its next sync.")
    if outcome.still_open:
        verb = "is" if outcome.still_open == 1 else "are"
        print(f"{count_noun(outcome.still_open, 'other version')} of this record {verb} still open "
              "('inspector-hq conflicts').")
    return 0


def add_commands(command: Callable[..., argparse.ArgumentParser], database: Callable[[argparse.Namespace], Any],
                 passphrase: Callable[[], str]) -> None:
    """Register both commands with the main parser (`command(name, func, help)` adds --db)."""
    sub = command("conflicts", lambda a: cmd_conflicts(a, database, passphrase),
                  "list the conflicts and proposals waiting for a supervisor, or compare one field by field")
    sub.add_argument("record", nargs="?", help="a record id (as listed) or an inspection reference: compare it")
    sub.add_argument("--version", type=int, metavar="ID", help="which open version (when several laptops sent one)")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--decrypt", action="store_true",
                     help="open sealed testimony for this display only (evidence passphrase from "
                          "$INSPECTOR_HQ_EVIDENCE_PASSPHRASE or standard input)")

    sub = command("resolve", lambda a: cmd_resolve(a, database),
                  "settle a conflict field by field (a new revision for the owning laptop), or accept or reject a "
                  "proposal")
    sub.add_argument("record", help="a record id (as 'conflicts' lists it) or an inspection reference")
    sub.add_argument("--take", action="extend", nargs="+", metavar="FIELD=hq|theirs",
                     help="keep HQ's value (hq) or take the other version's (theirs) for a field; repeat for each")
    sub.add_argument("--all", dest="rest", choices=["hq", "theirs"],
                     help="the side for every field not named with --take")
    sub.add_argument("--reject", action="store_true", help="turn a proposal down (HQ's record stays as it is)")
    sub.add_argument("--version", type=int, metavar="ID", help="which open version (when several laptops sent one)")
    sub.add_argument("--by", help="the supervisor's user name (default: the only supervisor)")
    sub.add_argument("--note", help="why (kept with the resolution)")
