"""Employer rings: lead and members, the 18 h rule over the ring total, the decision names the
members and the follow-up form has a signature line per member supervisor, the payment goes to
the lead; ring proposals accepted into rings or rejected."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import Payment, RecruitmentNeed, RingProposal
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import NeedStatus, ProposalStatus
from kemidesk.services import applications, documents, needs, rings
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.rings import MemberInput, RingInput

from .factories import association, person, placement
from .test_documents import pdf_text
from .test_grants import apply, grant
from .test_needs_seekers import need_input

pytestmark = pytest.mark.usefixtures("db")


def make_ring(hours: tuple[str, str, str] = ("8", "6", "6")):  # type: ignore[no-untyped-def]
    a, b, c = association(0), association(1), association(2)
    data = RingInput(
        name="Keskustan kierrätysrinki",
        lead_id=a.id,
        coordinator="Kaisa Koordinaattori",
        members=[
            MemberInput(a.id, hours[0], "Kirpputorin myynti", "Olli Ohjaaja", "ma ti"),
            MemberInput(b.id, hours[1], "Lajittelu", "Pirjo Perehdyttäjä", "ke"),
            MemberInput(c.id, hours[2], "Kahvion tarjoilu", "Seppo Siivola", "to pe"),
        ],
    )
    return rings.create_ring(data), (a, b, c)


def test_ring_with_lead_members_and_weekly_schedule() -> None:
    ring, (a, b, c) = make_ring()
    assert ring.lead_id == a.id
    assert ring.lead_name == a.name
    assert ring.total_hours == 20
    assert [m.association_id for m in ring.members] == [a.id, b.id, c.id]
    assert ring.members[0].is_lead
    week = rings.weekly_schedule(ring)
    assert [d.weekday for d in week] == ["ma", "ti", "ke", "to", "pe"]
    assert [str(d.hours) for d in week] == ["4.00", "4.00", "6.00", "3.00", "3.00"]
    assert rings.list_rings() == [ring]


def test_ring_input_is_checked() -> None:
    a, b = association(0), association(1)
    with pytest.raises(FieldErrors) as caught:
        rings.create_ring(RingInput("R", b.id, [MemberInput(a.id, "10")]))
    assert {"members", "lead_id"} <= set(caught.value.errors)
    with pytest.raises(FieldErrors) as caught:
        rings.create_ring(
            RingInput("R", a.id, [MemberInput(a.id, "30"), MemberInput(a.id, "20", weekdays="xx")])
        )
    assert {"member_1", "member_1_weekdays", "members"} <= set(caught.value.errors)


def test_ring_placement_is_at_the_lead_and_the_18_hour_rule_counts_the_ring_total() -> None:
    ring, (a, b, _c) = make_ring()
    p = person()
    with pytest.raises(FieldErrors) as caught:
        placement(p.id, b.id, ring_id=ring.id, hours_per_week="20")
    assert "association_id" in caught.value.errors
    pl = placement(p.id, a.id, ring_id=ring.id, hours_per_week="8")
    codes = [f.code for f in applications.assess(pl.id, decision_date=date(2026, 3, 25)).findings]
    assert "HOURS_TOO_LOW" not in codes  # 8 h at the lead, 20 h over the ring
    small, _members = make_ring(("5", "5", "5"))
    pl2 = placement(person(first_name="Toinen").id, small.lead_id, ring_id=small.id)
    codes = [f.code for f in applications.assess(pl2.id, decision_date=date(2026, 3, 25)).findings]
    assert "HOURS_TOO_LOW" in codes  # 15 h over the ring


def test_decision_names_members_followup_has_their_supervisors_and_payment_to_lead() -> None:
    ring, (a, b, c) = make_ring()
    pl = placement(person().id, a.id, ring_id=ring.id, hours_per_week="20")
    decision = grant(apply(pl.id).id)
    text = " ".join(pdf_text(documents.render_decision_pdf(decision.id)).split())
    assert "Työnantajarinki" in text
    for member in (a, b, c):
        assert member.name in text
    assert "Kemi-lisä maksetaan päätyönantajalle" in text
    public = " ".join(pdf_text(documents.render_decision_pdf(decision.id, public=True)).split())
    assert b.name in public
    doc = documents.followup_document(pl.id)
    assert doc.ring_supervisors == (
        (a.name, "Olli Ohjaaja"),
        (b.name, "Pirjo Perehdyttäjä"),
        (c.name, "Seppo Siivola"),
    )
    form = " ".join(pdf_text(documents.render_followups_pdf([doc])).split())
    assert "Työnantajaringin jäsenten ohjaajat" in form
    assert "Pirjo Perehdyttäjä" in form
    payments = list(Payment.select().where(Payment.decision == decision.id))
    assert payments
    assert {p.decision.association_id for p in payments} == {a.id}


def small_needs() -> tuple[int, int, int]:
    a, b, c = association(0), association(1), association(2)
    n1 = needs.add_need(need_input(a.id, tasks="Keittiöapulainen", hours="10", skills=""))
    n2 = needs.add_need(need_input(b.id, tasks="Kahvion tarjoilu", hours="9", skills=""))
    n3 = needs.add_need(need_input(c.id, tasks="Kuljetus ja jakelu", hours="9", skills=""))
    return n1.id, n2.id, n3.id


def test_proposal_accepted_becomes_a_ring_and_its_needs_are_matched() -> None:
    n1, n2, n3 = small_needs()
    found = rings.list_proposals(today=date(2026, 9, 1))
    assert [p.need_ids for p in found] == [(n1, n2)]  # not the transport need
    proposal = found[0]
    assert proposal.hours == 19
    ring = rings.accept_proposal(
        proposal.need_ids, "Keittiörinki", proposal.lead_association_id, today=date(2026, 9, 1)
    )
    assert ring.total_hours == 19
    assert {n.status for n in RecruitmentNeed.select().where(RecruitmentNeed.ring == ring.id)} == {
        NeedStatus.MATCHED
    }
    assert RingProposal.get().status is ProposalStatus.ACCEPTED
    assert rings.list_proposals(today=date(2026, 9, 1)) == []
    with pytest.raises(NotAllowedError):
        rings.accept_proposal((n1, n2), "Taas", proposal.lead_association_id)
    assert n3


def test_edited_proposal_is_checked_again_and_rejected_is_not_proposed_again() -> None:
    n1, n2, _n3 = small_needs()
    lead = rings.list_proposals(today=date(2026, 9, 1))[0].lead_association_id
    with pytest.raises(FieldErrors) as caught:
        rings.accept_proposal((n1, n2), "R", lead, hours={n2: "7"}, today=date(2026, 9, 1))
    assert "17" in str(caught.value.errors["members"])
    rings.reject_proposal((n1, n2), today=date(2026, 9, 1))
    assert rings.list_proposals(today=date(2026, 9, 1)) == []
    assert RingProposal.get().status is ProposalStatus.REJECTED
