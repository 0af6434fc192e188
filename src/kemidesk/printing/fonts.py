"""Bundled DejaVu Sans fonts for every printed document.

ReportLab's base-14 fonts (Helvetica and friends) are not embedded in the PDF and cannot print
Sámi letters, so every document uses the TrueType fonts in `resources/fonts/`, embedded as
subsets. `register_fonts()` is idempotent and cheap after the first call.

Parsing a TrueType file (its character map, widths and glyph offsets: ~6 000 glyphs each) is
~20 ms of CPU per font, paid by every `kemidesk print` process. What the parse finds is kept
between processes in the user's cache folder (`font_cache_dir()`), one file per font, keyed
by the font file's size and modification time, ReportLab's version and Python's: a stale,
damaged or unreadable cache file is ignored and written again. The font's own bytes are
always read from the font file (the subsets embedded in a PDF are cut from them).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
import threading
import zlib
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from kemidesk.paths import APP_AUTHOR, APP_NAME, resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"
CACHE_DIR_ENV = "KEMIDESK_CACHE_DIR"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()

_MAGIC = b"KDFONT1\n"
# A freshly parsed TTFont's objects, made anew from the cache; its other attributes (name,
# flags) are kept as they are.
_FONT_OBJECTS = ("face", "encoding", "state")
# The face's attributes not kept: the font file's bytes and the scale function.
_NOT_KEPT = {"_ttf_data", "_pdfScale"}


def register_fonts() -> None:
    """Register the DejaVu fonts and their family once, so that <b> in paragraphs works."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(load_font(name, resource_path("fonts", filename)))
        # No italic faces are bundled: <i> falls back to the upright faces.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )


def font_cache_dir() -> Path:
    """KEMIDESK_CACHE_DIR, else the user's cache folder (platformdirs)."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def load_font(name: str, path: Path, cache_dir: Path | None = None) -> TTFont:
    """The TrueType font at `path` as ReportLab's TTFont, from the cache when it is valid."""
    folder = font_cache_dir() if cache_dir is None else cache_dir
    cache_file = folder / f"{path.name}.cache"
    data = path.read_bytes()
    key = _cache_key(path, len(data))
    font = _from_cache(cache_file, key, name, path, data)
    if font is None:
        font = _parse(name, path)
        _write_cache(cache_file, key, font)
    return font


def _parse(name: str, path: Path) -> TTFont:
    return TTFont(name, str(path))


def _cache_key(path: Path, size: int) -> list[Any]:
    stat = path.stat()
    return [
        path.name, size, stat.st_mtime_ns, reportlab.Version, list(sys.version_info[:3]),
    ]  # fmt: skip


def _from_cache(
    cache_file: Path, key: list[Any], name: str, path: Path, data: bytes
) -> TTFont | None:
    try:
        raw = cache_file.read_bytes()
        if not raw.startswith(_MAGIC):
            return None
        checksum, payload = raw[len(_MAGIC) : len(_MAGIC) + 4], raw[len(_MAGIC) + 4 :]
        if int.from_bytes(checksum, "big") != zlib.crc32(payload):
            return None
        saved = marshal.loads(payload)
        if saved["key"] != key:
            return None
        face = TTFontFace.__new__(TTFontFace)
        state = dict(saved["face"])
        for attribute, (raw_name, text) in saved["names"].items():
            state[attribute] = _name_bytes(raw_name, text)
        state["_ttf_data"] = data
        state["filename"] = str(path)
        state["_pdfScale"] = _scale(state["unitsPerEm"])
        face.__dict__.update(state)
        font = TTFont.__new__(TTFont)
        font.__dict__.update(saved["font"])
        font.fontName = name
        font.face = face
        font.encoding = TTEncoding()
        font.state = WeakKeyDictionary()
        return font
    except Exception:  # missing, unreadable, damaged or of another layout: parse the font
        return None


def _name_bytes(raw: bytes, text: str) -> TTFNameBytes:
    value = TTFNameBytes(raw)
    value.ustr = text
    return value


def _scale(units_per_em: int) -> Any:
    # As TTFontFile.extractInfo makes it.
    if units_per_em == 1000:
        return lambda x: x
    multiplier = 1000 / units_per_em
    return lambda x: x * multiplier


def _write_cache(cache_file: Path, key: list[Any], font: TTFont) -> None:
    """Kept only when the parsed font is of the layout `_from_cache` makes (else nothing)."""
    if (
        type(font.face) is not TTFontFace
        or type(font.encoding) is not TTEncoding
        or type(font.state) is not WeakKeyDictionary
        or len(font.state)
    ):
        return
    face: dict[str, Any] = {}
    names: dict[str, tuple[bytes, str]] = {}
    for attribute, value in vars(font.face).items():
        if attribute in _NOT_KEPT:
            continue
        if type(value) is TTFNameBytes:
            names[attribute] = (bytes(value), value.ustr)
        else:
            face[attribute] = value
    own = {name: value for name, value in vars(font).items() if name not in _FONT_OBJECTS}
    saved = {"key": key, "face": face, "names": names, "font": own}
    try:
        payload = marshal.dumps(saved)
        if marshal.loads(payload) != saved:  # pragma: no cover - a value marshal changes
            return
    except ValueError:  # a value marshal cannot keep (another ReportLab's face)
        return
    content = _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload
    temporary = None
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_file.parent, prefix=".font-")
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, cache_file)  # whole or not at all, also when two print at once
        temporary = None
    except OSError:  # a read-only or full cache folder: the next process parses again
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
