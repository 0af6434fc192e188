"""Notification and the deadline of the request for review (oikaisuvaatimus).

A decision sent by letter counts as received on the 7th day after sending (Hallintolaki
59 §), by e-mail on the 3rd day (Kuntalaki 139 §), handed over on the same day. The request
is due within 14 days of the notification, the notification day not counted (Kuntalaki
134 §); a deadline on a weekend or holiday moves to the next working day (150/1930 § 5).
"""

from __future__ import annotations

from datetime import date, timedelta

from kemidesk.domain.dates import next_working_day
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import NotificationMethod


def notification_date(sent_on: date, method: NotificationMethod, rules: RuleSet) -> date:
    """The day the party is deemed to have received the decision."""
    if method is NotificationMethod.LETTER:
        return sent_on + timedelta(days=rules.letter_delivery_days)
    if method is NotificationMethod.EMAIL:
        return sent_on + timedelta(days=rules.email_delivery_days)
    return sent_on


def appeal_deadline(sent_on: date, method: NotificationMethod, rules: RuleSet) -> date:
    """Last day to file a request for review."""
    deadline = notification_date(sent_on, method, rules) + timedelta(days=rules.appeal_days)
    return next_working_day(deadline)


# Kuntalaki 140 §: a member of the municipality is deemed to have received notice of a
# decision seven days after it was published in the public data network.
MEMBER_NOTICE_DAYS = 7


def member_notification_date(published_on: date) -> date:
    """The day a kunnan jäsen is deemed to have received the published decision."""
    return published_on + timedelta(days=MEMBER_NOTICE_DAYS)


def member_appeal_deadline(published_on: date, rules: RuleSet) -> date:
    """Last day for a kunnan jäsen to request review: 14 days from the deemed notice."""
    deadline = member_notification_date(published_on) + timedelta(days=rules.appeal_days)
    return next_working_day(deadline)


def payments_may_start(
    sent_on: date | None, method: NotificationMethod | None, today: date, rules: RuleSet
) -> bool:
    """Whether payments of a sent decision may be approved on `today`.

    With `payments_wait_for_appeal` the appeal period must have passed; an unsent decision
    never allows payments then.
    """
    if not rules.payments_wait_for_appeal:
        return True
    if sent_on is None or method is None:
        return False
    return today > appeal_deadline(sent_on, method, rules)
