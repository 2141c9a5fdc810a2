"""Province → district → subdistrict, chosen from the official DOPA lists.

Each level is an editable combo box: the inspector can scroll the list or type
part of a Thai or English name (or the DOPA code) and pick from the
suggestions. Typed text that names exactly one place is accepted on Enter or
when the field loses focus, so "แม่สอด" or "mae sot" is enough.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QSizePolicy, QWidget

from ..core import geography
from ..core.geography import Place
from .script_height import script_safe_height
from .script_metrics import ScriptRowDelegate


def place_text(place: Place) -> str:
    """How a place reads in every list: "แม่สอด (Mae Sot)"."""
    return f"{place.name_th} ({place.name_en})"


class PlaceCombo(QComboBox):
    """One level: editable, filtered by "contains" as the user types."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setItemDelegate(ScriptRowDelegate(self))
        completer.popup().setItemDelegate(ScriptRowDelegate(completer.popup()))
        self.setMinimumHeight(script_safe_height(self))

    def fill(self, places: Sequence[Place]) -> None:
        self.blockSignals(True)
        self.clear()
        for place in places:
            self.addItem(place_text(place), place.code)
        self.setCurrentIndex(-1)
        self.blockSignals(False)

    def code(self) -> str | None:
        """The chosen place, or None when the field is empty or its text names no single place."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return str(self.itemData(index))
        return None

    def resolve_typed_text(self) -> bool:
        """Turn typed text into a choice when it names exactly one place; True if it did."""
        text = self.currentText().strip()
        if not text:
            if self.currentIndex() != -1:
                self.setCurrentIndex(-1)
            return True
        if self.code() is not None:
            return True
        folded = text.casefold()
        names = [(i, self.itemText(i), str(self.itemData(i))) for i in range(self.count())]
        exact = [i for i, shown, code in names
                 if folded in (shown.casefold(), code) or folded in _names_of(shown)]
        matches = exact or [i for i, shown, code in names if folded in shown.casefold() or code.startswith(folded)]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            return True
        return False


def _names_of(shown: str) -> tuple[str, str]:
    """("แม่สอด", "mae sot") from "แม่สอด (Mae Sot)"."""
    thai, _, rest = shown.partition(" (")
    return thai.casefold(), rest.rstrip(")").casefold()


class PlacePicker(QWidget):
    """Three cascading combos; `changed` fires whenever `codes()` would return something new."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.province = PlaceCombo()
        self.province.setObjectName("provinceCombo")
        self.district = PlaceCombo()
        self.district.setObjectName("districtCombo")
        self.subdistrict = PlaceCombo()
        self.subdistrict.setObjectName("subdistrictCombo")

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: list[QLabel] = []
        for combo in (self.province, self.district, self.subdistrict):
            label = QLabel()
            label.setBuddy(combo)
            self._labels.append(label)
            layout.addRow(label, combo)
        self.retranslate()

        self.province.fill(geography.provinces())
        self._last: tuple[str | None, str | None, str | None] = (None, None, None)
        self._update_enabled()
        for combo in (self.province, self.district, self.subdistrict):
            combo.currentIndexChanged.connect(self._on_index_changed)
            combo.lineEdit().editingFinished.connect(lambda c=combo: self._commit(c))
            combo.lineEdit().installEventFilter(self)

    def retranslate(self) -> None:
        for combo, label, name, label_text, placeholder in (
                (self.province, self._labels[0], self.tr("Province"), self.tr("&Province"),
                 self.tr("Type or choose a province")),
                (self.district, self._labels[1], self.tr("District"), self.tr("&District"),
                 self.tr("Type or choose a district")),
                (self.subdistrict, self._labels[2], self.tr("Subdistrict"), self.tr("Su&bdistrict"),
                 self.tr("Type or choose a subdistrict"))):
            combo.setAccessibleName(name)
            combo.lineEdit().setPlaceholderText(placeholder)
            label.setText(label_text)

    # -- public API ---------------------------------------------------------------------

    def codes(self) -> tuple[str | None, str | None, str | None]:
        """(province, district, subdistrict); a level is None when not chosen."""
        province = self.province.code()
        district = self.district.code() if province else None
        subdistrict = self.subdistrict.code() if district else None
        return province, district, subdistrict

    def set_codes(self, province: str | None, district: str | None = None, subdistrict: str | None = None) -> None:
        self.blockSignals(True)
        try:
            _select(self.province, province)
            self._fill_children(self.province)
            _select(self.district, district)
            self._fill_children(self.district)
            _select(self.subdistrict, subdistrict)
        finally:
            self.blockSignals(False)
        self._update_enabled()
        self._emit_if_changed()

    def unresolved_level(self) -> str | None:
        """The first level whose typed text names no single place ("province", ...), if any."""
        for level, combo in (("province", self.province), ("district", self.district), ("subdistrict", self.subdistrict)):
            if combo.isEnabled() and combo.currentText().strip() and combo.code() is None:
                return level
        return None

    # -- behaviour ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter in a place field commits the typed text and moves on; it must not
        # press the dialog's default button before the place is chosen.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                for combo in (self.province, self.district, self.subdistrict):
                    if watched is combo.lineEdit():
                        if self._commit(combo):
                            combo.focusNextChild()
                        return True
        return super().eventFilter(watched, event)

    def _commit(self, combo: PlaceCombo) -> bool:
        resolved = combo.resolve_typed_text()
        self._emit_if_changed()
        return resolved

    def _on_index_changed(self, _index: int) -> None:
        sender = self.sender()
        if sender is self.province or sender is self.district:
            self._fill_children(sender)  # type: ignore[arg-type]
        self._update_enabled()
        self._emit_if_changed()

    def _fill_children(self, parent: PlaceCombo) -> None:
        code = parent.code()
        if parent is self.province:
            self.district.fill(geography.districts(code) if code else ())
            self.subdistrict.fill(())
        elif parent is self.district:
            self.subdistrict.fill(geography.subdistricts(code) if code else ())

    def _update_enabled(self) -> None:
        self.district.setEnabled(self.district.count() > 0)
        self.subdistrict.setEnabled(self.subdistrict.count() > 0)

    def _emit_if_changed(self) -> None:
        now = self.codes()
        if now != self._last:
            self._last = now
            self.changed.emit()


def _select(combo: PlaceCombo, code: str | None) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(code) if code else -1)
    combo.blockSignals(False)
