"""Print jobs for the window: the database half and the render half, and what they name."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from kemidesk.db.models import AuditLog, Decision, Payment
from kemidesk.domain.types import PlacementStatus
from kemidesk.services import documents, print_jobs
from kemidesk.services.associations import list_associations
from kemidesk.services.payments import create_batch
from kemidesk.services.placements import list_placements

TODAY = date(2026, 11, 28)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_safe_filename_keeps_letters_and_drops_the_rest() -> None:
    assert print_jobs.safe_filename("Kemin Työttömät ry / Ajos") == "Kemin-Työttömät-ry-Ajos"
    assert print_jobs.safe_filename("KL-2026-001") == "KL-2026-001"
    assert print_jobs.safe_filename("///") == "tuloste"


@pytest.mark.usefixtures("demo_db")
def test_decision_job_names_the_copy_and_audits_the_print() -> None:
    decision = Decision.select().where(Decision.decision_type == "grant").first()
    job = print_jobs.decision_job(decision.id, public=True)
    assert job.filename == f"{decision.number}-julkinen.pdf"
    assert "julkinen versio" in job.title
    assert job.steps == ()
    audited = AuditLog.select().where(
        (AuditLog.entity == "Decision") & (AuditLog.entity_id == decision.id)
    )
    assert [a.action for a in audited][-1] == "print_public"
    assert pages(job.run()) == pages(documents.render_decision_pdf(decision.id, public=True))


@pytest.mark.usefixtures("demo_db")
def test_visit_pack_has_one_step_per_running_placement() -> None:
    association = next(a for a in list_associations(today=TODAY) if a.active_placements > 1)
    job = print_jobs.visit_pack_job(association.id, TODAY)
    running = [
        p
        for p in list_placements(association_id=association.id, today=TODAY)
        if p.status is PlacementStatus.ACTIVE
    ]
    assert len(job.steps) == len(running) > 1
    assert job.filename.startswith("seurantalomakkeet-") and job.filename.endswith(".pdf")
    same = documents.render_followups_pdf(
        documents.followup_documents_for_association(association.id, TODAY)
    )
    assert pages(job.run()) == pages(same)


@pytest.mark.usefixtures("demo_db")
def test_payment_batch_job_and_csv() -> None:
    approved = [p.id for p in Payment.select().where(Payment.status == "approved")]
    batch_id = create_batch(approved, TODAY, "marraskuu 2026")
    job = print_jobs.payment_batch_job(batch_id)
    assert job.filename == f"ME-{batch_id}.pdf"
    assert job.run().startswith(b"%PDF-")
    name, data = print_jobs.payment_batch_csv_file(batch_id)
    assert name == f"ME-{batch_id}.csv"
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert data.decode("utf-8-sig") == documents.payment_batch_csv(batch_id)
