"""Typed settings over QSettings: one place that knows every key and its default.

Per-user values live under the user's group, so inspectors sharing a laptop
keep their own language and lock time. `SETTINGS_VERSION` lets a later
release upgrade stored values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    per_user: bool = True


IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 10)
KEEP_ORIGINAL_PHOTOS = Setting("attachments/keep_original", False)
PHOTO_MAX_PIXELS = Setting("attachments/max_side_pixels", 2048)
LANGUAGE = Setting("ui/language", "")  # "" = follow the system locale
THAI_DIGITS = Setting("ui/thai_digits", False)
HQ_URL = Setting("sync/hq_url", "")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), per_user=False)
WINDOW_STATE = Setting("window/state", QByteArray(), per_user=False)
LAST_USER = Setting("unlock/last_user", "", per_user=False)
# The language the app was last shown in (chosen in Settings, or the language of whoever unlocked last): the
# unlock window shows it, since the per-user language is known only after unlock. Not secret, so kept here,
# outside the encrypted store. "" = the system's (a first run).
UNLOCK_LANGUAGE = Setting("unlock/language", "", per_user=False)
USB_FOLDER = Setting("sync/usb_folder", "", per_user=False)  # where the last USB bundle went (the stick's folder)


class Settings:
    def __init__(self, username: str | None = None, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings()
        self.username = username
        if int(self._q.value("meta/version", 0) or 0) < SETTINGS_VERSION:
            self._q.setValue("meta/version", SETTINGS_VERSION)
            self._q.sync()  # every write is on disk when it returns: the app's process ends without teardown

    def _key(self, setting: Setting[Any]) -> str:
        if setting.per_user and self.username:
            return f"users/{self.username}/{setting.key}"
        return setting.key

    def get(self, setting: Setting[T]) -> T:
        value = self._q.value(self._key(setting), setting.default)
        default = setting.default
        if isinstance(default, bool):
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return default
        return value if value is not None else default  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(self._key(setting), value)
        self._q.sync()
