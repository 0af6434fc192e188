"""Tables of every list, typed: for `kemidesk list` (text and CSV) and `kemidesk export`
(Excel). One spec per list: a header, a cell kind and a getter per column, the id (or
number) first. HETUs are masked as in the window's lists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn

Table = tuple[list[str], list[list[str]]]
TEXT, DATE, MONEY, NUMBER = CellKind.TEXT, CellKind.DATE, CellKind.MONEY, CellKind.NUMBER


@dataclass(frozen=True)
class Field:
    """One column: `header`, its cell kind and how to read it from a service row. `joins`
    names a text column that shows this and the previous field as one period ("alkaa–
    päättyy"); Excel keeps them as two date columns."""

    header: str
    kind: CellKind
    get: Callable[[Any], Any]
    joins: str | None = None


@dataclass(frozen=True)
class ListSpec:
    title: str  # the sheet's name
    fields: Sequence[Field]
    rows: Callable[[bool], Sequence[Any]]


# The services are imported when their list is asked for: `kemidesk list placements` need
# not import the other dozen (~100 ms of a process that takes about a second).
def list_associations(include_archived: bool) -> Sequence[Any]:
    from kemidesk.services.associations import list_associations

    return list_associations(include_archived)


def list_people(include_archived: bool) -> Sequence[Any]:
    from kemidesk.services.people import list_people

    return list_people(include_archived)


def list_placements(include_archived: bool) -> Sequence[Any]:
    from kemidesk.services.placements import list_placements

    return list_placements(include_archived)


def list_decisions(include_archived: bool) -> Sequence[Any]:
    from kemidesk.services.grants import list_decisions

    return list_decisions(include_archived)


def _service(name: str) -> Any:
    return importlib.import_module(f"kemidesk.services.{name}")


def _yes(value: object, no: str = "") -> str:
    return "kyllä" if value else no


_LABELS: dict[int, str] = {}  # an enum member's label by the member's id (members live on)


def _label(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:
        return value
    text = _LABELS.get(id(value))
    if text is None:
        text = str(getattr(value, "label", value))
        if isinstance(value, Enum):  # a member's label (a DynamicClassAttribute) read once
            _LABELS[id(value)] = text
    return text


ASSOCIATIONS = ListSpec(
    "Yhdistykset",
    (
        Field("id", NUMBER, lambda a: a.id),
        Field("nimi", TEXT, lambda a: a.name),
        Field("tyyppi", TEXT, lambda a: _label(a.employer_type)),
        Field("y-tunnus", TEXT, lambda a: a.business_id),
        Field("postitoimipaikka", TEXT, lambda a: a.city),
        Field("yhteyshenkilö", TEXT, lambda a: a.contact_name),
        Field("työsuhteita", NUMBER, lambda a: a.placement_count),
        Field("voimassa", NUMBER, lambda a: a.active_placements),
        Field("arkistoitu", TEXT, lambda a: _yes(a.archived)),
    ),
    list_associations,
)

PEOPLE = ListSpec(
    "Työllistetyt",
    (
        Field("id", NUMBER, lambda p: p.id),
        Field("sukunimi", TEXT, lambda p: p.last_name),
        Field("etunimi", TEXT, lambda p: p.first_name),
        Field("henkilötunnus", TEXT, lambda p: p.hetu_masked),
        Field("syntymäaika", DATE, lambda p: p.birth_date),
        Field("kemiläinen", TEXT, lambda p: _yes(p.kemi_resident, "ei")),
        Field("osatyökykyinen", TEXT, lambda p: _yes(p.partial_work_ability)),
        Field("työsuhteita", NUMBER, lambda p: p.placement_count),
    ),
    list_people,
)

PLACEMENTS = ListSpec(
    "Työsuhteet",
    (
        Field("id", NUMBER, lambda p: p.id),
        Field("työllistetty", TEXT, lambda p: p.person_name),
        Field("työnantaja", TEXT, lambda p: p.association_name),
        Field("tehtävä", TEXT, lambda p: p.job_title),
        Field("alkaa", DATE, lambda p: p.start_date),
        Field("päättyy", DATE, lambda p: p.effective_end),
        Field("tila", TEXT, lambda p: _label(p.status)),
        Field("h/vko", NUMBER, lambda p: p.hours_per_week),
        Field("palkka/kk", MONEY, lambda p: p.monthly_wage_cents),
        Field("palkkatuki %", NUMBER, lambda p: p.pt_percent or None),
        Field("työhönvalmentaja", TEXT, lambda p: p.job_coach),
    ),
    list_placements,
)

DECISIONS = ListSpec(
    "Päätökset",
    (
        Field("numero", TEXT, lambda d: d.number),
        Field("tyyppi", TEXT, lambda d: _label(d.decision_type)),
        Field("päätöspäivä", DATE, lambda d: d.decision_date),
        Field("yhdistys", TEXT, lambda d: d.association_name),
        Field("työllistetty", TEXT, lambda d: d.person_name),
        Field("jakso alkaa", DATE, lambda d: d.period_start),
        Field("jakso päättyy", DATE, lambda d: d.period_end, joins="jakso"),
        Field("kk-summa", MONEY, lambda d: d.monthly_amount_cents or None),
        Field("yhteensä", MONEY, lambda d: d.total_cents),
        Field("maksettu", MONEY, lambda d: d.paid_cents),
        Field("tila", TEXT, lambda d: _label(d.status)),
        Field("oikaisuaika päättyy", DATE, lambda d: d.appeal_deadline),
    ),
    list_decisions,
)

PAYMENTS = ListSpec(
    "Maksut",
    (
        Field("id", NUMBER, lambda p: p.id),
        Field("päätös", TEXT, lambda p: p.decision_number),
        Field("yhdistys", TEXT, lambda p: p.association_name),
        Field("kausi alkaa", DATE, lambda p: p.period_start),
        Field("kausi päättyy", DATE, lambda p: p.period_end, joins="kausi"),
        Field("päiviä", NUMBER, lambda p: p.eligible_days),
        Field("summa", MONEY, lambda p: p.amount_cents),
        Field("hakemus viimeistään", DATE, lambda p: p.claim_due),
        Field("tila", TEXT, lambda p: _label(p.status)),
        Field("maksettu", DATE, lambda p: p.paid_on),
        Field("viite", TEXT, lambda p: p.reference),
        Field("pidätyksen syy", TEXT, lambda p: p.held_reason),
    ),
    lambda _archived: _service("payments").list_payments(),
)


def _trainings(_archived: bool) -> Sequence[Any]:
    from kemidesk.services.trainings import list_trainings

    return list_trainings()


def _supervision(_archived: bool) -> Sequence[Any]:
    from kemidesk.services.trainings import list_supervision

    return list_supervision()


TRAININGS = ListSpec(
    "Valmennukset",
    (
        Field("id", NUMBER, lambda t: t.id),
        Field("päivä", DATE, lambda t: t.held_on),
        Field("klo", TEXT, lambda t: t.time_text),
        Field("valmennus", TEXT, lambda t: t.name),
        Field("teema", TEXT, lambda t: t.theme),
        Field("kohderyhmä", TEXT, lambda t: _label(t.target)),
        Field("paikka", TEXT, lambda t: t.where),
        Field("kouluttaja", TEXT, lambda t: t.trainer),
        Field("paikkoja", NUMBER, lambda t: t.capacity),
        Field("ilmoittautuneita", NUMBER, lambda t: t.registered),
        Field("osallistui", NUMBER, lambda t: t.attended),
        Field("yhdistyksiä", NUMBER, lambda t: t.associations),
        Field("palaute: hyödyllinen", NUMBER, lambda t: t.feedback_useful),
        Field("osin", NUMBER, lambda t: t.feedback_partly),
        Field("ei", NUMBER, lambda t: t.feedback_not),
    ),
    _trainings,
)

SUPERVISION = ListSpec(
    "Työnohjaus",
    (
        Field("id", NUMBER, lambda s: s.id),
        Field("päivä", DATE, lambda s: s.held_on),
        Field("yhdistys", TEXT, lambda s: s.association),
        Field("työnohjaaja", TEXT, lambda s: s.supervisor),
        Field("osallistujia", NUMBER, lambda s: s.participants),
        Field("tunteja", NUMBER, lambda s: s.hours),
        Field("kustannus", MONEY, lambda s: s.cost_cents),
    ),
    _supervision,
)

TRANSFERS = ListSpec(
    "Siirtosopimukset",
    (
        Field("id", NUMBER, lambda t: t.id),
        Field("työsuhde", NUMBER, lambda t: t.placement_id),
        Field("työllistetty", TEXT, lambda t: t.person_name),
        Field("järjestö", TEXT, lambda t: t.association_name),
        Field("vastaanottava työnantaja", TEXT, lambda t: t.receiving_name),
        Field("y-tunnus", TEXT, lambda t: t.receiving_business_id),
        Field("laji", TEXT, lambda t: _label(t.kind)),
        Field("alkaa", DATE, lambda t: t.start_date),
        Field("päättyy", DATE, lambda t: t.end_date),
        Field("h/vko", NUMBER, lambda t: t.hours_per_week),
        Field("korvaus", MONEY, lambda t: t.payment_cents),
        Field("tila", TEXT, lambda t: _label(t.status)),
        Field("allekirjoitettu", DATE, lambda t: t.signed_on),
        Field("päättynyt", DATE, lambda t: t.ended_on),
    ),
    lambda _archived: _service("transfers").list_transfers(),
)

NEEDS = ListSpec(
    "Rekrytointitarpeet",
    (
        Field("id", NUMBER, lambda n: n.id),
        Field("yhdistys", TEXT, lambda n: n.association_name),
        Field("tehtävät", TEXT, lambda n: n.tasks_line),
        Field("h/vko", NUMBER, lambda n: n.hours_per_week),
        Field("alkaa", DATE, lambda n: n.start_date),
        Field("päättyy", DATE, lambda n: n.end_date, joins="ajanjakso"),
        Field("alue", TEXT, lambda n: n.area),
        Field("osatyökykyiselle", TEXT, lambda n: _yes(n.suits_partial_ability)),
        Field("ohjaaja", TEXT, lambda n: n.supervisor_name),
        Field("kartoitus", NUMBER, lambda n: n.round_year),
        Field("tila", TEXT, lambda n: _label(n.status)),
    ),
    lambda _archived: _service("needs").list_needs(),
)

# The restrictions are sensitive: never in a list (see services.seekers).
SEEKERS = ListSpec(
    "Työnhakijat",
    (
        Field("henkilö id", NUMBER, lambda s: s.person_id),
        Field("nimi", TEXT, lambda s: s.person_name),
        Field("kohderyhmä", TEXT, lambda s: s.groups_text),
        Field("tunnit/vko", TEXT, lambda s: s.hours_range),
        Field("osaaminen", TEXT, lambda s: s.skills),
        Field("kiinnostukset", TEXT, lambda s: s.interests),
        Field("alue", TEXT, lambda s: s.area),
        Field("käytettävissä", DATE, lambda s: s.available_from),
        Field("edellinen työsuhde päättyi", DATE, lambda s: s.last_placement_end),
        Field("aktiivinen", TEXT, lambda s: _yes(s.active, "ei")),
    ),
    lambda archived: _service("seekers").list_seekers(include_inactive=archived),
)

RINGS = ListSpec(
    "Työnantajaringit",
    (
        Field("id", NUMBER, lambda r: r.id),
        Field("nimi", TEXT, lambda r: r.name),
        Field("päätyönantaja", TEXT, lambda r: r.lead_name),
        Field("jäsenet", TEXT, lambda r: r.member_names),
        Field("h/vko yhteensä", NUMBER, lambda r: r.total_hours),
        Field("työsuhteita", NUMBER, lambda r: r.placement_count),
        Field("koordinaattori", TEXT, lambda r: r.coordinator),
        Field("arkistoitu", TEXT, lambda r: _yes(r.archived)),
    ),
    lambda archived: _service("rings").list_rings(include_archived=archived),
)


def _coaches(include_inactive: bool) -> Sequence[Any]:
    from kemidesk.services.coaches import caseload

    return caseload(include_inactive=include_inactive)


COACHES = ListSpec(
    "Työhönvalmentajat",
    (
        Field("id", NUMBER, lambda c: c.id),
        Field("nimi", TEXT, lambda c: c.name),
        Field("puhelin", TEXT, lambda c: c.phone),
        Field("sähköposti", TEXT, lambda c: c.email),
        Field("työsuhteita", NUMBER, lambda c: c.placements),
        Field("seurantoja myöhässä", NUMBER, lambda c: c.overdue),
        Field("seuraava seuranta", DATE, lambda c: c.next_due),
        Field("käyntejä 30 pv", NUMBER, lambda c: c.visits_recent),
        Field("mukana", TEXT, lambda c: _yes(c.active, "ei")),
    ),
    _coaches,
)

SPECS: dict[str, ListSpec] = {
    "associations": ASSOCIATIONS,
    "people": PEOPLE,
    "placements": PLACEMENTS,
    "decisions": DECISIONS,
    "payments": PAYMENTS,
    "trainings": TRAININGS,
    "supervision": SUPERVISION,
    "transfers": TRANSFERS,
    "needs": NEEDS,
    "seekers": SEEKERS,
    "rings": RINGS,
    "coaches": COACHES,
}


def _number_text(value: Any) -> str:
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    return str(value)


def _formatter(kind: CellKind) -> Callable[[Any], str]:
    """How a cell of `kind` is written as text (None is always the empty text)."""
    if kind is DATE:
        return _remembered(format_date)
    if kind is MONEY:
        return _remembered(format_money)
    if kind is NUMBER:
        return _number_text
    return str


def _remembered(write: Callable[[Any], str]) -> Callable[[Any], str]:
    """`write` with each distinct value's text made once (a list's dates and sums repeat
    across tens of thousands of rows); for dates and cents, whose text is their value's."""
    known: dict[Any, str] = {}

    def remembered(value: Any) -> str:
        text = known.get(value)
        if text is None:
            text = known[value] = write(value)
        return text

    return remembered


def table_for(entity: str, include_archived: bool = False) -> Table:
    """The list as text cells (the command line's table and CSV)."""
    header, rows = table_rows(entity, include_archived)
    return header, list(rows)


def table_rows(
    entity: str, include_archived: bool = False
) -> tuple[list[str], Iterator[list[str]]]:
    """The list as text cells, each row's made as it is taken (`kemidesk list --format csv`
    writes them as they come instead of holding every row's cells). The records are read
    before this returns, so a database error comes before any row."""
    spec = SPECS[entity]
    header: list[str] = []
    # (read, write as text, shown together with the previous field) per field, worked out
    # once: 40 000 rows × a dozen fields
    plan: list[tuple[Callable[[Any], Any], Callable[[Any], str], bool]] = []
    for f in spec.fields:
        if f.joins:
            header[-1] = f.joins
        else:
            header.append(f.header)
        plan.append((f.get, _formatter(f.kind), bool(f.joins)))
    fast = _STRAIGHT.get(entity)
    if fast is not None:
        return header, fast(include_archived)
    records = spec.rows(include_archived)
    return header, _cells(records, plan)


def _cells(
    records: Sequence[Any], plan: list[tuple[Callable[[Any], Any], Callable[[Any], str], bool]]
) -> Iterator[list[str]]:
    for record in records:
        cells: list[str] = []
        for get, write, joins in plan:
            value = get(record)
            text = "" if value is None else write(value)
            if joins:
                cells[-1] = f"{cells[-1]}–{text}" if cells[-1] else ""
            else:
                cells.append(text)
        yield cells


# ---------------------------------------------------------------- the long lists, straight
# `kemidesk list placements|decisions|payments`: the columns written read straight from the
# cursor and written as text without the service's row objects (204 554 payments: most of
# the command's time went to making rows and then reading them back). The texts are the
# same as those of the specs above (a test compares every cell on both engines); each
# distinct date, sum and state is written once.

Cell = Callable[[Sequence[Any]], str]


def _straight(
    query: Any, cells: Callable[[Callable[..., Cell]], list[Cell]]
) -> Iterator[list[str]]:
    """The rows of `query` as text cells: `cells(column)` gives one function per cell of a
    row, made of `column(name, write=str, remember=False)`: the named column's value
    converted as peewee would and written by `write` ("" for None); with `remember`, each
    distinct value's text is made once."""
    from kemidesk.db.rows import column_readers, raw_rows

    readers = column_readers(query)

    def column(name: str, write: Callable[[Any], str] = str, remember: bool = False) -> Cell:
        i, convert = readers[name]

        def cell(row: Sequence[Any]) -> str:
            value = row[i]
            return "" if value is None else write(convert(value))

        if not remember:
            return cell
        known: dict[Any, str] = {}

        def remembered(row: Sequence[Any]) -> str:
            value = row[i]
            text = known.get(value)
            if text is None:
                text = known[value] = "" if value is None else write(convert(value))
            return text

        return remembered

    plan = cells(column)
    rows = raw_rows(query)  # read before the first row is written: errors come first
    return ([cell(row) for cell in plan] for row in rows)


def _period(start: Cell, end: Cell) -> Cell:
    """A period written as one text, as the specs' `joins` fields do."""

    def cell(row: Sequence[Any]) -> str:
        first = start(row)
        return f"{first}–{end(row)}" if first else ""

    return cell


def _name(last: Cell, first: Cell) -> Cell:
    return lambda row: f"{last(row)} {first(row)}"


def _straight_placements(include_archived: bool) -> Iterator[list[str]]:
    from datetime import date

    from kemidesk.db.models import Association, JobCoach, Person, Placement
    from kemidesk.db.rows import as_day
    from kemidesk.services.placement_state import placement_status
    from kemidesk.services.placements import listed_query

    query = listed_query(
        include_archived, Placement.id, Person.last_name, Person.first_name,
        Association.name.alias("association_name"), Placement.job_title, Placement.start_date,
        Placement.end_date, Placement.actual_end_date, Placement.hours_per_week,
        Placement.monthly_wage_cents, Placement.pt_percent, JobCoach.name.alias("job_coach"),
    )  # fmt: skip
    today = date.today()

    s, e, a = _indexes(query, "start_date", "end_date", "actual_end_date")

    def status(row: Sequence[Any]) -> str:
        return _label(placement_status(as_day(row[s]), as_day(row[e]), as_day(row[a]), today))

    def cells(column: Callable[..., Cell]) -> list[Cell]:
        start_text = column("start_date", format_date, remember=True)
        end_text = column("end_date", format_date, remember=True)
        actual_text = column("actual_end_date", format_date, remember=True)
        return [
            column("id", _number_text),
            _name(column("last_name"), column("first_name")),
            column("association_name"),
            column("job_title"),
            start_text,
            lambda row: actual_text(row) if row[a] is not None else end_text(row),
            status,
            column("hours_per_week", _number_text, remember=True),
            column("monthly_wage_cents", format_money, remember=True),
            column("pt_percent", lambda v: _number_text(v) if v else ""),
            column("job_coach"),
        ]

    return _straight(query, cells)


def _straight_decisions(include_archived: bool) -> Iterator[list[str]]:
    from kemidesk.db.models import Association, Decision, Person
    from kemidesk.services.grants import listed_query, paid_by_decision

    query = listed_query(
        include_archived, Decision.id, Decision.number, Decision.decision_type,
        Decision.decision_date, Association.name.alias("association_name"), Person.last_name,
        Person.first_name, Decision.period_start, Decision.period_end,
        Decision.monthly_amount_cents, Decision.total_cents, Decision.status,
        Decision.appeal_deadline,
    )  # fmt: skip
    paid = paid_by_decision()
    (i,) = _indexes(query, "id")
    money = _remembered(format_money)

    def cells(column: Callable[..., Cell]) -> list[Cell]:
        return [
            column("number"),
            column("decision_type", _label, remember=True),
            column("decision_date", format_date, remember=True),
            column("association_name"),
            _name(column("last_name"), column("first_name")),
            _period(
                column("period_start", format_date, remember=True),
                column("period_end", format_date, remember=True),
            ),
            column("monthly_amount_cents", lambda v: format_money(v) if v else "", remember=True),
            column("total_cents", format_money, remember=True),
            lambda row: money(paid.get(row[i], 0)),
            column("status", _label, remember=True),
            column("appeal_deadline", format_date, remember=True),
        ]

    return _straight(query, cells)


def _straight_payments(include_archived: bool) -> Iterator[list[str]]:
    from kemidesk.db.models import Association, Decision, Payment
    from kemidesk.services.payments import listed_query

    query = listed_query(
        Payment.id, Decision.number.alias("decision_number"),
        Association.name.alias("association_name"), Payment.period_start, Payment.period_end,
        Payment.eligible_days, Payment.amount_cents, Payment.claim_due, Payment.status,
        Payment.paid_on, Payment.reference, Payment.held_reason,
    )  # fmt: skip

    def cells(column: Callable[..., Cell]) -> list[Cell]:
        return [
            column("id", _number_text),
            column("decision_number"),
            column("association_name"),
            _period(
                column("period_start", format_date, remember=True),
                column("period_end", format_date, remember=True),
            ),
            column("eligible_days", _number_text, remember=True),
            column("amount_cents", format_money, remember=True),
            column("claim_due", format_date, remember=True),
            column("status", _label, remember=True),
            column("paid_on", format_date, remember=True),
            column("reference"),
            column("held_reason"),
        ]

    return _straight(query, cells)


_STRAIGHT: dict[str, Callable[[bool], Iterator[list[str]]]] = {
    "placements": _straight_placements,
    "decisions": _straight_decisions,
    "payments": _straight_payments,
}


def _indexes(query: Any, *names: str) -> list[int]:
    from kemidesk.db.rows import column_readers

    readers = column_readers(query)
    return [readers[name][0] for name in names]


def sheet_for(entity: str, include_archived: bool = False) -> Sheet:
    """The list as a typed sheet (Excel export)."""
    spec = SPECS[entity]
    return Sheet(
        spec.title,
        [SheetColumn(f.header, f.kind) for f in spec.fields],
        [[f.get(record) for f in spec.fields] for record in spec.rows(include_archived)],
    )
