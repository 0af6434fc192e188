"""Logging to a rotating file in the platform log folder.

Rule: log ids, codes and counts, never names, HETUs or work-ability data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class RotatingOnFirstRecord(logging.Handler):
    """The rotating log file (1 MB, five old files) of `logging.handlers`, made by the first
    record: most commands log nothing and need not import that module (about 1 ms of a short
    command such as printing one decision). The file is opened for appending at set-up, as
    the rotating handler itself does, so that a log that cannot be written is found then."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self._file: logging.Handler | None = None
        with open(log_file, "a", encoding="utf-8"):
            pass

    def emit(self, record: logging.LogRecord) -> None:  # under self.lock (Handler.handle)
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        with self.lock:  # type: ignore[union-attr]
            if self._file is not None:
                self._file.flush()

    def close(self) -> None:
        with self.lock:  # type: ignore[union-attr]
            if self._file is not None:
                self._file.close()
            super().close()


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingOnFirstRecord(log_file)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_kemidesk", False)]:
        root.removeHandler(old)
        old.close()
    marked: Any = handler
    marked._kemidesk = True
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("peewee").setLevel(logging.WARNING)  # SQL parameters hold personal data
    return handler
