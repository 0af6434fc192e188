"""Screenshots of the payment, follow-up and settings dialogs and the Maksut tab.

    python tools/screenshots_workflows.py [--out docs/screenshots]

Same set-up as tools/screenshots.py (small demo data dated 28.11.2026, window 1366 × 768,
offscreen); dialogs are saved at their own size. Look at the files after UI changes.
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
from screenshots import TODAY, demo_window, save


def shoot_payments(app: Any, window: Any, out: Path) -> None:
    from kemidesk.domain.types import PaymentStatus
    from kemidesk.services import grants, payments
    from kemidesk.ui.dialogs.payment_batch import BatchDialog
    from kemidesk.ui.dialogs.payment_claim import PaymentClaimDialog

    due = min(
        (
            p
            for p in payments.list_payments(status=PaymentStatus.DUE)
            if grants.get_decision(p.decision_id).period_start is not None
        ),
        key=lambda p: abs((p.period_end - TODAY).days),
    )
    claim = PaymentClaimDialog(window.ctx, due.id, window)
    claim.received.set_value(TODAY - timedelta(days=3))
    claim.payslip.setChecked(True)
    claim.show()
    save(app, claim, out, "payment_claim")
    claim.done(0)

    tab = window.tab_by_key("payments")
    window.tabs.setCurrentWidget(tab)
    tab.loader.finish_now()
    tab.set_status_filter("held")
    if tab.proxy.rowCount():
        tab.select_row(0)
    save(app, window, out, "tab_payments")
    tab.set_status_filter("all")

    batch = BatchDialog(window.ctx, window)
    if batch.model.rowCount() > 1:
        batch.model.toggle(1)
    batch.show()
    save(app, batch, out, "payment_batch")
    batch.done(0)


def shoot_followup(app: Any, window: Any, out: Path) -> None:
    from kemidesk.services import placements
    from kemidesk.ui.dialogs.followup_form import FollowupForm

    placement = next(
        p
        for p in placements.list_placements(today=TODAY)
        if p.start_date < TODAY - timedelta(days=90)
        and p.effective_end is not None
        and p.effective_end > TODAY
        and p.job_coach
    )
    form = FollowupForm(window.ctx, None, window, placement_id=placement.id)
    form.held_on.set_value(TODAY - timedelta(days=1))
    form.participants.setText("työntekijä, ohjaaja, työhönvalmentaja")
    form.job_coach_present.setChecked(True)
    form.goals.setPlainText("Itsenäinen vastuu lajittelusta; hygieniapassi keväällä.")
    form.progress.setPlainText("Työtehtävät sujuvat, työajat pitävät.")
    form.support_given.setPlainText("Perehdytys kassatyöhön, ohjaaja viikoittain.")
    form.job_search_support.setPlainText("CV päivitetty, kaksi hakemusta lähetetty.")
    form.trial_visit.setPlainText("Sovittu 2 pv Kemin Kierrätyskeskukseen tammikuussa.")
    form.signed.setChecked(True)  # no date yet: the error shows under the field
    form.show()
    save(app, form, out, "followup_form")
    form.done(0)


def shoot_settings(app: Any, window: Any, out: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    from kemidesk.domain.rules import RuleVersion
    from kemidesk.services import settings

    settings.save_rule_version(
        RuleVersion(date(2026, 1, 1), None, {"cost_centre": "1410"}, "Kustannuspaikka 2026")
    )
    dialog = window.workflow_actions.open_settings("rules")
    dialog.rules.reload()
    save(app, dialog, out, "settings_rules_list")
    form = dialog.rules.new_version()
    form.valid_from.set_value(date(2027, 1, 1))
    form.note.setText("Kaupunginhallitus 15.12.2026 § 301")
    form.rule_widgets["monthly_max_cents"].setText("600,00 €")
    form.save_button.click()  # refused: the 2026 version has no end date
    form.rule_widgets["min_hours_per_week"].setText("-5")
    save(app, form, out, "settings_rules")
    scroll = form.findChild(QScrollArea, "rules_scroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(app, form, out, "settings_rules_defaults")
    form.done(0)
    dialog.show_page("appropriation")
    dialog.appropriation.choose_year(TODAY.year)
    save(app, dialog, out, "settings_appropriation")
    dialog.show_page("office")
    dialog.office.edits["contact_name"].setText("Liisa Koordinaattori")
    dialog.office.edits["contact_email"].setText("liisa.koordinaattori@")
    save(app, dialog, out, "settings_office")
    dialog.office.load(settings.get_office_settings())
    dialog.done(0)


def main() -> int:
    with demo_window("Screenshots of the payment, follow-up and settings dialogs.") as (
        app,
        window,
        out,
    ):
        shoot_payments(app, window, out)
        shoot_followup(app, window, out)
        shoot_settings(app, window, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
