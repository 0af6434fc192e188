"""Rule versions with validity dates, the office letterhead, and yearly appropriations."""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import Appropriation, AppSetting, Decision, Payment, RuleVersionRow
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.lifecycle import PAYING_KINDS
from kemidesk.domain.money import parse_money
from kemidesk.domain.rules import RuleBook, RuleSet, RuleVersion
from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus
from kemidesk.services.common import (
    FieldCheck,
    audit,
    bulk_held,
    forget_held,
    prepared,
    transaction,
)
from kemidesk.services.errors import NotAllowedError

# ---------------------------------------------------------------- rules


def load_rulebook() -> RuleBook:
    """The rule versions; read once per transaction (a use case that assesses, decides and
    schedules asks for the rules several times, the demo's whole run is one transaction)."""
    db = database_proxy.obj
    outer = db._state.transactions[0] if db.in_transaction() else None
    if outer is not None and _RULEBOOK[0] is outer:
        return _RULEBOOK[1]  # type: ignore[return-value]
    rows = RuleVersionRow.select().order_by(RuleVersionRow.valid_from)
    book = RuleBook(
        [RuleVersion(r.valid_from, r.valid_to, json.loads(r.overrides_json), r.note) for r in rows]
    )
    _RULEBOOK[:] = [outer, book]
    return book


_RULEBOOK: list[object] = [None, None]  # [the outermost transaction, its rule book]


def rules_for(day: date) -> RuleSet:
    return load_rulebook().for_date(day)


def list_rule_versions() -> list[RuleVersion]:
    return list(load_rulebook().versions)


def save_rule_version(version: RuleVersion) -> RuleVersion:
    """Add or replace (same valid_from) a version; overlapping periods are refused."""
    check = FieldCheck()
    version = replace(
        version,
        valid_from=check.date("valid_from", version.valid_from),
        valid_to=check.date("valid_to", version.valid_to, required=False),
        note=check.text("note", "RuleVersionRow.note", version.note),
    )
    if not isinstance(version.overrides, dict):
        check.fail("overrides", "VALUE_INVALID")
    check.raise_if_any()
    RuleSet().with_overrides(version.overrides)  # raises FieldErrors on bad values
    with transaction("settings"):
        _RULEBOOK[:] = [None, None]
        others = [v for v in list_rule_versions() if v.valid_from != version.valid_from]
        problems = RuleBook.validate_versions([*others, version])
        if problems:
            raise FieldErrors({"valid_from": problems[0]})
        row = RuleVersionRow.get_or_none(RuleVersionRow.valid_from == version.valid_from)
        payload = json.dumps(version.overrides, sort_keys=True, ensure_ascii=False)
        if row is None:
            row = RuleVersionRow.create(
                valid_from=version.valid_from,
                valid_to=version.valid_to,
                overrides_json=payload,
                note=version.note,
            )
            audit(row, "create", ["valid_from", "valid_to", "overrides_json", "note"])
        else:
            row.valid_to, row.overrides_json, row.note = version.valid_to, payload, version.note
            row.save()
            audit(row, "update", ["valid_to", "overrides_json", "note"])
        _RULEBOOK[:] = [None, None]
    return version


# ---------------------------------------------------------------- office / letterhead


@dataclass(frozen=True)
class OfficeSettings:
    """The letterhead and the defaults printed on decisions (editable in the settings)."""

    organisation: str = "Kemin kaupunki"
    unit: str = "Työllisyyspalvelut"
    street: str = "Valtakatu 26"
    postcode_city: str = "94100 Kemi"
    phone: str = "016 259 111"
    email: str = "tyollisyyspalvelut@kemi.fi"
    registry_name: str = "Kemin kaupungin kirjaamo"
    registry_address: str = "PL 86\n94101 Kemi"  # one line per row
    registry_email: str = "kirjaamo@kemi.fi"
    # The body the decision maker is subordinate to (Kuntalaki 134 §); a request for review
    # of the decision goes there. No decision is made while it is empty.
    review_body: str = ""  # "Kemin kaupungin elinvoimalautakunta"
    registry_hours: str = ""  # the registry's opening hours, e.g. "ma–pe klo 9.00–15.00"
    delegation: str = ""  # the officer's power to decide: "Hallintosääntö 45 §"
    recovery_iban: str = ""  # the city's account for repayments of recovered grants
    recovery_interest: str = (
        "Eräpäivänä maksamattomalle määrälle peritään korkolain (633/1982) 4 §:n 1 momentin "
        "mukaista viivästyskorkoa eräpäivästä maksupäivään."
    )
    hearing_days: str = "14"  # days the party has to answer the hearing letter
    signing_place: str = "Kemissä"
    decision_maker_name: str = "Maija Esimerkki"
    decision_maker_title: str = "työllisyyspäällikkö"
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    logo_path: str = ""
    # The officer who prepares the payment lists ("Laatija"); empty: a line to sign by pen.
    payment_list_preparer: str = ""


# What a decision cannot be made without (label for the message, field name). The recovery
# decision also needs the city's account.
DECISION_REQUIRED = (
    ("review_body", "oikaisuvaatimuksen käsittelevä toimielin"),
    ("registry_address", "kirjaamon osoite"),
    ("registry_hours", "kirjaamon aukioloaika"),
    ("delegation", "toimivalta (delegointipäätös)"),
    ("decision_maker_name", "päätöksentekijä"),
    ("decision_maker_title", "päätöksentekijän virkanimike"),
    ("contact_name", "lisätietojen antaja"),
)
RECOVERY_REQUIRED = (("recovery_iban", "kaupungin tilinumero takaisinmaksuille"),)


# Demo values for the settings that have no known default (the demo and the tests use them;
# an office enters its own). Fictional contact person.
DEMO_DECISION_SETTINGS = {
    "review_body": "Kemin kaupungin elinvoimalautakunta",
    "registry_hours": "ma–pe klo 9.00–15.00",
    "delegation": "Hallintosääntö 45 §",
    "contact_name": "Liisa Esimerkki, työllisyyskoordinaattori",
    "contact_phone": "040 123 4567",
    "contact_email": "liisa.esimerkki@kemi.fi",
    "recovery_iban": "FI4250001510000023",
}


def use_demo_decision_settings() -> OfficeSettings:
    """Fill the empty decision settings with the demo values (kept where set)."""
    office = get_office_settings()
    values = {k: v for k, v in DEMO_DECISION_SETTINGS.items() if not getattr(office, k).strip()}
    return save_office_settings(replace(office, **values)) if values else office


def missing_decision_settings(
    office: OfficeSettings, kind: DecisionType | None = None
) -> list[tuple[str, str]]:
    """(field, Finnish label) of every office setting a decision of `kind` lacks."""
    needed = DECISION_REQUIRED + (RECOVERY_REQUIRED if kind is DecisionType.RECOVERY else ())
    return [(name, label) for name, label in needed if not getattr(office, name).strip()]


def check_decision_settings(kind: DecisionType | None = None) -> None:
    """Raise DECISION_SETTINGS_MISSING when a setting the decision prints is empty."""
    missing = missing_decision_settings(get_office_settings(), kind)
    if missing:
        raise NotAllowedError("DECISION_SETTINGS_MISSING", missing=[label for _n, label in missing])


def get_office_settings() -> OfficeSettings:
    """The office's settings (read once in the demo's run: `bulk_held`)."""
    return bulk_held("office_settings", _read_office_settings)


def _read_office_settings() -> OfficeSettings:
    stored = dict(prepared("office_settings", _office_query))
    values = {
        f.name: stored[f"office.{f.name}"]
        for f in fields(OfficeSettings)
        if f"office.{f.name}" in stored
    }
    return OfficeSettings(**values)


def _office_query() -> peewee.ModelSelect:
    return (
        AppSetting.select(AppSetting.key, AppSetting.value)
        .where(AppSetting.key.startswith("office."))
        .tuples()
    )


def save_office_settings(settings: OfficeSettings) -> OfficeSettings:
    check = FieldCheck()
    settings = replace(
        settings,
        **{
            f.name: check.text(f.name, "AppSetting.value", getattr(settings, f.name))
            for f in fields(OfficeSettings)
        },
    )
    check.raise_if_any()
    forget_held("office_settings")
    with transaction("settings"):
        for name, value in asdict(settings).items():
            key = f"office.{name}"
            row = AppSetting.get_or_none(AppSetting.key == key)
            if row is None:
                row = AppSetting.create(key=key, value=value)
                audit(row, "create", ["value"])
            elif row.value != value:
                row.value = value
                row.save()
                audit(row, "update", ["value"])
    return get_office_settings()


# ---------------------------------------------------------------- appropriations


@dataclass(frozen=True)
class AppropriationStatus:
    year: int
    amount_cents: int
    decided_cents: int
    paid_cents: int

    @property
    def left_cents(self) -> int:
        return self.amount_cents - self.decided_cents

    @property
    def is_set(self) -> bool:
        return self.amount_cents > 0


def set_appropriation(year: int, amount_text: str, notes: str = "") -> AppropriationStatus:
    check = FieldCheck()
    amount = check("amount", parse_money, amount_text)
    notes = check.text("notes", "Appropriation.notes", notes)
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        check.fail("year", "YEAR_FORMAT")
    check.raise_if_any()
    forget_held("appropriation.")
    with transaction("settings"):
        row = Appropriation.get_or_none(Appropriation.year == year)
        if row is None:
            row = Appropriation.create(year=year, amount_cents=amount, notes=notes)
            audit(row, "create", ["year", "amount_cents", "notes"])
        else:
            row.amount_cents, row.notes = amount, notes
            row.save()
            audit(row, "update", ["amount_cents", "notes"])
    return appropriation_status(year)


def committed_cents(year: int, exclude_decision_id: int | None = None) -> int:
    """Money committed from the year's appropriation: grants and bonuses decided in the year,
    plus the changes (amendments) to those grants, whenever the amendment was made.

    Summed once per transaction and year: a decision is assessed before it is made and again
    while it is made. Decisions are only ever added (by `decision_factory.issue_decision`,
    which calls `committed_added`), never deleted, and no change of a decision touches the
    columns summed here."""
    stack = tuple(database_proxy.obj._state.transactions)  # outermost first
    key = (year, exclude_decision_id)
    known = _COMMITTED.get(key)
    if known is not None and _still_open(known[0], stack):
        return known[1]
    value = _committed_cents(year, exclude_decision_id)
    if stack:
        _COMMITTED[key] = (stack, value)
    return value


# (year, excluded decision) → (the transactions the sum was read in, the sum); valid while
# all of them are still open (a savepoint rolled back may have held a decision).
_COMMITTED: dict[tuple[int, int | None], tuple[tuple[object, ...], int]] = {}


def _still_open(then: tuple[object, ...], now: tuple[object, ...]) -> bool:
    return len(then) <= len(now) and all(a is b for a, b in zip(then, now, strict=False))


def forget_committed() -> None:
    """The sums of `committed_cents` are read again."""
    _COMMITTED.clear()


def committed_added(decision: Decision) -> None:
    """A decision was added (just written, in the open transaction): the sums held for its
    year move by its total, valid from now on only while the current transaction (and its
    savepoints) stays open. An amendment counts for its parent's year (in every sum of that
    year: `_changes_query` excludes no decision). A kind neither sum counts leaves them as
    they are. Deciding one grant after another (the demo's 40 000) no longer sums the
    year's decisions again for each one, nor after each amendment."""
    kind, status = decision.decision_type, decision.status
    if status is DecisionStatus.CANCELLED:
        return  # counted by neither sum
    if kind is DecisionType.AMENDMENT:
        if not _COMMITTED:
            return
        parent = decision.parent_id
        found = prepared("committed.parent_year", _year_query, parent) if parent else []
        if not found or found[0][0] is None:
            _COMMITTED.clear()  # (none such is made: then read the sums again)
            return
        _move_committed(found[0][0], None, int(decision.total_cents))
        return
    if kind not in PAYING_KINDS:
        return
    _move_committed(decision.year, decision.id, int(decision.total_cents))


def _move_committed(year: int, decision_id: int | None, cents: int) -> None:
    """The sums held for `year` (but one that excludes `decision_id`) moved by `cents`;
    those read in a transaction no longer open forgotten."""
    stack = tuple(database_proxy.obj._state.transactions)
    for key, (then, value) in list(_COMMITTED.items()):
        held_year, excluded = key
        if not _still_open(then, stack):
            del _COMMITTED[key]
        elif held_year == year and (decision_id is None or excluded != decision_id):
            _COMMITTED[key] = (stack, value + cents)


def _year_query(decision_id: int) -> peewee.ModelSelect:
    return Decision.select(Decision.year).where(Decision.id == decision_id).tuples()


def _committed_cents(year: int, exclude_decision_id: int | None) -> int:
    if exclude_decision_id is None:
        own = prepared("committed.own", _own_query, year)
    else:
        own = prepared("committed.own_but", _own_query, year, exclude_decision_id)
    changes = prepared("committed.changes", _changes_query, year)
    return int(own[0][0] or 0) + int(changes[0][0] or 0)


def _own_query(year: int, exclude_decision_id: int | None = None) -> peewee.ModelSelect:
    """The year's grants and bonuses (through the covering index of step 15)."""
    own = Decision.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0)).where(
        (Decision.year == year)
        & Decision.decision_type.in_(PAYING_KINDS)
        & (Decision.status != DecisionStatus.CANCELLED)
    )
    if exclude_decision_id is not None:
        own = own.where(Decision.id != exclude_decision_id)
    return own.tuples()


def _changes_query(year: int) -> peewee.ModelSelect:
    """The amendments of the year's decisions. The year's decisions first, then their
    amendments through the parent index (SQLite keeps the order of a CROSS JOIN): reading
    every amendment of every year instead made each decision slower as the years went by."""
    parent = Decision.alias()
    return (
        parent.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0))
        .join(Decision, peewee.JOIN.CROSS)
        .where(
            (parent.year == year)
            & (Decision.parent == parent.id)
            & (Decision.decision_type == DecisionType.AMENDMENT)
            & (Decision.status != DecisionStatus.CANCELLED)
        )
        .tuples()
    )


def appropriation_cents(year: int) -> int:
    """The year's appropriation (0 when none is set), without the sums of the status (read
    once per year in the demo's run: `bulk_held`)."""
    return bulk_held(f"appropriation.{year}", lambda: _read_appropriation(year))


def _read_appropriation(year: int) -> int:
    found = prepared("appropriation", _appropriation_query, year)
    return int(found[0][0] or 0) if found else 0


def _appropriation_query(year: int) -> peewee.ModelSelect:
    return (
        Appropriation.select(Appropriation.amount_cents).where(Appropriation.year == year).tuples()
    )


def appropriation_status(year: int) -> AppropriationStatus:
    row = Appropriation.get_or_none(Appropriation.year == year)
    paid = (
        Payment.select(peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0))
        .where(
            (Payment.status == PaymentStatus.PAID)
            & (Payment.paid_on >= date(year, 1, 1))
            & (Payment.paid_on <= date(year, 12, 31))
        )
        .scalar()
    )
    return AppropriationStatus(
        year=year,
        amount_cents=row.amount_cents if row else 0,
        decided_cents=committed_cents(year),
        paid_cents=int(paid or 0),
    )


def list_appropriations() -> list[AppropriationStatus]:
    return [
        appropriation_status(r.year) for r in Appropriation.select().order_by(Appropriation.year)
    ]


def appropriation_notes() -> dict[int, str]:
    """Year → the notes stored with that year's appropriation."""
    return dict(Appropriation.select(Appropriation.year, Appropriation.notes).tuples())


def rules_snapshot(rules: RuleSet) -> str:
    """The rules as a decision stores them (JSON); made once per rule set (every decision
    stores one, and the rule book gives the same object for the same version)."""
    known = _SNAPSHOTS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    data: dict[str, Any] = rules.to_dict()
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    if len(_SNAPSHOTS) >= 64:
        _SNAPSHOTS.clear()
    _SNAPSHOTS[id(rules)] = (rules, text)  # the rule set held: its id is not reused
    return text


_SNAPSHOTS: dict[int, tuple[RuleSet, str]] = {}


@functools.lru_cache(maxsize=64)
def rules_from_snapshot(text: str) -> RuleSet:
    """The rules a decision was made under (stored with the decision). A decision's rules
    are read for every payment approved; the snapshots are few and a RuleSet is frozen."""
    return RuleSet.from_dict(json.loads(text or "{}"))
