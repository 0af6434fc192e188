"""Shared fixtures: every test gets its own data folder; nothing touches the user's files."""

from __future__ import annotations

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


@pytest.fixture
def paths(tmp_path) -> AppPaths:  # type: ignore[no-untyped-def]
    app_paths = resolve_paths(tmp_path / "data")
    app_paths.ensure()
    return app_paths


@pytest.fixture
def db(paths: AppPaths) -> Iterator[AppPaths]:
    """An empty, migrated database in the test's own folder, with the office settings a
    decision needs filled with the demo values (tests of their absence clear them). They are
    written as plain setting rows, without audit rows, so that counting tests see no change."""
    from kemidesk.db.models import AppSetting
    from kemidesk.services.settings import DEMO_DECISION_SETTINGS

    prepare_database(paths.database, paths.backup_dir)
    AppSetting.insert_many(
        [{"key": f"office.{k}", "value": v} for k, v in DEMO_DECISION_SETTINGS.items()]
    ).execute()
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
def demo_db(paths: AppPaths, demo_template: Path) -> Iterator[AppPaths]:
    """The small demo in the test's own folder (a copy of the session's template)."""
    copy_demo(demo_template, paths)
    yield paths
    close_database()
