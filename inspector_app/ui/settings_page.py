"""The user's settings: auto-lock, photos, language, documents, HQ address, passphrase.

Every value is stored for the current user (`ctx.settings`) the moment it
changes, and `settingsChanged(key)` tells the rest of the app which one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.errors import WrongPassphrase
from ..core.services import users
from .context import UiContext
from .messages import error_text, say
from .script_metrics import make_room_for_scripts
from .widgets import WrapLabel, scrolling
from .settings import (
    HQ_URL,
    IDLE_LOCK_MINUTES,
    KEEP_ORIGINAL_PHOTOS,
    LANGUAGE,
    PHOTO_MAX_PIXELS,
    THAI_DIGITS,
    UNLOCK_LANGUAGE,
    Setting,
)

# The language list shows each language in its own script, so a user can find theirs
# whatever language the app is in now; only "System default" is translated.
UI_LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("SettingsPage", "System default")),
    ("en", "English"),
    ("th", "ไทย"),
    ("my", "မြန်မာ"),
    ("km", "ខ្មែរ"),
    ("lo", "ລາວ"),
)
PHOTO_SIDE_RANGE = (640, 8192)
ERROR_STYLE = "color: #b00020"
SUCCESS_STYLE = "color: #1b5e20"


def valid_hq_url(text: str) -> bool:
    if not text:
        return True
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


class SettingsPage(QWidget):
    settingsChanged = Signal(str)  # noqa: N815 - Qt signal naming; the Setting's key
    languageChanged = Signal(str)  # noqa: N815 - "" (system), "en", "th", "my", "km", "lo"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.settings
        self._changing_passphrase = False

        # -- language and documents
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.thai_digits = QCheckBox()
        self.thai_digits.setObjectName("thaiDigits")
        self.thai_digits.setChecked(settings.get(THAI_DIGITS))
        self.thai_digits.toggled.connect(lambda v: self._store(THAI_DIGITS, bool(v)))

        # -- security
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setValue(settings.get(IDLE_LOCK_MINUTES))
        self.idle_minutes.valueChanged.connect(lambda v: self._store(IDLE_LOCK_MINUTES, int(v)))
        self.current_passphrase = self._password("currentPassphrase")
        self.new_passphrase = self._password("newPassphrase")
        self.repeat_passphrase = self._password("repeatPassphrase")
        self.change_button = QPushButton()
        self.change_button.setObjectName("changePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        self.repeat_passphrase.returnPressed.connect(self.change_passphrase)
        self.passphrase_message = WrapLabel()
        self.passphrase_message.setObjectName("passphraseMessage")
        self.passphrase_message.hide()

        # -- photos
        self.photo_max = QSpinBox()
        self.photo_max.setObjectName("photoMaxPixels")
        self.photo_max.setRange(*PHOTO_SIDE_RANGE)
        self.photo_max.setSingleStep(256)
        self.photo_max.setValue(settings.get(PHOTO_MAX_PIXELS))
        self.photo_max.valueChanged.connect(lambda v: self._store(PHOTO_MAX_PIXELS, int(v)))
        self.keep_originals = QCheckBox()
        self.keep_originals.setObjectName("keepOriginals")
        self.keep_originals.setChecked(settings.get(KEEP_ORIGINAL_PHOTOS))
        self.keep_originals.toggled.connect(lambda v: self._store(KEEP_ORIGINAL_PHOTOS, bool(v)))

        # -- sync
        self.hq_url = QLineEdit(settings.get(HQ_URL))
        self.hq_url.setObjectName("hqUrl")
        self.hq_url.setPlaceholderText("https://hq.example.go.th")
        self.hq_url.editingFinished.connect(self._hq_url_edited)
        self.hq_message = WrapLabel()
        self.hq_message.setObjectName("hqMessage")
        self.hq_message.setStyleSheet(ERROR_STYLE)
        self.hq_message.hide()

        self._groups: dict[str, QGroupBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._lay_out()
        self.retranslate()
        make_room_for_scripts(self)

    def retranslate(self) -> None:
        titles = {
            "language": self.tr("Language and documents"),
            "security": self.tr("Security"),
            "photos": self.tr("Photos"),
            "sync": self.tr("Synchronisation"),
        }
        for key, title in titles.items():
            self._groups[key].setTitle(title)
        labels = {
            "language": self.tr("Lan&guage"),
            "idle": self.tr("&Lock after idle"),
            "current": self.tr("C&urrent passphrase"),
            "new": self.tr("&New passphrase"),
            "repeat": self.tr("&Repeat new passphrase"),
            "photo_max": self.tr("Longest &side"),
            "hq": self.tr("&HQ address"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.language.setItemText(0, self.tr("System default"))
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.thai_digits.setText(self.tr("Use &Thai digits (๑๒๓) in formal documents"))
        self.thai_digits.setAccessibleName(self.tr("Thai digits in formal documents"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat_passphrase.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.change_button.setText(self.tr("&Change passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.photo_max.setSuffix(self.tr(" px"))
        self.photo_max.setAccessibleName(self.tr("Longest side of stored photos, in pixels"))
        self.keep_originals.setText(self.tr("&Keep the original photo beside the reduced copy"))
        self.keep_originals.setAccessibleName(self.tr("Keep original photos"))
        self.hq_url.setAccessibleName(self.tr("HQ address"))

    def _password(self, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setObjectName(object_name)
        return edit

    def _group(self, key: str) -> QFormLayout:
        group = QGroupBox()
        self._groups[key] = group
        return QFormLayout(group)

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        form.addRow(label, widget)

    def _lay_out(self) -> None:
        form = self._group("language")
        self._row(form, "language", self.language)
        form.addRow("", self.thai_digits)

        form = self._group("security")
        self._row(form, "idle", self.idle_minutes)
        self._row(form, "current", self.current_passphrase)
        self._row(form, "new", self.new_passphrase)
        self._row(form, "repeat", self.repeat_passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.passphrase_message, 1)
        buttons.addStretch()
        form.addRow("", buttons)

        form = self._group("photos")
        self._row(form, "photo_max", self.photo_max)
        form.addRow("", self.keep_originals)

        form = self._group("sync")
        self._row(form, "hq", self.hq_url)
        form.addRow("", self.hq_message)

        content = QWidget()
        scrolling(content, self)
        layout = QVBoxLayout(content)
        for key in ("language", "security", "photos", "sync"):
            layout.addWidget(self._groups[key])
        layout.addStretch(1)
        # Reading order, group by group.
        order = [self.language, self.thai_digits, self.idle_minutes, self.current_passphrase, self.new_passphrase,
                 self.repeat_passphrase, self.change_button, self.photo_max, self.keep_originals, self.hq_url]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

    # -- storing ------------------------------------------------------------------------

    def _store(self, setting: Setting[Any], value: Any) -> None:
        self.ctx.settings.set(setting, value)
        self.settingsChanged.emit(setting.key)

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData() or ""
        self._store(LANGUAGE, code)
        self.ctx.settings.set(UNLOCK_LANGUAGE, code)  # the unlock window, before anyone is known, speaks it too
        self.languageChanged.emit(code)

    def _hq_url_edited(self) -> None:
        text = self.hq_url.text().strip()
        if not valid_hq_url(text):
            self.hq_message.setText(self.tr("Enter the HQ address as https://… (or http://… on a test network)."))
            self.hq_message.show()
            return
        self.hq_message.hide()
        if text != self.ctx.settings.get(HQ_URL):
            self._store(HQ_URL, text)

    # -- passphrase ---------------------------------------------------------------------

    def change_passphrase(self) -> None:
        if self._changing_passphrase:
            return
        old, new, repeat = (self.current_passphrase.text(), self.new_passphrase.text(),
                            self.repeat_passphrase.text())
        if not old:
            self._passphrase_result(lambda: self.tr("Type your current passphrase."), ok=False, focus=self.current_passphrase)
            return
        if not new:
            self._passphrase_result(lambda: self.tr("Type the new passphrase."), ok=False, focus=self.new_passphrase)
            return
        if new != repeat:
            self._passphrase_result(lambda: self.tr("The two new passphrases are not the same. Type the new one again."),
                                    ok=False, focus=self.repeat_passphrase)
            return
        if new == old:
            self._passphrase_result(lambda: self.tr("The new passphrase is the same as the current one."),
                                    ok=False, focus=self.new_passphrase)
            return
        store = self.ctx.store
        self._changing_passphrase = True
        self.change_button.setEnabled(False)
        self._passphrase_result(lambda: self.tr("Changing the passphrase…"), ok=True)
        # Re-wrapping the key runs Argon2id twice (about a second): off the UI thread.
        self.ctx.write(lambda: users.change_passphrase(store, old, new),
                       on_success=self._passphrase_changed, on_failure=self._passphrase_failed, owner=self)

    def _passphrase_changed(self, _result: Any) -> None:
        if not isValid(self):
            return
        self._changing_passphrase = False
        self.change_button.setEnabled(True)
        for edit in (self.current_passphrase, self.new_passphrase, self.repeat_passphrase):
            edit.clear()
        self._passphrase_result(lambda: self.tr("Passphrase changed. Use the new one the next time you unlock."), ok=True)

    def _passphrase_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._changing_passphrase = False
        self.change_button.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            text = lambda: self.tr("The current passphrase is wrong. Nothing was changed.")  # noqa: E731
            focus = self.current_passphrase
        else:
            text = lambda: self.tr("Nothing was changed: %1").replace("%1", error_text(exc))  # noqa: E731
            focus = self.new_passphrase
        self._passphrase_result(text, ok=False, focus=focus)

    def _passphrase_result(self, text: Callable[[], str], *, ok: bool, focus: QLineEdit | None = None) -> None:
        say(self.passphrase_message, text)  # said again in the new language after a switch
        self.passphrase_message.setStyleSheet(SUCCESS_STYLE if ok else ERROR_STYLE)
        self.passphrase_message.show()
        if focus is not None:
            focus.setFocus()
            focus.selectAll()
