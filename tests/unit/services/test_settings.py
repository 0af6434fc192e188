"""Settings read for the window: the notes of the yearly appropriations."""

from __future__ import annotations

import pytest

from kemidesk.services import settings
from kemidesk.services.settings import appropriation_notes


@pytest.mark.usefixtures("db")
def test_appropriation_notes_by_year() -> None:
    settings.set_appropriation(2026, "250 000,00", "Kaupunginvaltuusto 12.12.2025")
    settings.set_appropriation(2027, "260 000,00")
    assert appropriation_notes() == {2026: "Kaupunginvaltuusto 12.12.2025", 2027: ""}
