"""`kemidesk list placements|decisions|payments` reads its cells straight from the cursor
(services.listing._STRAIGHT): every cell the same as the specs' own path through the
services' rows, on both engines."""

from __future__ import annotations

import pytest

from kemidesk.services import listing

pytestmark = pytest.mark.usefixtures("demo_db")


@pytest.mark.parametrize("entity", sorted(listing._STRAIGHT))
@pytest.mark.parametrize("include_archived", [False, True])
def test_straight_cells_equal_the_specs(
    entity: str, include_archived: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, rows = listing.table_rows(entity, include_archived)
    straight = list(rows)
    with monkeypatch.context() as m:
        m.setattr(listing, "_STRAIGHT", {})
        old_header, old_rows = listing.table_rows(entity, include_archived)
        through_rows = list(old_rows)
    assert header == old_header
    assert len(straight) > 20
    assert straight == through_rows
    assert listing.table_for(entity, include_archived) == (header, straight)
    filled = [sum(1 for row in straight if row[i]) for i in range(len(header))]
    assert all(filled), (entity, header, filled)  # every column has some text
