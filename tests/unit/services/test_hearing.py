"""The hearing letter before a recovery decision (Hallintolaki 34 §)."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.dates import is_working_day
from kemidesk.services import changes, hearing

from .test_changes import paid_grant
from .test_documents import pdf_text

pytestmark = pytest.mark.usefixtures("db")


def test_hearing_letter_has_the_calculation_and_the_time_to_answer() -> None:
    decision = paid_grant(paid_periods=6)
    changes.decide_amendment(decision.id, date(2026, 7, 15), date(2026, 9, 10), "Päättyi.")
    doc = hearing.hearing_document(decision.id, 75_806, date(2026, 9, 11))
    assert doc.paid_cents == 27_419 + 5 * 50_000
    assert doc.paid_cents - doc.due_cents == 75_806
    # 14 days from Fri 11.9.2026 is Fri 25.9.2026
    assert doc.respond_by == date(2026, 9, 25)
    text = " ".join(
        pdf_text(hearing.render_hearing_pdf(decision.id, 75_806, date(2026, 9, 11))).split()
    )
    for element in (
        "KUULEMISKIRJE",
        "hallintolaki 434/2003, 34 §",
        "Kemi-lisää maksettu 2 774,19 €",
        "= liikaa maksettu 758,06 €",
        "Takaisin perittäväksi esitetään 758,06 €",
        "viimeistään 25.9.2026",
        "Työsuhde päättyi 15.7.2026",
        "ei väärinkäytöksestä",
        "Kemin kaupungin kirjaamo",
        "Lisätietoja antaa",
    ):
        assert element in text, element


def test_answer_time_moves_off_holidays() -> None:
    # 10.12.2026 + 14 days = 24.12. (Christmas Eve) → Monday 28.12.2026
    due = hearing.respond_by(date(2026, 12, 10), "14")
    assert due == date(2026, 12, 28)
    assert is_working_day(due)
