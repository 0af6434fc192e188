from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.appeal import appeal_deadline, notification_date, payments_may_start
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import NotificationMethod

RULES = RuleSet()
LETTER = NotificationMethod.LETTER
EMAIL = NotificationMethod.EMAIL
HANDED = NotificationMethod.HANDED_OVER


def test_notification_dates() -> None:
    sent = date(2026, 3, 2)
    assert notification_date(sent, LETTER, RULES) == date(2026, 3, 9)
    assert notification_date(sent, EMAIL, RULES) == date(2026, 3, 5)
    assert notification_date(sent, HANDED, RULES) == sent


@pytest.mark.parametrize(
    ("sent", "method", "deadline"),
    [
        (date(2026, 3, 2), LETTER, date(2026, 3, 23)),  # 9.3. + 14 = Monday 23.3.
        (date(2026, 3, 2), EMAIL, date(2026, 3, 19)),  # 5.3. + 14
        (date(2026, 3, 2), HANDED, date(2026, 3, 16)),  # 2.3. + 14
    ],
)
def test_appeal_deadline_by_method(sent: date, method: NotificationMethod, deadline: date) -> None:
    assert appeal_deadline(sent, method, RULES) == deadline


def test_deadline_on_saturday_moves_to_monday() -> None:
    # Handed over Saturday 7.3.2026 + 14 = Saturday 21.3. → Monday 23.3.
    assert appeal_deadline(date(2026, 3, 7), HANDED, RULES) == date(2026, 3, 23)
    # Sunday → Monday as well.
    assert appeal_deadline(date(2026, 3, 8), HANDED, RULES) == date(2026, 3, 23)


def test_deadline_on_christmas_eve() -> None:
    # Letter sent 3.12.2026: notified 10.12., + 14 = Thursday 24.12. → Monday 28.12.
    assert appeal_deadline(date(2026, 12, 3), LETTER, RULES) == date(2026, 12, 28)


def test_deadline_on_midsummer_eve() -> None:
    # E-mail sent 2.6.2026: notified 5.6., + 14 = Friday 19.6. (Midsummer Eve) → Monday 22.6.
    assert appeal_deadline(date(2026, 6, 2), EMAIL, RULES) == date(2026, 6, 22)


def test_deadline_on_independence_day() -> None:
    # Handed over 22.11.2029: + 14 = Thursday 6.12.2029 → Friday 7.12.
    assert appeal_deadline(date(2029, 11, 22), HANDED, RULES) == date(2029, 12, 7)


def test_deadline_on_may_day_and_easter() -> None:
    # Handed over 17.4.2026 + 14 = Friday 1.5. (May Day) → Monday 4.5.
    assert appeal_deadline(date(2026, 4, 17), HANDED, RULES) == date(2026, 5, 4)
    # Handed over 20.3.2026 + 14 = Friday 3.4. (Good Friday) → Tuesday 7.4.
    assert appeal_deadline(date(2026, 3, 20), HANDED, RULES) == date(2026, 4, 7)


def test_deadline_follows_the_rules() -> None:
    rules = RuleSet(appeal_days=30, letter_delivery_days=5)
    assert appeal_deadline(date(2026, 3, 2), LETTER, rules) == date(2026, 4, 7)  # 6.4. Easter Mon


def test_payments_wait_for_the_appeal_period() -> None:
    sent = date(2026, 3, 2)
    assert not payments_may_start(sent, EMAIL, date(2026, 3, 19), RULES)
    assert payments_may_start(sent, EMAIL, date(2026, 3, 20), RULES)
    assert not payments_may_start(None, None, date(2030, 1, 1), RULES)
    no_wait = RuleSet(payments_wait_for_appeal=False)
    assert payments_may_start(None, None, date(2026, 1, 1), no_wait)
