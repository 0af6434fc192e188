"""Other de minimis aid a company has received (from other granting bodies), as the company
declares it: entered under the company, listed, and counted in the rolling check of the
de minimis cap together with this program's own grants (services.applications.assess).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from kemidesk.db.models import Association, DeMinimisAid
from kemidesk.domain import validation as v
from kemidesk.services.applications import _de_minimis_received, needs_de_minimis_check
from kemidesk.services.common import (
    FieldCheck,
    audit,
    delete_record,
    get_or_raise,
    transaction,
    update_record,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.settings import rules_for


@dataclass(frozen=True)
class DeMinimisInput:
    association_id: int
    grantor: str  # the granting body, e.g. "Business Finland"
    granted_on: date | None
    amount: str  # typed, e.g. "12 000,00"
    description: str = ""


@dataclass(frozen=True)
class DeMinimisRow:
    id: int
    association_id: int
    grantor: str
    granted_on: date
    amount_cents: int
    description: str


@dataclass(frozen=True)
class DeMinimisStatus:
    """The rolling check on a day: all de minimis aid (other aid and this program's) in the
    years before it, against the cap."""

    on: date
    since: date  # the window's first day is the day after this
    received_cents: int
    cap_cents: int

    @property
    def left_cents(self) -> int:
        return max(self.cap_cents - self.received_cents, 0)


def _row(aid: DeMinimisAid) -> DeMinimisRow:
    return DeMinimisRow(
        aid.id, aid.association_id, aid.grantor, aid.granted_on, aid.amount_cents, aid.description
    )


def _validate(data: DeMinimisInput) -> dict[str, object]:
    check = FieldCheck()
    association = Association.get_or_none(Association.id == data.association_id)
    if association is None:
        check.fail("association_id", "EMPLOYER_NOT_CHOSEN")
    values = {
        "association": data.association_id,
        "grantor": check.text("grantor", "DeMinimisAid.grantor", data.grantor, "Myöntäjä"),
        "granted_on": check.date("granted_on", data.granted_on),
        "amount_cents": check("amount", v.validate_money, data.amount),
        "description": check.text("description", "DeMinimisAid.description", data.description),
    }
    if values["amount_cents"] == 0:
        check.fail("amount", "AMOUNT_ZERO")
    check.raise_if_any()
    if association is not None and not needs_de_minimis_check(association):
        raise NotAllowedError("DE_MINIMIS_NOT_UNDERTAKING", name=association.name)
    return values


def add_aid(data: DeMinimisInput) -> DeMinimisRow:
    values = _validate(data)
    with transaction():
        aid = DeMinimisAid.create(**values)
        audit(aid, "create", values.keys())
    return _row(aid)


def update_aid(aid_id: int, data: DeMinimisInput) -> DeMinimisRow:
    values = _validate(data)
    return _row(update_record(DeMinimisAid, aid_id, "DE_MINIMIS_NOT_FOUND", values))


def delete_aid(aid_id: int) -> None:
    delete_record(DeMinimisAid, aid_id, "DE_MINIMIS_NOT_FOUND")


def list_aid(association_id: int) -> list[DeMinimisRow]:
    query = (
        DeMinimisAid.select()
        .where(DeMinimisAid.association == association_id)
        .order_by(DeMinimisAid.granted_on.desc(), DeMinimisAid.id.desc())
    )
    return [_row(aid) for aid in query]


def de_minimis_status(association_id: int, on: date) -> DeMinimisStatus:
    association = get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
    rules = rules_for(on)
    return DeMinimisStatus(
        on=on,
        since=on - relativedelta(years=rules.de_minimis_years),
        received_cents=_de_minimis_received(association, on, rules),
        cap_cents=rules.de_minimis_cap_cents,
    )
