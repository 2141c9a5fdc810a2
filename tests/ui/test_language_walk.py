"""Switching language reaches every screen: every text a user sees is in the language chosen.

One store of demo data, one main window, the wizard and every dialog, opened once. For each of
the five languages the walk visits every page of the main window (as the navigation lists them,
so pages added later are walked too), every tab of the open inspection, every page of the
wizard and every dialog, and collects each visible text: labels, buttons, group and tab titles,
list, combo and table items, table headers, placeholders, spin-box units and window titles.
Each must be found in that language's catalogue (ours or Qt's own strings), in the user's or
demo data, or be a reference-data label as that language shows it (a number, a date written
the way that language writes it).
"""

from __future__ import annotations

import html
import importlib
import json
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import inspect as sql_inspect
from sqlalchemy import select, text

import inspector_app.ui
from inspector_app.core import demo, geography
from inspector_app.core.checklists import label_for
from inspector_app.core.legal import load_legal_reference
from inspector_app.core.models import Inspection
from inspector_app.i18n.dates import ENGLISH_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT, _MONTHS_BY_LANGUAGE
from inspector_app.paths import resources_dir
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from .typing_helpers import wait_until_read

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "th", "my", "km", "lo")
ROWS_PER_VIEW = 12  # the first rows of each list or table: enough to meet every kind of cell
# Texts that read the same in every language (a format the user types, a URL scheme).
NEUTRAL = {"https://", "https://hq.example.go.th", "YYYY-MM-DD", "—", "…"}
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w*\}")
SEPARATORS = re.compile(r" · | — | – | → |; |\n|: |, |၊ ")


# --------------------------------------------------------------------------- what may be shown


def _strip(text: str) -> str:
    if "<" in text:
        text = re.sub(r"<br\s*/?>", "\n", text)
        text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\u200b", "").replace("\u00ad", "")  # break hints are not text
    text = re.sub(r"\(&\w\)", "", text)  # an accelerator shown apart, as in "ที่อยู่ (&H)"
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return "\n".join(line for line in (" ".join(part.split()) for part in text.split("\n")) if line)


def _catalogue_texts(path: Path, translated: bool) -> Iterator[str]:
    for message in ET.parse(path).getroot().iter("message"):
        if not translated:
            yield message.findtext("source") or ""
            continue
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        yield from ((f.text or "") for f in forms) if forms else (translation.text or "",)


class Allowed:
    """What may be shown in one language: catalogue texts (with their placeholders), data, dates, numbers."""

    def __init__(self, language: str, data: set[str], labels: list[dict[str, str]]):
        self.language = language
        catalogues = [(ROOT / "translations" / "qtbase_th.ts", False), (ROOT / "translations" / "inspector_th.ts", False),
                      (ROOT / "translations" / "inspector_en.ts", True)]  # English: the source strings, its plural forms
        if language != "en":
            catalogues = [(ROOT / "translations" / f"qtbase_{language}.ts", True),
                          (ROOT / "translations" / f"inspector_{language}.ts", True)]
        texts = {_strip(t) for path, translated in catalogues for t in _catalogue_texts(path, translated) if t}
        self.long_texts = [t for t in data if len(t) >= 20]
        self._seen: dict[tuple[str, int], bool] = {}
        self.exact = {t for t in texts if not PLACEHOLDER.search(t)} | NEUTRAL | data
        for labels_of in labels:
            shown, _fell_back = label_for(labels_of, language)
            if shown:
                self.exact.add(_strip(shown))
        legal = load_legal_reference()
        self.exact.update(_strip(legal.display(key, language)) for key in legal.sections)
        self.exact.update(_strip(legal.cite(key, language)) for key in legal.sections)  # a table's short citations
        self.compact = {re.sub(r"\s+", "", t) for t in self.exact}  # lines broken for wrapping, as in Thai
        self.patterns = []
        for template in texts:
            if PLACEHOLDER.search(template) and len(PLACEHOLDER.sub("", template).strip(" :()—·.,-")) >= 2:
                parts = PLACEHOLDER.split(template)
                self.patterns.append(re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.S))
        self.dates = _date_patterns(language)

    def ok(self, shown: str, depth: int = 0) -> bool:
        key = (shown, depth)
        if key not in self._seen:
            self._seen[key] = self._ok(shown, depth)
        return self._seen[key]

    def _ok(self, shown: str, depth: int) -> bool:
        shown = _strip(shown)
        if not shown or shown in self.exact or not re.search(r"[^\W\d_]", shown) or len(shown) == 1:
            return True  # empty, known, no letters at all (numbers, punctuation), or a key's letter
        if re.sub(r"\s+", "", shown) in self.compact:
            return True
        if any(p.match(shown) for p in self.dates):
            return True
        if depth < 3:
            for pattern in self.patterns:
                found = pattern.match(shown)
                if found and all(self.ok(part, depth + 1) for part in found.groups()):
                    return True
            pieces = [p for p in SEPARATORS.split(shown) if p.strip()]
            if len(pieces) > 1 and all(self.ok(p, depth + 1) for p in pieces):
                return True
            for cut in SEPARATORS.finditer(shown):  # "S1 · a title, with commas": two known halves
                head, tail = shown[:cut.start()], shown[cut.end():]
                if head.strip() and tail.strip() and self.ok(head, depth + 1) and self.ok(tail, depth + 1):
                    return True
            for inner in (re.fullmatch(r"(.*?)\s*\((.+)\)\s*", shown), re.fullmatch(r"(.*)\s+\((.+?)\)\s*", shown)):
                if inner and all(self.ok(p, depth + 1) for p in inner.groups() if p):  # "Name (detail)"
                    return True
            coded = re.fullmatch(r"(\S+)\s+(.+)", shown)  # "S1  FL-B-07  title": codes from the data, then words
            if coded and coded.group(1) in self.exact and self.ok(coded.group(2), depth + 1):
                return True
        if len(shown) >= 20 and any(known.startswith(shown) for known in self.long_texts):
            return True  # the start of a long text of the user's (a list shows its first words)
        return False


def _date_patterns(language: str) -> list[re.Pattern[str]]:
    months = {"en": list(ENGLISH_MONTHS) + [m[:3] for m in ENGLISH_MONTHS],
              "th": list(THAI_MONTHS) + list(THAI_MONTHS_SHORT)}.get(language) or list(_MONTHS_BY_LANGUAGE[language])
    names = "|".join(re.escape(m) for m in months)
    day = rf"\d{{1,2}} (?:{names}) (?:พ\.ศ\. )?\d{{4}}"
    return [re.compile(rf"^{day}$"), re.compile(rf"^{day}(?:,| เวลา) \d{{2}}:\d{{2}}(?: น\.)?$")]


LANGUAGE_KEYS = {"en", "th", "my", "km", "lo", "kar", "shn", "mnw"}


def _label_dicts(value: Any, out: list[dict[str, str]], data: set[str], user_data: bool = False) -> None:
    """Reference-data labels ({"en": ..., "th": ...}) and the codes beside them, from parsed JSON.

    A text in every language but English (a question for the coordinator to read out) is shown as it
    is in every language. `user_data`: the JSON is a record's (its lists of codes and texts are data)."""
    if isinstance(value, dict):
        if value and all(isinstance(v, str) for v in value.values()) and set(value) <= LANGUAGE_KEYS:
            if "en" in value:
                out.append(value)
            else:
                data.update(_strip(v) for v in value.values())
            return
        for key, inner in value.items():
            if key in ("code", "id", "item_code", "section", "law", "key") and isinstance(inner, str):
                data.add(inner)
            elif user_data and isinstance(inner, str) and inner.strip():
                data.add(_strip(inner))  # a record's own text kept as JSON (a visit HQ published, say)
            if key == "worker_question" and isinstance(inner, dict):  # read out to the worker, in their language
                data.update(_strip(inner[lang]) for lang in ("my", "km", "lo") if isinstance(inner.get(lang), str))
            _label_dicts(inner, out, data, user_data)
    elif isinstance(value, list):
        for inner in value:
            if user_data and isinstance(inner, str):
                data.add(_strip(inner))
            _label_dicts(inner, out, data, user_data)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield _strip(value)
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def shown_anywhere(ctx: UiContext) -> tuple[set[str], list[dict[str, str]]]:
    """The user's and demo data (every text column), and every reference-data label."""
    data: set[str] = set()
    labels: list[dict[str, str]] = []
    with ctx.store.session() as session:
        connection = session.connection()
        for table in sql_inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}" LIMIT 2000')):  # noqa: S608
                for value in row:
                    if not isinstance(value, str) or not value.strip():
                        continue
                    if value[:1] in "[{":
                        try:
                            _label_dicts(json.loads(value), labels, data, user_data=True)
                            continue
                        except ValueError:
                            pass
                    data.add(_strip(value))
                    if value.isdigit() and len(value) in (2, 4, 6):  # a DOPA code: its place, in each language
                        for language in LANGUAGES:
                            data.add(geography.display_name(value, language) or "")
    for province in geography.provinces():  # places: reference data, shown in Thai and Latin letters
        for district in (province, *geography.districts(province.code)):
            data.update((district.name_th, district.name_en))
            data.update(p for sub in geography.subdistricts(district.code) for p in (sub.name_th, sub.name_en))
    from inspector_app.ui.coordinators_page import COORDINATOR_LANGUAGES

    data.update(own for _code, _english, own in COORDINATOR_LANGUAGES)  # each language's own name, in every language
    for path in (resources_dir() / "handbook").glob("*.json"):  # the handbook shows every language side by side
        data.update(_strings(json.loads(path.read_text(encoding="utf-8"))))
    for path in resources_dir().rglob("*.json"):
        try:
            _label_dicts(json.loads(path.read_text(encoding="utf-8")), labels, data)
        except (ValueError, UnicodeDecodeError):
            continue
    # Coded values the records hold ("draft", "follow_up", "years") are not words to show: they need names.
    data = {value for value in data if not re.fullmatch(r"[a-z_/]+", value)}
    data.add(ctx.store.username)
    data.add("report.pdf")  # the file name the preview is opened with below
    data.add(geography.GEOGRAPHY_SOURCE)  # a data source named as its licence asks
    data.discard("")
    return data, labels


# --------------------------------------------------------------------------- what is shown


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything visible under `root` that a user reads."""
    if root.isWindow():
        yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget):
            continue
        kind = type(widget).__name__
        name = widget.objectName() or kind
        if isinstance(widget, QLabel):  # a wrapping label's own text, before it broke it into lines
            yield f"{name} label", widget.plain_text() if hasattr(widget, "plain_text") else widget.text()
        elif isinstance(widget, QAbstractButton):
            yield f"{name} button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{name} group", widget.title()
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                yield f"{name} tab", widget.tabText(n)
        elif isinstance(widget, QComboBox):
            for n in range(widget.count()):
                yield f"{name} item", widget.itemText(n)
            if widget.lineEdit() is not None:
                yield f"{name} placeholder", widget.lineEdit().placeholderText()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):
            for part in (getattr(widget, "suffix", lambda: "")(), getattr(widget, "prefix", lambda: "")(),
                         widget.specialValueText()):
                yield f"{name} unit", part.strip()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _view_texts(name, widget)
        if isinstance(widget, QWizard):
            page = widget.currentPage()
            if page is not None:
                yield f"{name} page title", page.title()
                yield f"{name} page subtitle", page.subTitle()


def _view_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    if isinstance(view, QListWidget):
        for row in range(min(view.count(), ROWS_PER_VIEW)):
            yield f"{name} item", view.item(row).text()
        return
    model = view.model()

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model's columnCount is not callable from Python: one column
            return 1

    for section in range(columns(QModelIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield f"{name} header", header

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), ROWS_PER_VIEW)):
            for column in range(columns(parent)):
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield f"{name} cell", value
            if depth < 2:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(QModelIndex(), 0)


# --------------------------------------------------------------------------- the screens


def every_dialog_class() -> set[type]:
    for module in pkgutil.walk_packages(inspector_app.ui.__path__, "inspector_app.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo: list[type] = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("inspector_app.ui."):
                found.add(sub)
    return found


def tiny_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "1")
    canvas.save()
    return buffer.getvalue()


def make_dialogs(ctx: UiContext, window: MainWindow, data_dir: Path) -> dict[str, QWidget]:
    from inspector_app.core.views import inspection_list, referrals, testimony
    from inspector_app.ui.coordinators_page import CoordinatorDialog
    from inspector_app.ui.editor.documents_box import DocumentDialog
    from inspector_app.ui.establishments_page import EstablishmentDialog
    from inspector_app.ui.first_run import FirstRunDialog
    from inspector_app.ui.referral_dialog import ReferralDialog
    from inspector_app.ui.report_actions import SummaryReportDialog
    from inspector_app.ui.report_preview import ReportPreviewDialog
    from inspector_app.ui.unlock import UnlockDialog

    with ctx.store.session() as session:
        establishment_id = session.scalar(text("SELECT id FROM establishments LIMIT 1"))
        coordinator_id = session.scalar(text("SELECT id FROM language_coordinators LIMIT 1"))
    referral = referrals.list_referrals(ctx.store)[0]
    documents = next(c.documents for c in (testimony.interviews(ctx.store, r.id) for r in inspection_list.list_page(
        ctx.store, inspection_list.InspectionQuery()).rows) if c.documents)
    factories: dict[type, Callable[[], QWidget]] = {
        EstablishmentDialog: lambda: EstablishmentDialog(ctx, establishment_id, parent=window),
        CoordinatorDialog: lambda: CoordinatorDialog(ctx, coordinator_id, parent=window),
        SummaryReportDialog: lambda: SummaryReportDialog(ctx, window),
        ReportPreviewDialog: lambda: ReportPreviewDialog(tiny_pdf(), "report.pdf", window),
        UnlockDialog: lambda: UnlockDialog(data_dir),
        FirstRunDialog: lambda: FirstRunDialog(data_dir.parent / "new-data"),
        ReferralDialog: lambda: ReferralDialog(ctx, referral.id, window),
        DocumentDialog: lambda: DocumentDialog(ctx, documents[0].interview_id, documents[0], window),
    }
    from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

    wizard_like = {NewInspectionWizard}  # walked page by page on its own
    missing = {cls.__name__ for cls in every_dialog_class() - set(factories) - wizard_like}
    assert missing == set(), f"a dialog the walk does not open: add it to make_dialogs: {missing}"
    return {cls.__name__: make() for cls, make in factories.items()}


def walk_wizard(wizard: QWizard, qtbot: QtBot) -> Iterator[tuple[str, str]]:
    wizard.restart()
    step = wizard.establishment_step
    qtbot.waitUntil(lambda: step.picker.list.model().rowCount() > 0, timeout=10_000)
    step.picker.list.setCurrentIndex(step.picker.list.model().index(0, 0))
    for page_number in range(4):
        page = wizard.currentPage()
        wait_until_read(qtbot, wizard)
        qtbot.waitUntil(page.isComplete, timeout=10_000)
        for where, shown in texts_of(wizard):
            yield f"wizard page {page_number + 1}: {where}", shown
        if page_number < 3:
            wizard.next()


def test_every_visible_text_is_in_the_language_chosen(ui_ctx: UiContext, translations: Translations, qtbot: QtBot,
                                                      data_dir: Path) -> None:
    from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

    demo.generate(ui_ctx.store, inspections=3, seed=7)
    ui_ctx.translations = translations
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with ui_ctx.store.session() as session:
        inspection_id = session.scalars(select(Inspection.id).order_by(Inspection.reference)).first()
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    dialogs = make_dialogs(ui_ctx, window, data_dir)
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
        dialog.show()
    handbook = window.show_handbook()
    assert handbook is not None
    wizard = NewInspectionWizard(ui_ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    data, labels = shown_anywhere(ui_ctx)

    problems: dict[str, list[str]] = {}
    pages_seen = 0
    for language in LANGUAGES:
        window.switch_language(language)
        allowed = Allowed(language, data, labels)
        seen: list[tuple[str, str]] = []
        seen += [("navigation", window.nav.item(n).text()) for n in range(window.nav.count())]
        seen += [(f"status bar: {w}", s) for w, s in texts_of(window.statusBar())]
        seen += [("main window title", window.windowTitle())]
        # Every page the main window holds: those the navigation lists (and pages added later), the open
        # inspection and the lock page.
        for row in range(window.stack.count()):
            window.stack.setCurrentIndex(row)
            page = window.stack.currentWidget()
            wait_until_read(qtbot, page)
            pages_seen += 1
            tab_widgets = [bar for bar in page.findChildren(QTabBar) if bar.isVisible()] or [None]
            for bar in tab_widgets:
                for index in range(bar.count() if bar is not None else 1):
                    if bar is not None:
                        bar.setCurrentIndex(index)
                        wait_until_read(qtbot, page)
                    where = f"page {row} ({page.objectName() or type(page).__name__})" + (f", tab {index}" if bar else "")
                    seen += [(f"{where}: {w}", s) for w, s in texts_of(page)]
        for name, dialog in dialogs.items():
            seen += [(f"{name}: {w}", s) for w, s in texts_of(dialog)]
        seen += [(f"handbook: {w}", s) for w, s in texts_of(handbook)]
        seen += list(walk_wizard(wizard, qtbot))
        wrong = sorted({f"{where}: {shown!r}" for where, shown in seen if not allowed.ok(shown)})
        if wrong:
            problems[language] = wrong
    assert pages_seen >= len(LANGUAGES) * (len(MainWindow.PAGES) + 2)  # the pages, the inspection, the lock page
    assert problems == {}, "\n".join(f"{lang}: {len(p)} not in {lang}:\n  " + "\n  ".join(p[:60])
                                     for lang, p in problems.items())
