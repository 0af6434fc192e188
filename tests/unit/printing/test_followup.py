"""Follow-up forms: header fields, sections for the pen, per-form page numbering."""

from __future__ import annotations

import re

import pytest

from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.printing.flow import CHECKBOX, PEN_LINE_SPACING
from kemidesk.printing.followup import TITLE, render_followup

from .pdfcheck import all_text, pages_text
from .printing_samples import PERSON_NAME, WORK_ABILITY, followup

MM = 72 / 25.4


@pytest.fixture(scope="module")
def filled_text() -> str:
    return all_text(render_followup([followup()]))


@pytest.fixture(scope="module")
def blank_text() -> str:
    return all_text(render_followup([followup(blank=True)]))


@pytest.mark.parametrize(
    "expected",
    [
        TITLE, "Kemi-lisä", "Työnantaja (järjestö)", "Kemin Seudun Työttömät ry", "Työntekijä",
        PERSON_NAME, "Ohjaaja", "Heikki Ŋuorra", "Työhönvalmentaja", "Sanna Šakkinen",
        "Palkkatukipäätöksen numero", "PT-2025-1187", "Kemi-lisäpäätöksen numero",
        "KEMI-LISÄ 2026/0000", "Tukijakso", "1.1.2026–31.12.2026", "Väliarviointi",
        # meetings
        "Päivämäärä", "Osallistujat", "8.1.2026", "12.5.2026", "Aloituskeskustelu",
        # sections
        "Tavoitteet ja niiden edistyminen", "Annettu tuki ja perehdytys", "Koulutus",
        "Koulutusta tarjottu", "Työnhaun tuki", "Tutustumisjakso", "2–3 päivää", "Missä",
        "Milloin", "Poissaolot ja työajan muutokset", "Loppuarvio", "Jatkosuunnitelma",
        # signatures
        "Paikka ja päivämäärä", "Työnantajan edustaja", "allekirjoitus ja nimenselvennys",
        "Työhönvalmentaja (jos osallistui)", "viimeiseen maksatushakemukseen",
    ],
)
def test_prefilled_form_contains(filled_text: str, expected: str) -> None:
    assert expected in filled_text


@pytest.mark.parametrize("outcome", list(OutcomeStatus))
def test_every_outcome_has_a_check_box(filled_text: str, outcome: OutcomeStatus) -> None:
    assert f"{CHECKBOX} {outcome.label}" in filled_text


def test_blank_form_has_no_prefilled_values(blank_text: str) -> None:
    assert TITLE in blank_text
    for value in ("Kemin Seudun Työttömät ry", "Heikki", "PT-2025", "KEMI-LISÄ 2026", "8.1.2026"):
        assert value not in blank_text
    for kind in FollowupType:
        assert f"{CHECKBOX} {kind.label}" in blank_text


def test_blank_flag_wins_over_given_values() -> None:
    import dataclasses

    text = all_text(render_followup([dataclasses.replace(followup(), blank=True)]))
    assert PERSON_NAME not in text
    assert "Heikki" not in text


def test_no_work_ability_data(filled_text: str) -> None:
    assert WORK_ABILITY not in filled_text
    assert "Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja" in filled_text


def test_pen_lines_are_at_least_8_mm_apart() -> None:
    assert PEN_LINE_SPACING >= 8 * MM


def test_each_form_starts_a_new_page_and_is_numbered_on_its_own() -> None:
    docs = [followup(index=1), followup(blank=True), followup(index=3)]
    pages = pages_text(render_followup(docs))
    numbering = [re.search(r"sivu (\d+) / (\d+)", p).groups() for p in pages]  # type: ignore[union-attr]
    starts = [i for i, (n, _) in enumerate(numbering) if n == "1"]
    assert len(starts) == 3
    for i in starts:
        assert TITLE in pages[i]
    for start, end in zip(starts, [*starts[1:], len(pages)], strict=True):
        total = end - start
        assert numbering[start:end] == [(str(n), str(total)) for n in range(1, total + 1)]
    assert PERSON_NAME + " 1" in " ".join(pages[starts[0]:starts[1]])
    assert PERSON_NAME not in " ".join(pages[starts[1]:starts[2]])


def test_form_fits_on_two_pages() -> None:
    assert len(pages_text(render_followup([followup()]))) == 2


def test_empty_batch_is_an_error() -> None:
    with pytest.raises(ValueError, match="no follow-up forms"):
        render_followup([])
