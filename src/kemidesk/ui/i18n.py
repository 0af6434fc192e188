"""Translations: Finnish is the source language; English comes from resources/translations.

Qt's own strings (Cancel, Yes, the calendar) come from Qt's qtbase_<lang>.qm, so in Finnish
the standard buttons say Kyllä / Ei. Qt's Finnish for Cancel is "Peru", while the program
says "Peruuta": `Wordings`, installed in front of qtbase_fi, makes every Cancel "Peruuta".
The program's strings are written in Finnish in the code (self.tr) and translated to
English by kemidesk_en.qm (built from kemidesk_en.ts with pyside6-lrelease; see
resources/translations/README.md).
"""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kemidesk.paths import resource_path

log = logging.getLogger(__name__)

LOCALES = {
    "fi": QLocale(QLocale.Language.Finnish, QLocale.Country.Finland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Wordings(QTranslator):
    """The program's word for a few of Qt's own strings (one word for cancel: Peruuta)."""

    WORDS: ClassVar[dict[str, str]] = {"Cancel": "Peruuta", "&Cancel": "&Peruuta"}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get(source)  # None is Qt's null string: "not mine, ask the next"

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's and the program's translations for `language` ("fi" or "en")."""
    QLocale.setDefault(LOCALES.get(language, LOCALES["fi"]))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
        wordings = Wordings(app)  # installed last: asked first
        app.installTranslator(wordings)
        installed.append(wordings)
    elif language != "en":
        log.warning("Qt translations for %s not found in %s", language, qt_dir)
    if language == "en":
        own = QTranslator(app)
        folder = str(resource_path("translations"))
        if own.load("kemidesk_en", folder):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("kemidesk_en.qm not found in %s", folder)
    return installed
