"""Screenshots of the window's tabs, forms and detail views (1366 × 768, offscreen).

    python tools/screenshots.py [--out docs/screenshots]

Makes the small demo data set (dated 28.11.2026) in a temporary folder, opens the window
as the program does and saves ui_*.png files. Look at them after UI changes: cut labels,
empty columns and bad widths show here first.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen_1366x768.json')}",
)

SIZE = (1366, 768)
TODAY = date(2026, 11, 28)


def settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(app: Any, widget: Any, out: Path, name: str) -> None:
    settle(app)
    path = out / f"ui_{name}.png"
    widget.grab().save(str(path))
    print(path)


def prepare(data_dir: Path) -> Any:
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths

    paths = resolve_paths(data_dir)
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    generate_demo("small", today=TODAY)
    return paths


def shoot_tabs(app: Any, window: Any, out: Path) -> None:
    for key in ("associations", "people", "placements", "grants"):
        tab = window.tab_by_key(key)
        window.tabs.setCurrentWidget(tab)
        tab.loader.finish_now()
        if key == "grants":  # a grant with its payment schedule below
            tab.select_id(next(r.id for r in tab.model.rows() if r.decision_type.value == "grant"))
        save(app, window, out, f"tab_{key}")
    placements = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(placements)
    placements.search.setText("kierrätys")
    placements.pt_ending.setChecked(False)
    placements.status_filter.setCurrentIndex(2)
    save(app, window, out, "tab_placements_search")
    placements.search.clear()
    placements.status_filter.setCurrentIndex(0)


def shoot_forms(app: Any, window: Any, out: Path) -> None:
    opener = window.ctx.opener
    forms: list[tuple[str, Callable[[], Any], Callable[[Any], None]]] = [
        ("form_association_new", lambda: opener.new("association"), _invalid_association),
        ("form_association_edit", lambda: opener.edit("association", _first("associations")),
         lambda f: None),
        ("form_person_new", lambda: opener.new("person"), _new_person),
        ("form_person_edit", lambda: opener.edit("person", _first("people")), lambda f: None),
        ("form_placement_new", lambda: opener.new("placement"), _bad_placement),
        ("form_placement_edit", lambda: opener.edit("placement", _first("placements")),
         lambda f: None),
    ]  # fmt: skip
    for name, make, fill in forms:
        form = make()
        fill(form)
        save(app, form, out, name)
        form.done(0)


def shoot_details(app: Any, window: Any, out: Path) -> None:
    from kemidesk.services import grants, placements

    opener = window.ctx.opener
    placement = next(p for p in placements.list_placements(today=TODAY)
                     if grants.list_decisions(placement_id=p.id))  # fmt: skip
    decision = grants.list_decisions(placement_id=placement.id)[0]
    views = {
        "detail_association": opener.open("association", placement.association_id),
        "detail_person": opener.open("person", _person_with_hetu()),
        "detail_placement": opener.open("placement", placement.id),
        "detail_decision": opener.open("decision", decision.id),
    }
    views["detail_placement"].tabs.setCurrentIndex(1)  # the payment schedule
    for name, view in views.items():
        save(app, view, out, name)
    views["detail_person"].reveal_button.click()  # (audited, in the throwaway database)
    save(app, views["detail_person"], out, "detail_person_hetu_shown")
    opener.close_all()


def _person_with_hetu() -> int:
    from kemidesk.services import people, placements

    with_hetu = {p.id for p in people.list_people() if p.has_hetu}
    counts: dict[int, int] = {}
    for p in placements.list_placements():
        if p.person_id in with_hetu:
            counts[p.person_id] = counts.get(p.person_id, 0) + 1
    return max(counts, key=lambda k: counts[k])


def _first(kind: str) -> int:
    from kemidesk.services import associations, people, placements

    lists = {"associations": associations.list_associations, "people": people.list_people,
             "placements": placements.list_placements}  # fmt: skip
    return int(lists[kind]()[0].id)


def _invalid_association(form: Any) -> None:
    form.name.setText("Kemin Testiyhdistys ry")
    form.business_id.setText("0737546-3")
    form.contact_email.setText("toimisto@")
    form.postcode.setText("941")


def _new_person(form: Any) -> None:
    form.first_name.setText("Väinö")
    form.last_name.setText("Äikäs")
    form.hetu.setText("010190-900P")
    form.phone.setText("040 123 4567")


def _bad_placement(form: Any) -> None:
    form.person.setCurrentIndex(3)
    form.association.setCurrentIndex(2)
    form.job_title.setText("kierrätystyöntekijä")
    form.start_date.set_value(date(2026, 12, 1))
    form.end_date.set_value(date(2026, 11, 30))
    form.hours.setText("45")
    form.wage.setText("1 850,00 €")


@contextlib.contextmanager
def demo_window(description: str = "") -> Iterator[tuple[Any, Any, Path]]:
    """The main window on fresh demo data in a temporary folder, at 1366 × 768, and the
    output folder from --out: the set-up every screenshot script shares."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parents[1] / "docs/screenshots")
    )
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = prepare(Path(tmp) / "data")
        from kemidesk.db.connection import close_database
        from kemidesk.ui.app import create_application
        from kemidesk.ui.context import UiContext
        from kemidesk.ui.i18n import install_translators
        from kemidesk.ui.main_window import MainWindow
        from kemidesk.ui.settings import UiSettings

        app = create_application(["kemidesk"])
        install_translators(app, "fi")
        ctx = UiContext(paths, UiSettings(paths.settings_file))
        ctx.today = lambda: TODAY
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        window.start()
        try:
            yield app, window, out
        finally:
            window.close()
            close_database()


def main() -> int:
    with demo_window("Screenshots of the tabs, forms and detail views.") as (app, window, out):
        shoot_tabs(app, window, out)
        shoot_forms(app, window, out)
        shoot_details(app, window, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
