"""The command line as an administrator uses it: exit codes, messages, files."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from kemidesk.cli import COMMAND_NAMES, build_parser, command_of, main
from kemidesk.db.inspect import APPLICATION_ID
from kemidesk.db.migrations import HEAD


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    code, out, _ = run(capsys, "demo", "--data-dir", str(folder))
    assert code == 0, out
    return folder


def test_demo_then_check_exits_zero(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--data-dir", str(demo_dir))
    assert code == 0
    assert "quick_check: ok" in out and f"versio {HEAD}" in out


def test_demo_refuses_folder_with_data(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (demo_dir / "kemidesk.sqlite3").stat().st_size
    code, _, err = run(capsys, "demo", "--data-dir", str(demo_dir))
    assert code == 1 and "jo tietoja" in err
    assert (demo_dir / "kemidesk.sqlite3").stat().st_size == before


def test_demo_small_has_expected_volume(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_dir / "kemidesk.sqlite3")
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "association",
            "person",
            "placement",
            "decision",
            "payment",
            "followup",
            "outcome",
        )
    }
    conn.close()
    assert counts["association"] == 25 and counts["person"] == 120 and counts["placement"] == 150
    assert all(counts[t] > 0 for t in ("decision", "payment", "followup", "outcome"))


@pytest.mark.parametrize(
    "entity", ["associations", "people", "placements", "decisions", "payments"]
)
def test_list_csv_has_header_and_id_first(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], entity: str
) -> None:
    code, out, _ = run(capsys, "list", entity, "--format", "csv", "--data-dir", str(demo_dir))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][0] in ("id", "numero")
    assert len(rows) > 10
    if entity == "decisions":
        assert rows[1][0].startswith("KL-")
        assert {"numero", "tyyppi", "yhdistys", "työllistetty", "jakso", "yhteensä", "tila"} <= set(
            rows[0]
        )
    if entity == "people":
        assert all("****" in r[3] or r[3] == "" for r in rows[1:])  # HETU never in clear


def test_list_table_format(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "associations", "--data-dir", str(demo_dir))
    assert code == 0 and out.splitlines()[0].startswith("id")


def test_backup_and_restore(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb"
    code, out, _ = run(capsys, "backup", "--to", str(target), "--data-dir", str(demo_dir))
    assert code == 0
    backup = next(target.glob("*.sqlite3"))
    fresh = tmp_path / "fresh"
    code, out, _ = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(fresh))
    assert code == 0, out
    code, out, _ = run(capsys, "list", "associations", "--format", "csv", "--data-dir", str(fresh))
    assert len(out.splitlines()) == 26
    # restoring over existing data keeps a copy of what was there
    code, out, _ = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(demo_dir))
    assert code == 0 and list((demo_dir / "backups").glob("*ennen-palautusta*"))


def test_restore_asks_first(demo_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, _, _ = run(capsys, "backup", "--to", str(tmp_path), "--data-dir", str(demo_dir))
    source = next(tmp_path.glob("kemidesk-*.sqlite3"))
    monkeypatch.setattr("sys.stdin", io.StringIO("e\n"))
    code, out, _ = run(capsys, "restore", str(source), "--data-dir", str(demo_dir))
    assert code == 1 and "Peruttu" in out
    assert not list((demo_dir / "backups").glob("*ennen-palautusta*"))


def test_restore_refuses_non_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "x.sqlite3"
    bogus.write_text("ei tietokanta")
    code, _, err = run(capsys, "restore", str(bogus), "--yes", "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "ei ole kemidesk-tietokanta" in err


def test_not_sqlite_database_exits_2_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "kemidesk.sqlite3").write_text("roskaa")
    code, _, err = run(capsys, "check", "--data-dir", str(folder))
    assert code == 2 and "ei ole kemidesk-tietokanta" in err
    assert (folder / "kemidesk.sqlite3").read_text() == "roskaa"


def test_newer_schema_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # ours, from a newer program
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "list", "people", "--data-dir", str(folder))
    assert code == 2 and "uudempi" in err


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "unicorns"],
        ["frobnicate"],
        ["demo", "--scale", "huge"],
        ["backup", "--bad"],
    ],
)
def test_bad_arguments_exit_2_with_usage(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err or "käyttö" in err.lower()
    assert "Traceback" not in err


def test_unwritable_data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "check", "--data-dir", str(blocker / "sub"))
    assert code == 2 and "Datakansiota ei voi käyttää" in err


def test_environment_variable_selects_data_dir(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KEMIDESK_DATA_DIR", str(tmp_path / "env"))
    code, _, _ = run(capsys, "check")
    assert code == 0
    assert (tmp_path / "env" / "kemidesk.sqlite3").exists()


def test_export_person(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    target = tmp_path / "henkilo.json"
    code, _, _ = run(capsys, "export-person", "1", "-o", str(target), "--data-dir", str(demo_dir))
    assert code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["henkilö"]["id"] == 1 and data["työsuhteet"]
    code, _, err = run(
        capsys, "export-person", "99999", "-o", str(target), "--data-dir", str(demo_dir)
    )
    assert code == 2 and "ei löydy" in err


def test_restore_refuses_a_foreign_or_newer_database(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = demo_dir / "kemidesk.sqlite3"
    foreign = tmp_path / "muu.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE muuta (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "uudempi.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for bad in (foreign, newer):
        code, _, err = run(capsys, "restore", str(bad), "--yes", "--data-dir", str(demo_dir))
        assert code == 2 and "ei voi palauttaa" in err
    code, _, _ = run(capsys, "check", "--data-dir", str(demo_dir))
    assert code == 0 and live.exists()


def test_print_to_a_folder_is_refused_and_leaves_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "print",
        "followup",
        "1",
        "--blank",
        "-o",
        str(tmp_path),
        "--data-dir",
        str(demo_dir),
    )
    assert code == 2 and "ei kansiota" in err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_all_lists_to_one_workbook(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    target = tmp_path / "kaikki.xlsx"
    code, out, _ = run(capsys, "export", "all", "-o", str(target), "--data-dir", str(demo_dir))
    assert code == 0 and "Tallennettu" in out
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Yhdistykset", "Työllistetyt", "Työsuhteet", "Päätökset", "Maksut", "Valmennukset",
        "Työnohjaus", "Siirtosopimukset", "Rekrytointitarpeet", "Työnhakijat", "Työnantajaringit",
        "Työhönvalmentajat",
    ]  # fmt: skip
    for entity, name in [("people", "Työllistetyt"), ("decisions", "Päätökset")]:
        _, listed, _ = run(capsys, "list", entity, "--format", "csv", "--data-dir", str(demo_dir))
        assert book[name].max_row == len(listed.splitlines())  # same rows, header included
    people = book["Työllistetyt"]
    assert people["D1"].value == "henkilötunnus"
    hetus = [c.value for (c,) in people.iter_rows(min_row=2, min_col=4, max_col=4) if c.value]
    assert hetus and all("****" in h for h in hetus)  # masked as in the lists
    decisions = book["Päätökset"]
    header = [c.value for c in decisions[1]]
    row = {h: c for h, c in zip(header, decisions[2], strict=True)}
    assert row["numero"].value.startswith("KL-")
    assert isinstance(row["päätöspäivä"].value, datetime)
    assert isinstance(row["yhteensä"].value, int | float)


def test_export_refuses_a_name_that_is_not_xlsx(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "people", "-o", str(tmp_path / "x.csv"), "--data-dir", str(demo_dir)])
    assert info.value.code == 2 and ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_import_dry_run_exits_1_on_a_bad_row_and_import_writes_the_good_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("etunimi;sukunimi;henkilötunnus\nA;B;010190-900P\nC;D;123\n", encoding="utf-8")
    code, out, err = run(
        capsys, "import", "people", str(bad), "--dry-run", "--data-dir", str(demo_dir)
    )
    assert code == 1 and "Rivi 3, henkilötunnus" in err
    good = tmp_path / "good.csv"
    good.write_text("etunimi;sukunimi;henkilötunnus\nA;B;010190-900P\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "import", "people", str(good), "--dry-run", "--data-dir", str(demo_dir)
    )
    assert code == 0 and "1 uutta" in out
    code, out, _ = run(capsys, "import", "people", str(good), "--data-dir", str(demo_dir))
    assert code == 0 and "Tuotu 1 uutta" in out
    code, out, _ = run(capsys, "import", "people", str(good), "--data-dir", str(demo_dir))
    assert code == 0 and "Tuotu 0 uutta; 1 oli jo" in out
    template = tmp_path / "pohja.xlsx"
    code, _, _ = run(
        capsys, "import-template", "placements", "-o", str(template), "--data-dir", str(demo_dir)
    )
    assert code == 0 and template.stat().st_size > 0


def test_report_year_pdf_and_effectiveness_xlsx(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    pdf = tmp_path / "vuosi.pdf"
    code, _out, _ = run(
        capsys, "report", "year", "2025", "-o", str(pdf), "--data-dir", str(demo_dir)
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "v.xlsx"
    code, _, _ = run(
        capsys, "report", "effectiveness", "--from", "1.1.2026", "--to", "30.6.2026",
        "--group", "target_group", "-o", str(xlsx), "--data-dir", str(demo_dir),
    )  # fmt: skip
    assert code == 0
    assert openpyxl.load_workbook(xlsx)["Yhteenveto"]["B1"].value == "1.1.2026–30.6.2026"
    code, _, err = run(
        capsys, "report", "effectiveness", "--from", "1.7.2026", "--to", "30.6.2026",
        "-o", str(xlsx), "--data-dir", str(demo_dir),
    )  # fmt: skip
    assert code == 2 and "ennen alkua" in err


def test_list_trainings_and_supervision_and_print_their_papers(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    data = ("--data-dir", str(demo_dir))
    code, out, _ = run(capsys, "list", "trainings", "--format", "csv", *data)
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert code == 0 and rows[0][:4] == ["id", "päivä", "klo", "valmennus"]
    assert len(rows) > 10  # a year of trainings
    held = next(r for r in rows[1:] if int(r[rows[0].index("osallistui")]) > 0)
    code, out, _ = run(capsys, "list", "supervision", *data)
    assert code == 0 and out.startswith("id") and "työnohjaaja" in out.splitlines()[0]
    assert len(out.splitlines()) > 3
    invitation = tmp_path / "kutsu.pdf"
    code, out, _ = run(capsys, "print", "invitation", held[0], "--each", "-o", str(invitation),
                       *data)  # fmt: skip
    assert code == 0 and "Tallennettu" in out
    assert len(PdfReader(invitation).pages) > 5  # one letter per association
    sheet = tmp_path / "lista.pdf"
    code, _, _ = run(capsys, "print", "attendance", held[0], "-o", str(sheet), *data)
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert code == 0 and "Allekirjoitus" in text
    code, _, err = run(capsys, "print", "attendance", "9999", "-o", str(sheet), *data)
    assert code == 2 and "Valmennusta 9999 ei löydy" in err


def test_list_transfers_and_print_one_agreement(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kemidesk.domain.types import TransferStatus

    code, out, _ = run(capsys, "list", "transfers", "--format", "csv", "--data-dir", str(demo_dir))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    header = rows[0]
    assert header[:2] == ["id", "työsuhde"]
    states = {r[header.index("tila")] for r in rows[1:]}
    assert states == {s.label for s in TransferStatus}  # the demo has one in every status
    code, table, _ = run(capsys, "list", "transfers", "--data-dir", str(demo_dir))
    assert code == 0 and "vastaanottava työnantaja" in table.splitlines()[0]
    target = tmp_path / "siirtosopimus.pdf"
    first = rows[1][0]
    code, out, _ = run(
        capsys, "print", "transfer-agreement", first, "-o", str(target), "--data-dir",
        str(demo_dir),
    )  # fmt: skip
    assert code == 0 and "Tallennettu" in out
    assert target.read_bytes().startswith(b"%PDF")
    missing = tmp_path / "ei.pdf"
    code, _, err = run(
        capsys, "print", "transfer-agreement", "99999", "-o", str(missing), "--data-dir",
        str(demo_dir),
    )  # fmt: skip
    assert code != 0 and "Siirtosopimusta 99999 ei löydy" in err
    assert not missing.exists()


def test_list_coaches_with_their_caseload(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list", "coaches", "--format", "csv", "--data-dir", str(demo_dir))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    header = rows[0]
    assert header[:2] == ["id", "nimi"]
    assert {"työsuhteita", "seurantoja myöhässä", "seuraava seuranta"} <= set(header)
    names = {r[1] for r in rows[1:]}
    assert {"Laura Heikkilä", "Mikko Tervo", "Sanna Koskela"} <= names
    assert "Pekka Niemi" not in names  # left: listed with --all only
    assert sum(int(r[header.index("työsuhteita")]) for r in rows[1:]) > 0
    code, out, _ = run(capsys, "list", "coaches", "--all", "--data-dir", str(demo_dir))
    assert code == 0 and "Pekka Niemi" in out


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _help_of(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            parser.parse_args(argv)
        except SystemExit as exit_:
            return exit_.code, out.getvalue()
    raise AssertionError("no help printed")


def test_every_subcommand_is_named_for_the_one_command_parser() -> None:
    assert set(_subcommands(build_parser())) == COMMAND_NAMES


@pytest.mark.parametrize("command", sorted(COMMAND_NAMES))
def test_one_command_parser_is_the_whole_parsers_part(command: str) -> None:
    whole, one = _subcommands(build_parser())[command], build_parser(command)
    assert set(_subcommands(one)) == {command}
    assert _help_of(one, [command, "-h"]) == _help_of(build_parser(), [command, "-h"])
    assert one.format_usage() == build_parser().format_usage()
    assert _subcommands(one)[command].format_help() == whole.format_help()


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "decision", "KL-2026-001-001", "-o", "x.pdf", "--data-dir", "d"],
        ["--data-dir", "d", "print", "decision", "KL-2026-001-001", "--public", "-o", "x.pdf"],
        ["--data-dir=d", "list", "people", "--format", "csv"],
        ["--database", "postgresql://u@h/k", "check", "--full"],
        ["report", "year", "2026", "-o", "r.pdf"],
        ["server", "list-users"],
        ["sync"],
        ["backup", "--to", "b"],
    ],
)
def test_one_command_parser_reads_as_the_whole_one(argv: list[str]) -> None:
    assert command_of(argv) == argv[argv.index(next(w for w in argv if w in COMMAND_NAMES))]
    assert build_parser(command_of(argv)).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], None),
        (["--version"], None),
        (["-h", "print"], None),
        (["--help"], None),
        (["frobnicate"], None),
        (["--data-dir", "print", "list"], "list"),
        (["--data", "print", "list"], "list"),  # an abbreviated option takes its value too
        (["--data-dir=print", "list"], "list"),
        (["--smoke-test"], None),
        (["print", "-h"], "print"),
    ],
)
def test_command_of(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command
