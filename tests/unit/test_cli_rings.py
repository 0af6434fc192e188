"""`kemidesk list needs|seekers|rings`, `kemidesk match`, `kemidesk print survey` on the demo."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from kemidesk.cli import main
from kemidesk.db.connection import close_database


@pytest.fixture
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / demo_template.name)
    return folder


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str]:
    code = main([*args, "--data-dir", str(folder)])
    close_database()
    return code, capsys.readouterr().out


def rows_of(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out), delimiter=";"))


def test_lists_of_needs_seekers_and_rings(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, demo_dir, "list", "needs", "--format", "csv")
    assert code == 0
    needs = rows_of(out)
    assert needs[0][:3] == ["id", "yhdistys", "tehtävät"]
    assert {r[-1] for r in needs[1:]} >= {"Avoin", "Yhdistetty", "Täytetty"}
    code, out = run(capsys, demo_dir, "list", "seekers", "--format", "csv")
    seekers = rows_of(out)
    assert code == 0
    assert len(seekers) > 10
    assert "rajoitukset" not in seekers[0]
    assert not any("nostoja" in cell for row in seekers for cell in row)
    code, out = run(capsys, demo_dir, "list", "rings")
    assert code == 0
    assert "Keskustan keittiörinki" in out


def test_match_both_ways(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out = run(capsys, demo_dir, "list", "needs", "--format", "csv")
    open_need = next(r[0] for r in rows_of(out)[1:] if r[-1] == "Avoin")
    code, out = run(capsys, demo_dir, "match", "--need", open_need, "--format", "csv")
    assert code == 0
    ranked = rows_of(out)
    assert ranked[0] == ["sija", "pisteet", "henkilö id", "työnhakija", "kohderyhmä", "perusteet"]
    points = [int(r[1]) for r in ranked[1:]]
    assert points == sorted(points, reverse=True)
    assert all(r[5] for r in ranked[1:])
    person = ranked[1][2]
    code, out = run(capsys, demo_dir, "match", "--person", person)
    assert code == 0
    assert "Tunnit" in out
    code, _out = run(capsys, demo_dir, "match", "--need", "999999")
    assert code != 0


def test_print_survey_blank_and_prefilled(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out = run(capsys, demo_dir, "print", "survey", "-o", str(demo_dir / "blank.pdf"))
    assert code == 0
    blank = " ".join(p.extract_text() for p in PdfReader(demo_dir / "blank.pdf").pages)
    assert "Yhdistysten rekrytointitarpeiden kartoitus" in blank
    assert "viime vastaus" not in blank
    from kemidesk.db.connection import open_database
    from kemidesk.db.models import RecruitmentNeed

    open_database(demo_dir / "kemidesk.sqlite3")
    need = RecruitmentNeed.select().order_by(RecruitmentNeed.id).first()
    association_id, tasks = need.association_id, need.tasks
    close_database()
    code, _out = run(
        capsys,
        demo_dir,
        "print",
        "survey",
        "--association",
        str(association_id),
        "-o",
        str(demo_dir / "filled.pdf"),
    )
    assert code == 0
    filled = " ".join(
        " ".join(p.extract_text() for p in PdfReader(demo_dir / "filled.pdf").pages).split()
    )
    assert "viime vastaus" in filled
    assert " ".join(tasks.split()) in filled
