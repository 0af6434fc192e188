"""Screenshots of the grant path and the overview (1366 × 768, offscreen).

    python tools/screenshots_grant_path.py [--out docs/screenshots]

Makes the small demo data set (dated 28.11.2026) in a temporary folder, opens the window
as the program does and saves ui_overview.png, ui_application.png, ui_decision_dialog.png,
ui_notify.png, ui_amendment.png, ui_outcome_bonus.png and ui_bonus.png. Questions are
answered "no" and nothing is printed.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen_1366x768.json')}",
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import TODAY, demo_window, save, settle


def _placement(last_name: str, tmt_days: str, birth: date) -> int:
    from kemidesk.services import associations, people, placements

    association = next(
        a for a in associations.list_associations() if a.employer_type.value == "association"
    )
    person = people.create_person(
        people.PersonInput(
            first_name="Aino", last_name=last_name, birth_date=birth, tmt_days=tmt_days
        )
    )
    start, end = date(2026, 3, 15), date(2027, 3, 14)
    return placements.create_placement(
        placements.PlacementInput(
            person_id=person.id,
            association_id=association.id,
            job_title="kierrätystyöntekijä",
            start_date=start,
            end_date=end,
            hours_per_week="30",
            monthly_wage="1 800,00",
            supervisor_name="Ohjaaja Olli",
            pt_decision_number="PT-2026-118",
            pt_decision_date=start,
            pt_percent=100,
            pt_start=start,
            pt_end=end,
        ),
        (50, 70, 100),
    ).id


def shoot_overview(app: Any, window: Any, out: Path) -> None:
    tab = window.tab_by_key("overview")
    window.tabs.setCurrentWidget(tab)
    tab.wait_until_idle()
    settle(app, 10)
    from kemidesk.domain.types import OverviewSection

    first = tab.sections()[OverviewSection.APPLICATIONS_WAITING][0]
    tab.select_item(*first)
    save(app, window, out, "overview")


def shoot_application(app: Any, window: Any, out: Path) -> Any:
    from kemidesk.ui.dialogs.application_dialog import open_application_dialog

    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    # not in the target group (an error) and late (a warning): both kinds of finding
    placement_id = _placement("Esimerkki", "120", date(1968, 2, 2))
    dialog = open_application_dialog(window.ctx, placement_id, tab)
    dialog.received_on.set_value(date(2026, 5, 4))
    dialog.pt_attached.setChecked(True)
    dialog.save()
    save(app, dialog, out, "application")
    dialog.done(0)


def shoot_decision(app: Any, window: Any, out: Path) -> int:
    from kemidesk.services import grants
    from kemidesk.ui.dialogs.decision_dialog import open_decision_dialog

    placement_id = _placement("Virtanen", "420", date(1979, 9, 9))
    application = grants.record_application(
        grants.ApplicationInput(
            placement_id=placement_id,
            received_on=date(2026, 4, 24),  # late: a warning that needs a justification
            pt_decision_attached=True,
            contract_attached=True,
        )
    )
    dialog = open_decision_dialog(window.ctx, application.id, window)
    assert dialog is not None
    dialog.warning_justification.setPlainText(
        "Palkkatukipäätös saapui työnantajalle vasta 20.4.2026."
    )
    settle(app)
    save(app, dialog, out, "decision_dialog")
    dialog.save()
    return int(dialog.result_row.id)


def shoot_notify(app: Any, window: Any, out: Path, decision_id: int) -> None:
    from kemidesk.ui.dialogs.notify_dialog import open_notify_dialog

    dialog = open_notify_dialog(window.ctx, decision_id, window)
    assert dialog is not None
    dialog.sent_on.set_value(date(2026, 11, 30))
    save(app, dialog, out, "notify")
    dialog.done(0)


def shoot_amendment(app: Any, window: Any, out: Path) -> None:
    from kemidesk.domain.types import DecisionType, PaymentStatus
    from kemidesk.services import grants, payments
    from kemidesk.ui.dialogs.amendment_dialog import open_amendment_dialog

    for d in grants.list_decisions():
        paid = [
            p for p in payments.list_payments(decision_id=d.id) if p.status is PaymentStatus.PAID
        ]
        if d.decision_type is DecisionType.GRANT and len(paid) >= 3 and d.period_end:
            last = max(paid, key=lambda p: p.period_end)
            if last.period_end < d.period_end:
                break
    dialog = open_amendment_dialog(window.ctx, decision_id=d.id, parent=window)
    assert dialog is not None
    dialog.new_end.set_value(last.period_start + timedelta(days=9))
    dialog.end_reason.setText("työntekijä irtisanoutui")
    save(app, dialog, out, "amendment")
    dialog.done(0)


def shoot_outcome_and_bonus(app: Any, window: Any, out: Path) -> None:
    from kemidesk.domain.types import OutcomeStatus
    from kemidesk.services.overview import build_overview
    from kemidesk.ui.dialogs.outcome_dialog import open_bonus_dialog, open_outcome_dialog

    overview = build_overview(TODAY)
    placement_id = overview.outcome_checks_due[0].record_id
    dialog = open_outcome_dialog(window.ctx, placement_id, window)
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(OutcomeStatus.COMPANY_JOB))
    dialog.notes.setPlainText("Vakituinen työ Kemin Konepaja Oy:ssä 1.12.2026 alkaen.")
    save(app, dialog, out, "outcome_bonus")
    dialog.save()  # the bonus question is answered "no" here; the dialog opens below
    bonus = open_bonus_dialog(window.ctx, placement_id, window)
    assert bonus is not None
    save(app, bonus, out, "bonus")
    bonus.done(0)


def main() -> int:
    from kemidesk.ui import messages

    messages.ask = lambda *args, **kwargs: False  # no questions in a screenshot run
    with demo_window("Screenshots of the grant path dialogs and the overview.") as (
        app,
        window,
        out,
    ):
        shoot_overview(app, window, out)
        shoot_application(app, window, out)
        decision_id = shoot_decision(app, window, out)
        shoot_notify(app, window, out, decision_id)
        shoot_amendment(app, window, out)
        shoot_outcome_and_bonus(app, window, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
