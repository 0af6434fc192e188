"""Where kemidesk keeps its files.

Nothing here runs at import time: `resolve_paths()` is called from `main()` (or a test
fixture) and the result is passed down. The live database always sits in a local folder;
SQLite files on network shares or in cloud-synced folders get corrupted.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kemidesk"
APP_AUTHOR = "Kemi"
DATA_DIR_ENV = "KEMIDESK_DATA_DIR"
DB_FILENAME = "kemidesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """All folders of one running instance."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    # The office PostgreSQL server (`postgresql://…`, from --database or KEMIDESK_DATABASE);
    # None: the SQLite file in data_dir. Settings and the log stay in the folders above.
    database_url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.database_url is not None

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "kemidesk.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kemidesk.log"

    def ensure(self) -> None:
        """Create the folders; raises OSError with the path when one cannot be written."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
            if not os.access(folder, os.W_OK):
                raise PermissionError(f"Kansioon ei voi kirjoittaa: {folder}")


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Folders from the command line, then KEMIDESK_DATA_DIR, then platformdirs.

    When a data folder is given explicitly, the config and log folders live inside it, so
    that a test or a second office database never touches the user's own settings.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def resources_dir() -> Path:
    """The `resources/` folder, from a source checkout, an installed wheel or a frozen build."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("kemidesk: resources folder not found")


def resource_path(*parts: str) -> Path:
    """A file inside `resources/`, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
