"""Follow-up forms: header fields, sections for the pen, per-form page numbering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.printing.base import MARGIN_BOTTOM
from kemidesk.printing.flow import CHECKBOX, PEN_LINE_SPACING
from kemidesk.printing.followup import CHECKED, MEETING_ROWS, SIGNERS, TITLE, render_followup
from kemidesk.printing.other_documents import RecordedText

from .pdfcheck import all_text, pages_text, reader
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
        TITLE,
        "Kemi-lisä",
        "Työnantaja (järjestö)",
        "Kemin Seudun Työttömät ry",
        "Työntekijä",
        PERSON_NAME,
        "Ohjaaja",
        "Heikki Ŋuorra",
        "Työhönvalmentaja",
        "Sanna Šakkinen",
        "Palkkatukipäätöksen numero",
        "PT-2025-1187",
        "Kemi-lisäpäätöksen numero",
        "KEMI-LISÄ 2026/0000",
        "Tukijakso",
        "1.1.2026–31.12.2026",
        "Väliarviointi",
        # meetings
        "Päivämäärä",
        "Osallistujat",
        "8.1.2026",
        "12.5.2026",
        "Aloituskeskustelu",
        # sections
        "Tavoitteet ja niiden edistyminen",
        "Annettu tuki ja perehdytys",
        "Koulutus",
        "Koulutusta tarjottu",
        "Työnhaun tuki",
        "Tutustumisjakso",
        "2–3 päivää",
        "Missä",
        "Milloin",
        "Poissaolot ja työajan muutokset",
        "Loppuarvio",
        "Jatkosuunnitelma",
        # recorded answers, each with the date of its talk
        "8.1.2026 – Tavoitteet: Kassatyö ja hyllytys itsenäisesti",
        "12.5.2026 – Edistyminen: Kassatyö sujuu, hyllytys ohjattuna",
        "8.1.2026: Perehdytys kassajärjestelmään",
        "12.5.2026: Hygieniapassi suoritettu 4/2026",
        "12.5.2026: Ansioluettelo päivitetty",
        "12.5.2026: Kemin Kauppa Oy, 2 päivää kesäkuussa",
        "12.5.2026: Työaika 30 → 32 h/vko 1.4.2026",
        "Työntekijän oma arvio",
        "12.5.2026: Viihdyn, haluan kaupan alalle",
        "12.5.2026: Valmis avoimille työmarkkinoille",
        "Seuraavan keskustelun päivä 15.9.2026",
        "Työhönvalmentaja mukana",
        # the next job the bonus needs
        "Uusi työnantaja Kemin Kauppa Oy",
        "Työ alkaa 2.1.2027",
        "Työsopimus Toistaiseksi voimassa oleva, kokoaikainen",
        f"{CHECKED} {OutcomeStatus.COMPANY_JOB.label}",
        # signatures
        "Allekirjoitukset",
        "Ohjaaja / työnantajan edustaja",
        "Kaupungin edustaja tai työhönvalmentaja",
        "Allekirjoitus ja nimenselvennys",
        "viimeiseen maksatushakemukseen",
    ],
)
def test_prefilled_form_contains(filled_text: str, expected: str) -> None:
    assert expected in filled_text


@pytest.mark.parametrize("outcome", list(OutcomeStatus))
def test_every_outcome_has_a_check_box(blank_text: str, outcome: OutcomeStatus) -> None:
    assert f"{CHECKBOX} {outcome.label}" in blank_text


def test_only_the_recorded_next_step_is_ticked(filled_text: str) -> None:
    assert filled_text.count(CHECKED) == 1
    for outcome in OutcomeStatus:
        if outcome is not OutcomeStatus.COMPANY_JOB:
            assert f"{CHECKBOX} {outcome.label}" in filled_text


def test_meetings_say_whether_the_job_coach_was_present(filled_text: str) -> None:
    assert "8.1.2026 Aloituskeskustelu Áilu, Heikki Ŋuorra, Sanna Šakkinen kyllä" in filled_text
    assert "12.5.2026 Väliarviointi Áilu, Heikki Ŋuorra ei" in filled_text


def test_blank_form_has_ten_meeting_rows_and_a_line_for_each_signer(blank_text: str) -> None:
    assert blank_text.count(f"{CHECKBOX} kyllä {CHECKBOX} ei") == MEETING_ROWS == 10
    assert blank_text.count("Paikka ja päivämäärä") == len(SIGNERS) == 3
    assert blank_text.count("Allekirjoitus ja nimenselvennys") == 3
    for signer in SIGNERS:
        assert signer in blank_text
    assert "Seuraavan keskustelun päivä" in blank_text
    assert "Työntekijän oma arvio" in blank_text


def test_prefilled_form_keeps_empty_meeting_rows(filled_text: str) -> None:
    assert filled_text.count(f"{CHECKBOX} kyllä {CHECKBOX} ei") == MEETING_ROWS - 2


def test_trial_visit_not_done_has_its_own_reason_line(blank_text: str) -> None:
    assert "syy yllä" not in blank_text
    assert f"{CHECKBOX} Ei toteutunut Jos ei toteutunut, miksi" in blank_text


def test_next_step_asks_for_the_new_job(blank_text: str) -> None:
    for text in (
        "Uusi työnantaja",
        "Työ alkaa",
        "Työsopimus",
        "Toistaiseksi voimassa oleva",
        "Määräaikainen, päättyy",
        "Osa-aikainen",
    ):
        assert text in blank_text


def test_every_later_page_names_person_employer_and_decision() -> None:
    pages = pages_text(render_followup([followup()]))
    for page in pages[1:]:
        assert "Kemin kaupunki – Työllisyyspalvelut SEURANTALOMAKE Työntekijä" in page
        assert PERSON_NAME in page
        assert "Kemin Seudun Työttömät ry" in page
        assert "KEMI-LISÄ 2026/0000" in page
    blank = pages_text(render_followup([followup(blank=True)]))
    for page in blank[1:]:
        assert "SEURANTALOMAKE Työntekijä Työnantaja Kemi-lisäpäätös Kemin" in page  # blank lines


def _lowest_ink(pdf: bytes) -> list[float]:
    """The lowest y (points from the bottom, on the page) of any line drawn above the
    footer on each page, with the drawing's coordinate transformation applied."""
    lows = []
    for page in reader(pdf).pages:
        ys: list[float] = []

        def visit(
            op: bytes, args: list[object], cm: list[float], tm: list[float], ys: list[float] = ys
        ) -> None:
            if op == b"l":
                x, y = (float(a) for a in args)  # type: ignore[arg-type]
                ys.append(cm[1] * x + cm[3] * y + cm[5])

        page.extract_text(visitor_operand_before=visit)
        lows.append(min(y for y in ys if y > MARGIN_BOTTOM + 1))
    return lows


@pytest.mark.parametrize("blank", [True, False])
def test_writing_lines_fill_every_page(blank: bool) -> None:
    """The last writing line of each page is less than one line above the frame's bottom."""
    pdf = render_followup([followup(blank=blank)])
    for low in _lowest_ink(pdf):
        assert low - MARGIN_BOTTOM < PEN_LINE_SPACING + 4 * MM


def test_long_recorded_answers_flow_on_without_losing_text() -> None:
    long = "Pitkä kirjaus. " * 120
    doc = dataclasses.replace(
        followup(), goals=(RecordedText(dt.date(2026, 2, 1), long.strip(), "Tavoitteet"),) * 3
    )
    pages = pages_text(render_followup([doc]))
    assert len(pages) > 3
    assert " ".join(pages).count("1.2.2026 – Tavoitteet") == 3
    assert "Allekirjoitukset" in pages[-1]


def test_blank_form_has_no_prefilled_values(blank_text: str) -> None:
    assert TITLE in blank_text
    for value in (
        "Kemin Seudun Työttömät ry",
        "Heikki",
        "PT-2025",
        "KEMI-LISÄ 2026",
        "8.1.2026",
        "Kassatyö",
        "Kemin Kauppa Oy",
        "15.9.2026",
        "2.1.2027",
        CHECKED,
    ):
        assert value not in blank_text
    for kind in FollowupType:
        assert f"{CHECKBOX} {kind.label}" in blank_text


def test_blank_flag_wins_over_given_values() -> None:
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
    assert PERSON_NAME + " 1" in " ".join(pages[starts[0] : starts[1]])
    assert PERSON_NAME not in " ".join(pages[starts[1] : starts[2]])


def test_form_is_three_pages() -> None:
    assert len(pages_text(render_followup([followup()]))) == 3
    assert len(pages_text(render_followup([followup(blank=True)]))) == 3


def test_empty_batch_is_an_error() -> None:
    with pytest.raises(ValueError, match="no follow-up forms"):
        render_followup([])


def test_a_section_too_long_for_its_page_moves_whole_to_the_next() -> None:
    """Ten recorded goals do not fit under the meetings table: section 1 starts page 2 (no
    stub of lines on a page of its own), and page 1 gets more meeting rows instead."""
    goals = tuple(
        RecordedText(dt.date(2026, 1 + i, 5), f"Tavoite numero {i}", "Tavoitteet")
        for i in range(10)
    )
    doc = dataclasses.replace(followup(), goals=goals)
    pdf = render_followup([doc])
    pages = pages_text(pdf)
    assert len(pages) == 3
    assert "1. Tavoitteet" not in pages[0]
    assert "1. Tavoitteet ja niiden edistyminen" in pages[1]
    assert all(f"Tavoite numero {i}" in pages[1] for i in range(10))
    assert pages[0].count(f"{CHECKBOX} kyllä {CHECKBOX} ei") > MEETING_ROWS - 2
    assert "Allekirjoitukset" in pages[2]
    for low in _lowest_ink(pdf):
        assert low - MARGIN_BOTTOM < PEN_LINE_SPACING + 4 * MM
