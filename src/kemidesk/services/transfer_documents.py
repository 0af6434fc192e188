"""The printed transfer agreement: its data from the database and its terms from the
resources text file `texts/siirtosopimus_ehdot.txt` (the office can edit the wording there;
no agreement text lives in code)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kemidesk.db.models import TransferAgreement
from kemidesk.domain.types import TransferKind
from kemidesk.paths import resource_path
from kemidesk.printing.documents import PartyInfo
from kemidesk.printing.other_documents import TermsSection, TransferAgreementDoc
from kemidesk.printing.transfer import render_transfer_agreement
from kemidesk.services.common import audit, get_or_raise, transaction
from kemidesk.services.documents import _party, letterhead

TERMS_FILE = ("texts", "siirtosopimus_ehdot.txt")


class _Keep(dict[str, str]):
    """format_map values: an unknown {name} stays as it was written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def parse_terms(text: str, kind: TransferKind, values: dict[str, str]) -> list[TermsSection]:
    """Sections of the terms file for `kind`: "## Heading" starts a section,
    "## [kind] Heading" one for that kind only, "%" lines are comments, blank lines split
    paragraphs, and {names} are filled from `values`."""
    sections: list[TermsSection] = []
    heading: str | None = None
    wanted = True
    paragraphs: list[str] = []
    current: list[str] = []

    def close_paragraph() -> None:
        if current:
            paragraphs.append(" ".join(current).format_map(_Keep(values)))
            current.clear()

    def close_section() -> None:
        close_paragraph()
        if heading is not None and wanted and paragraphs:
            sections.append(TermsSection(heading, tuple(paragraphs)))
        paragraphs.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("%"):
            continue
        if line.startswith("## "):
            close_section()
            heading = line[3:].strip()
            wanted = True
            if heading.startswith("[") and "]" in heading:
                tag, heading = heading[1:].split("]", 1)
                wanted = tag.strip() == TransferKind(kind).value
                heading = heading.strip()
        elif not line:
            close_paragraph()
        elif heading is not None:
            current.append(line)
    close_section()
    return sections


def load_terms(
    kind: TransferKind, values: dict[str, str], path: Path | None = None
) -> list[TermsSection]:
    text = (path or resource_path(*TERMS_FILE)).read_text(encoding="utf-8")
    return parse_terms(text, kind, values)


def transfer_document(transfer_id: int, today: date | None = None) -> TransferAgreementDoc:
    t = get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND")
    placement = t.placement
    association = placement.association
    person = placement.person
    employee = f"{person.first_name} {person.last_name}"
    contact = ", ".join(x for x in (t.contact_name, t.contact_phone, t.contact_email) if x)
    values = {
        "jarjesto": association.name,
        "vastaanottaja": t.receiving_name,
        "tyontekija": employee,
        "yhteyshenkilo": t.contact_name or "vastaanottavan työnantajan nimeämä henkilö",
    }
    return TransferAgreementDoc(
        letterhead=letterhead(),
        reference=f"nro {t.id}",
        kind_label=t.kind.label,
        association=_party(association),
        supervisor_name=placement.supervisor_name,
        receiving=PartyInfo(name=t.receiving_name, business_id=t.receiving_business_id),
        receiving_contact=contact,
        employee_name=employee,
        job_title=placement.job_title,
        placement_start=placement.start_date,
        placement_end=placement.actual_end_date or placement.end_date,
        start=t.start_date,
        end=t.end_date,
        tasks=t.tasks,
        hours_per_week=str(t.hours_per_week).replace(".", ","),
        payment_cents=t.payment_cents,
        payment_terms=t.payment_terms,
        job_coach=placement.coach.name if placement.coach_id else "",
        coach_part=t.coach_part,
        status_label=t.status.label,
        signed_on=t.signed_on,
        printed_on=today or date.today(),
        terms=tuple(load_terms(t.kind, values)),
    )


def render_transfer_pdf(transfer_id: int, today: date | None = None) -> bytes:
    """The agreement as PDF bytes; the printing is written in the audit log."""
    doc = transfer_document(transfer_id, today)
    with transaction(None):
        audit(get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND"), "print")
    return render_transfer_agreement(doc)
