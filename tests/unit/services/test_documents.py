"""Documents built from records: the right content, the public copy without personal data."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kemidesk.cli import main
from kemidesk.db.models import Decision, Placement
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import FollowupType, OutcomeStatus
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
        "osatyökykyinen",  # a target-group label mid-list, in lower case
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


def test_prefilled_form_prints_everything_recorded(decided) -> None:  # type: ignore[no-untyped-def]
    placement_id = Decision.get_by_id(decided.id).placement_id
    record_followup(
        FollowupInput(
            placement_id=placement_id,
            followup_type=FollowupType.START,
            held_on=date(2026, 3, 20),
            participants="Testi, Ohjaaja Olli",
            goals="Trukkikortti keväällä",
            training="Hygieniapassi",
            next_meeting_on=date(2026, 5, 4),
        ),
        today=date(2026, 6, 1),
    )
    record_followup(
        FollowupInput(
            placement_id=placement_id,
            followup_type=FollowupType.INTERIM,
            held_on=date(2026, 5, 4),
            participants="Testi, Ohjaaja Olli, valmentaja Veera",
            job_coach_present=True,
            progress="Trukkikortti suoritettu",
            support_given="Perehdytys varastoon",
            job_search_support="CV päivitetty",
            trial_visit="Kemin Kauppa 2 pv",
            absences="Työaika 30 → 32 h/vko",
            own_assessment="Haluan jatkaa varastotyössä",
            end_assessment="Valmis avoimille työmarkkinoille",
            next_step=OutcomeStatus.COMPANY_JOB,
            new_employer="Kemin Varasto Oy",
            new_job_start=date(2027, 1, 4),
            new_contract_type="toistaiseksi voimassa oleva",
            next_meeting_on=date(2026, 9, 1),
        ),
        today=date(2026, 6, 1),
    )
    doc = documents.followup_document(placement_id)
    assert [m.job_coach_present for m in doc.past_meetings] == [False, True]
    text = " ".join(pdf_text(documents.render_followups_pdf([doc])).split())
    for expected in (
        "20.3.2026 – Tavoitteet: Trukkikortti keväällä",
        "4.5.2026 – Edistyminen: Trukkikortti suoritettu",
        "20.3.2026: Hygieniapassi",
        "4.5.2026: Perehdytys varastoon",
        "4.5.2026: CV päivitetty",
        "4.5.2026: Kemin Kauppa 2 pv",
        "4.5.2026: Työaika 30 → 32 h/vko",
        "4.5.2026: Haluan jatkaa varastotyössä",
        "4.5.2026: Valmis avoimille työmarkkinoille",
        "valmentaja Veera kyllä",
        "Seuraavan keskustelun päivä 1.9.2026",  # the latest talk's
        "Uusi työnantaja Kemin Varasto Oy",
        "Työ alkaa 4.1.2027",
        "Työsopimus toistaiseksi voimassa oleva",
        f"☒ {OutcomeStatus.COMPANY_JOB.label}",
    ):
        assert expected in text, expected
    blank = pdf_text(
        documents.render_followups_pdf([documents.followup_document(placement_id, blank=True)])
    )
    for recorded in ("Trukkikortti", "Kemin Varasto", "1.9.2026", "☒"):
        assert recorded not in blank


def test_next_meeting_must_come_after_the_talk(decided) -> None:  # type: ignore[no-untyped-def]
    placement_id = Decision.get_by_id(decided.id).placement_id
    with pytest.raises(FieldErrors) as refused:
        record_followup(
            FollowupInput(
                placement_id=placement_id,
                followup_type=FollowupType.START,
                held_on=date(2026, 3, 20),
                participants="Testi",
                next_meeting_on=date(2026, 3, 20),
            ),
            today=date(2026, 6, 1),
        )
    assert set(refused.value.errors) == {"next_meeting_on"}


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


def test_payment_list_names_the_officer_not_the_os_user(decided, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kemidesk.db.models import Association, Payment
    from kemidesk.services import payments, settings

    monkeypatch.setenv("USERNAME", "root")
    Payment.update(status="approved", approved_on=date(2026, 4, 20)).where(
        Payment.period_index <= 2
    ).execute()
    ids = [p.id for p in Payment.select().where(Payment.period_index <= 2)]
    batch = payments.create_batch(ids, date(2026, 4, 21), "Huhtikuu 2026")
    doc = documents.payment_batch_document(batch)
    assert doc.prepared_by == ""  # no preparer set: a line to write the name on
    assert doc.payment_date is None
    settings.save_office_settings(
        dataclasses.replace(settings.get_office_settings(), payment_list_preparer="Liisa Pöyhönen")
    )
    payments.mark_batch_paid(batch, date(2026, 4, 24))
    doc = documents.payment_batch_document(batch)
    assert doc.prepared_by == "Liisa Pöyhönen"
    assert doc.payment_date == date(2026, 4, 24)
    association = Association.get_by_id(Decision.get_by_id(decided.id).association_id)
    decision = Decision.get_by_id(decided.id)
    assert {(r.business_id, r.cost_centre) for r in doc.rows} == {
        (association.business_id, decision.cost_centre)
    }
    text = " ".join(pdf_text(render_payment_list(doc)).split())
    assert "Laatija Liisa Pöyhönen" in text
    assert "root" not in text
    assert "Maksupäivä 24.4.2026" in text
    assert association.business_id in text
    assert "Yhteensä (2 maksua)" in text
    month = documents.payment_list_document("2026-04")
    assert month.prepared_by == "Liisa Pöyhönen"
    assert month.payment_date == date(2026, 4, 24)  # every payment of the month paid that day
