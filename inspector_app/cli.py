"""`inspector-app`: the desktop app and its command-line tools.

Every command reads the passphrase from INSPECTOR_PASSPHRASE or standard
input, prints one clear line on stderr for bad input and exits non-zero.
A bug never shows a traceback: it is written (without message text, which
could hold interview content) to the log file and summarised on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME, __version__
from .core.demo_account import DEMO_PASSPHRASE, DEMO_USER

if TYPE_CHECKING:
    from .cli_support import CommandAdder

# Opening the app window is the common case, and the one a person waits for: `main` recognises
# its options alone (`window_args`) and loads the command line's modules (every command's, the
# store's, the errors') only for a command, `--help` or an error.

__all__ = ["DEMO_PASSPHRASE", "DEMO_USER", "build_parser", "main"]


# --- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from .cli_support import read_passphrase
    from .core.services import setup
    from .core.views import templates as template_views

    passphrase = read_passphrase("New passphrase: ", confirm=True)
    with setup.create_store(Path(args.data_dir), args.user, passphrase, display_name=args.name) as store:
        templates = template_views.template_count(store)
    print(f"Created a data store in {args.data_dir} for {args.user} ({templates} checklist templates loaded).")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from .cli_support import open_store
    from .core import demo
    from .core.errors import InspectorError

    if args.inspections < 0:
        raise InspectorError("--inspections cannot be negative.")
    with open_store(args) as store:
        report = demo.generate(store, inspections=args.inspections, seed=args.seed)
    print(
        f"Added {report.inspections} inspections, {report.establishments} establishments, "
        f"{report.answers} answers, {report.interviews} interviews and {report.findings} findings."
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .cli_support import open_store
    from .core.listing import list_inspections

    with open_store(args) as store:
        rows = list_inspections(store, status=args.status)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for row in rows:
            print(f"{row['id']}  {row['reference']:<22} {row['status']:<10} {row['visit_date']}  {row['establishment']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .cli_support import open_store
    from .core.checks import run_checks

    with open_store(args) as store:
        results = run_checks(store)
    failed = [r for r in results if not r.ok]
    for result in results:
        print(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
        for problem in result.problems:
            print(f"       {problem}")
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .cli_support import open_store
    from .core.export import export_tables

    with open_store(args) as store:
        print(
            "Warning: the export is NOT encrypted. It holds interview notes and worker details in plain text; "
            "keep it on an encrypted disk and delete it when done.",
            file=sys.stderr,
        )
        written = export_tables(store, Path(args.out), args.format)
    print(f"Wrote {len(written)} files to {args.out}.")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import leave, run_gui

    leave(run_gui(data_dir=Path(args.data_dir) if args.data_dir else None, demo=args.demo))


# --- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from .cli_support import PROG, default_data_dir

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: offline labour inspections. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="data dir for the app window (default: your user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help=f"open with demo data (user {DEMO_USER!r}, passphrase {DEMO_PASSPHRASE!r}); "
                             "without --data-dir a throwaway folder is used")
    parser.set_defaults(func=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                data_dir: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if data_dir:
            sub.add_argument("--data-dir", default=str(default_data_dir()), help="the data dir (default: %(default)s)")
        sub.set_defaults(func=func)
        return sub

    sub = command("init", cmd_init, "create a new encrypted data store with its first user")
    sub.add_argument("--user", required=True, help="user name of the first inspector")
    sub.add_argument("--name", help="display name (default: the user name)")

    sub = command("demo-data", cmd_demo_data, "add realistic synthetic inspections (deterministic with --seed)")
    sub.add_argument("--inspections", type=int, default=200, help="how many inspections (default: %(default)s)")
    sub.add_argument("--seed", type=int, default=2569, help="random seed (default: %(default)s)")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    sub = command("list", cmd_list, "list inspections: id, reference, establishment, status")
    sub.add_argument("--status", choices=["draft", "completed", "signed", "submitted", "approved", "returned"])
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    sub = command("check", cmd_check, "check integrity, foreign keys, the audit chain and its anchors, and every "
                                      "record against its last audit entry")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    sub = command("export", cmd_export, "export every table as CSV or JSON (plaintext!)")
    sub.add_argument("--format", choices=["csv", "json"], required=True)
    sub.add_argument("--out", required=True, help="folder to write into")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")

    # Commands owned by other layers register themselves here.
    from . import cli_establishment_file, cli_followups
    from .reports import commands as report_commands
    from .sync import commands as sync_commands

    adder: CommandAdder = command
    for module in (report_commands, sync_commands, cli_followups, cli_establishment_file):
        module.register(adder)
    return parser


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when they only open the app window (`--data-dir DIR`, `--demo`), else None.

    Anything else (a command, `--help`, `--version`, an unknown or abbreviated option, a missing
    value) goes to the whole parser, which answers exactly as it always has.
    """
    data_dir, demo, rest = None, False, list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--demo":
            demo = True
        elif token == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif token.startswith("--data-dir="):
            data_dir = token.removeprefix("--data-dir=")
        else:
            return None
    return argparse.Namespace(data_dir=data_dir, demo=demo, func=cmd_gui)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        args = window_args(words) or build_parser().parse_args(words)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
        return code
    except BrokenPipeError:
        from .cli_support import quiet_broken_pipe

        return quiet_broken_pipe()
    except KeyboardInterrupt:
        from .cli_support import PROG

        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns an error or a bug into a message
        return _say(exc)


def _say(exc: Exception) -> int:
    """One line on stderr for an error the user can act on; a bug is logged and summarised."""
    from .cli_support import PROG
    from .core.errors import DiskFull, InspectorError, is_disk_full
    from .logs import log_unexpected

    if isinstance(exc, InspectorError):
        print(f"{PROG}: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    if is_disk_full(exc):
        full = DiskFull("writing")
        print(f"{PROG}: error: {full.message}", file=sys.stderr)
        return full.exit_code
    log_path = log_unexpected(exc)
    print(f"{PROG}: unexpected error ({type(exc).__name__}); details were written to {log_path}", file=sys.stderr)
    return 70


if __name__ == "__main__":
    sys.exit(main())
