"""The printed transfer agreement: each party, the period, the payments, the terms from the
resources file (by kind), and three signature blocks each with its own place and date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kemidesk.db.models import AuditLog
from kemidesk.domain.types import TransferKind
from kemidesk.services import transfers
from kemidesk.services.transfer_documents import parse_terms, render_transfer_pdf

from ..printing.pdfcheck import all_text, pages_text
from .test_grants import setup_placement
from .test_transfers import trial

pytestmark = pytest.mark.usefixtures("db")

TERMS = """% a comment
## Yhteinen
Kaikille {jarjesto} ja {tuntematon}.

Toinen kappale
jatkuu.
## [trial_period] Vain työjakso
Työjakso.
## [move_after] Vain siirtyminen
Siirtyminen {vastaanottaja}.
"""


def test_terms_file_sections_by_kind_with_names_filled() -> None:
    values = {"jarjesto": "Ry", "vastaanottaja": "Oy"}
    trial_terms = parse_terms(TERMS, TransferKind.TRIAL_PERIOD, values)
    assert [s.heading for s in trial_terms] == ["Yhteinen", "Vain työjakso"]
    assert trial_terms[0].paragraphs == ("Kaikille Ry ja {tuntematon}.", "Toinen kappale jatkuu.")
    move_terms = parse_terms(TERMS, TransferKind.MOVE_AFTER, values)
    assert [s.heading for s in move_terms] == ["Yhteinen", "Vain siirtyminen"]
    assert move_terms[1].paragraphs == ("Siirtyminen Oy.",)


def test_the_shipped_terms_cover_what_the_parties_need() -> None:
    from kemidesk.paths import resource_path

    text = Path(resource_path("texts", "siirtosopimus_ehdot.txt")).read_text(encoding="utf-8")
    headings = [s.heading for s in parse_terms(text, TransferKind.TRIAL_PERIOD, {})]
    assert headings[0] == "Työnantaja jakson aikana"
    for needed in ("Vakuutukset ja työturvallisuus", "Ohjaus työpaikalla", "Jakson päättyminen"):
        assert needed in headings


def test_agreement_pdf_has_each_party_the_period_and_three_signature_blocks() -> None:
    pl = setup_placement()
    row = transfers.add_transfer(trial(pl.id))
    pdf = render_transfer_pdf(row.id, today=date(2027, 1, 20))
    text = all_text(pdf)
    for party in ("Kemin Konepaja Oy", "Y-tunnus 3912345-4", "Testi Henkilö", "Pekka Pomo"):
        assert party in text
    assert "1.2.2027–14.3.2027" in text
    assert "30 tuntia viikossa" in text
    assert "250,00 € kuukaudessa" in text
    assert "Työnantaja jakson aikana" in text  # the trial period's terms
    assert "Työnantaja siirtymisen jälkeen" not in text
    assert "{" not in text  # every name in the terms was filled
    assert text.count("Paikka") == 3
    assert text.count("Päivämäärä") == 3
    assert text.count("Nimenselvennys") == 3
    assert "sivu 1 / " in pages_text(pdf)[0]
    assert AuditLog.select().where(AuditLog.action == "print").count() == 1


def test_move_after_prints_its_own_terms_and_an_open_end() -> None:
    pl = setup_placement()
    row = transfers.add_transfer(
        trial(pl.id, kind=TransferKind.MOVE_AFTER, start_date=date(2027, 3, 15), end_date=None,
              payment="")
    )  # fmt: skip
    text = all_text(render_transfer_pdf(row.id))
    assert "15.3.2027 alkaen (toistaiseksi)" in text
    assert "Työnantaja siirtymisen jälkeen" in text
    assert "Siirtymisen toteutuminen" in text
    assert "Jakson päättyminen" not in text
    assert "ei maksa järjestölle korvausta" in text
