"""PDF reports (ReportLab, no Qt widgets).

The one entry point for the app and the CLI is `build_report`:

    result = build_report(store, "full", inspection_id)
    result.pdf, result.sha256, result.pages, result.suggested_name, result.status

A report of an inspection that is not signed off is a draft (`result.status`, the
embedded data's "status", a DRAFT watermark on every page); `result.draft_reasons`
says why, for the person printing it, and `result.notices` what else they should know
(a worker sheet made without the minimum wage amount, and why).

Kinds: "full" (confidential inspection report), "employer" (notice to the employer),
"worker" (information sheet in the worker's language), "summary" (province or district
over a period), "referral" (the referral form for the receiving team, `referral_id` picks one of
the inspection's referrals). The coordinators' handbook booklet needs no store: `handbook.build_handbook`. Each PDF embeds its source data (report-source.json) and prints its
SHA-256 and a QR code on the last page.

Modules: data, worker_data and summary_data (what each report shows), notice_policy
(what the employer may see), draft (draft or final), full / employer / worker / summary (layout of
each kind), layout and common (page furniture, tables, the build), verify (hash, QR),
embed (PDF attachments), photos (downscaling and caching), charts, labels (th/en/my/km/lo
label tables), fonts and text (the shaping and line-breaking engine), commands (CLI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inspector_app.core.store import Store

    from .photos import PhotoCache

from ..gc_pause import collection_paused

__all__ = ["KINDS", "ReportResult", "build_report", "collection_paused", "prepare", "render_summary"]

KINDS = ("full", "employer", "worker", "summary", "referral")


@dataclass(frozen=True)
class ReportResult:
    """A finished report. `source` is exactly what the PDF embeds (and `sha256` hashes)."""

    pdf: bytes
    source: dict[str, Any]
    sha256: str
    pages: int
    suggested_name: str
    draft_reasons: tuple[str, ...] = ()  # draft.NOT_SIGNED_OFF, ...; empty when final
    notices: tuple[str, ...] = ()  # for the person printing (the CLI's stderr), e.g. an amount left out

    @property
    def status(self) -> str:
        """ "draft" or "final", as the embedded data states it."""
        return str(self.source.get("status", "final"))


def prepare() -> None:
    """Build now what a process's first report would otherwise wait for: the Thai word and syllable
    dictionaries its line breaking reads (i18n.segment.prepare; a server calls this as it starts)."""
    from ..i18n.segment import prepare as prepare_dictionaries

    prepare_dictionaries()


def _file_name(kind: str, source: dict[str, Any]) -> str:
    stem = {"full": "inspection-report", "employer": "employer-notice", "worker": f"worker-sheet-{source['language']}",
            "summary": "inspection-summary", "referral": "referral-form"}[kind]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", source["report_number"]).strip("-")
    return f"{stem}-{safe}.pdf"


def build_report(
    store: Store,
    kind: str,
    inspection_id: str | None = None,
    *,
    language: str | None = None,
    province: str | None = None,
    district: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    generated_at: datetime | None = None,
    photo_cache: PhotoCache | None = None,
    thai_digits: bool = False,
    testimony_sealed: bool = False,
    referral_id: str | None = None,
) -> ReportResult:
    """Build one report as PDF bytes (never written to disk here).

    `inspection_id` (an id or a reference number) is required for full, employer and
    worker; `province` (code or name), `date_from` and `date_to` for summary.
    `language` picks the worker sheet's language (my, km, lo, th, en; default: the
    interviews' most common language). `thai_digits` prints Thai dates with Thai digits
    (a setting for formal documents). `testimony_sealed` (HQ, without the evidence unlocked):
    the full report says the testimony is sealed (and its embedded data, `"testimony": "sealed"`). Raises an InspectorError subclass with a
    message for people on bad input (unknown id, unknown province, bad period...).
    """
    from inspector_app.core.errors import ValidationError
    from inspector_app.core.messages import QT_TRANSLATE_NOOP, internal

    from inspector_app.core.photos import report_copy

    from . import data, summary_data, worker_data
    from .common import BuildContext
    from .photos import shared_cache

    if referral_id is not None and kind != "referral":
        raise ValidationError(internal("A referral id applies to the referral form only (kind referral)."))
    if kind not in KINDS:
        raise ValidationError(internal(f"Unknown report kind {kind!r}; use one of {', '.join(KINDS)}."))
    moment = generated_at or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValidationError(internal("generated_at must be an aware (UTC) datetime."))
    vault, keep_copies = store.vault, not store.read_only
    ctx = BuildContext(load_attachment=vault.get,
                       load_photo=lambda sha256, pixels: report_copy(vault, sha256, pixels, keep=keep_copies),
                       photo_cache=photo_cache if photo_cache is not None else shared_cache())
    if kind == "summary":
        if not province:
            raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "A summary needs a province (DOPA code or name)."))
        if date_from is None or date_to is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "A summary needs a period: a start and an end "
                                                                    "date."))
        bundle = summary_data.summary_source(store, province=province, district=district, date_from=date_from,
                                     date_to=date_to, generated_at=moment)
    else:
        if not inspection_id:
            raise ValidationError(internal(f"A {kind} report needs an inspection id or reference."))
        if kind == "full":
            bundle = data.full_source(store, inspection_id, generated_at=moment)
            if testimony_sealed:
                bundle.source["testimony"] = "sealed"
        elif kind == "employer":
            bundle = data.employer_source(store, inspection_id, generated_at=moment)
        elif kind == "referral":
            from .referral_data import referral_source

            bundle = referral_source(store, inspection_id, referral_id=referral_id, generated_at=moment)
        else:
            bundle = worker_data.worker_source(store, inspection_id, language=language, generated_at=moment)
    from .fmt import thai_digits as digits_option

    with digits_option(thai_digits):
        result, digest, bundle = _render(kind, bundle, ctx)
    return ReportResult(pdf=result.pdf, source=bundle.source, sha256=digest, pages=result.pages,
                        suggested_name=_file_name(kind, bundle.source), draft_reasons=bundle.draft_reasons,
                        notices=bundle.notices)


def render_summary(bundle: Any, *, thai_digits: bool = False) -> ReportResult:
    """The period summary PDF from a source bundle made by `summary_source.build_summary_source`
    (HQ builds its bundle from its own tables; the laptop's goes through `build_report`)."""
    from .common import BuildContext
    from .fmt import thai_digits as digits_option

    with digits_option(thai_digits):
        result, digest, bundle = _render("summary", bundle, BuildContext())
    return ReportResult(pdf=result.pdf, source=bundle.source, sha256=digest, pages=result.pages,
                        suggested_name=_file_name("summary", bundle.source), draft_reasons=bundle.draft_reasons)


def _render(kind: str, bundle: Any, ctx: Any) -> tuple[Any, str, Any]:
    from . import employer, full, referral, summary, worker
    from .common import finish

    source = bundle.source
    if kind == "worker":
        result, digest = worker.render(bundle, ctx)
    elif kind == "full":
        result, digest = finish(bundle, full.build_story(bundle, ctx), title=full.title(source),
                                record_id=source["inspection"]["id"], language="th", confidential=True)
    elif kind == "employer":
        result, digest = finish(bundle, employer.build_story(bundle, ctx), title=employer.title(source),
                                record_id=source["inspection"]["id"], language="th")
    elif kind == "referral":
        result, digest = finish(bundle, referral.build_story(bundle, ctx), title=referral.title(source),
                                record_id=source["referral"]["id"], language="th",
                                confidential=referral.CONFIDENTIAL)
    else:
        result, digest = finish(bundle, summary.build_story(bundle, ctx), title=summary.title(source),
                                record_id=summary.area_code(source), language="th")
    return result, digest, bundle
