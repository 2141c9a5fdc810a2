"""`inspector-hq`: run the HQ service and administer it.

Every command takes `--db URL`: a file path means SQLite (the default kind),
`postgresql://user@host/db` means PostgreSQL. Bad input gives one line on
stderr and a non-zero exit, never a traceback.

    inspector-hq serve --db URL [--host 127.0.0.1] [--port 8765] [--attachments DIR] [--stale-uploads-days N]
    inspector-hq enrol-code --db URL [--days N]          the code is the last token on stdout
    inspector-hq create-user --db URL --username U [--name N] [--role supervisor|admin]
    inspector-hq publish-template --db URL FILE
    inspector-hq publish-reference --db URL NAME FILE
    inspector-hq import-bundle --db URL FILE [--reply R]
    inspector-hq export --db URL --format csv|json --out DIR [--decrypt]
    inspector-hq init-keys --db URL | rotate-keys --db URL   evidence passphrase from the env or stdin
    inspector-hq change-evidence-passphrase --db URL [--by ADMIN]   current passphrase, then the new one twice
    inspector-hq cleanup-uploads --db URL [--older-than-days N]
    inspector-hq review --db URL ID (--approve | --return TEXT) [--by USER]
    inspector-hq reassign --db URL INSPECTION DEVICE [--by USER] [--note TEXT]
    inspector-hq conflicts --db URL [RECORD [--version ID] [--decrypt]] [--json]   what waits for a supervisor
    inspector-hq resolve --db URL RECORD (--take FIELD=hq|theirs ... [--all hq|theirs] | --reject) [--by USER]
    inspector-hq inspections | devices | revoke-device DEVICE | migrate   (each with --db URL)
    inspector-hq rebuild-projections --db URL            statistics tables derived again from the records
    inspector-hq summary --db URL --province P [--district D] --from DATE --to DATE --out F.pdf
    inspector-hq logins --db URL [--user U] [--event E] [--limit N] [--json]   the sign-in log, newest first
    inspector-hq unlock-user --db URL USER | unlock-address --db URL ADDRESS   lift a sign-in lockout
    inspector-hq establishments | merge-establishments | split-establishment | device-provinces |
                 establishment-file, followups   (see cli_establishments.py)
"""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import OperationalError

from .. import __version__
from ..i18n.english import count_noun
from .errors import DiskFull, HQConfigError, HQError, is_disk_full

PROG = "inspector-hq"
DB_ENV = "INSPECTOR_HQ_DB"
PASSWORD_ENV = "INSPECTOR_HQ_PASSWORD"
NEW_PASSPHRASE_ENV = "INSPECTOR_HQ_NEW_EVIDENCE_PASSPHRASE"
DEFAULT_STALE_UPLOAD_DAYS = 14


def _database(args: argparse.Namespace):  # noqa: ANN202 - HQDatabase, imported lazily
    from .bootstrap import open_database

    return open_database(args.db)


# --- commands ------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .bootstrap import open_storage
    from .evidence import require_evidence_key
    from .malloc_arenas import limit_arenas

    limit_arenas()  # before the server's worker threads exist (see malloc_arenas.py)
    if args.stale_uploads_days < 0:
        raise HQConfigError("--stale-uploads-days cannot be negative (0 keeps abandoned uploads).")
    stale = timedelta(days=args.stale_uploads_days) if args.stale_uploads_days else None
    storage = open_storage(args.db, args.attachments)
    db = _database(args)
    try:
        require_evidence_key(db)  # laptops must have a key to seal testimony to before HQ takes any
    finally:
        db.dispose()
    app = create_app(args.db, storage=storage, stale_uploads=stale, freeze_heap=True)
    print(f"{PROG} {__version__}: serving sync protocol v1 on http://{args.host}:{args.port} "
          f"(API docs at /api/v1/docs); the supervisors' workspace at http://{args.host}:{args.port}/", flush=True)
    # Start-up's objects live as long as the process: out of the collector's sight (the dictionaries' too, once
    # built: app.py). A push makes a few hundred thousand objects that die with it; collected less often, they
    # are walked less often (the collector took 13-18 µs of a pushed record's ~110 µs CPU, now ~2-3).
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 50, 10)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    db = _database(args)
    print(f"The HQ database is at schema {db.current_revision()}.")
    db.dispose()
    return 0


def cmd_rebuild_projections(args: argparse.Namespace) -> int:
    from .projections import rebuild

    db = _database(args)
    try:
        with db.write() as conn:
            counts = rebuild(conn)
    finally:
        db.dispose()
    print("Rebuilt the statistics tables from the records HQ holds: "
          + ", ".join(f"{name} {count}" for name, count in counts.items()) + ".")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from ..reports.commands import check_output, parse_day, write_atomically
    from .statistics_filters import resolve_place
    from .statistics import Filters
    from .summary_pdf import province_summary

    try:
        date_from, date_to = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
        out = check_output(args.out)
    except Exception as exc:  # noqa: BLE001 - InspectorError from the laptop's helpers: a message for people
        raise HQConfigError(str(exc)) from None
    if date_from > date_to:
        raise HQConfigError(f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}.")
    province, district = resolve_place(args.province, args.district)
    db = _database(args)
    try:
        with db.read() as conn:
            result = province_summary(conn, Filters(date_from, date_to, as_of=date_to, province=province,
                                                    district=district), datetime.now(UTC))
    finally:
        db.dispose()
    write_atomically(out, result.pdf)
    state = "DRAFT (the period includes inspections not signed off)" if result.status == "draft" else "final"
    print(f"Wrote {out} ({result.pages} pages, {state}); SHA-256 of its data {result.sha256}.")
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
    from ..core.checklists import TemplateError
    from .publish import publish_template, validated_template

    try:
        template = validated_template(Path(args.file))
    except TemplateError as exc:
        raise HQConfigError(f"{Path(args.file).name} is not a valid checklist template: "
                            f"{exc.problems[0]}" + (f" (and {len(exc.problems) - 1} more problems)"
                                                    if len(exc.problems) > 1 else "")) from None
    db = _database(args)
    added = publish_template(db, template)
    db.dispose()
    print(f"Published template {template.code} version {template.version}." if added else
          f"Template {template.code} version {template.version} is already published; nothing changed.")
    return 0


def cmd_publish_reference(args: argparse.Namespace) -> int:
    from .publish import check_reference_name, publish_reference

    check_reference_name(args.name)
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
          f"{result.count('rejected')} rejected; {count_noun(result.attachments, 'attachment file')}.")
    for item in result.response.results:
        if item.status == "rejected":
            print(f"  {'held back' if item.retryable else 'rejected'} {item.op_id}: {item.reason}")
    if result.reply:
        print(f"Wrote the reply for the laptop to {result.reply} (import it there with 'inspector-app bundle import').")
    # Held back (e.g. its file is not at HQ yet): the laptop sends it again, nothing is wrong with it.
    refused = sum(1 for r in result.response.results if r.status == "rejected" and not r.retryable)
    if refused:
        # The bundle's other changes are in; the exit status tells a script that some were not.
        print(f"{PROG}: HQ refused {count_noun(refused, 'change')} of this bundle (each listed above with its "
              "reason); the rest was imported. The laptop shows each refused change with HQ's reason once it imports "
              "the reply.",
              file=sys.stderr)
        return 1
    return 0


def _read_evidence_passphrase(*, confirm: bool = False, prompt: str = "Evidence passphrase: ") -> str:
    from .evidence import PASSPHRASE_ENV

    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the evidence passphrase: ") != passphrase:
            raise HQConfigError("The two passphrases differ.")
        return passphrase
    passphrase = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not passphrase:
        raise HQConfigError(f"No evidence passphrase given (set {PASSPHRASE_ENV} or type it on standard input).")
    return passphrase


def cmd_cleanup_uploads(args: argparse.Namespace) -> int:
    from .bootstrap import open_storage
    from .uploads import remove_stale_uploads

    if args.older_than_days <= 0:
        raise HQConfigError("--older-than-days must be at least 1.")
    storage = open_storage(args.db, args.attachments)
    db = _database(args)
    try:
        done = remove_stale_uploads(db, storage, timedelta(days=args.older_than_days))
    finally:
        db.dispose()
    print(f"Removed {count_noun(done.uploads, 'upload')} with no chunk for "
          f"{count_noun(args.older_than_days, 'day')} and "
          f"{count_noun(done.orphans, 'stray part file')}; laptops start those uploads again at their next sync.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .evidence import unlock
    from .export import export

    passphrase = _read_evidence_passphrase() if args.decrypt else None
    db = _database(args)
    try:
        keyring = unlock(db, passphrase) if passphrase is not None else None
        written = export(db, Path(args.out), args.format, keyring=keyring)
    finally:
        db.dispose()
    if keyring is not None:
        print("Warning: the export is NOT encrypted. It holds interview notes, worker names and documents, "
              "interpreter notes and complaint sources in plain text; keep it on an encrypted disk and delete it "
              "when done.", file=sys.stderr)
    else:
        print("Warning: the export is NOT encrypted. It holds inspection details in plain text (testimony stays "
              "sealed: --decrypt opens it); keep it on an encrypted disk and delete it when done.", file=sys.stderr)
    print(f"Wrote {len(written)} files to {args.out}.")
    return 0


def cmd_init_keys(args: argparse.Namespace) -> int:
    from .evidence import init_keys, seal_records_in_clear

    passphrase = _read_evidence_passphrase(confirm=True)
    db = _database(args)
    try:
        key = init_keys(db, passphrase)
        sealed = seal_records_in_clear(db)
    finally:
        db.dispose()
    print(f"Created evidence key {key.key_id}. Laptops receive its public half when they enrol or sync, and seal "
          "interview notes to it. Keep the evidence passphrase safe: without it nobody can read them.")
    if sealed:
        print(f"Sealed the testimony of {count_noun(sealed, 'record')} HQ held in clear from before. Their old "
              "bytes can stay in free database pages until you vacuum the database (VACUUM).")
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    from .evidence import rotate_keys

    passphrase = _read_evidence_passphrase()
    db = _database(args)
    try:
        key = rotate_keys(db, passphrase)
    finally:
        db.dispose()
    print(f"Created evidence key {key.key_id} (generation {key.generation}). Laptops seal to it from their next "
          "sync; records sealed to older keys still open with the same passphrase.")
    return 0


def _read_new_evidence_passphrase() -> str:
    """The new passphrase, typed twice (from the terminal, or two lines of standard input), or from
    $INSPECTOR_HQ_NEW_EVIDENCE_PASSPHRASE."""
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("New evidence passphrase: ")
        second = getpass.getpass("Repeat the new evidence passphrase: ")
    else:
        first, second = (sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else "" for _ in range(2))
    if not first:
        raise HQConfigError(f"No new evidence passphrase given (set {NEW_PASSPHRASE_ENV}, or type it twice on "
                            "standard input). Nothing was changed.")
    if first != second:
        raise HQConfigError("The two new passphrases differ. Nothing was changed.")
    return first


def cmd_change_evidence_passphrase(args: argparse.Namespace) -> int:
    from .evidence_passphrase import change_passphrase, find_admin

    db = _database(args)
    try:
        by = find_admin(db, args.by)  # before any passphrase is typed
        current = _read_evidence_passphrase(prompt="Current evidence passphrase: ")
        new = _read_new_evidence_passphrase()
        done = change_passphrase(db, current, new, by)
    finally:
        db.dispose()
    print(f"Changed the evidence passphrase as {by.display_name}: {count_noun(done.keys, 'evidence key')} "
          f"{'is' if done.keys == 1 else 'are'} now kept under the new passphrase; no sealed record had to change. "
          "From now on only the new passphrase opens testimony "
          "(export --decrypt, the workspace's unlock).")
    if done.unlocks_ended:
        print(f"Ended the evidence unlock of {count_noun(done.unlocks_ended, 'supervisor session')}; they "
              "unlock again with the new passphrase.")
    return 0


def cmd_rotate_document_key(args: argparse.Namespace) -> int:
    from .document_keys import rotate

    db = _database(args)
    try:
        with db.write() as conn:
            kid = rotate(conn)
    finally:
        db.dispose()
    print(f"Created document key {kid}. Laptops hash worker document numbers with it from their next sync. Numbers "
          "hashed with older keys match again after 'inspector-hq rehash-documents' (needs the evidence passphrase).")
    return 0


def cmd_rehash_documents(args: argparse.Namespace) -> int:
    from .documents import ENTITY, rehash
    from .evidence import unlock

    passphrase = _read_evidence_passphrase()
    db = _database(args)
    try:
        keyring = unlock(db, passphrase)
        with db.write() as conn:
            counts = rehash(conn, lambda envelope, record_id: keyring.open(envelope, ENTITY, record_id, "number"))
    finally:
        db.dispose()
    print(f"Hashed {counts['rehashed']} of {count_noun(counts['documents'], 'worker document number')} again under the "
          f"newest document key; retired {count_noun(counts['retired_keys'], 'older key')}. Repeats were decided "
          "again.")
    return 0


def cmd_document_repeats(args: argparse.Namespace) -> int:
    from .documents import retention_flags

    db = _database(args)
    try:
        with db.read() as conn:
            flags = retention_flags(conn, include_withdrawn=args.all)
    finally:
        db.dispose()
    if args.json:
        json.dump([{"flag_id": f.flag_id, "establishment_key": f.establishment_key, "registration_no": f.registration_no,
                    "establishment_ids": list(f.establishment_ids), "doc_type": f.doc_type, "times": f.times,
                    "first_seen": f.first_seen, "last_seen": f.last_seen, "visits": list(f.visits)} for f in flags],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif not flags:
        print("No repeat of document retention found.")
    for f in flags if not args.json else []:
        visits = ", ".join(f"{v.get('reference')} ({v.get('visit_date')})" for v in f.visits)
        print(f"{f.establishment_key}: {f.doc_type or 'document'} held by the employer on {f.times} visits: {visits}")
    return 0


def cmd_referrals(args: argparse.Namespace) -> int:
    from .referrals import referral_rows

    db = _database(args)
    try:
        with db.read() as conn:
            rows = referral_rows(conn, status=args.status)
    finally:
        db.dispose()
    if args.json:
        json.dump([{"id": r.id, "inspection_id": r.inspection_id, "reference": r.reference,
                    "receiving_body": r.receiving_body, "status": r.status,
                    "referral_date": r.referral_date.isoformat() if r.referral_date else None,
                    "case_number": r.case_number, "workers": r.workers, "age_days": r.age_days,
                    "establishment": r.establishment_name} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            print(f"{r.id}  {r.reference or '':<22} {r.receiving_body or '':<16} {r.status or '':<9} "
                  f"{r.referral_date or ''}  {count_noun(r.age_days, 'day')}  {count_noun(r.workers, 'worker')}  "
                  f"{r.case_number or ''}")
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
        print("Note: HQ also holds conflicting versions of this inspection ('inspector-hq conflicts' lists them).")
    return 0


def cmd_inspections(args: argparse.Namespace) -> int:
    from .reviews import list_inspections

    db = _database(args)
    rows = list_inspections(db, status=args.status)
    db.dispose()
    if args.json:
        json.dump([{"id": r.id, "reference": r.reference, "status": r.status, "revision": r.revision,
                    "visit_date": r.visit_date, "needs_review": r.needs_review, "device_id": r.device_id,
                    "owner_device_id": r.device_id, "writer_device_id": r.writer_device_id,
                    "review_comment": r.review_comment} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            flag = "  [conflict]" if r.needs_review else ""
            print(f"{r.id}  {r.reference:<22} {r.status:<10} rev {r.revision}  {r.visit_date or ''}{flag}")
    return 0


def cmd_reassign(args: argparse.Namespace) -> int:
    from .reassign import reassign
    from .users import find_reviewer

    db = _database(args)
    try:
        by = find_reviewer(db, args.by)
        moved = reassign(db, args.inspection, args.device, by, args.note)
    finally:
        db.dispose()
    print(f"Reassigned inspection {moved.reference} ({count_noun(moved.records_moved, 'record')}) to laptop "
          f"{moved.to_device_name} "
          f"as {by.display_name}; HQ now takes changes to it only from that laptop.")
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


def _disk_full() -> int:
    full = DiskFull("writing")
    print(f"{PROG}: error: {full.detail}", file=sys.stderr)
    return full.exit_code


def cmd_logins(args: argparse.Namespace) -> int:
    from .login_log import read_log

    db = _database(args)
    rows = read_log(db, username=args.user, event=args.event, limit=args.limit)
    db.dispose()
    if args.json:
        json.dump([{"at": r.at.isoformat(), "event": r.event, "username": r.username, "address": r.address,
                    "method": r.method, "user_id": r.user_id, "session_id": r.session_id, "detail": r.detail}
                   for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No sign-ins recorded" + (f" for {args.user}." if args.user else "."))
    for r in rows:
        detail = f"  ({r.detail})" if r.detail else ""
        print(f"{r.at:%Y-%m-%d %H:%M:%S} UTC  {r.event:<8} {r.username:<20} from {r.address:<16} "
              f"via {r.method}{detail}")
    return 0


def cmd_unlock_user(args: argparse.Namespace) -> int:
    from .signin import unlock_user
    from .users import user_exists

    db = _database(args)
    try:
        if not user_exists(db, args.username):
            raise HQError(f"HQ has no user {args.username!r} ('inspector-hq logins' shows the names tried).",
                          code="not_found")
        was_locked = unlock_user(db, args.username)
    finally:
        db.dispose()
    print(f"Unlocked {args.username}: it may sign in again." if was_locked else
          f"{args.username} was not locked; its failed-attempt count is cleared.")
    return 0


def cmd_unlock_address(args: argparse.Namespace) -> int:
    from .signin import unlock_address

    db = _database(args)
    was_locked = unlock_address(db, args.address)
    db.dispose()
    print(f"Unlocked sign-ins from {args.address}." if was_locked else
          f"{args.address} was not locked; its failed-attempt count is cleared.")
    return 0


# --- parser ----------------------------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 100_000:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to 100000, got {value!r}")
    return number


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

    sub = command("serve", cmd_serve, "run the HQ web service (sync protocol v1, the review API and the "
                  "supervisors' workspace in the browser)")
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    sub.add_argument("--port", type=int, default=8765, help="port (default: %(default)s)")
    sub.add_argument("--attachments", help="folder for attachment files (default: beside a SQLite database)")
    sub.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    sub.add_argument("--stale-uploads-days", type=int, default=DEFAULT_STALE_UPLOAD_DAYS, metavar="N",
                     help="remove uploads no chunk arrived for in N days, with their files, at start and then "
                          "hourly (0: keep them; default: %(default)s)")

    command("migrate", cmd_migrate, "create or upgrade the HQ database schema")
    command("rebuild-projections", cmd_rebuild_projections,
            "derive the statistics tables (hq_inspections, hq_findings, ...) again from the records HQ holds")

    sub = command("summary", cmd_summary, "the summary report (PDF) of a province or district over a period, "
                  "from every laptop's inspections at HQ")
    sub.add_argument("--province", required=True, help="DOPA code or name (Thai or English)")
    sub.add_argument("--district", help="DOPA code or name, inside the province")
    sub.add_argument("--from", dest="date_from", required=True, help="first visit date (2026-01-01 or 1/1/2569)")
    sub.add_argument("--to", dest="date_to", required=True, help="last visit date")
    sub.add_argument("--out", required=True, help="the PDF file to write")

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

    sub = command("cleanup-uploads", cmd_cleanup_uploads,
                  "remove abandoned attachment uploads (and their partial files) no chunk arrived for in N days")
    sub.add_argument("--older-than-days", type=int, default=DEFAULT_STALE_UPLOAD_DAYS, metavar="N",
                     help="age after which an upload counts as abandoned (default: %(default)s)")
    sub.add_argument("--attachments", help="folder for attachment files (default: beside a SQLite database)")

    sub = command("export", cmd_export, "export every table as CSV or JSON, one file per table (plaintext!)")
    sub.add_argument("--format", choices=["csv", "json"], required=True)
    sub.add_argument("--out", required=True, help="folder to write into")
    sub.add_argument("--decrypt", action="store_true",
                     help="open sealed testimony (evidence passphrase from $INSPECTOR_HQ_EVIDENCE_PASSPHRASE or "
                          "standard input); without it, it stays sealed")

    command("init-keys", cmd_init_keys, "create HQ's evidence key pair, its private half under the evidence "
            "passphrase ($INSPECTOR_HQ_EVIDENCE_PASSPHRASE or standard input)")
    command("rotate-keys", cmd_rotate_keys, "add a new evidence key pair for laptops to seal to; old records "
            "still open (evidence passphrase as for init-keys)")

    sub = command("change-evidence-passphrase", cmd_change_evidence_passphrase,
                  "change the evidence passphrase: every evidence key wrapped again under the new one (no record "
                  "changes), supervisors' evidence unlocks ended, the change logged; asks for the current passphrase, "
                  f"then the new one twice (or ${NEW_PASSPHRASE_ENV})")
    sub.add_argument("--by", help="the admin who changes it, for the evidence access log (default: the only admin)")

    command("rotate-document-key", cmd_rotate_document_key,
            "add a new key laptops hash worker document numbers with (then run rehash-documents)")
    command("rehash-documents", cmd_rehash_documents,
            "hash every worker document number again under the newest document key (evidence passphrase from "
            "INSPECTOR_HQ_EVIDENCE_PASSPHRASE or stdin) and retire older keys")
    sub = command("document-repeats", cmd_document_repeats,
                  "list establishments where the same worker document was held by the employer on two or more visits")
    sub.add_argument("--all", action="store_true", help="also flags withdrawn since")
    sub.add_argument("--json", action="store_true", help="JSON instead of lines")
    sub = command("referrals", cmd_referrals, "list referrals of possible victims HQ holds (oldest open first)")
    sub.add_argument("--status", choices=("planned", "sent", "accepted", "closed"))
    sub.add_argument("--json", action="store_true", help="JSON instead of lines")
    sub = command("review", cmd_review, "approve or return a submitted inspection")
    sub.add_argument("id", help="inspection id or reference")
    decision = sub.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true")
    decision.add_argument("--return", dest="return_comment", metavar="TEXT", help="return it with this comment")
    sub.add_argument("--by", help="the supervisor's user name (default: the only supervisor)")

    sub = command("reassign", cmd_reassign,
                  "give an inspection and everything under it to another laptop (recorded in ownership_changes)")
    sub.add_argument("inspection", help="inspection id or reference")
    sub.add_argument("device", help="the laptop that owns it from now on: device id, laptop id or name")
    sub.add_argument("--by", help="the supervisor or admin who decides (default: the only one)")
    sub.add_argument("--note", help="why (kept with the record of the change)")

    sub = command("inspections", cmd_inspections, "list inspections HQ holds, with the status HQ shows")
    sub.add_argument("--status", choices=["draft", "completed", "submitted", "approved", "returned"])
    sub.add_argument("--json", action="store_true")

    command("devices", cmd_devices, "list enrolled laptops")

    sub = command("revoke-device", cmd_revoke_device, "revoke a laptop's token (its data at HQ is kept)")
    sub.add_argument("device", help="device id, laptop id or name")

    sub = command("logins", cmd_logins, "show the sign-in log (successes, failures, lockouts, sign-outs), newest first")
    sub.add_argument("--user", help="only this user name")
    sub.add_argument("--event", choices=["success", "failure", "lockout", "refused", "logout", "unlock"])
    sub.add_argument("--limit", type=_positive, default=50, help="at most this many entries (default: %(default)s)")
    sub.add_argument("--json", action="store_true")

    from .cli_conflicts import add_commands as add_conflict_commands

    add_conflict_commands(command, _database, _read_evidence_passphrase)

    sub = command("unlock-user", cmd_unlock_user, "lift a supervisor's sign-in lockout before it runs out")
    sub.add_argument("username")

    sub = command("unlock-address", cmd_unlock_address, "lift the sign-in lockout of a client address")
    sub.add_argument("address", help="as shown by 'inspector-hq logins'")

    from . import cli_establishments  # establishment files: groups, merge/split, device provinces

    cli_establishments.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
        return code
    except BrokenPipeError:
        # `inspector-hq inspections | head`: the reader went away; stop without a word (the null device
        # takes the interpreter's final flush).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except HQError as exc:
        print(f"{PROG}: error: {exc.detail}", file=sys.stderr)
        return exc.exit_code if exc.exit_code != 0 else 1
    except OperationalError as exc:
        if is_disk_full(exc):
            return _disk_full()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        print(f"{PROG}: error: the database cannot be used: {reason[0] if reason else type(exc).__name__}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into a message
        if is_disk_full(exc):
            return _disk_full()
        from ..logs import log_unexpected

        log_path = log_unexpected(exc)
        print(f"{PROG}: unexpected error ({type(exc).__name__}); details were written to {log_path}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
