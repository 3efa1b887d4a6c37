"""The dashboard's evidence panel says when a side's or a speaker's country was inferred.

A database and server of its own (the shared web database is counted by other tests): one
hand-built article with an event whose target country was lent from the article, one whose
source country came from the event's place, a neighbour with written countries, and quotes
by a lent and a written speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.config import Settings
from tidings.document import Document
from tidings.records import Actor, Article, Event, Quote
from tidings.store import open_store

from .conftest import Recorder, serve
from .test_dashboard import no_error_state, open_route

pytestmark = pytest.mark.browser

IRAN = Actor("Iran", "IRN", "IRNGOV", "GOV", evidence=("country name",))
LENT = Actor("officials", "PAK", "PAKGOV", "GOV", evidence=(
    "sector word: 'officials' -> GOV", "article context: PAK, 6 of 6 resolved mentions"))
PLACED = Actor("police", "AFG", "AFGCOP", "COP", evidence=(
    "sector word: 'police' -> COP", "country from the event's place 'Herat' -> AFG"))
TEXT = ("Iran accused officials of delay. Police arrested smugglers near Iran's border. "
        "Iran praised Pakistan. Officials said the border would reopen.")
ID = "web-provenance"


def _doc() -> Document:
    def at(needle: str) -> tuple[int, int]:
        start = TEXT.index(needle)
        return start, start + len(needle)

    s1, s2, s3 = (at(s) for s in ("Iran accused officials of delay.",
                                  "Police arrested smugglers near Iran's border.",
                                  "Iran praised Pakistan."))
    pakistan = Actor("Pakistan", "PAK", "PAKGOV", "GOV", evidence=("country name",))
    events = (
        Event(IRAN, LENT, "112", "11", 3, -2.0, TEXT[s1[0]:s1[1]], *s1, event_text="accused",
              event_date=date(2024, 3, 1)),
        Event(PLACED, IRAN, "173", "17", 4, -5.0, TEXT[s2[0]:s2[1]], *s2,
              event_text="arrested", event_date=date(2024, 3, 1),
              extra={"country_from_place": "source"}),
        Event(IRAN, pakistan, "051", "05", 1, 3.4, TEXT[s3[0]:s3[1]], *s3,
              event_text="praised", event_date=date(2024, 3, 1)),
    )
    q = at("the border would reopen")
    cue = at("said the border")
    quotes = (Quote("indirect", TEXT[q[0]:q[1]], *q, "said", cue[0], cue[0] + 4, LENT,
                    "Officials", cue[0] - 10, cue[0] - 1, "indirect-ccomp"),)
    art = Article(id=ID, text=TEXT, title="Border talks", published=date(2024, 3, 1),
                  content_hash="provenance-web")
    return Document(article=art, events=events, quotes=quotes)


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    from tidings.api import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('provenance') / 'web.db'}"
    with open_store(url) as store:
        assert store.save(_doc())
    yield from serve(uvicorn, create_app(Settings(db=url)))


def _panel(pg: Any, event_id: int) -> str:
    pg.locator(f'.seg[data-events~="{event_id}"]').last.click()
    return str(pg.locator(".annotation-detail").inner_text())


def test_evidence_panel_names_inferred_countries(browser: Any, own_server: str,
                                                 tmp_path: Path) -> None:
    rec = Recorder()
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.on("pageerror", lambda e: rec.errors.append(str(e)))
    try:
        open_route(pg, own_server, f"/article/{ID}", "article")
        lent, placed, written = (1, 2, 3)  # event ids in a new database
        panel = _panel(pg, lent)
        assert "target PAK: lent from the article's country, not written in the text" in panel
        assert "source IRN" not in panel
        panel = _panel(pg, placed)
        assert "source AFG: taken from the event's place" in panel
        panel = _panel(pg, written)
        assert "none taken from the event's place or lent from the article" in panel
        assert "not written in the text" not in panel
        pg.locator('.seg[data-quotes~="0"]').first.click()
        quote_panel = str(pg.locator(".annotation-detail").inner_text())
        assert "PAK (lent from the article's country" in quote_panel
        no_error_state(pg)
        assert not rec.errors, rec.errors
    finally:
        context.close()


def _dyad_rows(pg: Any, own_server: str, route: str) -> dict[str, str]:
    open_route(pg, own_server, route, "overview")
    pg.wait_for_selector(".card-dyads tbody tr, .card-dyads .empty", timeout=15_000)
    rows = pg.locator(".card-dyads tbody tr").all()
    return {r.locator("td").nth(0).inner_text().strip(): r.locator("td").nth(1).inner_text().strip()
            for r in rows}


def test_overview_filter_leaves_out_inferred_countries(browser: Any, own_server: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    try:
        every = _dyad_rows(pg, own_server, "/")
        written = _dyad_rows(pg, own_server, "/?countries=written")
        assert every == {"IRN → PAK": "2", "AFG → IRN": "1"}
        assert written == {"IRN → PAK": "1"}
        assert pg.locator('select[name="countries"]').input_value() == "written"
        no_error_state(pg)
    finally:
        context.close()
