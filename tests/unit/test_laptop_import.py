"""`server import-laptop` on the real throwaway PostgreSQL server: two demo laptops made with
different seeds merged into one office database. Every row arrives (the office's counts are
the laptops' sums minus the joined rows), a planted shared HETU and Y-tunnus are joined, the
colliding sent decision numbers are listed, a second run changes nothing (row counts and a
checksum of every table), a failure midway leaves the server unchanged, and the laptop's file
is never modified (an old-schema file is migrated as a copy)."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kemidesk.cli import main
from kemidesk.db.connection import close_database, database_proxy
from kemidesk.db.setup import prepare_database, prepare_server_database
from kemidesk.paths import resolve_paths
from kemidesk.services import laptop_import
from kemidesk.services.laptop_import import TABLE_LABELS, import_laptop

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 28)
OLD_FILE = Path(__file__).parents[1] / "data" / "schema_v1.sqlite3"


def _demo_file(folder: Path, seed: int) -> Path:
    from kemidesk.demo import generate_demo

    paths = resolve_paths(folder)
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    try:
        generate_demo("small", today=TODAY, seed=seed)
    finally:
        close_database()  # checkpoints the WAL into the file
    return paths.database


@pytest.fixture(scope="session")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """Laptop A (seed 11) and laptop B (seed 12). B's first person gets A's first person's
    HETU and B's first association A's first association's Y-tunnus: the same person and the
    same association recorded on both laptops, under different UUIDs."""
    base = tmp_path_factory.mktemp("laptops")
    a = _demo_file(base / "a", 11)
    b = _demo_file(base / "b", 12)
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    with ca, cb:
        hetu, p_uuid = ca.execute(
            "SELECT hetu, uuid FROM person WHERE hetu != '' ORDER BY id LIMIT 1"
        ).fetchone()
        y_tunnus, a_uuid = ca.execute(
            "SELECT business_id, uuid FROM association WHERE business_id != '' ORDER BY id LIMIT 1"
        ).fetchone()
        b_person = cb.execute(
            "SELECT uuid FROM person WHERE id = (SELECT min(person_id) FROM placement)"
        ).fetchone()[0]
        b_assoc = cb.execute(
            "SELECT uuid FROM association WHERE id = (SELECT min(association_id) FROM placement)"
        ).fetchone()[0]
        cb.execute("UPDATE person SET hetu = ? WHERE uuid = ?", (hetu, b_person))
        cb.execute("UPDATE association SET business_id = ? WHERE uuid = ?", (y_tunnus, b_assoc))
        # a decision of B never sent nor printed, whose number A has sent
        a_numbers = [r[0] for r in ca.execute("SELECT number FROM decision WHERE number != ''")]
        unsent = cb.execute(
            f"SELECT uuid, number FROM decision WHERE number IN ({','.join('?' * len(a_numbers))})"
            " ORDER BY id DESC LIMIT 1",
            a_numbers,
        ).fetchone()
        cb.execute(
            "UPDATE decision SET status = 'decided', sent_on = NULL, notified_on = NULL "
            "WHERE uuid = ?",
            (unsent[0],),
        )
        cb.execute(
            "DELETE FROM audit_log WHERE entity_uuid = ? AND action LIKE 'print%'", unsent[:1]
        )
    ca.close()
    cb.close()  # the last connection checkpoints the WAL into the file
    planted = {
        "a_person": p_uuid,
        "b_person": b_person,
        "a_assoc": a_uuid,
        "b_assoc": b_assoc,
        "unsent": unsent[0],
        "unsent_number": unsent[1],
    }
    return a, b, planted


@pytest.fixture
def office(pg_server: Any) -> Iterator[str]:
    name = pg_server.create_database()
    url = pg_server.url(name)
    prepare_server_database(url)
    yield url
    close_database()
    pg_server.drop_database(name)


@pytest.fixture
def copies(laptops: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> tuple[Path, Path]:
    a, b, _ = laptops
    shutil.copyfile(a, tmp_path / "a.sqlite3")
    shutil.copyfile(b, tmp_path / "b.sqlite3")
    return tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"


def _ro(path: Path) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _laptop_counts(path: Path) -> dict[str, int]:
    with _ro(path) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLE_LABELS}


def _server_counts() -> dict[str, int]:
    db = database_proxy.obj
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLE_LABELS}


def _checksum() -> dict[str, str]:
    """Every table of the office database, row by row (ids included), hashed."""
    db = database_proxy.obj
    tables = [
        r[0]
        for r in db.execute_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name"
        ).fetchall()
    ]
    sums = {}
    for table in tables:
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        sums[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return sums


def _sent_numbers(path: Path) -> set[str]:
    with _ro(path) as conn:
        printed = {
            r[0]
            for r in conn.execute(
                "SELECT entity_uuid FROM audit_log "
                "WHERE entity = 'Decision' AND action LIKE 'print%'"
            )
        }
        return {
            number
            for number, status, sent_on, uuid in conn.execute(
                "SELECT number, status, sent_on, uuid FROM decision WHERE number IS NOT NULL"
            )
            if status == "sent" or sent_on is not None or uuid in printed
        }


def _numbers(path: Path) -> set[str]:
    with _ro(path) as conn:
        return {r[0] for r in conn.execute("SELECT number FROM decision WHERE number IS NOT NULL")}


def test_two_laptops_merge_into_one_office(
    office: str, copies: tuple[Path, Path], laptops: tuple[Path, Path, dict[str, str]]
) -> None:
    a, b = copies
    planted = laptops[2]
    sha_a, sha_b = _sha(a), _sha(b)
    before = _server_counts()

    first = import_laptop(a)
    second = import_laptop(b)

    after = _server_counts()
    for result, path in ((first, a), (second, b)):
        laptop = _laptop_counts(path)
        for table in TABLE_LABELS:
            c = result.count(table)
            assert c.existing == 0 or table == "audit_log", table
            assert c.new + c.joined + c.existing == laptop[table], table
    for table in TABLE_LABELS:
        new = first.count(table).new + second.count(table).new
        # one audit row per import, and the counter's for each new number taken
        renumbered = sum(n.kind == "päätös" for n in [*first.renumbered, *second.renumbered])
        imports = 2 + renumbered if table == "audit_log" else 0
        assert after[table] == before[table] + new + imports, table
    # the planted person and association are joined: B's rows point at A's records
    assert second.count("person").joined >= 1
    assert second.count("association").joined >= 1
    db = database_proxy.obj
    rows = db.execute_sql(
        "SELECT count(*) FROM person WHERE uuid IN (%s, %s)",
        (planted["a_person"], planted["b_person"]),
    ).fetchone()[0]
    assert rows == 1
    with _ro(b) as conn:
        b_placements = conn.execute(
            "SELECT count(*) FROM placement p JOIN person x ON x.id = p.person_id WHERE x.uuid = ?",
            (planted["b_person"],),
        ).fetchone()[0]
    with _ro(a) as conn:
        a_placements = conn.execute(
            "SELECT count(*) FROM placement p JOIN person x ON x.id = p.person_id WHERE x.uuid = ?",
            (planted["a_person"],),
        ).fetchone()[0]
    on_office = db.execute_sql(
        "SELECT count(*) FROM placement p JOIN person x ON x.id = p.person_id WHERE x.uuid = %s",
        (planted["a_person"],),
    ).fetchone()[0]
    assert on_office == a_placements + b_placements
    assert any(
        d.table == "person" and d.office_uuid == planted["a_person"] for d in second.differences
    )
    # the sent decisions of B whose number A used too: both kept, listed for a person
    expected = _sent_numbers(b) & _numbers(a)
    assert expected
    listed = {k.number for k in second.collisions if k.kind == "päätös"}
    assert listed == expected
    for k in second.collisions:
        if k.kind == "päätös":
            stored = db.execute_sql(
                "SELECT number, year, seq FROM decision WHERE uuid = %s", (k.laptop_uuid,)
            ).fetchone()
            assert stored[0] == k.stored_as == f"{k.number}/2"
    assert not first.collisions
    # B's unsent decision with A's number takes the office's next number of its year
    # (the demo's own unsent decisions whose number A used are renumbered the same way)
    (renumbered,) = [
        n for n in second.renumbered if n.kind == "päätös" and n.laptop_uuid == planted["unsent"]
    ]
    assert renumbered.old == planted["unsent_number"]
    assert planted["unsent_number"] not in listed
    year = int(renumbered.old.split("-")[1])
    number, seq = db.execute_sql(
        "SELECT number, seq FROM decision WHERE uuid = %s", (planted["unsent"],)
    ).fetchone()
    assert number == renumbered.new
    assert (
        seq
        == db.execute_sql("SELECT max(seq) FROM decision WHERE year = %s", (year,)).fetchone()[0]
    )
    # every year's counter is past the highest number in the office
    series = dict(
        db.execute_sql("SELECT year, last_seq FROM decision_series WHERE prefix = 'KL'").fetchall()
    )
    highest = dict(
        db.execute_sql(
            "SELECT year, max(seq) FROM decision WHERE number IS NOT NULL GROUP BY year"
        ).fetchall()
    )
    for year, seq in highest.items():
        assert series[year] >= seq
    batch_counter = db.execute_sql(
        "SELECT last_seq FROM decision_series WHERE prefix = 'MAKSUERÄ'"
    ).fetchone()[0]
    assert batch_counter >= db.execute_sql("SELECT max(id) FROM payment_batch").fetchone()[0]
    # open payments carry the bank reference of their decision's office id
    from kemidesk.services.decision_factory import payment_reference

    open_payments = db.execute_sql(
        "SELECT reference, decision_id, period_index FROM payment "
        "WHERE status IN ('due', 'claimed', 'held') AND batch_id IS NULL"
    ).fetchall()
    assert open_payments
    for reference, decision_id, index in open_payments:
        assert reference == payment_reference(decision_id, index)
    # the laptops' files are untouched
    assert (_sha(a), _sha(b)) == (sha_a, sha_b)

    # a second run of the same files changes nothing
    sums = _checksum()
    again = import_laptop(b)
    assert again.new_total == 0
    assert not again.collisions
    assert import_laptop(a).new_total == 0
    assert _checksum() == sums
    assert _server_counts() == after


def test_failure_midway_and_dry_run_leave_the_office_unchanged(
    office: str, copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = copies
    import_laptop(a)
    sums = _checksum()

    dry = import_laptop(b, dry_run=True)
    assert dry.count("placement").new == _laptop_counts(b)["placement"]
    assert dry.collisions
    assert _checksum() == sums

    def boom(self: Any, count: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(laptop_import._Merge, "_audit", boom)  # after every record table
    with pytest.raises(RuntimeError):
        import_laptop(b)
    assert _checksum() == sums
    monkeypatch.undo()
    real = import_laptop(b)
    assert real.count("placement").new == dry.count("placement").new
    assert [(k.number, k.stored_as) for k in real.collisions] == [
        (k.number, k.stored_as) for k in dry.collisions
    ]


def test_old_schema_file_is_migrated_as_a_copy(office: str, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(OLD_FILE, old)
    sha = _sha(old)
    result = import_laptop(old)
    assert result.laptop_version == 1
    assert result.count("person").new == 1
    assert result.count("association").new == 2
    assert _sha(old) == sha
    with _ro(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_command_line_summary_report_and_second_run(
    office: str, copies: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = copies
    close_database()
    data = ["--data-dir", str(tmp_path / "data"), "--database", office]
    assert main(["server", "import-laptop", str(a), *data]) == 0
    report = tmp_path / "raportti.csv"
    assert main(["server", "import-laptop", str(b), "--report", str(report), *data]) == 0
    out = capsys.readouterr().out
    assert "työsuhteet" in out
    assert "Numeropäällekkäisyydet" in out
    with report.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "laji"
    stored = next(r[5] for r in rows if r[0] == "numeropäällekkäisyys" and r[1] == "päätös")
    assert stored.endswith("/2")
    assert main(["print", "decision", stored, "-o", str(tmp_path / "p.pdf"), *data]) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert main(["check", *data]) == 0  # the listed collisions are known, not a fault
    assert "kannettavalta tuotua päätöstä samalla numerolla" in capsys.readouterr().out
    assert main(["server", "import-laptop", str(b), *data]) == 0
    assert "(0 uutta)" in capsys.readouterr().out
    assert main(["server", "import-laptop", str(tmp_path / "puuttuu.sqlite3"), *data]) == 2
    assert "ei löydy" in capsys.readouterr().err
    assert main(["server", "import-laptop", str(a), "--data-dir", str(tmp_path / "d")]) == 2
