"""Shared fixtures: every test gets its own data folder; nothing touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

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
    """An empty, migrated database in the test's own folder."""
    prepare_database(paths.database, paths.backup_dir)
    yield paths
    close_database()


@pytest.fixture
def demo_db(db: AppPaths) -> AppPaths:
    from kemidesk.demo import generate_demo

    generate_demo("small", today=TODAY)
    return db
