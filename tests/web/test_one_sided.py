"""One-sided events (issue #5) in the dashboard: the blank side shows "—", nothing breaks."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Recorder
from .corpus import Known
from .test_dashboard import api, no_error_state, open_route

pytestmark = pytest.mark.browser


def test_evidence_of_a_one_sided_event_renders(page: tuple[Any, Recorder], server: str) -> None:
    pg, rec = page
    art = api(server, f"articles/{Known.one_sided}")
    protest, bombing = art["events"]
    assert protest["target_name"] is None and bombing["source_name"] is None
    open_route(pg, server, f"/article/{Known.one_sided}", "article")
    assert "AFGCVL → —" in pg.locator(".card-list").all_inner_texts()[1]
    pg.locator(f'.seg[data-events~="{bombing["id"]}"]').last.click()
    panel = pg.locator(".annotation-detail").inner_text()
    assert "183" in panel and "BOMB KILLED" in panel and "PAKMIL" in panel
    assert "Source\n—" in panel and "no source actor" in panel
    assert pg.locator(".annotation-detail a", has_text="Dyad timeline").count() == 0
    no_error_state(pg)
    # The events browser lists it with a blank target cell.
    open_route(pg, server, "/events?q=demonstrated", "events")
    row = pg.locator(f'table.events tr[data-event-id="{protest["id"]}"]')
    cells = row.locator("td").all_inner_texts()
    assert cells[3].strip() == "—" and "AFGCVL" in cells[1]
    no_error_state(pg)
    assert not rec.errors, rec.errors
    assert rec.external() == []
