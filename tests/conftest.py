"""Shared fixtures: every test gets its own data folder; nothing touches the user's files.

Both engines: the service tests (tests/unit/services, tests/unit/demo) that open a database
through `db` or `demo_db` run once on SQLite and once on PostgreSQL (`engine` = "postgres",
marked `postgres`), on a throwaway cluster started once per session (tests/pg_server.py).
Without PostgreSQL the postgres cases are skipped with the reason; with CI set they fail.
A test that is SQLite-only by design (it looks at the file) carries `sqlite_only(reason)`."""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from kemidesk.db.connection import close_database
from kemidesk.db.setup import prepare_database
from kemidesk.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from kemidesk.printing.fonts import CACHE_DIR_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property tests with a fixed seed, so a submission never fails by chance;
# developers get fresh examples on every run.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may fall back to the real platformdirs folders."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def paths(tmp_path) -> AppPaths:  # type: ignore[no-untyped-def]
    app_paths = resolve_paths(tmp_path / "data")
    app_paths.ensure()
    return app_paths


# Where the service tests run on both engines.
BOTH_ENGINES_DIRS = ("tests/unit/services/", "tests/unit/demo/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    if definition.get_closest_marker("sqlite_only") or definition.get_closest_marker("postgres"):
        return  # one engine by design (a postgres-marked test opens the server itself)
    path = metafunc.definition.path.as_posix()
    if any(d in path for d in BOTH_ENGINES_DIRS):
        metafunc.parametrize(
            "engine",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgres" (parametrized by pytest_generate_tests)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """The session's throwaway PostgreSQL cluster. Not installed or not startable: the
    postgres cases are skipped with the reason, except in CI (`CI` set), where they fail."""
    from tests.pg_server import ServerUnavailable, start_server

    try:
        server = start_server()
    except ServerUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the PostgreSQL tests, but the server is missing: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


def _server_copy(server: object, template: str, paths: AppPaths) -> Iterator[AppPaths]:
    """A fresh database copied from `template`, opened for the test, dropped after it."""
    from kemidesk.db.setup import prepare_server_database

    name = server.create_database(template)  # type: ignore[attr-defined]
    url = server.url(name)  # type: ignore[attr-defined]
    try:
        prepare_server_database(url)
        yield dataclasses.replace(paths, database_url=url)
    finally:
        close_database()
        server.drop_database(name)  # type: ignore[attr-defined]


def _decision_settings() -> None:
    """The office settings a decision needs, filled with the demo values (tests of their
    absence clear them), written as plain setting rows without audit rows, so that counting
    tests see no change."""
    from kemidesk.db.models import AppSetting
    from kemidesk.services.settings import DEMO_DECISION_SETTINGS

    AppSetting.insert_many(
        [{"key": f"office.{k}", "value": v} for k, v in DEMO_DECISION_SETTINGS.items()]
    ).execute()


def _migrated(url: str) -> None:
    from kemidesk.db.setup import prepare_server_database

    prepare_server_database(url)
    _decision_settings()
    close_database()


def _demo(url: str) -> None:
    from kemidesk.db.setup import prepare_server_database
    from kemidesk.demo import generate_demo

    prepare_server_database(url)
    try:
        generate_demo("small", today=TODAY)
    finally:
        close_database()


@pytest.fixture
def db(paths: AppPaths, engine: str, request: pytest.FixtureRequest) -> Iterator[AppPaths]:
    """An empty, migrated database in the test's own folder, or on the test server, with the
    office settings a decision needs (`_decision_settings`)."""
    if engine == "postgres":
        server = request.getfixturevalue("pg_server")
        yield from _server_copy(server, server.template("empty", _migrated), paths)
        return
    prepare_database(paths.database, paths.backup_dir)
    _decision_settings()
    yield paths
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo (dated TODAY), made once per test session through the services; tests
    get a copy of the file (see `copy_demo`)."""
    from kemidesk.demo import generate_demo

    template = resolve_paths(tmp_path_factory.mktemp("demo-template") / "data")
    template.ensure()
    prepare_database(template.database, template.backup_dir)
    try:
        generate_demo("small", today=TODAY)
    finally:
        close_database()  # checkpoints the WAL into the file
    return template.database


def copy_demo(template: Path, paths: AppPaths) -> None:
    """A fresh copy of the demo database for one test, opened and migrated (in place of an
    empty database the test's module may have opened already through the `db` fixture)."""
    close_database()
    for leftover in (paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(template, paths.database)
    prepare_database(paths.database, paths.backup_dir)


@pytest.fixture
def demo_db(paths: AppPaths, engine: str, request: pytest.FixtureRequest) -> Iterator[AppPaths]:
    """The small demo in the test's own folder (a copy of the session's template), or on the
    test server (a copy of the demo database made there once)."""
    if engine == "postgres":
        server = request.getfixturevalue("pg_server")
        yield from _server_copy(server, server.template("demo", _demo), paths)
        return
    copy_demo(request.getfixturevalue("demo_template"), paths)
    yield paths
    close_database()
