"""Helpers to look inside rendered PDFs with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def normalise(text: str) -> str:
    """No-break spaces as spaces, runs of whitespace as one space."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def pages_text(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font dictionary used by any page."""
    found = []
    for page in reader(pdf).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            found.append(ref.get_object())
    return found


def font_descriptor(font: DictionaryObject) -> DictionaryObject | None:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    descendants = font.get("/DescendantFonts")
    if descendants:
        return font_descriptor(descendants.get_object()[0].get_object())
    return None


def parse_money(text: str) -> int:
    """ "1 234,50 €" → 123450."""
    euros, cents = text.replace(" ", "").replace("€", "").split(",")
    return int(euros) * 100 + int(cents)
