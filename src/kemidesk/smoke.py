"""`kemidesk --smoke-test`: does this build work at all?

Run on a fresh build (source checkout, installed wheel or the frozen PyInstaller folder) before
it is shipped. Each step exercises one part that a broken build typically loses: the bundled
resources, SQLite and the migrations, the services and domain rules (with the `holidays`
catalogues), the ReportLab renderer with the bundled fonts, Qt's PDF module, and the main
window on the offscreen platform.

Everything happens in a new temporary folder: the user's own database, settings and logs are
never opened. Exit status 0 when every step passes; 1 otherwise, with the step and the reason
printed (and logged, as a windowed build has no console).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kemidesk.paths import DATA_DIR_ENV, AppPaths, resolve_paths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL = 0, 1
REQUIRED_RESOURCES = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("icons", "kemidesk.png"),
    ("help", "fi", "index.html"),  # the user guide (Ohje → Käyttöohje, F1)
)


class SmokeFailure(Exception):
    """A step ran but did not find what it expected."""


@dataclass
class SmokeContext:
    root: Path
    paths: AppPaths
    decision_pdf: bytes = b""
    app: Any = None
    unhandled: list[str] = field(default_factory=list)  # exceptions raised inside Qt slots


Step = Callable[[SmokeContext], str]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _say(message: str, stream: Any = None) -> None:
    log.info("smoke: %s", message)
    out = stream or sys.stdout
    if out is not None:  # a windowed (console-less) build has no stdout
        print(message, file=out, flush=True)


# ---------------------------------------------------------------- steps


def check_resources(ctx: SmokeContext) -> str:
    """Fonts and icons are found where paths.resources_dir() looks, also when frozen."""
    from kemidesk.paths import resource_path, resources_dir

    folder = resources_dir().resolve()
    for parts in REQUIRED_RESOURCES:
        _require(resource_path(*parts).is_file(), f"{'/'.join(parts)} puuttuu kansiosta {folder}")
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        expected = (Path(frozen_base) / "resources").resolve()
        _require(folder == expected, f"jäädytetty ohjelma käyttää kansiota {folder}, ei {expected}")
        return f"{folder} (jäädytetty ohjelma)"
    return f"{folder}"


def check_database(ctx: SmokeContext) -> str:
    """A new database file in the temporary folder, migrated to the newest schema."""
    from kemidesk.db.migrations import HEAD, schema_version
    from kemidesk.db.setup import prepare_database

    ctx.paths.ensure()
    db = prepare_database(ctx.paths.database, ctx.paths.backup_dir)
    version = schema_version(db)
    _require(version == HEAD, f"skeemaversio {version}, odotettiin {HEAD}")
    return f"{ctx.paths.database} skeemaversio {version} (HEAD {HEAD})"


def check_services(ctx: SmokeContext) -> str:
    """Demo data through the services and domain rules, then the integrity checks."""
    from kemidesk.db.integrity import run_checks
    from kemidesk.db.migrations import HEAD
    from kemidesk.demo import generate_demo

    summary = generate_demo("small", today=dt.date(2026, 11, 28), seed=2026)
    _require(summary.decisions > 0, "esittelyaineistossa ei ole päätöksiä")
    failed = [
        f"{name}: {detail}"
        for name, passed, detail in run_checks(ctx.paths.database, HEAD)
        if not passed
    ]
    _require(not failed, "eheystarkistus: " + "; ".join(failed))
    return f"{summary.associations} yhdistystä, {summary.decisions} päätöstä; eheys kunnossa"


def check_holidays(ctx: SmokeContext) -> str:
    """The `holidays` package finds Finland and its Finnish names (gettext catalogues): it
    answers for the years outside the program's own calendar, which it must agree with."""
    from kemidesk.domain.dates import finnish_holidays, package_holidays

    days = package_holidays(2026)
    name = days.get(dt.date(2026, 12, 6))
    _require(name == "Itsenäisyyspäivä", f"6.12.2026 on {name!r}, odotettiin 'Itsenäisyyspäivä'")
    _require(days == finnish_holidays(2026), "holidays-paketin pyhäpäivät poikkeavat omista")
    return f"6.12.2026 {name}"


def check_decision_pdf(ctx: SmokeContext) -> str:
    """One decision from the demo data rendered to PDF with the bundled fonts."""
    from kemidesk.services.documents import render_decision_pdf
    from kemidesk.services.grants import list_decisions

    numbered = [d for d in list_decisions() if d.number]
    _require(bool(numbered), "ei numeroitua päätöstä tulostettavaksi")
    decision = numbered[0]
    pdf = render_decision_pdf(decision.id)
    _require(pdf.startswith(b"%PDF-"), "tulos ei ole PDF-tiedosto")
    _require(b"%%EOF" in pdf[-64:], "PDF-tiedosto on katkennut")
    _require(b"DejaVuSans" in pdf, "PDF ei käytä mukana toimitettua DejaVu Sans -fonttia")
    target = ctx.root / "smoke-decision.pdf"
    target.write_bytes(pdf)
    ctx.decision_pdf = pdf
    return f"päätös {decision.number}: {len(pdf) / 1024:.0f} kt"


def check_qt(ctx: SmokeContext) -> str:
    """The program's QApplication on the offscreen platform (unless one was chosen), with
    Qt's Finnish translation loaded as the window loads it, and the English one bundled."""
    from PySide6.QtCore import QSettings, QTranslator

    from kemidesk.paths import resource_path
    from kemidesk.ui.app import create_application
    from kemidesk.ui.i18n import install_translators

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Belt and braces: any QSettings in the INI format goes to the temporary folder.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(ctx.root / "qsettings"))
    app = create_application([sys.argv[0] if sys.argv else "kemidesk"])
    ctx.app = app
    translators = install_translators(app, "fi")
    _require(bool(translators), "Qt:n suomenkielinen käännös (qtbase_fi.qm) puuttuu")
    english = QTranslator()  # loaded to prove it is bundled, not installed
    folder = resource_path("translations")
    _require(english.load("kemidesk_en", str(folder)), f"kemidesk_en.qm puuttuu kansiosta {folder}")
    icon = "ikoni" if not app.windowIcon().isNull() else "VAROITUS: ohjelman ikoni puuttuu"
    return f"Qt-alusta {app.platformName()}, qtbase_fi ja kemidesk_en löytyvät, {icon}"


def check_qt_pdf(ctx: SmokeContext) -> str:
    """Qt's PDF module (as the preview uses it) opens and draws the decision."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    _require(bool(ctx.decision_pdf), "ei PDF-tiedostoa (edellinen vaihe epäonnistui)")
    buffer = QBuffer()
    buffer.setData(QByteArray(ctx.decision_pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    _require(
        document.status() == QPdfDocument.Status.Ready,
        f"QPdfDocument: {document.status().name}, {document.error().name}",
    )
    pages = document.pageCount()
    image = document.render(0, QSize(210, 297))
    _require(not image.isNull(), "QPdfDocument ei piirtänyt ensimmäistä sivua")
    document.close()
    return f"{pages} sivua, 1. sivu piirretty {image.width()}×{image.height()}"


def check_main_window(ctx: SmokeContext) -> str:
    """The main window as `kemidesk.ui.app.run_app` builds it, shown offscreen and closed."""
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    window = MainWindow(UiContext(ctx.paths, UiSettings(ctx.paths.settings_file)))
    window.show()
    for _ in range(3):  # let the timers queued by the first show run
        ctx.app.processEvents()
    _require(window.isVisible(), "pääikkuna ei näy")
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    _require(bool(tabs), "pääikkunassa ei ole välilehtiä")
    size = window.size()
    window.close()
    window.deleteLater()
    ctx.app.processEvents()
    return f"{size.width()}×{size.height()}, välilehdet: {', '.join(tabs)}"


STEPS: tuple[tuple[str, Step], ...] = (
    ("resurssit", check_resources),
    ("tietokanta", check_database),
    ("palvelut", check_services),
    ("pyhäpäivät", check_holidays),
    ("päätös-PDF", check_decision_pdf),
    ("Qt", check_qt),
    ("Qt PDF", check_qt_pdf),
    ("pääikkuna", check_main_window),
)


# ---------------------------------------------------------------- runner


@contextlib.contextmanager
def _isolated() -> Iterator[Path]:
    """A temporary folder that every path of the program points at while the test runs
    (the data folder and the printing fonts' cache)."""
    from kemidesk.printing.fonts import CACHE_DIR_ENV

    names = (DATA_DIR_ENV, CACHE_DIR_ENV)
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="kemidesk-smoke-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        os.environ[DATA_DIR_ENV] = str(root / "data")
        os.environ[CACHE_DIR_ENV] = str(root / "cache")
        try:
            yield root
        finally:
            from kemidesk.db.connection import close_database

            close_database()  # Windows cannot delete an open SQLite file
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


@contextlib.contextmanager
def _catch_unhandled(ctx: SmokeContext) -> Iterator[None]:
    """Qt swallows an exception raised in a slot or timer after passing it to sys.excepthook;
    here it is recorded, so that the step in which it happened fails."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        ctx.unhandled.append(f"{kind.__name__}: {value}")
        log.error("smoke: unhandled exception", exc_info=(kind, value, tb))
        if sys.stderr is not None:
            traceback.print_exception(kind, value, tb, file=sys.stderr)

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def _run_step(name: str, step: Step, ctx: SmokeContext) -> bool:
    started = time.perf_counter()
    seen = len(ctx.unhandled)
    try:
        detail = step(ctx)
        if len(ctx.unhandled) > seen:
            raise SmokeFailure("käsittelemätön poikkeus Qt-tapahtumassa: " + ctx.unhandled[seen])
    except Exception as exc:  # report any failure with its reason, never a bare traceback
        reason = str(exc) if isinstance(exc, SmokeFailure) else f"{type(exc).__name__}: {exc}"
        _say(f"VIKA {name}: {reason}", sys.stderr)
        if not isinstance(exc, SmokeFailure):
            log.error("smoke step %s failed", name, exc_info=True)
            if sys.stderr is not None:
                traceback.print_exc(file=sys.stderr)
        return False
    _say(f"OK   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return True


def run_smoke_test(steps: tuple[tuple[str, Step], ...] = STEPS) -> int:
    """Run every step in a temporary folder; 0 when all pass, 1 at the first failure."""
    from kemidesk import __version__

    started = time.perf_counter()
    frozen = "jäädytetty" if getattr(sys, "frozen", False) else "Python"
    _say(f"kemidesk {__version__} savutesti ({frozen}, Python {sys.version.split()[0]})")
    with _isolated() as root:
        ctx = SmokeContext(root=root, paths=resolve_paths(root / "data"))
        with _catch_unhandled(ctx):
            for name, step in steps:
                if not _run_step(name, step, ctx):
                    _say(f"Savutesti epäonnistui vaiheessa {name}.", sys.stderr)
                    return EXIT_FAIL
    _say(f"Savutesti läpi: {len(steps)} vaihetta, {time.perf_counter() - started:.1f} s.")
    return EXIT_OK
