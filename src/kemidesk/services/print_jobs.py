"""Print jobs for the window: gather on the caller's thread, render anywhere.

A `PrintJob` separates the two halves of printing a record. `steps` read the database (each
one briefly) and `render` turns their results into PDF bytes without touching the database,
so the window can run the steps on its own thread, one at a time (progress, Cancel), and
hand `render` - plain ReportLab on frozen dataclasses - to a worker thread. The database
connection stays on the thread that opened it.

The command line keeps using `documents.render_*_pdf`; `PrintJob.run()` does both halves
in one go on the caller's thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from kemidesk.db.models import Decision
from kemidesk.domain.types import PlacementStatus
from kemidesk.printing.decision import render_decision
from kemidesk.printing.documents import DecisionDoc
from kemidesk.printing.other_documents import FollowupDoc, PaymentListDoc
from kemidesk.printing.payments import render_payment_list
from kemidesk.services.associations import get_association
from kemidesk.services.common import audit, get_or_raise, transaction
from kemidesk.services.documents import (
    blank_followup_document,
    decision_document,
    followup_document,
    payment_batch_csv,
    payment_batch_document,
    render_followups_pdf,
)
from kemidesk.services.placements import list_placements


@dataclass(frozen=True)
class PrintJob:
    """What the window needs to print one thing."""

    title: str  # window title of the preview
    filename: str  # suggested file name for "Tallenna PDF"
    render: Callable[[list[Any]], bytes]  # results of `steps` -> PDF; no database access
    steps: tuple[Callable[[], Any], ...] = ()  # each reads the database briefly
    kind: str = ""  # "decision", "placement", "association", "payment_batch"
    record_id: int | None = None

    def run(self) -> bytes:
        """Both halves on the caller's thread."""
        return self.render([step() for step in self.steps])


def safe_filename(text: str, fallback: str = "tuloste") -> str:
    """A file name part from free text: letters (ä, ö too), digits and single hyphens."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:60].rstrip("-_") or fallback


def _render_decision(doc: DecisionDoc, _results: list[Any]) -> bytes:
    return render_decision(doc)


def _render_payment_list(doc: PaymentListDoc, _results: list[Any]) -> bytes:
    return render_payment_list(doc)


def _render_followups(docs: Sequence[FollowupDoc], results: list[Any]) -> bytes:
    return render_followups_pdf([*docs, *results])


def decision_job(decision_id: int, public: bool = False) -> PrintJob:
    """The party copy or the public copy of a numbered decision. Printing is audited here,
    as `documents.render_decision_pdf` does for the command line."""
    doc = decision_document(decision_id, public)
    with transaction(None):
        audit(
            get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND"),
            "print_public" if public else "print",
        )
    copy = "julkinen versio" if public else "asianosaisen kappale"
    return PrintJob(
        title=f"Päätös {doc.number} – {copy}",
        filename=f"{safe_filename(doc.number)}{'-julkinen' if public else ''}.pdf",
        render=partial(_render_decision, doc),
        kind="decision",
        record_id=decision_id,
    )


def hearing_job(grant_id: int, amount_cents: int, letter_date: date) -> PrintJob:
    """The hearing letter before recovering `amount_cents` of a grant."""
    from kemidesk.printing.hearing import render_hearing
    from kemidesk.services.hearing import hearing_document

    doc = hearing_document(grant_id, amount_cents, letter_date)
    return PrintJob(
        title=f"Kuulemiskirje – päätös {doc.grant_number}",
        filename=f"kuulemiskirje-{safe_filename(doc.grant_number)}.pdf",
        render=lambda _results: render_hearing(doc),
        kind="hearing",
        record_id=grant_id,
    )


def transfer_agreement_job(transfer_id: int, today: date | None = None) -> PrintJob:
    """A transfer agreement for three signatures; printing is audited as on the command line."""
    from kemidesk.db.models import TransferAgreement
    from kemidesk.printing.transfer import render_transfer_agreement
    from kemidesk.services.transfer_documents import transfer_document

    doc = transfer_document(transfer_id, today)
    with transaction(None):
        audit(get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND"), "print")
    return PrintJob(
        title=f"Siirtosopimus {doc.reference} – {doc.receiving.name}",
        filename=f"siirtosopimus-{transfer_id}-{safe_filename(doc.receiving.name)}.pdf",
        render=lambda _results: render_transfer_agreement(doc),
        kind="transfer_agreement",
        record_id=transfer_id,
    )


def followup_job(placement_id: int, blank: bool = False) -> PrintJob:
    """The follow-up form of one placement, pre-filled or blank (for a visit)."""
    doc = followup_document(placement_id, blank=blank)
    number = doc.kemilisa_decision_number or f"tyosuhde-{placement_id}"
    suffix = "-tyhja" if blank else ""
    who = doc.person_name or doc.party_name
    return PrintJob(
        title=f"Seurantalomake – {who}" + (" (tyhjä)" if blank else ""),
        filename=f"seurantalomake-{safe_filename(number)}{suffix}.pdf",
        render=partial(_render_followups, (doc,)),
        kind="placement",
        record_id=placement_id,
    )


def blank_followup_job() -> PrintJob:
    return PrintJob(
        title="Seurantalomake (tyhjä)",
        filename="seurantalomake-tyhja.pdf",
        render=partial(_render_followups, (blank_followup_document(),)),
    )


def running_placement_ids(association_id: int, today: date) -> list[int]:
    """The association's running placements, in the order of its placement list."""
    rows = list_placements(association_id=association_id, today=today)
    return [r.id for r in rows if r.status is PlacementStatus.ACTIVE]


def visit_pack_job(association_id: int, today: date) -> PrintJob:
    """All running placements' pre-filled follow-up forms in one PDF, for a visit. One step
    per placement; `steps` is empty when the association has no running placement."""
    association = get_association(association_id)
    ids = running_placement_ids(association_id, today)
    return PrintJob(
        title=f"Seurantalomakkeet – {association.name} ({len(ids)})",
        filename=f"seurantalomakkeet-{safe_filename(association.name)}-{today.isoformat()}.pdf",
        render=partial(_render_followups, ()),
        steps=tuple(partial(followup_document, pid) for pid in ids),
        kind="association",
        record_id=association_id,
    )


def payment_batch_job(batch_id: int) -> PrintJob:
    """The payment list of one batch for the finance office."""
    doc = payment_batch_document(batch_id)
    return PrintJob(
        title=f"Maksuerä {doc.number} – {doc.period}",
        filename=f"{safe_filename(doc.number)}.pdf",
        render=partial(_render_payment_list, doc),
        kind="payment_batch",
        record_id=batch_id,
    )


def payment_batch_csv_file(batch_id: int) -> tuple[str, bytes]:
    """(suggested file name, file contents) of a batch's CSV for the finance system: UTF-8
    with a byte order mark, so that Excel shows ä and ö right when the file is opened."""
    return f"ME-{batch_id}.csv", payment_batch_csv(batch_id).encode("utf-8-sig")
