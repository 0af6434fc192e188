"""Properties every printed document shares: embedded fonts, determinism, metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from kemidesk.printing.decision import DecisionRenderer, render_decision
from kemidesk.printing.followup import render_followup
from kemidesk.printing.fonts import register_fonts
from kemidesk.printing.payments import render_payment_list

from .pdfcheck import BASE14, all_text, font_descriptor, fonts, reader
from .printing_samples import PERSON_NAME, decision, followup, payment_list, public_copy

# Invariant output (fixed creation date and document id), so that bytes can be compared.
RENDERINGS = {
    "decision": lambda: DecisionRenderer(invariant=True).render(decision()),
    "public_decision": lambda: DecisionRenderer(invariant=True).render(public_copy(decision())),
    "followup": lambda: render_followup([followup(), followup(blank=True)], invariant=True),
    "payment_list": lambda: render_payment_list(payment_list(60), invariant=True),
}
# What the program prints: the real creation date.
REAL = {
    "decision": lambda: render_decision(decision()),
    "followup": lambda: render_followup([followup(blank=True)]),
    "payment_list": lambda: render_payment_list(payment_list(3)),
}


@pytest.fixture(scope="module", params=sorted(RENDERINGS))
def rendered(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    return request.param, RENDERINGS[request.param]()


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()


def test_every_font_is_embedded_truetype(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    used = fonts(pdf)
    assert used
    for font in used:
        name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
        assert name not in BASE14
        assert name.startswith("DejaVuSans")
        descriptor = font_descriptor(font)
        assert descriptor is not None
        assert "/FontFile2" in descriptor


def test_no_base14_font_anywhere_in_the_file(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    for name in BASE14:
        assert f"/{name}".encode() not in pdf


def test_same_input_gives_identical_bytes(rendered: tuple[str, bytes]) -> None:
    name, pdf = rendered
    assert RENDERINGS[name]() == pdf


@pytest.mark.parametrize("name", sorted(REAL))
def test_printed_pdf_carries_its_real_creation_date(name: str) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    meta = reader(REAL[name]()).metadata
    after = dt.datetime.now(dt.UTC)
    assert meta is not None
    created = meta.creation_date
    assert created is not None
    assert created.tzinfo is not None
    assert before <= created <= after
    assert meta.modification_date == created


def test_invariant_output_is_dated_2000(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.creation_date is not None
    assert meta.creation_date.date() == dt.date(2000, 1, 1)


def test_metadata_names_the_organisation_and_no_person(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.author == "Kemin kaupunki"
    assert meta.title
    for value in meta.values():
        assert PERSON_NAME not in str(value)
        assert "010190" not in str(value)


def test_page_numbering_is_printed(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    pages = len(reader(pdf).pages)
    assert "sivu 1 / " in all_text(pdf)
    assert pages >= 1
