"""Sync commands of `inspector-app` (enrol, sync, bundle): registered by cli.build_parser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli_support import CommandAdder, default_data_dir, open_store
from ..core.errors import InspectorError
from ..i18n.english import count_noun


class SyncIncomplete(InspectorError):
    """The round ended with something not acknowledged (the message says what)."""


def cmd_enrol(args: argparse.Namespace) -> int:
    from .enrol import enrol

    with open_store(args) as store:
        result = enrol(store, args.hq, args.code)
    again = " again (HQ checked this laptop's key)" if result.re_enrolled else ""
    print(f"Enrolled{again} with HQ at {result.hq_url} as device {result.device_id}. "
          "Run 'inspector-app sync' to send data.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from .engine import sync_once

    with open_store(args) as store:
        report = sync_once(store, hq_url=args.hq)
    print(report.summary())
    if report.conflicts:
        print(f"Note: HQ kept {count_noun(report.conflicts, 'change')} beside the version it holds, for a "
              "supervisor to review (made on an older version, or to a record another laptop owns).")
    if report.error:
        raise SyncIncomplete(report.error)
    if report.cancelled:
        raise SyncIncomplete("The sync was interrupted; run it again.")
    if report.rejected_after:
        raise SyncIncomplete(f"HQ refused {count_noun(report.rejected_after, 'change')}; they are kept on this laptop. "
                             "See the Sync panel for the reasons.")
    if report.pending_after:
        verb = "is" if report.pending_after == 1 else "are"
        raise SyncIncomplete(f"{count_noun(report.pending_after, 'change')} {verb} not acknowledged yet; run the sync "
                             "again.")
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from .bundle import export_bundle

    from .outbox import held_back_message

    with open_store(args) as store:
        result = export_bundle(store, Path(args.out))
        why = held_back_message(store, result.held_back) if result.held_back else None
    if why:
        print(f"Not in the bundle: {why}", file=sys.stderr)
    missing = f" ({count_noun(result.missing_files, 'file')} missing on this laptop)" if result.missing_files else ""
    print(f"Wrote {count_noun(result.ops, 'change')} and {count_noun(result.files, 'file')} to "
          f"{result.path}{missing}, sealed so that only HQ can read them. They stay pending here until HQ's reply is "
          "imported or the next sync.")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from .bundle import import_reply

    with open_store(args) as store:
        result = import_reply(store, Path(args.file))
    print(f"Imported HQ's reply: {count_noun(result.acknowledged, 'change')} acknowledged, "
          f"{count_noun(result.conflicts, 'conflict')}, "
          f"{result.rejected} rejected; {count_noun(result.pulled, 'update')} from HQ applied.")
    for change in result.refused:
        what = change.entity.replace("_", " ").removesuffix("s")
        print(f"  refused: {what} {change.entity_id} (change {change.op_id}): {change.reason}")
    if result.rejected:
        print(f"HQ refused {count_noun(result.rejected, 'change')}; they are kept on this laptop with HQ's reasons "
              "(listed above, and in the Sync panel). The rest was acknowledged.", file=sys.stderr)
    return 1 if result.rejected else 0


def cmd_bundle_missing_action(_args: argparse.Namespace) -> int:
    raise InspectorError("Say what to do: 'bundle export --out FILE' or 'bundle import FILE'.")


def register(command: CommandAdder) -> None:
    sub = command("enrol", cmd_enrol, "enrol this laptop with HQ using a one-time code")
    sub.add_argument("--hq", required=True, help="HQ address, e.g. https://hq.example.go.th")
    sub.add_argument("--code", required=True, help="the one-time code from 'inspector-hq enrol-code'")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    sub = command("sync", cmd_sync, "one push/pull round with HQ; exit 0 only if everything was acknowledged")
    sub.add_argument("--hq", help="use this HQ address for this round (default: the one enrolled with)")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    bundle = command("bundle", cmd_bundle_missing_action,
                     "USB transfer: export pending changes for HQ, import HQ's reply", data_dir=False)
    actions = bundle.add_subparsers(title="bundle commands", metavar="ACTION")
    export = actions.add_parser("export", help="write pending changes and their files to a sealed, signed bundle file",
                                description="Write pending changes and their files to one file for "
                                            "'inspector-hq import-bundle', sealed so that only HQ can read it and "
                                            "signed by this laptop.")
    export.add_argument("--out", required=True, help="the bundle file to write")
    export.set_defaults(func=cmd_bundle_export)
    reply = actions.add_parser("import", help="apply HQ's signed reply bundle (acknowledgements and decisions)",
                               description="Apply the reply written by 'inspector-hq import-bundle --reply'.")
    reply.add_argument("file", help="the reply bundle file")
    reply.set_defaults(func=cmd_bundle_import)
    for sub in (export, reply):
        sub.add_argument("--data-dir", default=str(default_data_dir()), help="the data dir (default: %(default)s)")
        sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")
