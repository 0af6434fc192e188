"""Import from old spreadsheets: the forms' checks by row and column, duplicates joined,
nothing written until the whole file is right, then all in one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kemidesk.db.models import Association, AuditLog, Person, Placement
from kemidesk.domain.errors import DomainError
from kemidesk.services import importing
from kemidesk.services.associations import AssociationInput, create_association
from kemidesk.services.importing import RowAction, apply_import, preview_import, template_sheet
from kemidesk.services.spreadsheet import Sheet, SheetColumn, write_xlsx

TODAY = date(2026, 11, 28)
pytestmark = pytest.mark.usefixtures("db")


def _csv(tmp_path: Path, name: str, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


ASSOCIATIONS = [
    "nimi;y-tunnus;tyyppi;postinumero;liiketoimintaa",
    "Kemin Testi ry;1234567-1;Yhdistys;94100;ei",
    "Meri-Lapin Osuuskunta;0737546-2;yritys;94200;kyllä",
]


@pytest.mark.parametrize("entity", importing.ENTITIES)
def test_the_template_itself_imports_cleanly_after_its_dependencies(
    tmp_path: Path, entity: str
) -> None:
    for needed in importing.ENTITIES[: importing.ENTITIES.index(entity) + 1]:
        path = write_xlsx([template_sheet(needed)], tmp_path / f"{needed}.xlsx")
        preview = preview_import(needed, path, TODAY)
        assert preview.ok, importing.describe_errors(preview)
        apply_import(needed, path, TODAY)
    assert preview.creates == 1


def test_preview_writes_nothing_and_apply_writes_all_in_one_go(tmp_path: Path) -> None:
    path = _csv(tmp_path, "a.csv", ASSOCIATIONS)
    audit_before = AuditLog.select().count()
    preview = preview_import("associations", path, TODAY)
    assert [r.action for r in preview.rows] == [RowAction.CREATE, RowAction.CREATE]
    assert [r.line for r in preview.rows] == [2, 3]
    assert Association.select().count() == 0 and AuditLog.select().count() == audit_before
    result = apply_import("associations", path, TODAY)
    assert len(result.created_ids) == 2
    company = Association.get(Association.business_id == "0737546-2")
    assert company.employer_type.value == "company" and company.business_activity
    assert AuditLog.select().count() > audit_before  # written through the same use cases


def test_errors_are_named_by_row_and_column_and_nothing_is_written(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "bad.csv",
        [*ASSOCIATIONS, "Huono ry;1234567-8;kerho;941;joo", "Tyhjä y-tunnus ry;;;;"],
    )
    preview = preview_import("associations", path, TODAY)
    assert not preview.ok and preview.error_rows == 2
    bad = {row.line: dict(row.errors) for row in preview.rows if row.errors}
    assert set(bad[4]) == {"y-tunnus", "tyyppi", "postinumero", "liiketoimintaa"}
    assert "kyllä tai ei" in bad[4]["liiketoimintaa"]
    assert "y-tunnus" in bad[5]
    with pytest.raises(DomainError) as info:
        apply_import("associations", path, TODAY)
    assert info.value.code == "IMPORT_HAS_ERRORS"
    assert Association.select().count() == 0  # the good rows were not written either


def test_duplicates_are_joined_not_doubled(tmp_path: Path) -> None:
    existing = create_association(AssociationInput(name="Vanha ry", business_id="1234567-1"))
    path = _csv(tmp_path, "a.csv", [*ASSOCIATIONS, "Meri-Lapin Osuuskunta;0737546-2;;;"])
    preview = preview_import("associations", path, TODAY)
    assert [r.action for r in preview.rows] == [RowAction.JOIN, RowAction.CREATE, RowAction.JOIN]
    assert preview.rows[0].existing_id == existing.id
    assert "rivi 3" in preview.rows[2].label
    apply_import("associations", path, TODAY)
    assert Association.select().count() == 2
    again = apply_import("associations", path, TODAY)  # a second run changes nothing
    assert again.created_ids == () and Association.select().count() == 2


def test_people_and_placements_by_hetu_and_business_id(tmp_path: Path) -> None:
    apply_import("associations", _csv(tmp_path, "a.csv", ASSOCIATIONS), TODAY)
    people = _csv(
        tmp_path,
        "p.csv",
        [
            "etunimi;sukunimi;henkilötunnus;kemiläinen;tmt-päivät",
            "Aino;Öhman;010190-123M;kyllä;300",
            "Pekka;Lahti;;ei;",
        ],
        encoding="cp1252",  # as older Excel saves a CSV
    )
    preview = preview_import("people", people, TODAY)
    assert preview.ok, importing.describe_errors(preview)
    assert "010190-123M" not in preview.rows[0].label  # the preview masks the HETU
    apply_import("people", people, TODAY)
    assert Person.get(Person.hetu == "010190-123M").last_name == "Öhman"
    placements = tmp_path / "t.xlsx"
    columns = [
        "henkilötunnus",
        "y-tunnus",
        "tehtävänimike",
        "alkaa",
        "tunnit/vko",
        "kuukausipalkka",
    ]
    rows = [
        ["010190-123m", "1234567-1", "siivooja", date(2027, 1, 1), 30, 2000.5],
        ["311299-999E", "1234567-1", "kokki", "1.2.2027", "37,5", "2 100,00"],
        ["010190-123M", "9999999-9", "vahtimestari", "31.2.2027", 30, 2000],
    ]
    write_xlsx([Sheet("x", [SheetColumn(c) for c in columns], rows)], placements)
    preview = preview_import("placements", placements, TODAY)
    errors = {row.line: dict(row.errors) for row in preview.rows if row.errors}
    assert 2 not in errors
    assert "henkilötunnus" in errors[3]
    assert set(errors[4]) == {"y-tunnus", "alkaa"}
    assert Placement.select().count() == 0
    path = tmp_path / "ok.xlsx"
    write_xlsx([Sheet("x", [SheetColumn(c) for c in columns], rows[:1])], path)
    apply_import("placements", path, TODAY)
    placement = Placement.get()
    assert placement.monthly_wage_cents == 200050 and placement.start_date == date(2027, 1, 1)
    again = preview_import("placements", path, TODAY)
    assert [r.action for r in again.rows] == [RowAction.JOIN]
    assert again.rows[0].existing_id == placement.id


def test_file_problems_are_reported_before_any_row(tmp_path: Path) -> None:
    path = _csv(tmp_path, "x.csv", ["nimi;kengännumero", "Testi ry;42"])
    preview = preview_import("associations", path, TODAY)
    assert not preview.ok and preview.rows == ()
    assert any("kengännumero" in p for p in preview.file_errors)
    assert any("y-tunnus" in p and "puuttuu" in p for p in preview.file_errors)
    with pytest.raises(DomainError) as info:
        preview_import("associations", tmp_path / "puuttuu.xlsx", TODAY)
    assert info.value.code == "IMPORT_FILE_UNREADABLE"


def test_a_failure_half_way_through_writes_nothing(tmp_path: Path) -> None:
    rows = [f"Testi {i} ry;{code};;;" for i, code in enumerate(_business_ids(120))]
    path = _csv(tmp_path, "many.csv", ["nimi;y-tunnus;tyyppi;postinumero;liiketoimintaa", *rows])

    def power_cut(done: int, total: int) -> None:
        if done >= 100:
            raise OSError("virta katkesi")

    with pytest.raises(OSError, match="virta katkesi"):
        apply_import("associations", path, TODAY, progress=power_cut)
    assert Association.select().count() == 0


def _business_ids(n: int) -> list[str]:
    weights = (7, 9, 10, 5, 8, 4, 2)
    out = []
    number = 1000000
    while len(out) < n:
        number += 1
        digits = str(number)
        remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder == 1:
            continue
        out.append(f"{digits}-{0 if remainder == 0 else 11 - remainder}")
    return out
