"""Enum values (statuses, decision types, …) in the user's language.

`domain.types` keeps one Finnish label per value (the printed documents use it). The window
shows `enum_label(value)`: the same Finnish text through Qt's translation (context "Enums"), so
the English UI says "In force" and "Positive decision". `LABELS` lists every Finnish label
for pyside6-lupdate; a test checks it against `domain.types`.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Enums"

LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Enums", "Yhdistys"),
    QT_TRANSLATE_NOOP("Enums", "Säätiö"),
    QT_TRANSLATE_NOOP("Enums", "Yritys"),
    QT_TRANSLATE_NOOP("Enums", "Suunniteltu"),
    QT_TRANSLATE_NOOP("Enums", "Voimassa"),
    QT_TRANSLATE_NOOP("Enums", "Päättynyt"),
    QT_TRANSLATE_NOOP("Enums", "Päättynyt ennenaikaisesti"),
    QT_TRANSLATE_NOOP("Enums", "Vireillä"),
    QT_TRANSLATE_NOOP("Enums", "Päätetty"),
    QT_TRANSLATE_NOOP("Enums", "Peruttu"),
    QT_TRANSLATE_NOOP("Enums", "Myönteinen päätös"),
    QT_TRANSLATE_NOOP("Enums", "Osittain myönteinen päätös"),
    QT_TRANSLATE_NOOP("Enums", "Kielteinen päätös"),
    QT_TRANSLATE_NOOP("Enums", "Työllistämisbonus"),
    QT_TRANSLATE_NOOP("Enums", "Muutospäätös"),
    QT_TRANSLATE_NOOP("Enums", "Takaisinperintäpäätös"),
    QT_TRANSLATE_NOOP("Enums", "Luonnos"),
    QT_TRANSLATE_NOOP("Enums", "Lähetetty"),
    QT_TRANSLATE_NOOP("Enums", "Kirje"),
    QT_TRANSLATE_NOOP("Enums", "Sähköposti"),
    QT_TRANSLATE_NOOP("Enums", "Luovutettu henkilökohtaisesti"),
    QT_TRANSLATE_NOOP("Enums", "Erääntyvä"),
    QT_TRANSLATE_NOOP("Enums", "Haettu"),
    QT_TRANSLATE_NOOP("Enums", "Hyväksytty"),
    QT_TRANSLATE_NOOP("Enums", "Maksettu"),
    QT_TRANSLATE_NOOP("Enums", "Pidätetty"),
    QT_TRANSLATE_NOOP("Enums", "Aloituskeskustelu"),
    QT_TRANSLATE_NOOP("Enums", "Väliarviointi"),
    QT_TRANSLATE_NOOP("Enums", "Loppuarviointi"),
    QT_TRANSLATE_NOOP("Enums", "Päättyessä"),
    QT_TRANSLATE_NOOP("Enums", "3 kk päättymisestä"),
    QT_TRANSLATE_NOOP("Enums", "6 kk päättymisestä"),
    QT_TRANSLATE_NOOP("Enums", "Työ yrityksessä"),
    QT_TRANSLATE_NOOP("Enums", "Jatkaa järjestössä omin varoin"),
    QT_TRANSLATE_NOOP("Enums", "Muu työ avoimilla työmarkkinoilla"),
    QT_TRANSLATE_NOOP("Enums", "Koulutus"),
    QT_TRANSLATE_NOOP("Enums", "Muu palvelu"),
    QT_TRANSLATE_NOOP("Enums", "Työtön"),
    QT_TRANSLATE_NOOP("Enums", "Ei tiedossa"),
    QT_TRANSLATE_NOOP("Enums", "Vähintään 300 päivää työmarkkinatukea"),
    QT_TRANSLATE_NOOP("Enums", "Osatyökykyinen"),
    QT_TRANSLATE_NOOP("Enums", "Alle 30-vuotias"),
    QT_TRANSLATE_NOOP("Enums", "Kalenteripäivien mukaan"),
    QT_TRANSLATE_NOOP("Enums", "Arkipäivien (ma–pe) mukaan"),
    QT_TRANSLATE_NOOP("Enums", "Täysi kuukausi"),
    QT_TRANSLATE_NOOP("Enums", "Este"),
    QT_TRANSLATE_NOOP("Enums", "Huomautus"),
    QT_TRANSLATE_NOOP("Enums", "Työnantajat"),
    QT_TRANSLATE_NOOP("Enums", "Esihenkilöt ja työnohjaajat"),
    QT_TRANSLATE_NOOP("Enums", "Työnantajat ja esihenkilöt"),
    QT_TRANSLATE_NOOP("Enums", "Työjakso vastaanottavalla työnantajalla tukijakson aikana"),
    QT_TRANSLATE_NOOP(
        "Enums", "Siirtyminen vastaanottavan työnantajan palvelukseen tukijakson jälkeen"
    ),
    QT_TRANSLATE_NOOP("Enums", "Allekirjoitettu"),
    QT_TRANSLATE_NOOP("Enums", "Käynnissä"),
    QT_TRANSLATE_NOOP("Enums", "Päättynyt, työllistyi"),
    QT_TRANSLATE_NOOP("Enums", "Päättynyt, ei työllistynyt"),
    QT_TRANSLATE_NOOP("Enums", "Avoin"),
    QT_TRANSLATE_NOOP("Enums", "Yhdistetty"),
    QT_TRANSLATE_NOOP("Enums", "Täytetty"),
    QT_TRANSLATE_NOOP("Enums", "Ehdotettu"),
    QT_TRANSLATE_NOOP("Enums", "Hylätty"),
    QT_TRANSLATE_NOOP("Enums", "Käynti työpaikalla"),
    QT_TRANSLATE_NOOP("Enums", "Puhelu"),
    QT_TRANSLATE_NOOP("Enums", "Tapaaminen"),
    QT_TRANSLATE_NOOP("Enums", "Muu"),
)


def enum_label(value: Enum | None) -> str:
    """The value's label in the user's language ("" for None)."""
    if value is None:
        return ""
    finnish = str(getattr(value, "label", value.value))
    return QCoreApplication.translate(CONTEXT, finnish)
