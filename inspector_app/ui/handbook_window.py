"""The coordinators' handbook window (F1 from any screen): conduct, safeguards and a searchable glossary.

A separate, non-modal window, so it stays open beside an inspection being edited. The
user's language picks the headings and comes first; the content is always shown in all
five languages, because the coordinator and the inspector read it together. Content
comes from `core.handbook` (versioned resource data, no database). Texts or legal
references not yet checked carry "to be confirmed", as the data says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.handbook import LANGUAGE_NAMES, LANGUAGES, Handbook, Part, Term, load_handbook
from ..core.handbook_search import Hit, search
from ..i18n.zawgyi import normalize_burmese
from .context import UiContext
from .language import current_language
from .messages import say_error
from .script_metrics import ScriptRowDelegate, make_room_for_scripts
from .widgets import WrapLabel, resize_within_screen

Index = QModelIndex | QPersistentModelIndex
ROLE_TERM_ID = Qt.ItemDataRole.UserRole + 1
MUTED_STYLE = "color: #5a5a5a"
MARK_STYLE = "color: #8a4b00"
ENGLISH_NAMES = {
    "th": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "my": QT_TRANSLATE_NOOP("Languages", "Burmese"),
    "km": QT_TRANSLATE_NOOP("Languages", "Khmer"),
    "lo": QT_TRANSLATE_NOOP("Languages", "Lao"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
}


def reading_order(language: str) -> list[str]:
    """The user's language first, then the others in the handbook's order."""
    first = language if language in LANGUAGES else "en"
    return [first, *(code for code in LANGUAGES if code != first)]


def language_heading(code: str) -> str:
    """"မြန်မာ · Burmese" in the user's language; the own-script name alone where they agree."""
    own = LANGUAGE_NAMES[code][1]
    translated = QCoreApplication.translate("Languages", ENGLISH_NAMES[code])
    return own if own == translated else f"{own} · {translated}"


def to_be_confirmed() -> str:
    return QCoreApplication.translate("HandbookWindow", "to be confirmed")


def _label(text: str = "", *, style: str = "", bold: bool = False, size: float | None = None) -> WrapLabel:
    label = WrapLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if bold or size:
        font = label.font()
        font.setBold(bold)
        if size:
            font.setPointSizeF(font.pointSizeF() * size)
        label.setFont(font)
    return label


# --------------------------------------------------------------------------- glossary list


class GlossaryListModel(QAbstractListModel):
    """The terms a search found, best first: the term in the user's language and in English."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._language = "en"

    def set_hits(self, hits: list[Hit], language: str) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._language = language if language in LANGUAGES else "en"
        self.endResetModel()

    def term(self, row: int) -> Term:
        return self._hits[row].term

    def row_of(self, term_id: str) -> int | None:
        return next((n for n, hit in enumerate(self._hits) if hit.term.id == term_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        term = self._hits[index.row()].term
        if role == Qt.ItemDataRole.DisplayRole:
            own = term.term[self._language]
            return own if self._language == "en" else f"{own} · {term.term['en']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{LANGUAGE_NAMES[code][1]}: {term.term[code]}" for code in LANGUAGES)
        if role == ROLE_TERM_ID:
            return term.id
        return None


# --------------------------------------------------------------------------- one term


class TermCard(QWidget):
    """The chosen term in five languages side by side, with its legal basis."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handbookTermCard")
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.term: Term | None = None
        self.language = ""
        self.texts: dict[str, WrapLabel] = {}  # language -> the term's label
        self.legal: list[WrapLabel] = []

    def clear(self) -> None:
        _empty_layout(self._layout)
        self.texts = {}
        self.legal = []
        self.term = None

    def show_term(self, term: Term | None, handbook: Handbook, language: str) -> None:
        self.clear()
        self.term = term
        self.language = language
        if term is None:
            self._layout.addWidget(_label(self.tr("No term matches this search."), style=MUTED_STYLE))
            return
        order = reading_order(language)
        self._layout.addWidget(_label(term.term[order[0]], bold=True, size=1.35))
        self._layout.addWidget(_label(term.category.title[order[0]], style=MUTED_STYLE))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for column, code in enumerate(order):
            grid.addWidget(_label(language_heading(code), style=MUTED_STYLE), 0, column)
            text = _label(term.term[code], bold=column == 0)
            text.setObjectName(f"term_{code}")
            self.texts[code] = text
            grid.addWidget(text, 1, column)
            if code in term.to_be_confirmed:
                grid.addWidget(_label(f"({to_be_confirmed()})", style=MARK_STYLE), 2, column)
            grid.setColumnStretch(column, 1)
        self._layout.addLayout(grid)
        aliases = [alias for code in order for alias in term.aliases.get(code, ())]
        if aliases:
            self._layout.addWidget(_label(self.tr("Also: %1").replace("%1", ", ".join(aliases)), style=MUTED_STYLE))

        heading = _label(self.tr("Legal basis"), bold=True)
        heading.setContentsMargins(0, 10, 0, 0)
        self._layout.addWidget(heading)
        legal_language = "th" if language == "th" else "en"
        if term.legal_basis:
            for section in term.legal_basis:
                line = _label(handbook.citation(section, language))
                self.legal.append(line)
                self._layout.addWidget(line)
        else:
            line = _label(self.tr("No statutory definition"))
            self.legal.append(line)
            self._layout.addWidget(line)
        if term.basis_note:
            note = term.basis_note[legal_language]
            if term.basis_note_verify:
                note += f" ({to_be_confirmed()})"
            self._layout.addWidget(_label(note, style=MUTED_STYLE))


def _empty_layout(layout: Any) -> None:
    """Take every widget and nested layout out at once (deleteLater alone leaves them painted until idle)."""
    while layout.count():
        item = layout.takeAt(0)
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            _empty_layout(inner)
            inner.deleteLater()


# --------------------------------------------------------------------------- conduct and safeguards


class GuidancePage(QScrollArea):
    """One part of the handbook: numbered rules, each in all five languages."""

    def __init__(self, part_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.part_id = part_id
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.texts: dict[tuple[str, str], WrapLabel] = {}  # (item id, language) -> label

    def fill(self, part: Part, language: str) -> None:
        self.texts = {}
        order = reading_order(language)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = _label(part.title[order[0]], bold=True, size=1.3)
        layout.addWidget(title)
        layout.addWidget(_label(part.intro[order[0]]))
        for number, item in enumerate(part.items, start=1):
            card = QFrame()
            card.setObjectName(f"rule_{item.id}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            grid = QGridLayout(card)
            grid.setColumnStretch(2, 1)
            grid.addWidget(_label(f"{number}.", bold=True), 0, 0, Qt.AlignmentFlag.AlignTop)
            for row, code in enumerate(order):
                grid.addWidget(_label(LANGUAGE_NAMES[code][1], style=MUTED_STYLE), row, 1, Qt.AlignmentFlag.AlignTop)
                text = item.text[code]
                if code in item.to_be_confirmed:
                    text += f" ({to_be_confirmed()})"
                label = _label(text, bold=row == 0)
                self.texts[(item.id, code)] = label
                grid.addWidget(label, row, 2)
            if item.legal_basis:
                cited = ", ".join(f"{s.law} {s.section}" for s in item.legal_basis)
                grid.addWidget(_label(cited, style=MUTED_STYLE), len(order), 2)
            layout.addWidget(card)
        old = self.takeWidget()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        self.setWidget(body)


# --------------------------------------------------------------------------- the window


class HandbookWindow(QWidget):
    """The handbook beside the editor. `find(text)` searches the glossary and shows the best match."""

    def __init__(self, ctx: UiContext | None = None, parent: QWidget | None = None,
                 handbook: Handbook | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.handbook = handbook or load_handbook()
        self.setObjectName("handbookWindow")
        resize_within_screen(self, 1080, 720)

        self.search = QLineEdit()
        self.search.setObjectName("handbookSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.find)
        self.found = QLabel()
        self.found.setObjectName("handbookFound")
        self.print_button = QPushButton()
        self.print_button.setObjectName("handbookPrint")
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.status = WrapLabel()
        self.status.setObjectName("handbookStatus")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("handbookTabs")
        self.conduct_page = GuidancePage("conduct")
        self.safeguards_page = GuidancePage("safeguards")
        self.terms = QListView()
        self.terms.setObjectName("handbookTerms")
        self.terms.setItemDelegate(ScriptRowDelegate(self.terms))
        self.terms.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has all five languages
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model = GlossaryListModel(self)
        self.terms.setModel(self.model)
        self.terms.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.card = TermCard()
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setWidget(self.card)
        self.glossary_page = QSplitter(Qt.Orientation.Horizontal)
        self.glossary_page.addWidget(self.terms)
        self.glossary_page.addWidget(card_scroll)
        self.glossary_page.setStretchFactor(0, 0)
        self.glossary_page.setStretchFactor(1, 1)
        self.glossary_page.setSizes([330, 750])
        for page in (self.conduct_page, self.safeguards_page, self.glossary_page):
            self.tabs.addTab(page, "")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.found)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        make_room_for_scripts(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self._language = ""
        self.retranslate()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Coordinators' handbook (edition %1)").replace("%1", self.handbook.version))
        self.search.setPlaceholderText(self.tr("Find a term in Thai, Burmese, Khmer, Lao or English"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.print_button.setText(self.tr("Print or save booklet"))
        self.print_button.setAccessibleName(self.tr("Print or save the handbook as a booklet"))
        self.print_menu.clear()
        for code in reading_order(language):
            action = self.print_menu.addAction(language_heading(code), lambda code=code: self.make_booklet(code))
            action.setObjectName(f"booklet_{code}")
        self.tabs.setTabText(0, self.tr("Code of conduct"))
        self.tabs.setTabText(1, self.tr("Interview safeguards"))
        self.tabs.setTabText(2, self.tr("Glossary"))
        self.terms.setAccessibleName(self.tr("Glossary terms"))
        if language != self._language:
            self._language = language
            self.conduct_page.fill(self.handbook.conduct, language)
            self.safeguards_page.fill(self.handbook.safeguards, language)
        self.find(self.search.text(), switch_tab=False)

    # -- searching ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.close()

    def find(self, text: str, *, switch_tab: bool = True) -> list[Hit]:
        """Search the glossary; show the hits and the best one, in the glossary tab."""
        current = self.card.term.id if self.card.term is not None else None
        hits = search(self.handbook, text)
        self.model.set_hits(hits, self._language or current_language())
        self.found.setText(self.tr("%n terms", "", len(hits)))
        if text.strip() and switch_tab:
            self.tabs.setCurrentWidget(self.glossary_page)
        converted = normalize_burmese(text)[1]
        self.status.setText(self.tr("Burmese typed in Zawgyi was searched as Unicode.") if converted else "")
        keep = current if not text.strip() else None
        row = (self.model.row_of(keep) if keep else None) or 0
        if hits:
            self.terms.setCurrentIndex(self.model.index(row, 0))
            self._show(row)
        else:
            self._show(-1)
        return hits

    def _show(self, row: int) -> None:
        term = self.model.term(row) if 0 <= row < self.model.rowCount() else None
        language = self._language or current_language()
        if term is not None and term is self.card.term and language == self.card.language:
            return
        self.card.show_term(term, self.handbook, language)

    def show_term(self, term_id: str) -> bool:
        """Select a term in the glossary (clearing a search that hides it)."""
        row = self.model.row_of(term_id)
        if row is None:
            self.search.clear()
            row = self.model.row_of(term_id)
        if row is None:
            return False
        self.tabs.setCurrentWidget(self.glossary_page)
        self.terms.setCurrentIndex(self.model.index(row, 0))
        self._show(row)
        return True

    # -- the booklet ------------------------------------------------------------------------------

    def make_booklet(self, language: str) -> None:
        """Build the A5 booklet off the UI thread, then preview it (Print and Save as are there)."""
        from ..reports.handbook import build_handbook

        self.status.setText(self.tr("Making the booklet…"))

        def shown(result: Any) -> None:
            from .report_preview import ReportPreviewDialog

            self.status.setText("")
            dialog = ReportPreviewDialog(result.pdf, result.suggested_name, self)
            dialog.setObjectName("bookletPreview")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(exc: BaseException) -> None:
            say_error(self.status, exc)

        handbook = self.handbook
        digits = False
        if self.ctx is not None:
            from . import settings as keys

            digits = bool(self.ctx.settings.get(keys.THAI_DIGITS))

        def build() -> Any:
            from ..reports.fmt import thai_digits

            with thai_digits(digits):
                return build_handbook(language, handbook=handbook)

        if self.ctx is None:
            try:
                shown(build())
            except Exception as exc:  # noqa: BLE001 - shown to the user, like a failed background build
                failed(exc)
            return
        self.ctx.ops.run(build, on_success=shown, on_failure=failed, network=True, owner=self)
