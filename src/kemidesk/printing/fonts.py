"""Bundled DejaVu Sans fonts for every printed document.

ReportLab's base-14 fonts (Helvetica and friends) are not embedded in the PDF and cannot print
Sámi letters, so every document uses the TrueType fonts in `resources/fonts/`, embedded as
subsets. `register_fonts()` is idempotent and cheap after the first call.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kemidesk.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu fonts and their family once, so that <b> in paragraphs works."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # No italic faces are bundled: <i> falls back to the upright faces.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
