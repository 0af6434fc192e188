"""Import of associations, people and placements from the office's old spreadsheets.

A file (.xlsx, or .csv separated by `;`) is read into rows under Finnish headers (the
template of each kind lists them). `preview_import` checks every row with the same
validators as the forms and writes nothing; `apply_import` reads and checks the file again
inside one transaction and writes every row or none. Duplicates are joined, not doubled: an
association whose Y-tunnus, or a person whose HETU, is already in the database (or earlier
in the same file) is shown as "joined" and not created again. Placements name their person
by HETU and their employer by Y-tunnus; both must exist (import people and associations
first); a placement of the same person at the same employer from the same day is joined.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from kemidesk.db.models import Association, Person, Placement
from kemidesk.domain import validation as v
from kemidesk.domain.dates import parse_date
from kemidesk.domain.errors import DomainError, FieldErrors, ValidationError
from kemidesk.domain.types import EmployerType
from kemidesk.services.associations import (
    AssociationInput,
    create_association,
    validate_association,
)
from kemidesk.services.common import live_duplicate, transaction
from kemidesk.services.people import PersonInput, create_person, validate_person
from kemidesk.services.placements import PlacementInput, create_placement, validate_placement
from kemidesk.services.settings import rules_for
from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn

ENTITIES = ("associations", "people", "placements")
MAX_ROWS = 50_000


class RowAction(StrEnum):
    CREATE = "create"
    JOIN = "join"
    ERROR = "error"

    @property
    def label(self) -> str:
        return {"create": "Uusi", "join": "Yhdistetään olemassa olevaan", "error": "Virhe"}[
            self.value
        ]


@dataclass(frozen=True)
class ImportColumn:
    header: str  # as in the template (matched without case and surrounding spaces)
    name: str  # the Input field it fills (or a lookup key: "hetu", "business_id")
    kind: CellKind = CellKind.TEXT
    required: bool = False
    example: Any = ""
    yes_no: bool = False


def _c(header: str, name: str, example: Any = "", **kw: Any) -> ImportColumn:
    return ImportColumn(header, name, example=example, **kw)


COLUMNS: dict[str, tuple[ImportColumn, ...]] = {
    "associations": (
        _c("nimi", "name", "Kemin Esimerkkiyhdistys ry", required=True),
        _c("y-tunnus", "business_id", "1234567-1", required=True),
        _c("tyyppi", "employer_type", "Yhdistys"),
        _c("yhdistysrekisterinumero", "association_number", "123.456"),
        _c("liiketoimintaa", "business_activity", "ei", yes_no=True),
        _c("katuosoite", "street", "Valtakatu 1"),
        _c("postinumero", "postcode", "94100"),
        _c("postitoimipaikka", "city", "Kemi"),
        _c("iban", "iban", "FI49 5000 9420 0287 30"),
        _c("bic", "bic", "OKOYFIHH"),
        _c("yhteyshenkilö", "contact_name", "Maija Meikäläinen"),
        _c("puhelin", "contact_phone", "040 123 4567"),
        _c("sähköposti", "contact_email", "toimisto@esimerkki.fi"),
        _c("työnohjaaja", "supervisor_name", "Pekka Ohjaaja"),
        _c("ohjausosaaminen", "supervision_competence", "kyllä", yes_no=True),
        _c("lisätietoja", "notes", ""),
    ),
    "people": (
        _c("etunimi", "first_name", "Aino", required=True),
        _c("sukunimi", "last_name", "Esimerkki", required=True),
        _c("henkilötunnus", "hetu", "010190-900P"),
        _c("syntymäaika", "birth_date", date(1990, 1, 1), kind=CellKind.DATE),
        _c("kemiläinen", "kemi_resident", "kyllä", yes_no=True),
        _c("tmt-päivät", "tmt_days", 300, kind=CellKind.NUMBER),
        _c("puhelin", "phone", "040 765 4321"),
        _c("sähköposti", "email", "aino@esimerkki.fi"),
        _c("lisätietoja", "notes", ""),
    ),
    "placements": (
        _c("henkilötunnus", "hetu", "010190-900P", required=True),
        _c("y-tunnus", "business_id", "1234567-1", required=True),
        _c("tehtävänimike", "job_title", "kiinteistötyöntekijä", required=True),
        _c("alkaa", "start_date", date(2027, 1, 1), kind=CellKind.DATE, required=True),
        _c("päättyy", "end_date", date(2027, 12, 31), kind=CellKind.DATE),
        _c("tunnit/vko", "hours_per_week", Decimal("30"), kind=CellKind.NUMBER, required=True),
        _c("kuukausipalkka", "monthly_wage", 200000, kind=CellKind.MONEY, required=True),
        _c("palkkakustannukset/kk", "wage_costs", 260000, kind=CellKind.MONEY),
        _c("työnohjaaja", "supervisor_name", "Pekka Ohjaaja"),
        _c("työvalmentaja", "job_coach", ""),
        _c("palkkatukipäätös", "pt_decision_number", "PT-2026-1234"),
        _c("palkkatuki %", "pt_percent", 50, kind=CellKind.NUMBER),
        _c("palkkatuki alkaa", "pt_start", date(2027, 1, 1), kind=CellKind.DATE),
        _c("palkkatuki päättyy", "pt_end", date(2027, 12, 31), kind=CellKind.DATE),
        _c("palkkatuki €/kk", "pt_monthly", 100000, kind=CellKind.MONEY),
        _c("lisätietoja", "notes", ""),
    ),
}

TITLES = {"associations": "Yhdistykset", "people": "Työllistetyt", "placements": "Työsuhteet"}


@dataclass(frozen=True)
class RowResult:
    line: int  # the row number in the file (the header is row 1)
    action: RowAction
    label: str  # what the row is (name, Y-tunnus) as shown in the preview
    errors: tuple[tuple[str, str], ...] = ()  # (column header, Finnish message)
    existing_id: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    entity: str
    rows: tuple[RowResult, ...]
    file_errors: tuple[str, ...] = ()  # headers missing, unknown, too many rows

    @property
    def creates(self) -> int:
        return sum(r.action is RowAction.CREATE for r in self.rows)

    @property
    def joins(self) -> int:
        return sum(r.action is RowAction.JOIN for r in self.rows)

    @property
    def error_rows(self) -> int:
        return sum(r.action is RowAction.ERROR for r in self.rows)

    @property
    def ok(self) -> bool:
        return not self.file_errors and self.error_rows == 0

    def summary(self) -> str:
        parts = [f"{self.creates} uutta", f"{self.joins} yhdistetään olemassa oleviin"]
        if self.error_rows:
            parts.append(f"{self.error_rows} virheellistä riviä")
        return ", ".join(parts) + "."


@dataclass(frozen=True)
class ImportResult:
    entity: str
    created_ids: tuple[int, ...]
    joined: int


class ImportFileError(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__("IMPORT_FILE_UNREADABLE", detail=detail)


# ------------------------------------------------------------------ reading


def template_sheet(entity: str) -> Sheet:
    """The template of one kind: its headers and one example row."""
    columns = COLUMNS[entity]
    return Sheet(
        TITLES[entity],
        [SheetColumn(c.header + (" *" if c.required else ""), c.kind) for c in columns],
        [[c.example for c in columns]],
    )


def read_table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the first sheet of an .xlsx, or of a `;`-separated .csv (UTF-8,
    with or without BOM, or Windows-1252 as older Excel saves it). Wholly empty rows are
    dropped."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            rows = _read_xlsx(path)
        elif suffix == ".csv":
            rows = _read_csv(path)
        else:
            raise ImportFileError("tiedoston on oltava .xlsx tai .csv")
    except (OSError, ValueError, KeyError) as exc:
        raise ImportFileError(str(exc) or type(exc).__name__) from exc
    if not rows:
        raise ImportFileError("tiedosto on tyhjä")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    body = [r for r in rows[1:] if any(c not in (None, "") for c in r)]
    return header, body


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=";")]


# ------------------------------------------------------------------ cell conversion


class _CellError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a postcode or number Excel stored as 94100.0
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year}"
    return str(value).strip()


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except ValidationError:
        raise _CellError("Anna päivämäärä muodossa 28.11.2026.") from None


def _number_text(value: Any) -> str:
    """A number as the forms take it typed (decimal comma)."""
    if value in (None, ""):
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        text = format(number.normalize(), "f") if number == number.to_integral() else str(number)
        return text.replace(".", ",")
    return str(value).strip()


def _money_text(value: Any) -> str:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return f"{Decimal(str(value)):.2f}".replace(".", ",")
    return _text(value).replace("€", "").strip()


_YES = {"kyllä", "k", "x", "1", "true", "yes", "y", "on"}
_NO = {"", "ei", "e", "0", "false", "no", "n"}


def _yes_no(value: Any) -> bool:
    text = _text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _CellError("Anna kyllä tai ei.")


def _employer_type(value: Any) -> EmployerType:
    text = _text(value).lower()
    if not text:
        return EmployerType.ASSOCIATION
    for member in EmployerType:
        if text in (member.value, member.label.lower()):
            return member
    labels = ", ".join(m.label for m in EmployerType)
    raise _CellError(f"Anna jokin näistä: {labels}.")


def _percent(value: Any) -> int | None:
    text = _text(value).replace("%", "").strip()
    if not text:
        return None
    try:
        return int(Decimal(text.replace(",", ".")))
    except InvalidOperation:
        raise _CellError("Anna prosentti numerona, esim. 50.") from None


def _convert(column: ImportColumn, value: Any) -> Any:
    if column.yes_no:
        return _yes_no(value)
    if column.name == "employer_type":
        return _employer_type(value)
    if column.name == "pt_percent":
        return _percent(value)
    if column.kind is CellKind.DATE:
        return _date(value)
    if column.kind is CellKind.MONEY:
        return _money_text(value)
    if column.kind is CellKind.NUMBER:
        return _number_text(value)
    return _text(value)


# ------------------------------------------------------------------ checking


@dataclass
class _Checked:
    result: RowResult
    make: Callable[[], Any] | None = None  # writes the row (inside the import's transaction)


@dataclass
class _Context:
    entity: str
    seen: dict[str, int] = field(default_factory=dict)  # key → first line in the file
    allowed_percents: tuple[int, ...] = (50, 70, 100)


def _columns_of(entity: str, header: Sequence[str]) -> tuple[dict[int, ImportColumn], list[str]]:
    """Which file column holds which field; the file's problems (missing or unknown
    headers)."""
    known = {c.header.lower(): c for c in COLUMNS[entity]}
    positions: dict[int, ImportColumn] = {}
    problems: list[str] = []
    for i, name in enumerate(header):
        key = name.lower().rstrip("*").strip()
        if not key:
            continue
        if key not in known:
            problems.append(f"Tuntematon sarake ”{name}”.")
        elif known[key] in positions.values():
            problems.append(f"Sarake ”{name}” on kahdesti.")
        else:
            positions[i] = known[key]
    present = set(positions.values())
    problems += [
        f"Pakollinen sarake ”{c.header}” puuttuu."
        for c in COLUMNS[entity]
        if c.required and c not in present
    ]
    return positions, problems


def _add_field_errors(
    errors: list[tuple[str, str]],
    exc: FieldErrors,
    columns: Sequence[ImportColumn],
    extra: dict[str, str] | None = None,
) -> None:
    """The validators' messages under the file's column headers; a column that already has
    its message (a cell that could not be read) keeps that one."""
    by_name = {c.name: c.header for c in columns}
    by_name.update(extra or {})
    named = {header for header, _ in errors}
    for name, text in exc.errors.items():
        header = by_name.get(name, name)
        if header not in named:
            errors.append((header, text))
            named.add(header)


def _check_row(
    ctx: _Context, line: int, values: dict[str, Any], errors: list[tuple[str, str]]
) -> _Checked:
    columns = COLUMNS[ctx.entity]
    if ctx.entity == "associations":
        return _check_association(ctx, line, values, errors, columns)
    if ctx.entity == "people":
        return _check_person(ctx, line, values, errors, columns)
    return _check_placement(ctx, line, values, errors, columns)


def _join_or_create(
    ctx: _Context,
    line: int,
    key: str,
    label: str,
    existing_id: int | None,
    errors: list[tuple[str, str]],
    make: Callable[[], Any],
) -> _Checked:
    if errors:
        return _Checked(RowResult(line, RowAction.ERROR, label, tuple(errors)))
    if existing_id is not None:
        return _Checked(RowResult(line, RowAction.JOIN, label, existing_id=existing_id))
    if key and key in ctx.seen:
        first = ctx.seen[key]
        return _Checked(RowResult(line, RowAction.JOIN, f"{label} (sama kuin rivi {first})"))
    if key:
        ctx.seen[key] = line
    return _Checked(RowResult(line, RowAction.CREATE, label), make)


def _live(column: Any, value: str) -> Any:
    """The live record with this HETU or Y-tunnus (as the forms' duplicate check finds it)."""
    return live_duplicate(column, value, None) if value else None


def _check_association(
    ctx: _Context,
    line: int,
    values: dict[str, Any],
    errors: list[tuple[str, str]],
    columns: Sequence[ImportColumn],
) -> _Checked:
    data = AssociationInput(**{k: val for k, val in values.items() if val is not None})
    try:
        normalised = validate_association(data)
    except FieldErrors as exc:
        _add_field_errors(errors, exc, columns)
        normalised = {}
    business_id = str(normalised.get("business_id") or values.get("business_id") or "")
    label = f"{values.get('name', '')} ({business_id})".strip()
    existing = _live(Association.business_id, business_id)
    return _join_or_create(
        ctx,
        line,
        business_id,
        label,
        existing.id if existing else None,
        errors,
        lambda: create_association(data).id,
    )


def _check_person(
    ctx: _Context,
    line: int,
    values: dict[str, Any],
    errors: list[tuple[str, str]],
    columns: Sequence[ImportColumn],
) -> _Checked:
    data = PersonInput(**{k: val for k, val in values.items() if val is not None})
    try:
        normalised = validate_person(data)
    except FieldErrors as exc:
        _add_field_errors(errors, exc, columns)
        normalised = {}
    hetu = str(normalised.get("hetu") or "")
    label = f"{values.get('last_name', '')} {values.get('first_name', '')}".strip()
    if hetu:
        label += f" ({v.mask_hetu(hetu)})"  # the preview never shows a whole HETU
    existing = _live(Person.hetu, hetu)
    return _join_or_create(
        ctx, line, hetu, label, existing.id if existing else None, errors,
        lambda: create_person(data).id,
    )  # fmt: skip


def _check_placement(
    ctx: _Context,
    line: int,
    values: dict[str, Any],
    errors: list[tuple[str, str]],
    columns: Sequence[ImportColumn],
) -> _Checked:
    hetu_text = str(values.pop("hetu", "") or "").upper()
    business_id = str(values.pop("business_id", "") or "")
    person = _live(Person.hetu, hetu_text)
    association = _live(Association.business_id, business_id)
    if person is None:
        errors.append(
            ("henkilötunnus", "Henkilöä ei löydy tällä henkilötunnuksella; tuo henkilöt ensin.")
        )
    if association is None:
        errors.append(
            ("y-tunnus", "Työnantajaa ei löydy tällä Y-tunnuksella; tuo yhdistykset ensin.")
        )
    given: dict[str, Any] = {
        "job_title": "",
        "start_date": None,
        "end_date": None,
        "hours_per_week": "",
        "monthly_wage": "",
    }
    given.update({k: val for k, val in values.items() if val is not None})
    data = PlacementInput(
        person_id=person.id if person else -1,
        association_id=association.id if association else -1,
        **given,
    )
    try:
        validate_placement(data, ctx.allowed_percents)
    except FieldErrors as exc:
        ids = {"person_id": "henkilötunnus", "association_id": "y-tunnus"}
        _add_field_errors(errors, exc, columns, ids)
    label = f"{values.get('job_title', '')}, {v.mask_hetu(hetu_text) if hetu_text else ''}"
    start = values.get("start_date")
    existing = (
        Placement.get_or_none(
            (Placement.person == person)
            & (Placement.association == association)
            & (Placement.start_date == start)
            & (Placement.archived == False)  # noqa: E712
        )
        if person is not None and association is not None and start is not None
        else None
    )
    key = f"{hetu_text}|{business_id}|{start}" if start is not None else ""
    percents = ctx.allowed_percents
    return _join_or_create(
        ctx,
        line,
        key,
        label,
        existing.id if existing else None,
        errors,
        lambda: create_placement(data, percents).id,
    )


Progress = Callable[[int, int], None]  # (rows done, rows in all); the window's progress bar


def _check_file(
    entity: str, path: Path, today: date, progress: Progress | None = None
) -> tuple[ImportPreview, list[_Checked]]:
    if entity not in COLUMNS:
        raise ImportFileError(f"tuntematon kohde {entity}")
    header, rows = read_table(path)
    positions, problems = _columns_of(entity, header)
    if len(rows) > MAX_ROWS:
        problems.append(f"Tiedostossa on {len(rows)} riviä; enintään {MAX_ROWS} kerralla.")
    if problems:
        return ImportPreview(entity, (), tuple(problems)), []
    ctx = _Context(entity, allowed_percents=rules_for(today).palkkatuki_percents)
    checked: list[_Checked] = []
    for line, row in enumerate(rows, start=2):
        values: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        for i, column in positions.items():
            cell = row[i] if i < len(row) else None
            try:
                values[column.name] = _convert(column, cell)
            except _CellError as exc:
                errors.append((column.header, exc.message))
                values[column.name] = None
        checked.append(_check_row(ctx, line, values, errors))
        if progress is not None and line % 50 == 0:
            progress(line - 1, len(rows))
    return ImportPreview(entity, tuple(c.result for c in checked)), checked


def preview_import(
    entity: str, path: Path, today: date | None = None, progress: Progress | None = None
) -> ImportPreview:
    """Every row checked as the forms check it; nothing is written. `progress` may raise to
    stop (the window's Cancel)."""
    preview, _ = _check_file(entity, path, today or date.today(), progress)
    return preview


def apply_import(
    entity: str, path: Path, today: date | None = None, progress: Progress | None = None
) -> ImportResult:
    """Check the file again and write every new row in one transaction, or nothing: any
    row with an error (also one that appeared since the preview) refuses the whole file,
    and so does an exception raised by `progress`."""
    with transaction():
        preview, checked = _check_file(entity, path, today or date.today())
        if not preview.ok:
            raise DomainError(
                "IMPORT_HAS_ERRORS", rows=preview.error_rows, problems=len(preview.file_errors)
            )
        makers = [c.make for c in checked if c.make is not None]
        created: list[int] = []
        for done, make in enumerate(makers, start=1):
            created.append(make())
            if progress is not None and done % 50 == 0:
                progress(done, len(makers))
    return ImportResult(entity, tuple(created), preview.joins)


def describe_errors(preview: ImportPreview) -> list[str]:
    """Lines for the command line: the file's problems, then every wrong cell by row."""
    lines = list(preview.file_errors)
    for row in preview.rows:
        lines += [f"Rivi {row.line}, {col}: {text}" for col, text in row.errors]
    return lines
