"""The training papers: the invitation (one letter per invited association), the sign-in
sheet with the registered names and a signature column (erased people not printed, no names
in the metadata), and the info sheet from the editable text file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kemidesk.services import people as people_svc
from kemidesk.services import training_documents as papers
from kemidesk.services import trainings as svc
from kemidesk.services.trainings import RegistrationInput, TrainingInput
from tests.unit.printing.pdfcheck import all_text, pages_text, reader
from tests.unit.services.factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")


def _training() -> svc.TrainingRow:
    theme = next(t for t in svc.list_themes() if t.name == "Rekrytointiosaaminen")
    return svc.add_training(
        TrainingInput(theme.id, date(2026, 9, 10), "13.00", "15.30",
                      place="Kemin kaupungintalo, kokoushuone 2", trainer="Riikka Rekrytoija",
                      capacity="20", description="Työpaikkailmoitus ja haastattelu.")
    )  # fmt: skip


def test_invitation_has_one_letter_per_association() -> None:
    a, b = association(0), association(1)
    row = _training()
    pdf = papers.invitation_pdf(row.id, [a.id, b.id], today=date(2026, 8, 20))
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert "Testiyhdistys 0 ry" in pages[0] and "Testiyhdistys 1 ry" in pages[1]
    for text in pages:
        assert "Kutsu valmennukseen: Rekrytointiosaaminen" in text
        assert "10.9.2026 13.00–15.30" in text
        assert "Riikka Rekrytoija" in text
        assert "3.9.2026" in text  # register a week before
        assert "sivu 1 / 1" in text
    one = papers.invitation_pdf(row.id, today=date(2026, 8, 20))
    assert "Välityömarkkinoiden työnantajat" in all_text(one)


def test_sign_in_sheet_lists_the_registered_with_a_signature_column() -> None:
    a = association()
    p = person(first_name="Maija", last_name="Mallikas")
    placement(p.id, a.id, start_date=date(2024, 1, 1), end_date=date(2024, 12, 31))
    row = _training()
    svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys", "puheenjohtaja"))
    svc.register(RegistrationInput(row.id, a.id, "Maija Mallikas", "työntekijä", p.id))
    pdf = papers.sign_in_pdf(row.id)
    text = all_text(pdf)
    assert "Allekirjoitus" in text
    assert "Anna Yhteys" in text and "Maija Mallikas" in text
    metadata = str(reader(pdf).metadata)
    assert "Anna" not in metadata and "Mallikas" not in metadata
    people_svc.erase_person(p.id)
    after = all_text(papers.sign_in_pdf(row.id))
    assert "Mallikas" not in after and "Anna Yhteys" in after


def test_info_sheet_text_comes_from_the_file_the_office_edits(tmp_path: Path) -> None:
    shipped = all_text(papers.info_sheet_pdf(None, today=date(2026, 9, 1)))
    assert "Osatyökykyisen työntekijän tukipalvelut" in shipped
    assert "Työhönvalmennus" in shipped and "kommentteja" not in shipped
    own = tmp_path / "tekstit" / "tukipalvelut.txt"
    own.parent.mkdir()
    own.write_text("= Oma tiedote\n\n## Osio\n\n- eka kohta\n  jatkuu\n\nKappale.\n", "utf-8")
    text = all_text(papers.info_sheet_pdf(tmp_path, today=date(2026, 9, 1)))
    assert "Oma tiedote" in text and "eka kohta jatkuu" in text
    assert "Työhönvalmennus" not in text


def test_info_text_parser() -> None:
    title, blocks = papers.parse_info_text("# c\n= T\nyksi\nkaksi\n\n## H\n- a\n- b\n")
    assert title == "T"
    assert [(b.kind, tuple(b.texts)) for b in blocks] == [
        ("paragraph", ("yksi", "kaksi")), ("heading", ("H",)), ("bullets", ("a", "b")),
    ]  # fmt: skip
