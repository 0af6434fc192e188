"""The parsed DejaVu fonts kept between processes (printing.fonts): a font made from the cache
is the font ReportLab parses, and a stale, damaged or missing cache is parsed again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kemidesk.paths import resource_path
from kemidesk.printing import fonts
from kemidesk.printing.decision import DecisionRenderer
from kemidesk.printing.fonts import BOLD, REGULAR, load_font, register_fonts

from .pdfcheck import all_text
from .printing_samples import decision


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    copy = tmp_path / "fonts" / "DejaVuSans.ttf"
    copy.parent.mkdir()
    shutil.copyfile(resource_path("fonts", "DejaVuSans.ttf"), copy)
    return copy


def state_of(font: TTFont) -> dict[str, Any]:
    """Everything a font holds, its scale function by what it gives."""
    face = {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}
    own = {k: v for k, v in vars(font).items() if k not in ("face", "state", "encoding")}
    names = {k: v.ustr for k, v in face.items() if hasattr(v, "ustr")}
    scale = [font.face._pdfScale(x) for x in (0, 1, 2048, -300)]
    types = {k: type(v) for k, v in face.items()}
    return {"face": face, "own": own, "names": names, "scale": scale, "types": types,
            "encoding": type(font.encoding), "state": dict(font.state)}  # fmt: skip


def parsed_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the parses load_font makes."""
    parses: list[str] = []

    parse = fonts._parse

    def counting(name: str, path: Path) -> TTFont:
        parses.append(str(path))
        return parse(name, path)

    monkeypatch.setattr(fonts, "_parse", counting)
    return parses


def test_font_from_the_cache_is_the_parsed_font(
    font_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    parses = parsed_only(monkeypatch)
    first = load_font("F", font_file, cache)
    assert parses == [str(font_file)]
    assert (cache / "DejaVuSans.ttf.cache").is_file()
    second = load_font("F", font_file, cache)
    assert parses == [str(font_file)], "the second load read the cache"
    assert state_of(second) == state_of(first) == state_of(TTFont("F", str(font_file)))
    assert type(second) is TTFont
    assert second.face._ttf_data == font_file.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:100] + bytes([raw[100] ^ 0xFF]) + raw[101:],
        lambda raw: b"garbage" * 100,
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),
    ],
    ids=["empty", "truncated", "flipped-byte", "garbage", "last-byte"],
)
def test_damaged_cache_is_ignored_and_written_again(
    damage: Any, font_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_font("F", font_file, cache)
    cache_file = cache / "DejaVuSans.ttf.cache"
    good = cache_file.read_bytes()
    cache_file.write_bytes(damage(good))
    parses = parsed_only(monkeypatch)
    font = load_font("F", font_file, cache)
    assert parses == [str(font_file)]
    assert state_of(font) == state_of(TTFont("F", str(font_file)))
    assert cache_file.read_bytes() == good
    load_font("F", font_file, cache)
    assert len(parses) == 1


def test_stale_cache_is_ignored_and_written_again(
    font_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_font("F", font_file, cache)
    # Another font file of the same name (an update): another modification time and size.
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    shutil.copyfile(bold, font_file)
    os.utime(font_file, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    parses = parsed_only(monkeypatch)
    font = load_font("F", font_file, cache)
    assert parses == [str(font_file)]
    assert state_of(font) == state_of(TTFont("F", str(font_file)))
    assert font.face.name.ustr == "DejaVuSans-Bold"
    again = load_font("F", font_file, cache)
    assert len(parses) == 1
    assert state_of(again) == state_of(font)
    # Only the modification time changes: parsed again too.
    os.utime(font_file, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    load_font("F", font_file, cache)
    assert len(parses) == 2


def test_unwritable_cache_folder_still_gives_the_font(font_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    font = load_font("F", font_file, blocked)
    assert state_of(font) == state_of(TTFont("F", str(font_file)))
    assert blocked.read_text() == "a file where the cache folder would be"


def test_cache_folder_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fonts.CACHE_DIR_ENV, str(tmp_path / "c"))
    assert fonts.font_cache_dir() == tmp_path / "c"


def test_decision_pdf_is_the_same_with_fonts_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_fonts()
    parsed_bytes = DecisionRenderer(invariant=True).render(decision())
    cache = tmp_path / "cache"
    parses = parsed_only(monkeypatch)
    for name in (REGULAR, BOLD):  # the cache written, then fonts made from it
        load_font(name, resource_path("fonts", fonts._FILES[name]), cache)
    cached = {name: load_font(name, resource_path("fonts", fonts._FILES[name]), cache)
              for name in (REGULAR, BOLD)}  # fmt: skip
    assert len(parses) == 2
    for name, font in cached.items():
        monkeypatch.setitem(pdfmetrics._fonts, name, font)
    assert pdfmetrics.getFont(REGULAR) is cached[REGULAR]
    cached_bytes = DecisionRenderer(invariant=True).render(decision())
    assert all_text(cached_bytes) == all_text(parsed_bytes)
    assert cached_bytes == parsed_bytes
