"""Payment list: repeating header, page subtotals and the overall total."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kemidesk.printing.payments import PAGE_SUM_LABEL, render_payment_list

from .pdfcheck import all_text, pages_text, parse_money, reader
from .printing_samples import payment_list

SUBTOTAL = re.compile(PAGE_SUM_LABEL + r" \((\d+) rivi(?:ä)?\): ([\d ]+,\d\d €)")


@pytest.fixture(scope="module")
def long_list() -> tuple[object, bytes]:
    doc = payment_list(150)
    return doc, render_payment_list(doc)


def test_is_landscape(long_list: tuple[object, bytes]) -> None:
    box = reader(long_list[1]).pages[0].mediabox
    assert box.width > box.height


def test_contents(long_list: tuple[object, bytes]) -> None:
    text = all_text(long_list[1])
    for expected in (
        "Kemin kaupunki",
        "MAKSULUETTELO",
        "Kemi-lisän maksuluettelo – lokakuu 2026",
        "Laadittu 28.11.2026",
        "Liisa Pöyhönen",
        "FI21 1234 5600 0007 85",
        "KEMI-LISÄ 2026/0150",
        "1.10.2026–31.10.2026",
        "Hyväksyjä",
        "Yhdistys nro 150 – Kemin Ääni & Öljy ry",
        "Y-tunnus",
        "1234567-1",
        "Kustannuspaikka",
        "4410 Kemi-lisä",
        "Maksupäivä 4.12.2026",
    ):
        assert expected in text


def test_page_subtotals_add_up_to_the_total(long_list: tuple[object, bytes]) -> None:
    doc, pdf = long_list
    pages = pages_text(pdf)
    assert len(pages) >= 5
    subtotals = [SUBTOTAL.search(p) for p in pages]
    found = [m for m in subtotals if m]
    assert len(found) >= 5
    assert sum(int(m.group(1)) for m in found) == 150
    assert sum(parse_money(m.group(2)) for m in found) == doc.total_cents  # type: ignore[attr-defined]


def test_each_page_subtotal_matches_its_rows(long_list: tuple[object, bytes]) -> None:
    doc, pdf = long_list
    rows = doc.rows  # type: ignore[attr-defined]
    for page in pages_text(pdf):
        match = SUBTOTAL.search(page)
        if not match:
            continue
        numbers = [int(n) for n in re.findall(r"KEMI-LISÄ 2026/(\d{4})", page)]
        assert len(numbers) == int(match.group(1))
        assert parse_money(match.group(2)) == sum(rows[n - 1].amount_cents for n in numbers)


def test_header_repeats_on_every_page_with_rows(long_list: tuple[object, bytes]) -> None:
    for page in pages_text(long_list[1]):
        if SUBTOTAL.search(page):
            assert "Tilinumero (IBAN)" in page
            assert "Summa" in page


def test_overall_total_and_count(long_list: tuple[object, bytes]) -> None:
    doc, pdf = long_list
    text = all_text(pdf)
    match = re.search(r"Yhteensä \(150 maksua\) ([\d ]+,\d\d €)", text)
    assert match
    assert parse_money(match.group(1)) == doc.total_cents  # type: ignore[attr-defined]


def test_page_numbering(long_list: tuple[object, bytes]) -> None:
    pages = pages_text(long_list[1])
    for n, page in enumerate(pages, start=1):
        assert f"sivu {n} / {len(pages)}" in page


def test_total_that_disagrees_with_rows_is_refused() -> None:
    doc = payment_list(3)
    with pytest.raises(ValueError, match="total"):
        render_payment_list(dataclasses.replace(doc, total_cents=doc.total_cents + 1))


def test_empty_list_prints() -> None:
    doc = dataclasses.replace(payment_list(0), rows=(), total_cents=0)
    assert "Yhteensä (0 maksua) 0,00 €" in all_text(render_payment_list(doc))


@pytest.mark.parametrize(
    ("count", "total", "page"),
    [
        (1, "Yhteensä (1 maksu)", "(1 rivi)"),
        (2, "Yhteensä (2 maksua)", "(2 riviä)"),
        (3, "Yhteensä (3 maksua)", "(3 riviä)"),
    ],
)
def test_counts_are_good_finnish(count: int, total: str, page: str) -> None:
    text = all_text(render_payment_list(payment_list(count)))
    assert total in text
    assert f"{PAGE_SUM_LABEL} {page}:" in text
    assert "1 maksua" not in text
    assert "1 riviä" not in text


def test_without_preparer_and_payment_date_there_are_lines_to_write_on() -> None:
    doc = dataclasses.replace(payment_list(2), prepared_by="", payment_date=None)
    text = all_text(render_payment_list(doc))
    assert "Laatija Laadittu 28.11.2026 Maksupäivä Hyväksyjä Hyväksytty" in text
    assert "Maksupäivä 4.12.2026" not in text
