"""Documents built from records: the right content, the public copy without personal data."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kemidesk.cli import main
from kemidesk.db.models import Decision, Placement
from kemidesk.domain.types import FollowupType
from kemidesk.printing.payments import render_payment_list
from kemidesk.services import documents
from kemidesk.services.followups import FollowupInput, record_followup

from .test_grants import apply, grant, setup_placement


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def decided(db):  # type: ignore[no-untyped-def]
    pl = setup_placement(
        person={
            "hetu": "131052-308T",
            "birth_date": None,
            "work_ability_note": "selkävaiva",
            "partial_work_ability": True,
        }
    )
    return grant(apply(pl.id).id)


def test_party_copy_has_person_placement_and_schedule(decided) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(documents.render_decision_pdf(decided.id))
    for expected in (
        "KL-2026-001",
        "Testi Henkilö",
        "131052-****",
        "Testiyhdistys 0 ry",
        "0737546-2",
        "FI21 1234 5600 0007 85",
        "kierrätystyöntekijä",
        "PT-1",
        "6 000,00",
        "274,19",
        "OIKAISUVAATIMUSOHJE",
        "Osatyökykyinen",
        "Maija Päättäjä",
    ):
        assert expected in text, expected
    assert "308T" not in text  # HETU masked even on the party copy
    assert "selkävaiva" not in text  # health data is not needed on a decision


def test_public_copy_has_no_personal_data(decided) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(documents.render_decision_pdf(decided.id, public=True))
    assert "KL-2026-001" in text and "Testiyhdistys 0 ry" in text
    for personal in ("Testi Henkilö", "Henkilö", "131052", "Osatyökykyinen", "300 päivää"):
        assert personal not in text, personal


def test_company_decision_has_de_minimis_statement(db) -> None:  # type: ignore[no-untyped-def]
    from kemidesk.domain.types import EmployerType
    from kemidesk.services.associations import AssociationInput, create_association

    from .factories import person, placement

    company = create_association(
        AssociationInput(
            name="Testi Oy", business_id="1572860-0", employer_type=EmployerType.COMPANY
        )
    )
    pl = placement(
        person().id,
        company.id,
        pt_percent=50,
        monthly_wage="2500",
        wage_costs="3300",
        pt_monthly="1000",
    )
    decision = grant(apply(pl.id).id, monthly="300,00", warning_justification="Tarkistettu.")
    text = pdf_text(documents.render_decision_pdf(decision.id))
    assert "de minimis" in text and "2023/2831" in text


def test_followup_form_prefilled_and_blank(decided) -> None:  # type: ignore[no-untyped-def]
    placement_id = Decision.get_by_id(decided.id).placement_id
    record_followup(
        FollowupInput(
            placement_id=placement_id,
            followup_type=FollowupType.START,
            held_on=date(2026, 3, 20),
            participants="Testi, Ohjaaja Olli",
        )
    )
    filled = pdf_text(documents.render_followups_pdf([documents.followup_document(placement_id)]))
    assert "Testi Henkilö" in filled and "KL-2026-001" in filled and "Ohjaaja Olli" in filled
    blank = pdf_text(documents.render_followups_pdf([documents.blank_followup_document()]))
    assert "Testi Henkilö" not in blank and "PALKKATUETUN TYÖN" in blank


def test_visit_pack_has_one_form_per_running_placement(decided) -> None:  # type: ignore[no-untyped-def]
    association_id = Decision.get_by_id(decided.id).association_id
    docs = documents.followup_documents_for_association(association_id, date(2026, 6, 1))
    assert len(docs) == 1
    assert documents.followup_documents_for_association(association_id, date(2028, 1, 1)) == []


def test_payment_list_for_month(decided) -> None:  # type: ignore[no-untyped-def]
    from kemidesk.db.models import Payment

    Payment.update(status="approved", approved_on=date(2026, 4, 20)).where(
        Payment.period_index <= 2
    ).execute()
    doc = documents.payment_list_document("2026-04")
    assert len(doc.rows) == 2 and doc.total_cents == 27_419 + 50_000
    text = pdf_text(documents.render_payment_list_pdf("2026-04"))
    assert "774,19" in text and "KL-2026-001" in text
    assert documents.payment_list_document("2026-05").rows == ()


def test_cli_print_commands(demo_db, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(demo_db.data_dir)]
    if demo_db.database_url:
        data += ["--database", demo_db.database_url]
    number = Decision.select().where(Decision.decision_type == "grant").first().number
    placement_id = Placement.select().first().id
    from kemidesk.db.connection import close_database

    close_database()
    assert main(["print", "decision", number, "-o", str(tmp_path / "d.pdf"), *data]) == 0
    assert (
        main(["print", "decision", number, "--public", "-o", str(tmp_path / "p.pdf"), *data]) == 0
    )
    assert (
        main(
            [
                "print",
                "followup",
                str(placement_id),
                "--blank",
                "-o",
                str(tmp_path / "f.pdf"),
                *data,
            ]
        )
        == 0
    )
    assert (
        main(["print", "payments", "--month", "2026-11", "-o", str(tmp_path / "m.pdf"), *data]) == 0
    )
    assert main(["print", "decision", "KL-1900-001", "-o", str(tmp_path / "x.pdf"), *data]) == 2
    assert main(["print", "followup", "999999", "-o", str(tmp_path / "x.pdf"), *data]) == 2
    with pytest.raises(SystemExit) as refused:  # argparse refuses the month (cli_args)
        main(["print", "payments", "--month", "marraskuu", "-o", str(tmp_path / "x.pdf"), *data])
    assert refused.value.code == 2
    assert "ei löydy" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert pdf_text((tmp_path / "d.pdf").read_bytes()).count(number) >= 1


def test_payment_batch_pdf_and_csv(decided) -> None:  # type: ignore[no-untyped-def]
    from kemidesk.db.models import Payment
    from kemidesk.services import payments

    Payment.update(status="approved", approved_on=date(2026, 4, 20)).where(
        Payment.period_index <= 2
    ).execute()
    ids = [p.id for p in Payment.select().where(Payment.period_index <= 2)]
    batch = payments.create_batch(ids, date(2026, 4, 21), "Huhtikuu 2026")
    doc = documents.payment_batch_document(batch)
    assert doc.total_cents == 77_419 and doc.period == "Huhtikuu 2026"
    lines = documents.payment_batch_csv(batch).splitlines()
    assert lines[0].startswith("järjestö;iban;viite")
    assert lines[1].split(";")[1] == "FI2112345600000785"
    assert lines[-1] == "yhteensä;;;;;;774,19"
    assert "774,19" in pdf_text(render_payment_list(doc))
