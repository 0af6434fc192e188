"""Logging to a rotating file in the platform log folder.

Rule: log ids, codes and counts, never names, HETUs or work-ability data.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_kemidesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._kemidesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("peewee").setLevel(logging.WARNING)  # SQL parameters hold personal data
    return handler
