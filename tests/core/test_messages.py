"""Core's messages: English for the CLI, a template and parameters for the UI, kept across a restart.

And the rule that makes every message a user can meet translatable: each error core, sync and
reports raise carries a marked template, and each marked template is translated in all four
catalogues with the same placeholders.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inspector_app.core import errors
from inspector_app.core.errors import DiskFull, InspectorError, NotFound, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Code, Label, UserMessage, internal
from inspector_app.core.models import Inspection
from inspector_app.core.queries import inspection_items
from inspector_app.core.services import checklist, inspections, sync_apply
from inspector_app.core.store import Store
from inspector_app.sync.engine import SyncReport

from ..followup_builders import answer_all
from .helpers import new_inspection

NOW = datetime(2026, 12, 7, tzinfo=UTC)

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "sync", "reports")
# Modules only the command line reaches: their messages are English by design (the CLI prints English).
CLI_ONLY = {"core/export.py", "core/listing.py", "sync/commands.py", "reports/commands.py"}


def test_a_message_is_its_english_text_and_keeps_what_the_ui_needs() -> None:
    message = UserMessage(QT_TRANSLATE_NOOP("ReferralErrors", "The referral date ({referral_date}) is before the visit "
                                                              "({visit_date})."),
                          referral_date=date(2025, 3, 1), visit_date=date(2025, 3, 5))
    assert message == "The referral date (2025-03-01) is before the visit (2025-03-05)."
    assert message.context == "ReferralErrors" and message.template.startswith("The referral date ({referral_date})")
    assert message.params["visit_date"] == date(2025, 3, 5)


def test_parameters_in_english_codes_labels_lists_and_nested_phrases() -> None:
    message = UserMessage(QT_TRANSLATE_NOOP("Errors", "{what} must be one of {allowed} (got {value})."),
                          what=QT_TRANSLATE_NOOP("Fields", "Sex"), allowed=("female", "male"), value=repr("x"))
    assert message == "Sex must be one of female, male (got 'x')."
    status = UserMessage(QT_TRANSLATE_NOOP("InspectionErrors", "Inspection {reference} is {status}; it cannot become "
                                                               "{target}."),
                         reference="50-2568-AB00001", status=Code("Status", "draft"), target=Code("Status", "signed"))
    assert status == "Inspection 50-2568-AB00001 is draft; it cannot become signed."
    labelled = UserMessage(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."),
                           what=Label({"en": "worksite", "th": "สถานที่"}), id="7")
    assert labelled == "No worksite with id 7."


def test_an_error_carries_the_template_and_prints_english() -> None:
    error = ValidationError(QT_TRANSLATE_NOOP("AttachmentErrors", "The file is larger than {size} MB."), size=64)
    assert str(error) == error.message == "The file is larger than 64 MB."
    assert error.message.translatable and error.message.params == {"size": 64}
    passed_on = InspectorError(error.message)
    assert passed_on.message is error.message
    assert not InspectorError("HQ's own words").message.translatable
    assert not internal("An API called wrongly.").translatable
    full = DiskFull()
    assert "The disk is full (saving)" in full.message and full.message.params["what"].context == "Errors"


def test_a_kept_message_comes_back_whole_and_old_plain_text_still_reads() -> None:
    message = UserMessage(QT_TRANSLATE_NOOP("ReferralErrors", "A referral cannot become {status} on {day}, before its "
                                                              "earlier step ({earlier})."),
                          status=Code("ReferralStatus", "sent"), day=date(2025, 1, 2), earlier=date(2025, 1, 9))
    nested = UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "{parts}."), parts=(message, Label({"en": "x", "th": "ก"})))
    for original in (message, nested):
        again = UserMessage.from_stored(original.to_json())
        assert again == original and again.context == original.context and again.params == original.params
        assert pickle.loads(pickle.dumps(original)) == original
    old = UserMessage.from_stored("Cannot reach HQ at https://hq (refused).")
    assert old == "Cannot reach HQ at https://hq (refused)." and not old.translatable
    assert UserMessage.from_stored(None) is None


def test_completing_too_early_says_which_items_in_a_translatable_message(store: Store) -> None:
    inspection_id = new_inspection(store)
    with pytest.raises(ValidationError) as raised:
        inspections.complete_inspection(store, inspection_id)
    message = raised.value.message
    assert message.context == "InspectionErrors" and message.params["count"] > 1
    assert re.match(r"\d+ required items are not answered yet: ", message)  # the CLI's English


def test_one_item_left_is_said_in_the_singular(store: Store) -> None:
    inspection_id = new_inspection(store)
    answer_all(store, inspection_id)
    with store.session() as session:
        item = next(i for i in inspection_items(session, session.get(Inspection, inspection_id))
                    if i.required and i.answer_type == "compliance")
    checklist.save_answer(store, inspection_id, item.code, result="not_checked")
    with pytest.raises(ValidationError) as raised:
        inspections.complete_inspection(store, inspection_id)
    assert raised.value.message == f"1 required item is not answered yet: {item.code}."
    assert raised.value.message.context == "InspectionErrors"


def test_sync_summaries_count_in_english_words() -> None:
    one = SyncReport(NOW, applied=1, conflicts=1, files_uploaded=1, pulled=1).summary()
    assert one == "1 change sent, 1 conflict kept for review, 1 file uploaded, 1 item received."
    many = SyncReport(NOW, applied=1200, conflicts=2, files_uploaded=3, pulled=0).summary()
    assert many == "1200 changes sent, 2 conflicts kept for review, 3 files uploaded, 0 items received."
    assert all(part.context == "SyncMessages" for part in many.params["parts"])


def test_the_last_sync_error_is_kept_translatable(store: Store) -> None:
    error = UserMessage(QT_TRANSLATE_NOOP("SyncMessages", "Cannot reach HQ at {url} ({reason})."),
                        url="https://hq.example.go.th", reason="refused")
    sync_apply.record_round(store, error=error)
    kept = sync_apply.last_error(store)
    assert kept == error and kept.template == error.template and kept.params == error.params


def test_a_missing_record_is_named_by_its_kind(store: Store) -> None:
    from inspector_app.core.services import findings

    with pytest.raises(NotFound) as raised:
        findings.update_finding(store, "no-such-finding", severity="S2")
    assert raised.value.message == "No finding with id no-such-finding."
    assert raised.value.message.params["what"].context == "Records"


# --------------------------------------------------------------------------- every message translatable


def _error_classes() -> set[str]:
    for module in ("inspector_app.reports", "inspector_app.sync.bundle", "inspector_app.sync.commands",
                   "inspector_app.sync.engine"):
        importlib.import_module(module)  # every error class loaded before they are listed

    found: set[str] = set()
    todo = [errors.InspectorError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _raise_sites() -> list[tuple[str, int, ast.expr | None]]:
    names = _error_classes()
    sites = []
    for package in PACKAGES:
        for path in sorted((ROOT / "inspector_app" / package).rglob("*.py")):
            module = str(path.relative_to(ROOT / "inspector_app"))
            if "migrations" in path.parts or module in CLI_ONLY:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                    func = node.exc.func
                    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                    if name in names:
                        sites.append((f"{module}:{node.lineno}", node.lineno, node.exc.args[0] if node.exc.args else None))
    return sites


def _is_marked(arg: ast.expr | None) -> bool:
    """A marked template, a marked-internal message, or a message (a name) made elsewhere and passed on."""
    if arg is None or isinstance(arg, ast.Name | ast.Attribute | ast.Subscript):
        return True
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "plural":  # a counted pair
        return len(arg.args) == 3 and all(_is_marked(form) and isinstance(form, ast.Call) for form in arg.args[1:])
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name):
        return arg.func.id in ("QT_TRANSLATE_NOOP", "internal", "UserMessage")
    if isinstance(arg, ast.BoolOp):  # `a or QT_TRANSLATE_NOOP(...)`
        return all(_is_marked(v) for v in arg.values)
    return False


def test_every_error_a_user_can_meet_carries_a_marked_template() -> None:
    sites = _raise_sites()
    assert len(sites) > 150  # the scan sees the raise sites (it found none when the class list was empty)
    unmarked = [where for where, _line, arg in sites if not _is_marked(arg)]
    assert unmarked == [], "raise with QT_TRANSLATE_NOOP(context, template) or internal(...): " + ", ".join(unmarked)


def _marked_templates() -> set[tuple[str, str]]:
    pairs = set()
    for package in (*PACKAGES, "ui"):
        for path in (ROOT / "inspector_app" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2
                        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)):
                    pairs.add((node.args[0].value, node.args[1].value))  # type: ignore[union-attr]
    return pairs


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d|%n", text))


@pytest.mark.parametrize("language", ("th", "my", "km", "lo"))
def test_every_marked_template_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = {}
    for context in ET.parse(ROOT / "translations" / f"inspector_{language}.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None and (translation.text or "").strip()
            catalogue[(name, message.findtext("source"))] = translation.text if finished else None
    templates = _marked_templates()
    assert len(templates) > 200
    problems = []
    for context, source in sorted(templates):
        translated = catalogue.get((context, source))
        if translated is None:
            problems.append(f"not translated: {context}: {source}")
        elif _placeholders(translated) != _placeholders(source):
            problems.append(f"placeholders differ: {context}: {source!r} -> {translated!r}")
    assert problems == []
