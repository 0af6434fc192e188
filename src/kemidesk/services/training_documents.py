"""Builds and renders the training papers: the invitation letter, the sign-in sheet, and the
info sheet on the support services for partially able employees (text from an editable file:
`tekstit/tukipalvelut.txt` in the data folder when the office has made one, else the file
shipped in resources/texts)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from kemidesk.db.models import Association
from kemidesk.paths import resource_path
from kemidesk.printing.documents import ContactInfo
from kemidesk.printing.other_documents import (
    InfoBlock,
    InfoSheetDoc,
    InvitationDoc,
    SignInRow,
    SignInSheetDoc,
    TrainingInfo,
)
from kemidesk.printing.trainings import (
    render_info_sheet,
    render_invitation,
    render_sign_in_sheet,
)
from kemidesk.services import trainings
from kemidesk.services.documents import _party, letterhead
from kemidesk.services.print_jobs import PrintJob, safe_filename
from kemidesk.services.settings import get_office_settings
from kemidesk.services.spreadsheet import Sheet

INFO_SHEET_FILE = "tukipalvelut.txt"
OVERRIDE_FOLDER = "tekstit"
REGISTER_DAYS_BEFORE = 7


def _info(row: trainings.TrainingRow) -> TrainingInfo:
    return TrainingInfo(
        name=row.name, theme=row.theme, held_on=row.held_on, time_text=row.time_text,
        place=row.place, remote_link=row.remote_link, trainer=row.trainer,
        target_label=row.target.label, capacity=row.capacity, description=row.description,
    )  # fmt: skip


def invitation_document(
    training_id: int, association_ids: Sequence[int] = (), *, today: date | None = None
) -> InvitationDoc:
    """The invitation: one letter per association in `association_ids` (none: one letter to
    all associations)."""
    row = trainings.get_training(training_id)
    today = today or date.today()
    parties = []
    for association_id in association_ids:
        association = Association.get_or_none(Association.id == association_id)
        if association is not None:
            parties.append(_party(association))
    office = get_office_settings()
    register_by = max(row.held_on - timedelta(days=REGISTER_DAYS_BEFORE), today)
    return InvitationDoc(
        letterhead=letterhead(office),
        training=_info(row),
        letter_date=today,
        register_by=min(register_by, row.held_on),
        recipients=tuple(parties),
        contact=ContactInfo(
            name=office.contact_name or office.unit,
            phone=office.contact_phone or office.phone,
            email=office.contact_email or office.email,
        ),
    )


def sign_in_document(training_id: int) -> SignInSheetDoc:
    row = trainings.get_training(training_id)
    rows = [
        SignInRow(r.association, r.name, r.role)
        for r in trainings.list_registrations(training_id)
        if r.name  # an erased person is not printed
    ]
    return SignInSheetDoc(letterhead=letterhead(), training=_info(row), rows=rows)


def info_sheet_source(data_dir: Path | None) -> Path:
    """The office's own copy when there is one, else the shipped text."""
    if data_dir is not None:
        own = data_dir / OVERRIDE_FOLDER / INFO_SHEET_FILE
        if own.is_file():
            return own
    return resource_path("texts", INFO_SHEET_FILE)


def _is_comment(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("#") and not stripped.startswith("## ")


def parse_info_text(text: str) -> tuple[str, list[InfoBlock]]:
    """The title ("= " line) and blocks (## headings, - bullets, paragraphs; # comments)."""
    title = ""
    blocks: list[InfoBlock] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(InfoBlock("paragraph", tuple(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(InfoBlock("bullets", tuple(items)))
            items.clear()

    lines = [raw.rstrip() for raw in text.splitlines() if not _is_comment(raw)]
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("## "):
            flush()
            blocks.append(InfoBlock("heading", (stripped[3:].strip(),)))
        elif stripped.startswith("= ") and not title:
            flush()
            title = stripped[2:].strip()
        elif not stripped:
            flush()
        elif stripped.startswith("- "):
            if paragraph:
                flush()
            items.append(stripped[2:].strip())
        elif items and line.startswith(" "):
            items[-1] = f"{items[-1]} {stripped}"  # a bullet continued on the next line
        else:
            if items:
                flush()
            paragraph.append(stripped)
    flush()
    return title, blocks


def info_sheet_document(data_dir: Path | None, *, today: date | None = None) -> InfoSheetDoc:
    text = info_sheet_source(data_dir).read_text(encoding="utf-8")
    title, blocks = parse_info_text(text)
    return InfoSheetDoc(
        letterhead=letterhead(),
        title=title or "Tiedote",
        blocks=blocks,
        printed_on=today or date.today(),
    )


def invitation_pdf(
    training_id: int, association_ids: Sequence[int] = (), *, today: date | None = None
) -> bytes:
    return render_invitation(invitation_document(training_id, association_ids, today=today))


def sign_in_pdf(training_id: int) -> bytes:
    return render_sign_in_sheet(sign_in_document(training_id))


def info_sheet_pdf(data_dir: Path | None, *, today: date | None = None) -> bytes:
    return render_info_sheet(info_sheet_document(data_dir, today=today))


# ---------------------------------------------------------------- print jobs (the window)


def invitation_job(
    training_id: int, *, each_association: bool, today: date | None = None
) -> PrintJob:
    """The invitation letters: one per live association, or one letter to all."""
    live = Association.select(Association.id).where(Association.archived == False)  # noqa: E712
    ids = [a.id for a in live.order_by(Association.name)] if each_association else []
    doc = invitation_document(training_id, ids, today=today)
    return PrintJob(
        title=f"Kutsu – {doc.training.name}",
        filename=f"kutsu-{doc.training.held_on.isoformat()}-{safe_filename(doc.training.name)}.pdf",
        render=lambda _results: render_invitation(doc),
        kind="training",
        record_id=training_id,
    )


def sign_in_job(training_id: int) -> PrintJob:
    doc = sign_in_document(training_id)
    return PrintJob(
        title=f"Osallistujalista – {doc.training.name}",
        filename=f"osallistujalista-{doc.training.held_on.isoformat()}.pdf",
        render=lambda _results: render_sign_in_sheet(doc),
        kind="training",
        record_id=training_id,
    )


def info_sheet_job(data_dir: Path | None, *, today: date | None = None) -> PrintJob:
    doc = info_sheet_document(data_dir, today=today)
    return PrintJob(
        title=doc.title,
        filename="tiedote-tukipalvelut.pdf",
        render=lambda _results: render_info_sheet(doc),
    )


def invitation_addresses() -> Sheet:
    """The invited associations' postal and e-mail addresses, for a mail merge or labels
    (every live association, by name)."""
    from kemidesk.services.spreadsheet import SheetColumn

    query = (
        Association.select()
        .where(Association.archived == False)  # noqa: E712
        .order_by(Association.name, Association.id)
    )
    return Sheet(
        "Osoitteet",
        [SheetColumn(title) for title in ("nimi", "yhteyshenkilö", "katuosoite", "postinumero",
                                          "postitoimipaikka", "sähköposti", "puhelin")],
        [[a.name, a.contact_name, a.street, a.postcode, a.city, a.contact_email, a.contact_phone]
         for a in query],
    )  # fmt: skip
