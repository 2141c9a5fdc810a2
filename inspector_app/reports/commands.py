"""`inspector-app report`: build a report PDF from the command line.

    inspector-app report ID --kind full|employer|worker [--language my|km|lo|th|en] --out F.pdf
    inspector-app report ID --kind referral [--referral R] --out F.pdf
    inspector-app report --kind summary --province P [--district D] --from DATE --to DATE --out F.pdf
    inspector-app report --kind handbook [--language my|km|lo|th|en] --out F.pdf   (no data dir needed)

Arguments are checked before the passphrase is asked for; the PDF is written to a
temporary file beside the target and renamed into place, so a failed run never leaves a
half-written report (and the file is readable by its owner only: reports are
confidential).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from ..cli_support import CommandAdder, open_store
from ..core.errors import InspectorError, ValidationError, raise_write_error
from .draft import REASON_TEXT

KINDS = ("full", "employer", "worker", "summary", "referral", "handbook")
LANGUAGES = ("my", "km", "lo", "th", "en")


def parse_day(text: str, option: str) -> date:
    """ISO (2026-03-05) or a Thai date (5/3/2569, 5 มีนาคม 2569: Buddhist Era unless marked)."""
    value = (text or "").strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    from ..i18n.dates import parse_thai_date

    try:
        return parse_thai_date(value)
    except ValueError:
        raise ValidationError(
            f"{option}: {text!r} is not a date; write it as YYYY-MM-DD or as a Thai date such as 5/3/2569."
        ) from None


def check_output(path_text: str) -> Path:
    """The output path, if a file can be written there; a clear error otherwise."""
    path = Path(path_text).expanduser()
    if not path.name or path.is_dir():
        raise ValidationError(f"--out {path_text!r} is a folder; give a file name such as report.pdf.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ValidationError(f"Cannot write {path}: the folder {parent} does not exist.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValidationError(f"Cannot write {path}: no permission to write in {parent}.")
    if path.exists() and not os.access(path, os.W_OK):
        raise ValidationError(f"Cannot write {path}: the file exists and is read-only.")
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename it over the target."""
    try:
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False)
    except OSError as exc:
        raise InspectorError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise_write_error(exc, f"writing {path}")
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _check_arguments(args: argparse.Namespace) -> dict[str, object]:
    options: dict[str, object] = {}
    if args.kind == "handbook":
        stray = [name for name, value in (("ID", args.id), ("--province", args.province), ("--district", args.district),
                                          ("--from", args.date_from), ("--to", args.date_to)) if value]
        if stray:
            raise ValidationError(f"The coordinators' handbook is the same for every inspection: leave out {', '.join(stray)}.")
    elif args.kind == "summary":
        if args.id:
            raise ValidationError("A summary covers an area and a period, not one inspection: leave out the ID.")
        missing = [name for name, value in (("--province", args.province), ("--from", args.date_from),
                                            ("--to", args.date_to)) if not value]
        if missing:
            raise ValidationError(f"A summary needs {', '.join(missing)}.")
        start = parse_day(args.date_from, "--from")
        end = parse_day(args.date_to, "--to")
        if start > end:
            raise ValidationError(f"--from ({start.isoformat()}) is after --to ({end.isoformat()}).")
        from .summary_data import resolve_area

        province, district = resolve_area(args.province, args.district)  # offline: no store needed
        options.update(province=province.code, district=district.code if district else None,
                       date_from=start, date_to=end)
    else:
        if not args.id:
            raise ValidationError(f"A {args.kind} report needs the inspection ID (or its reference number).")
        stray = [name for name, value in (("--province", args.province), ("--district", args.district),
                                          ("--from", args.date_from), ("--to", args.date_to)) if value]
        if stray:
            raise ValidationError(f"{', '.join(stray)} apply to summaries only (--kind summary).")
    if args.language and args.kind not in ("worker", "handbook"):
        raise ValidationError("--language applies to worker sheets and the handbook only (--kind worker or handbook).")
    if args.referral is not None:
        if args.kind != "referral":
            raise ValidationError("--referral applies to the referral form only (--kind referral).")
        if not args.referral.strip():
            raise ValidationError("--referral needs a referral id.")
        options["referral_id"] = args.referral.strip()
    options["language"] = args.language
    options["thai_digits"] = args.thai_digits
    return options


def cmd_report(args: argparse.Namespace) -> int:
    options = _check_arguments(args)
    out = check_output(args.out)
    if args.kind == "handbook":
        return _write_handbook(out, str(options["language"] or "th"), bool(options["thai_digits"]))
    from . import build_report

    with open_store(args) as store:
        result = build_report(store, args.kind, args.id, **options)  # type: ignore[arg-type]
    write_atomically(out, result.pdf)
    print(f"Wrote {out} ({result.pages} page{'s' if result.pages != 1 else ''}), report "
          f"{result.source['report_number']}, SHA-256 {result.sha256}.")
    if result.status == "draft":
        print(f"DRAFT, not for issue: {'; '.join(REASON_TEXT.get(r, r) for r in result.draft_reasons)}.")
    for notice in result.notices:
        print(f"Note: {notice}", file=sys.stderr)
    return 0


def _write_handbook(out: Path, language: str, thai_digits: bool) -> int:
    from .fmt import thai_digits as digits_option
    from .handbook import build_handbook

    with digits_option(thai_digits):
        result = build_handbook(language)
    write_atomically(out, result.pdf)
    print(f"Wrote {out} ({result.pages} pages), the coordinators' handbook {result.source['report_number']}, "
          f"SHA-256 {result.sha256}.")
    return 0


def register(command: CommandAdder) -> None:
    sub = command("report", cmd_report, "build a report PDF: full, employer notice, worker sheet, summary or "
                                        "the coordinators' handbook")
    sub.add_argument("id", nargs="?", metavar="ID",
                     help="inspection id or reference number (not for --kind summary)")
    sub.add_argument("--kind", required=True, choices=KINDS,
                     help="full: confidential inspection report; employer: notice to the employer; "
                          "worker: information sheet for workers; summary: province or district over a period; "
                          "referral: the referral form (Thai) for the receiving team; "
                          "handbook: the language coordinators' booklet (no ID or data dir)")
    sub.add_argument("--out", required=True, help="PDF file to write (replaced if it exists)")
    sub.add_argument("--language", choices=LANGUAGES,
                     help="worker sheet language (default: the interviews' most common language); "
                          "handbook language (default: th)")
    sub.add_argument("--referral", metavar="R",
                     help="referral: which of the inspection's referrals (its id; needed when it has several)")
    sub.add_argument("--province", help="summary: province DOPA code (63) or name (Tak, ตาก)")
    sub.add_argument("--district", help="summary: district DOPA code (6306) or name (Mae Sot, แม่สอด)")
    sub.add_argument("--from", dest="date_from", metavar="DATE",
                     help="summary: first visit date, YYYY-MM-DD or a Thai date (5/3/2569)")
    sub.add_argument("--to", dest="date_to", metavar="DATE", help="summary: last visit date (inclusive)")
    sub.add_argument("--thai-digits", action="store_true", help="Thai digits (๑๒๓) in Thai dates, for formal documents")
    sub.add_argument("--user", help="local user (default: whoever the passphrase opens)")
