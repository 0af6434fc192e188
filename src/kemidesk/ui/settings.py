"""Window settings in the INI file of AppPaths (never the user's global Qt settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("fi", "en")


class UiSettings:
    """Typed access to the few things the window remembers."""

    def __init__(self, ini_file: Path) -> None:
        ini_file.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(ini_file), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def sync(self) -> None:
        self.qsettings.sync()

    # ------------------------------------------------------------ language

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "fi"))
        return value if value in LANGUAGES else "fi"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value if value in LANGUAGES else "fi")

    # ------------------------------------------------------------ window

    @property
    def show_archived(self) -> bool:
        return str(self._get("view/show_archived", "false")).lower() == "true"

    @show_archived.setter
    def show_archived(self, value: bool) -> None:
        self.qsettings.setValue("view/show_archived", "true" if value else "false")

    @property
    def last_tab(self) -> str:
        return str(self._get("window/last_tab", ""))

    @last_tab.setter
    def last_tab(self, key: str) -> None:
        self.qsettings.setValue("window/last_tab", key)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._get(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(key, value)

    # ------------------------------------------------------------ office server

    @property
    def database_url(self) -> str:
        """The saved office-server connection (`ui.connection`), never with a password;
        "" = the local file."""
        return str(self._get("database/url", "") or "")

    @database_url.setter
    def database_url(self, url: str) -> None:
        from urllib.parse import urlsplit

        if url and urlsplit(url).password:
            raise ValueError("a password never goes into the settings file")
        self.qsettings.setValue("database/url", url)
