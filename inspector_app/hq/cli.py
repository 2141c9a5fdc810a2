"""`inspector-hq`: run the HQ service and administer it.

Every command takes `--db URL`: a file path means SQLite (the default kind),
`postgresql://user@host/db` means PostgreSQL. Bad input gives one line on
stderr and a non-zero exit, never a traceback.

    inspector-hq serve --db URL [--host 127.0.0.1] [--port 8765] [--attachments DIR]
    inspector-hq enrol-code --db URL [--days N]          the code is the last token on stdout
    inspector-hq create-user --db URL --username U [--name N] [--role supervisor|admin]
    inspector-hq publish-template --db URL FILE
    inspector-hq publish-reference --db URL NAME FILE
    inspector-hq import-bundle --db URL FILE [--reply R]
    inspector-hq export --db URL --format csv|json --out DIR
    inspector-hq review --db URL ID (--approve | --return TEXT) [--by USER]
    inspector-hq inspections | devices | revoke-device DEVICE | migrate   (each with --db URL)
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from .. import __version__
from .errors import HQConfigError, HQError

PROG = "inspector-hq"
DB_ENV = "INSPECTOR_HQ_DB"
PASSWORD_ENV = "INSPECTOR_HQ_PASSWORD"


def _database(args: argparse.Namespace):  # noqa: ANN202 - HQDatabase, imported lazily
    from .bootstrap import open_database

    return open_database(args.db)


# --- commands ------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    app = create_app(args.db, args.attachments)
    print(f"{PROG} {__version__}: serving sync protocol v1 on http://{args.host}:{args.port} "
          f"(API docs at /api/v1/docs)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    db = _database(args)
    print(f"The HQ database is at schema {db.current_revision()}.")
    db.dispose()
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    from .devices import new_enrol_code

    db = _database(args)
    code, expires = new_enrol_code(db, days=args.days, note=args.note)
    db.dispose()
    print(f"One-time enrolment code, valid until {expires:%Y-%m-%d %H:%M} UTC: {code}")
    return 0


def _read_password() -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != password:
            raise HQConfigError("The two passwords differ.")
        return password
    password = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not password:
        raise HQConfigError(f"No password given (set {PASSWORD_ENV} or type it on standard input).")
    return password


def cmd_create_user(args: argparse.Namespace) -> int:
    from .users import create_user

    password = _read_password()
    db = _database(args)
    user_id = create_user(db, args.username, args.name or args.username, password, role=args.role)
    db.dispose()
    print(f"Created {args.role} {args.username} ({user_id}); laptops receive the account at their next sync.")
    return 0


def cmd_publish_template(args: argparse.Namespace) -> int:
    # Validation is the laptop's own loader, so HQ can never publish what a laptop would refuse.
    from ..core.checklists import TemplateError, load_template
    from ..sync.protocol import TemplatePayload
    from .publish import publish_template

    try:
        template = load_template(Path(args.file))
    except TemplateError as exc:
        raise HQConfigError(f"{Path(args.file).name} is not a valid checklist template: "
                            f"{exc.problems[0]}" + (f" (and {len(exc.problems) - 1} more problems)"
                                                    if len(exc.problems) > 1 else "")) from None
    payload = TemplatePayload(code=template.code, version=template.version, sha256=template.sha256,
                              source_name=template.source_name, document=template.document)
    db = _database(args)
    added = publish_template(db, payload)
    db.dispose()
    print(f"Published template {template.code} version {template.version}." if added else
          f"Template {template.code} version {template.version} is already published; nothing changed.")
    return 0


def cmd_publish_reference(args: argparse.Namespace) -> int:
    from .publish import publish_reference

    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise HQConfigError(f"Cannot read {args.file}: {exc.strerror}.") from None
    except ValueError as exc:
        raise HQConfigError(f"{args.file} is not valid JSON: {exc}.") from None
    db = _database(args)
    changed = publish_reference(db, args.name, document)
    db.dispose()
    print(f"Published reference data {args.name}." if changed else f"Reference data {args.name} is unchanged.")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from .bootstrap import open_storage
    from .bundles import import_bundle

    storage = open_storage(args.db, args.attachments)
    db = _database(args)
    try:
        result = import_bundle(db, storage, Path(args.file), reply=Path(args.reply) if args.reply else None)
    finally:
        db.dispose()
    already = " (this bundle was imported before; nothing new)" if result.response.replayed else ""
    print(f"Imported the bundle from laptop {result.device.name}{already}: {result.count('applied')} applied, "
          f"{result.count('duplicate')} duplicate, {result.count('conflict')} conflict, "
          f"{result.count('rejected')} rejected; {result.attachments} attachment file(s).")
    for item in result.response.results:
        if item.status == "rejected":
            print(f"  rejected {item.op_id}: {item.reason}")
    if result.reply:
        print(f"Wrote the reply for the laptop to {result.reply} (import it there with 'inspector-app bundle import').")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    db = _database(args)
    try:
        written = export(db, Path(args.out), args.format)
    finally:
        db.dispose()
    print("Warning: the export is NOT encrypted. It holds interview notes and worker details in plain text; "
          "keep it on an encrypted disk and delete it when done.", file=sys.stderr)
    print(f"Wrote {len(written)} files to {args.out}.")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .reviews import review
    from .users import find_reviewer

    db = _database(args)
    try:
        reviewer = find_reviewer(db, args.by)
        decision = "approved" if args.approve else "returned"
        outcome = review(db, args.id, decision, args.return_comment, reviewer)
    finally:
        db.dispose()
    what = "Approved" if decision == "approved" else "Returned"
    print(f"{what} inspection {outcome.reference} (revision {outcome.revision}) as {reviewer.display_name}; "
          "the laptop receives the decision at its next sync.")
    if outcome.needs_review:
        print("Note: HQ also holds conflicting versions of this inspection (see conflict_versions in an export).")
    return 0


def cmd_inspections(args: argparse.Namespace) -> int:
    from .reviews import list_inspections

    db = _database(args)
    rows = list_inspections(db, status=args.status)
    db.dispose()
    if args.json:
        json.dump([{"id": r.id, "reference": r.reference, "status": r.status, "revision": r.revision,
                    "visit_date": r.visit_date, "needs_review": r.needs_review, "device_id": r.device_id,
                    "review_comment": r.review_comment} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            flag = "  [conflict]" if r.needs_review else ""
            print(f"{r.id}  {r.reference:<22} {r.status:<10} rev {r.revision}  {r.visit_date or ''}{flag}")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    from .devices import list_devices

    db = _database(args)
    for d in list_devices(db):
        state = f"revoked {d.revoked_at:%Y-%m-%d}" if d.revoked_at else "active"
        print(f"{d.id}  {d.name:<24} enrolled {d.enrolled_at:%Y-%m-%d}  {state}  (laptop id {d.local_id})")
    db.dispose()
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from .devices import revoke

    db = _database(args)
    device = revoke(db, args.device)
    db.dispose()
    print(f"Revoked {device.name} ({device.id}): its token no longer works. Its data at HQ is kept.")
    return 0


# --- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Field Inspector HQ: the sync service and its admin tools.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", default=os.environ.get(DB_ENV), required=not os.environ.get(DB_ENV),
                         help=f"database: a SQLite file path, or postgresql://user@host/db (default: ${DB_ENV})")
        sub.set_defaults(func=func)
        return sub

    sub = command("serve", cmd_serve, "run the HQ web service (sync protocol v1 and the review API)")
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    sub.add_argument("--port", type=int, default=8765, help="port (default: %(default)s)")
    sub.add_argument("--attachments", help="folder for attachment files (default: beside a SQLite database)")
    sub.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])

    command("migrate", cmd_migrate, "create or upgrade the HQ database schema")

    sub = command("enrol-code", cmd_enrol_code, "make a one-time code a laptop enrols with (last token on stdout)")
    sub.add_argument("--days", type=int, default=7, help="days the code stays valid (default: %(default)s)")
    sub.add_argument("--note", help="who the code is for (kept at HQ)")

    sub = command("create-user", cmd_create_user,
                  f"create a supervisor (password from ${PASSWORD_ENV} or standard input)")
    sub.add_argument("--username", required=True)
    sub.add_argument("--name", help="display name (default: the user name)")
    sub.add_argument("--role", choices=["supervisor", "admin"], default="supervisor")

    sub = command("publish-template", cmd_publish_template, "validate a checklist template file and publish it")
    sub.add_argument("file", help="a template JSON file, e.g. resources/checklists/lpa-general.v2.json")

    sub = command("publish-reference", cmd_publish_reference, "publish a named reference data set (JSON)")
    sub.add_argument("name", help="e.g. minimum_wage")
    sub.add_argument("file")

    sub = command("import-bundle", cmd_import_bundle, "apply a laptop's USB bundle (same idempotency as a push)")
    sub.add_argument("file")
    sub.add_argument("--reply", help="also write a signed reply bundle for the laptop to this file")
    sub.add_argument("--attachments", help="folder for attachment files (default: beside a SQLite database)")

    sub = command("export", cmd_export, "export every table as CSV or JSON, one file per table (plaintext!)")
    sub.add_argument("--format", choices=["csv", "json"], required=True)
    sub.add_argument("--out", required=True, help="folder to write into")

    sub = command("review", cmd_review, "approve or return a submitted inspection")
    sub.add_argument("id", help="inspection id or reference")
    decision = sub.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true")
    decision.add_argument("--return", dest="return_comment", metavar="TEXT", help="return it with this comment")
    sub.add_argument("--by", help="the supervisor's user name (default: the only supervisor)")

    sub = command("inspections", cmd_inspections, "list inspections HQ holds, with the status HQ shows")
    sub.add_argument("--status", choices=["draft", "completed", "submitted", "approved", "returned"])
    sub.add_argument("--json", action="store_true")

    command("devices", cmd_devices, "list enrolled laptops")

    sub = command("revoke-device", cmd_revoke_device, "revoke a laptop's token (its data at HQ is kept)")
    sub.add_argument("device", help="device id, laptop id or name")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except HQError as exc:
        print(f"{PROG}: error: {exc.detail}", file=sys.stderr)
        return exc.exit_code if exc.exit_code != 0 else 1
    except OperationalError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        print(f"{PROG}: error: the database cannot be used: {reason[0] if reason else type(exc).__name__}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into a message
        from ..logs import log_unexpected

        log_path = log_unexpected(exc)
        print(f"{PROG}: unexpected error ({type(exc).__name__}); details were written to {log_path}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
