"""What the user waits for, at 40 000 and 160 000 placements, each beside its floor (issue #15).

    python benchmarks/bench_speed.py [--scale large|xl|both] [--runs N] [--data-root DIR]

Data: `bench_data.ensure_data(scale)` (made when missing). Every measure prints its value,
its floor measured in the same run and the ratio; at the end a table, and with `both` the
growth xl/large of each value. Measures:

- start: process start → the first tab's real rows painted (the window opens on
  Yleiskatsaus, which shows each section as it is built: its first section's lines painted),
  and → the whole overview painted. Floor: a bare PySide6 process that paints a window with
  one table of as many lines as were first painted. Median of N fresh processes each,
  interleaved. Every child process runs from cached bytecode, as an installed program does.
- tab load <tab>: switching to the tab → all its rows in the model (chunks on the event
  loop), and the longest single step the window was blocked; measured once the window has
  imported the tabs' modules in its idle second after start, as a user's first click gets.
  Its first rows painted: the event loop runs after the switch until the table has painted
  rows (the queued layouts first, then the one paint the user sees; not a forced repaint).
  Floor: the sqlite3 module running one query that reads the same rows and columns (with
  the same joins and WHERE).
  For Yhdistykset and Työllistetyt also against floor + paint: that query's rows as text in
  a QStandardItemModel under a bare QTableView of the window's size, until it has painted
  rows (how much of the value is a table's paint).
- overview build: `build_overview` on the GUI thread's connection (target ≤ 300 ms).
- keystroke: a search keystroke on the placements tab with every row loaded, including the
  repaint. Floor: QSortFilterProxyModel (case-insensitive fixed string, all columns) over a
  QStandardItemModel with the same texts, repainted in a view of the same size. Both type
  at a quick typist's pace (0.12 s between keys, the event loop running meanwhile: the
  window's search goes on in bounded steps then); the longest turn between keys is shown.
- list <entity>: `kemidesk list <entity> --format csv` as a whole process. Floor: a Python
  process writing the same join as CSV with the sqlite3 and csv modules.
- decision PDF: `kemidesk print decision NUMBER` as a whole process. Floor: a Python process
  writing one ReportLab document with the same fonts and the same text on as many pages.
- close: `window.close()` right after start (the overview being built) and in the middle of
  the placements tab's load, until the process could exit.
- memory: peak resident size after visiting every tab (each fully loaded).

Prints numbers only; the machine is shared, so compare ratios within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The child processes run from cached bytecode, as an installed program does (pip and the
# installer compile it); the cache goes to a folder of its own, not into the source tree.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPATH": str(ROOT / "src"),
    "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "kemidesk-bench-pycache"),
}

import bench_data  # noqa: E402

TODAY = bench_data.TODAY
TABS = ("associations", "people", "placements", "grants", "payments")

# ---------------------------------------------------------------- child processes (Qt)

START_BARE = r"""
import time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
view = QTableView()
model = QStandardItemModel()
for i in range({rows}):
    model.appendRow([QStandardItem(f"Rivi {{i}} tekstiä"), QStandardItem("Yhdistys ry"),
                     QStandardItem("28.11.2026"), QStandardItem(f"{{i}} pv")])
view.setModel(model)
tabs.addTab(view, "Yleiskatsaus")
for title in ("Yhdistykset", "Työllistetyt", "Työsuhteet", "Avustukset", "Maksut"):
    tabs.addTab(QTableView(), title)
window.setCentralWidget(tabs)
window.menuBar().addMenu("Tiedosto")
window.addToolBar("Työkalut")
window.statusBar()
window.resize(1366, 768)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", time.perf_counter() - started, flush=True)
            app.exit(0)
        return False
painted = Painted()
view.viewport().installEventFilter(painted)
window.show()
app.exec()
"""

START_OURS = r"""
import time
started = time.perf_counter()
from pathlib import Path
from kemidesk.paths import resolve_paths
from kemidesk.ui.app import create_application, open_database
from kemidesk.ui.context import UiContext
from kemidesk.ui.i18n import install_translators
from kemidesk.ui.settings import UiSettings
from PySide6.QtCore import QTimer
paths = resolve_paths({data_dir!r})
app = create_application(["kemidesk"])
settings = UiSettings(Path({ini!r}))
install_translators(app, settings.language)
from kemidesk.ui.main_window import MainWindow
window = MainWindow(UiContext(paths, settings), startup_check=lambda: open_database(paths))
window.resize(1366, 768)
def rows_shown():
    if not window._ready:
        return 0
    tab = window.tabs.currentWidget()
    if tab.key == "overview":  # its sections come one by one: the first one on screen
        return tab.sections_shown() if hasattr(tab, "sections_shown") else (
            tab.model.rowCount() if getattr(tab, "loaded", False) else 0)
    return tab.proxy.rowCount() if hasattr(tab, "proxy") else 0
painted = []
def poll():
    tab = window.tabs.currentWidget() if window._ready else None
    if not painted and rows_shown():
        view = tab.tree if tab.key == "overview" else tab.view
        view.viewport().repaint()
        painted.append(1)
        lines = rows_shown() if tab.key != "overview" else sum(
            1 + tab.model.item(r, 0).rowCount() for r in range(tab.model.rowCount()))
        print("PAINTED", time.perf_counter() - started, lines, flush=True)
    if painted and getattr(tab, "loaded", True) and not getattr(tab, "busy", False):
        view = tab.tree if tab.key == "overview" else tab.view
        view.viewport().repaint()
        print("COMPLETE", time.perf_counter() - started, flush=True)
        app.exit(0)
    else:
        QTimer.singleShot(2, poll)
window.show()
QTimer.singleShot(0, poll)
app.exec()
window.close()  # as ui.app.run does: the clean close lets the next start skip the page check
from kemidesk.db.connection import close_database
close_database()
"""


def _run_until(code: str, marker: str = "PAINTED") -> tuple[float, list[str]]:
    """Seconds from launch to `marker`; the marker's words (a "COMPLETE" line after it, as
    the overview prints when its last section is on screen, is added as its time)."""
    launched = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=ENV
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - launched
            words = line.split()
            break
    else:
        raise RuntimeError("never painted")
    for line in process.stdout:
        if line.startswith("COMPLETE"):
            words.append(str(time.perf_counter() - launched))
    process.wait(timeout=120)
    return elapsed, words


def measure_start(data_dir: Path, runs: int, after_crash: bool = False) -> dict[str, Any]:
    """`after_crash`: each start finds no clean-close marker (as after a kill or a power
    cut), so it checks every page of the file first (db.clean_close)."""
    from kemidesk.db.clean_close import marker_path

    marker = marker_path(data_dir / "kemidesk.sqlite3")
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    ours_code = START_OURS.format(data_dir=str(data_dir), ini=str(ini))
    _, words = _run_until(ours_code)  # warms the file cache; how many lines are shown
    rows = int(words[2])
    bare_code = START_BARE.format(rows=rows)
    _run_until(bare_code)
    bare, ours, complete = [], [], []
    for _ in range(runs):
        bare.append(_run_until(bare_code)[0])
        if after_crash:
            marker.unlink(missing_ok=True)
        elapsed, words = _run_until(ours_code)
        ours.append(elapsed)
        complete.append(float(words[3]))
    return {"floor": statistics.median(bare), "value": statistics.median(ours), "rows": rows,
            "complete": statistics.median(complete)}  # fmt: skip


def child_window(data_dir: Path) -> None:
    """Tab loads, the keystroke, memory and closing mid-load, in one window (one process)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kemidesk.paths import resolve_paths
    from kemidesk.ui.app import create_application, open_database
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.models import loader as loader_module
    from kemidesk.ui.settings import UiSettings

    app = create_application(["kemidesk"])
    paths = resolve_paths(data_dir)
    settings = UiSettings(Path(tempfile.mkdtemp()) / "bench.ini")
    window = MainWindow(UiContext(paths, settings), startup_check=lambda: open_database(paths))
    window.resize(1366, 768)
    window.show()
    window.start()
    overview = window.current_tab()
    overview.wait_until_idle()
    app.processEvents()
    # A second after start the idle window imports the tabs' modules (MainWindow._warm_up);
    # a user looking at the overview gets that before the first click on a tab.
    idle_until = time.perf_counter() + 15
    while not window.warmed_up and time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    steps: list[float] = []  # how long each loader step held the event loop
    step = loader_module.ChunkedLoader._next_chunk

    def timed_step(self: Any) -> None:
        began = time.perf_counter()
        step(self)
        steps.append(time.perf_counter() - began)

    loader_module.ChunkedLoader._next_chunk = timed_step  # type: ignore[method-assign]
    out: dict[str, Any] = {"tabs": {}}
    for key in TABS:
        window.tabs.setCurrentIndex(0)
        app.processEvents()
        steps.clear()
        began = time.perf_counter()
        began_cpu = time.process_time()
        tab = window.tab_by_key(key)
        window.tabs.setCurrentWidget(tab)  # creates it and reads the first page
        first = time.perf_counter() - began
        first_painted = _until_rows_painted(app, tab)
        first_painted = (first_painted or time.perf_counter()) - began
        while tab.loader.loading:
            app.processEvents()
        app.processEvents()
        total = time.perf_counter() - began
        out["tabs"][key] = {
            "total": total,
            "cpu": time.process_time() - began_cpu,
            "first_painted": first_painted,
            "longest_step": max([first, *steps]),
            "rows": tab.model.rowCount(),
        }
    reports = window.tab_by_key("reports")
    window.tabs.setCurrentWidget(reports)
    app.processEvents()
    trainings = window.tab_by_key("trainings")
    window.tabs.setCurrentWidget(trainings)
    app.processEvents()
    out["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    placements = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(placements)
    app.processEvents()
    strokes: list[float] = []
    between: list[float] = []
    for key in [*"kierrä", "Backspace", "Backspace", *" 2026", *["Backspace"] * 5]:
        began = time.perf_counter()
        if key == "Backspace":
            QTest.keyClick(placements.search, Qt.Key.Key_Backspace)
        elif key.isascii():
            QTest.keyClicks(placements.search, key)
        else:
            placements.search.insert(key)  # QTest cannot type ä; insert() is what typing does
        placements.view.viewport().repaint()
        strokes.append(time.perf_counter() - began)
        between.append(_typing_pause(app))
    out["keystrokes"] = strokes
    out["between_keys"] = between  # the longest turn of the event loop between two keys
    # closing in the middle of a load
    placements.refresh()
    app.processEvents()
    began = time.perf_counter()
    window.close()
    app.processEvents()
    out["close_mid_load"] = time.perf_counter() - began
    print("RESULT", json.dumps(out), flush=True)


def child_close_early(data_dir: Path) -> None:
    """Close right after start: the first tab (the overview) is being built."""
    from kemidesk.paths import resolve_paths
    from kemidesk.ui.app import create_application, open_database
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    app = create_application(["kemidesk"])
    paths = resolve_paths(data_dir)
    settings = UiSettings(Path(tempfile.mkdtemp()) / "bench.ini")
    window = MainWindow(UiContext(paths, settings), startup_check=lambda: open_database(paths))
    window.show()
    window.start()
    app.processEvents()
    began = time.perf_counter()
    window.close()
    app.processEvents()
    closed = time.perf_counter() - began
    from kemidesk.db.connection import close_database

    close_database()
    ready = time.perf_counter() - began
    print("RESULT", json.dumps({"close_early": closed, "exit_ready": ready}), flush=True)


def _until_rows_painted(app: Any, tab: Any, limit: float = 10.0) -> float | None:
    """Run the event loop until the tab's table has painted rows, as the user gets it: the
    layouts the switch queued (the scroll bar, the counts' label) first, then one paint of
    what they see (a forced repaint() right after the switch painted the table before its
    layout, and the queued paint after the layout painted it again: two paints counted
    where the user sees one). Returns when the turn with that paint ended; None if the
    table never painted within `limit` seconds."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[bool] = []

    class RowsPainted(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and tab.proxy.rowCount():
                seen.append(True)
            return False

    viewport, watch = tab.view.viewport(), RowsPainted()
    viewport.installEventFilter(watch)
    try:
        until = time.perf_counter() + limit
        while not seen and time.perf_counter() < until:
            app.processEvents()
        return time.perf_counter() if seen else None
    finally:
        viewport.removeEventFilter(watch)


TYPING_PAUSE = 0.12  # seconds between two keys: a quick typist's pace (~8 keys a second)


def _typing_pause(app: Any) -> float:
    """Let the event loop run between two keys, as it does while a person types (the search
    goes on in bounded steps then); return its longest single turn."""
    longest, until = 0.0, time.perf_counter() + TYPING_PAUSE
    while time.perf_counter() < until:
        began = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - began)
        time.sleep(0.002)
    return longest


def child_keystroke_floor(data_dir: Path) -> None:
    """QSortFilterProxyModel over a QStandardItemModel holding the placements tab's texts."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    conn = _connect(data_dir)
    rows = conn.execute(SQL["placements"][0], SQL["placements"][1]).fetchall()
    model = QStandardItemModel(len(rows), len(rows[0]))
    index, set_data = model.index, model.setData
    for i, r in enumerate(rows):  # not QStandardItem(text): PySide6 6.12 on Python 3.11
        for j, v in enumerate(r):  # loses a reference to None in each of its setters
            set_data(index(i, j), "" if v is None else str(v))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1340, 640)
    view.show()
    app.processEvents()
    strokes, text = [], ""
    for key in [*"kierrä", "Backspace", "Backspace", *" 2026", *["Backspace"] * 5]:
        text = text[:-1] if key == "Backspace" else text + key
        began = time.perf_counter()
        proxy.setFilterFixedString(text.strip())
        view.viewport().repaint()
        strokes.append(time.perf_counter() - began)
        _typing_pause(app)
    print("RESULT", json.dumps({"keystrokes": strokes}), flush=True)


SMALL_TABS = ("associations", "people")  # lists read and painted in one go


def child_paint_floor(data_dir: Path, repeat: int = 3) -> None:
    """The small tabs' floor with their paint: the sqlite3 module running the tab's query
    (`SQL`), its rows put as text in a QStandardItemModel under a bare QTableView of the
    window's size, shown (painted empty) before; from the query until the table has painted
    rows, as `_until_rows_painted` waits for the tab's. Median of `repeat`, each on a new
    connection and a new view."""
    from types import SimpleNamespace

    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    out = {}
    for key in SMALL_TABS:
        sql, params = SQL[key]
        times = []
        for _ in range(repeat):
            conn = _connect(data_dir)
            model = QStandardItemModel()
            view = QTableView()
            view.setModel(model)
            view.resize(1366, 768)
            view.show()
            for _ in range(5):
                app.processEvents()
            tab = SimpleNamespace(view=view, proxy=model)  # what `_until_rows_painted` reads
            began = time.perf_counter()
            rows = conn.execute(sql, params).fetchall()
            model.setRowCount(len(rows))
            model.setColumnCount(len(rows[0]) if rows else 0)
            index, set_data = model.index, model.setData
            for i, r in enumerate(rows):  # not QStandardItem(text): see child_keystroke_floor
                for j, v in enumerate(r):
                    set_data(index(i, j), "" if v is None else str(v))
            painted = _until_rows_painted(app, tab)
            times.append((painted or time.perf_counter()) - began)
            view.close()
            conn.close()
        out[key] = statistics.median(times)
    print("RESULT", json.dumps(out), flush=True)


def _child(mode: str, data_dir: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=ENV, timeout=1800,
    )  # fmt: skip
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    raise RuntimeError(f"{mode} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")


# ---------------------------------------------------------------- floors with sqlite3

_PEOPLE_SQL = (
    "SELECT p.id, p.last_name, p.first_name, p.hetu, p.birth_date, p.kemi_resident, "
    "p.partial_work_ability, p.archived, (SELECT count(*) FROM placement x "
    "WHERE x.person_id = p.id) FROM person p WHERE p.archived = 0 "
    "ORDER BY p.last_name, p.first_name, p.id"
)
_ASSOCIATIONS_SQL = (  # with each one's placements and those running today, as the tab;
    # correlated counts over the covering index (the faster form: a LEFT JOIN with GROUP BY
    # took twice the time)
    "SELECT a.id, a.name, a.employer_type, a.business_id, a.city, a.contact_name, a.archived, "
    "(SELECT count(*) FROM placement p WHERE p.association_id = a.id), "
    "(SELECT count(*) FROM placement p WHERE p.association_id = a.id AND p.start_date <= ?1 "
    "AND (COALESCE(p.actual_end_date, p.end_date) IS NULL "
    "OR COALESCE(p.actual_end_date, p.end_date) >= ?1)) "
    "FROM association a WHERE a.archived = 0 ORDER BY a.name"
)
# what the placements tab reads (services.placements.placement_lines): its shown columns,
# the three dates its state follows from, and the ids and the archived mark it filters by
_PLACEMENTS_SQL = (
    "SELECT p.id, p.person_id, pe.last_name, pe.first_name, p.association_id, a.name, "
    "p.job_title, p.start_date, p.end_date, p.actual_end_date, p.hours_per_week, "
    "p.monthly_wage_cents, p.pt_percent, p.pt_end, p.archived FROM placement p "
    "JOIN person pe ON pe.id = p.person_id JOIN association a ON a.id = p.association_id "
    "WHERE p.archived = 0 ORDER BY p.start_date DESC, p.id DESC"
)
# what the grants tab reads (services.grants.decision_lines): its shown columns, the money
# paid of each decision (here through one aggregate join), the ids and archived mark
_DECISIONS_SQL = (
    "SELECT d.id, d.number, d.decision_type, d.decision_date, d.association_id, a.name, "
    "pe.last_name, pe.first_name, d.period_start, d.period_end, d.monthly_amount_cents, "
    "d.total_cents, COALESCE(paid.cents, 0), d.status, d.appeal_deadline, d.archived "
    "FROM decision d JOIN association a ON a.id = d.association_id "
    "JOIN placement p ON p.id = d.placement_id JOIN person pe ON pe.id = p.person_id "
    "LEFT JOIN (SELECT decision_id, SUM(amount_cents) AS cents FROM payment "
    "WHERE status = 'paid' GROUP BY decision_id) paid ON paid.decision_id = d.id "
    "WHERE d.archived = 0 ORDER BY d.decision_date DESC, d.id DESC"
)
_PAYMENT_COLUMNS = (
    "SELECT y.id, d.number, a.name, y.period_start, y.period_end, y.eligible_days, "
    "y.amount_cents, y.claim_due, y.status, y.paid_on, y.reference, y.held_reason, "
    "pe.last_name || ' ' || pe.first_name, y.period_index = last.idx "
    "FROM payment y JOIN decision d ON d.id = y.decision_id "
    "JOIN association a ON a.id = d.association_id JOIN placement p ON p.id = d.placement_id "
    "JOIN person pe ON pe.id = p.person_id "
    "LEFT JOIN (SELECT decision_id, MAX(period_index) AS idx FROM payment "
    "WHERE status != 'cancelled' GROUP BY decision_id) last ON last.decision_id = y.decision_id "
)
_OPEN = "('claimed', 'held', 'approved')"  # domain.lifecycle.OPEN_WORK
# what the payments tab reads (services.payments.payment_lines): its shown columns and the
# status and batch its filters need, of the open work, the started due and the lately paid
_PAYMENTS_TAB_SQL = (
    "SELECT y.id, d.number, a.name, pe.last_name, pe.first_name, y.period_index, "
    "y.period_start, y.period_end, y.amount_cents, y.claim_due, y.claim_received_on, "
    "y.status, y.batch_id, y.held_reason FROM payment y "
    "JOIN decision d ON d.id = y.decision_id JOIN association a ON a.id = d.association_id "
    "JOIN placement p ON p.id = d.placement_id JOIN person pe ON pe.id = p.person_id "
    f"WHERE y.status IN {_OPEN} OR (y.status = 'due' AND y.period_start <= ?) "
    "OR (y.status = 'paid' AND y.paid_on >= ?) ORDER BY y.period_start DESC, y.id DESC"
)
SQL: dict[str, tuple[str, tuple[Any, ...]]] = {
    "associations": (_ASSOCIATIONS_SQL, (str(date.today()),)),
    "people": (_PEOPLE_SQL, ()),
    "placements": (_PLACEMENTS_SQL, ()),
    "grants": (_DECISIONS_SQL, ()),
    # the window's today is the real one (UiContext.today)
    "payments": (_PAYMENTS_TAB_SQL, (str(date.today()), str(date.today() - timedelta(90)))),
    "list payments": (_PAYMENT_COLUMNS + "ORDER BY y.period_start, y.id", ()),
}


def _connect(data_dir: Path) -> Any:
    import sqlite3

    return sqlite3.connect(data_dir / "kemidesk.sqlite3")


def sqlite_floor(data_dir: Path, key: str, repeat: int = 3) -> tuple[float, int]:
    sql, params = SQL[key]
    times, count = [], 0
    for _ in range(repeat):
        conn = _connect(data_dir)
        began = time.perf_counter()
        count = len(conn.execute(sql, params).fetchall())
        times.append(time.perf_counter() - began)
        conn.close()
    return statistics.median(times), count


CSV_FLOOR = r"""
import csv, sqlite3, sys
conn = sqlite3.connect({path!r})
writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
writer.writerows(conn.execute({sql!r}, {params!r}))
"""


def _process_seconds(argv: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=ENV)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def measure_list(data_dir: Path, entity: str) -> dict[str, float]:
    key = "list payments" if entity == "payments" else entity
    sql, params = SQL[key]
    code = CSV_FLOOR.format(path=str(data_dir / "kemidesk.sqlite3"), sql=sql, params=params)
    floor = _process_seconds([sys.executable, "-c", code])
    value = _process_seconds([sys.executable, "-m", "kemidesk", "list", entity,
                              "--format", "csv", "--data-dir", str(data_dir)])  # fmt: skip
    return {"floor": floor, "value": value}


PDF_FLOOR = r"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
fonts = {fonts!r}
pdfmetrics.registerFont(TTFont("F", fonts[0]))
pdfmetrics.registerFont(TTFont("FB", fonts[1]))
body = ParagraphStyle("b", fontName="F", fontSize=8, leading=9.5)
bold = ParagraphStyle("h", fontName="FB", fontSize=11, leading=14)
story = []
for number, page in enumerate({pages!r}):
    if number:
        story.append(PageBreak())
    for i, line in enumerate(page.splitlines()):
        if line.strip():
            story.append(Paragraph(escape(line), bold if i == 0 else body))
SimpleDocTemplate({out!r}, pagesize=A4).build(story)
"""


def measure_pdf(data_dir: Path) -> dict[str, Any]:
    conn = _connect(data_dir)
    (number,) = conn.execute(
        "SELECT number FROM decision WHERE number IS NOT NULL AND decision_type = 'grant' "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    folder = Path(tempfile.mkdtemp())
    ours = folder / "decision.pdf"
    value = _process_seconds([sys.executable, "-m", "kemidesk", "print", "decision", number,
                              "-o", str(ours), "--data-dir", str(data_dir)])  # fmt: skip
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(ours).pages]
    fonts_dir = ROOT / "resources" / "fonts"
    fonts = [str(fonts_dir / "DejaVuSans.ttf"), str(fonts_dir / "DejaVuSans-Bold.ttf")]
    floor_pdf = folder / "floor.pdf"
    code = PDF_FLOOR.format(fonts=fonts, pages=pages, out=str(floor_pdf))
    floor = _process_seconds([sys.executable, "-c", code])
    floor_pages = len(PdfReader(floor_pdf).pages)
    return {"floor": floor, "value": value, "pages": len(pages),
            "floor_pages": floor_pages}  # fmt: skip


def measure_overview(data_dir: Path) -> dict[str, float]:
    code = (
        "import time, statistics\nfrom datetime import date\n"
        "from kemidesk.db.setup import prepare_database\nfrom kemidesk.paths import resolve_paths\n"
        "from kemidesk.services.overview import build_overview\n"
        f"p = resolve_paths({str(data_dir)!r})\nprepare_database(p.database, p.backup_dir)\n"
        "build_overview(date(2026, 11, 28))\nt = []\nfor _ in range(3):\n"
        "    s = time.perf_counter(); build_overview(date(2026, 11, 28))\n"
        "    t.append(time.perf_counter() - s)\n"
        "print('RESULT', statistics.median(t))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
                         check=True).stdout  # fmt: skip
    return {"value": float(out.split("RESULT")[1])}


# ---------------------------------------------------------------- the run


def run_scale(scale: str, runs: int, root: Path | None = None) -> dict[str, dict[str, Any]]:
    data_dir = bench_data.ensure_data(scale, root / scale if root else None)
    print(f"\n== {scale}: {data_dir}", flush=True)
    figures: dict[str, dict[str, Any]] = {}

    def show(name: str, value: float, floor: float | None, note: str = "") -> None:
        figures[name] = {"value": value, "floor": floor}
        ratio = f"{value / floor:6.2f}×" if floor else "      "
        floor_text = f"{floor * 1000:9.1f}" if floor is not None else "        –"
        print(f"  {name:<34} {value * 1000:9.1f} ms  floor {floor_text} ms  {ratio}  {note}",
              flush=True)  # fmt: skip

    start = measure_start(data_dir, runs)
    show("start → first rows painted", start["value"], start["floor"],
         f"({start['rows']} lines; target ≤ 2×)")  # fmt: skip
    show("  the whole overview painted", start["complete"], start["floor"])
    crashed = measure_start(data_dir, runs, after_crash=True)
    show("  the same after an unclean close", crashed["value"], crashed["floor"],
         "(every page checked first)")  # fmt: skip
    show("overview build", measure_overview(data_dir)["value"], None, "(target ≤ 300 ms)")
    window = _child("window", data_dir)
    paint_floor = _child("paintfloor", data_dir)
    for key in TABS:
        tab = window["tabs"][key]
        floor, count = sqlite_floor(data_dir, key)
        show(f"tab load {key}", tab["total"], floor,
             f"({tab['rows']} rows, floor {count}; target ≤ 2×)")  # fmt: skip
        if key in paint_floor:
            show(f"  vs floor + paint {key}", tab["total"], paint_floor[key],
                 "(the floor's rows painted by a bare QTableView)")  # fmt: skip
        show(f"  longest block {key}", tab["longest_step"], None, "(target ≤ 50 ms)")
        show(f"  first rows painted {key}", tab["first_painted"], None)
    floor_strokes = _child("keyfloor", data_dir)["keystrokes"]
    show("keystroke (median)", statistics.median(window["keystrokes"]),
         statistics.median(floor_strokes), "(target ≤ 25 ms)")  # fmt: skip
    show("keystroke (worst)", max(window["keystrokes"]), max(floor_strokes))
    show("  longest turn between keys", max(window["between_keys"]), None, "(target ≤ 50 ms)")
    for entity in ("placements", "payments"):
        listed = measure_list(data_dir, entity)
        show(f"list {entity} --format csv", listed["value"], listed["floor"], "(target ≤ 2×)")
    pdf = measure_pdf(data_dir)
    show("decision PDF", pdf["value"], pdf["floor"],
         f"({pdf['pages']} pages, floor {pdf['floor_pages']}; target ≤ 1.5×)")  # fmt: skip
    early = _child("close_early", data_dir)
    show("close right after start", early["exit_ready"], None, "(target ≤ 200 ms)")
    show("close during a tab load", window["close_mid_load"], None, "(target ≤ 200 ms)")
    memory = window["memory_mb"]
    figures["peak memory MB"] = {"value": memory / 1000, "floor": None}
    print(f"  peak memory after every tab: {memory:.0f} MB "
          f"(target ≤ {250 if scale == 'large' else 600} MB)", flush=True)  # fmt: skip
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=("large", "xl", "both"), default="both")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", default=None)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--data-root", default=None,
                        help="each scale's data in ROOT/<scale> (made when missing) instead of "
                        "the shared default folders (opening them migrates them)")  # fmt: skip
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT / "src"))
        children = {"window": child_window, "close_early": child_close_early,
                    "keyfloor": child_keystroke_floor,
                    "paintfloor": child_paint_floor}  # fmt: skip
        children[args.child](Path(args.data_dir))
        return 0
    scales = ["large", "xl"] if args.scale == "both" else [args.scale]
    root = Path(args.data_root) if args.data_root else None
    results = {scale: run_scale(scale, args.runs, root) for scale in scales}
    if len(results) == 2:
        print("\n== growth xl / large (target ≤ 4.4×)")
        for name, large in results["large"].items():
            xl = results["xl"][name]
            growth = xl["value"] / large["value"] if large["value"] else float("nan")
            print(f"  {name:<34} {growth:5.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
