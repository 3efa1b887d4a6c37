"""End-to-end: the dashboard in headless Chromium against the real API.

Each test opens pages as a user would, checks what is drawn against what the
API returns, and saves a screenshot. Every request any page makes is recorded;
none may leave the machine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.request import urlopen

import pytest

from .conftest import ALL_REQUESTS, LOCAL_HOSTS, Recorder
from .corpus import HOSTILE, Known

pytestmark = pytest.mark.browser


def api(server: str, path: str) -> Any:
    with urlopen(f"{server}/api/{path}", timeout=10) as resp:
        return json.load(resp)


def open_route(page: Any, server: str, route: str, ready: str) -> None:
    page.goto(f"{server}/#{route}")
    wait_ready(page, ready)


def wait_ready(page: Any, ready: str) -> None:
    page.wait_for_selector(f'body[data-ready="{ready}"]', timeout=15_000)


def shot(page: Any, directory: Path, name: str) -> None:
    page.screenshot(path=str(directory / f"{name}.png"), full_page=True)


def no_error_state(page: Any) -> None:
    errors = page.locator(".state-error").all_inner_texts()
    assert not errors, errors


def test_overview_network_and_dyads(page: tuple[Any, Recorder], server: str,
                                    screenshot_dir: Path) -> None:
    pg, rec = page
    network = api(server, "network")
    dyads = api(server, "dyads/top?limit=15")
    open_route(pg, server, "/", "overview")
    shot(pg, screenshot_dir, "overview")
    no_error_state(pg)
    drawn = {(e.get_attribute("data-source"), e.get_attribute("data-target"))
             for e in pg.locator("svg.network .edge").all()}
    assert drawn == {(e["source"], e["target"]) for e in network["edges"]}
    assert pg.locator("svg.network .node").count() == len(network["nodes"])
    # Edge colour follows the Goldstein mean: the most conflictual edge is reddest.
    edges = pg.locator("svg.network .edge").all()
    reds = {(e.get_attribute("data-source"), e.get_attribute("data-target")):
            e.locator(".edge-line").get_attribute("stroke") for e in edges}
    worst = min(network["edges"], key=lambda e: e["goldstein_mean"])
    r, g, b = (int(v) for v in reds[(worst["source"], worst["target"])][4:-1].split(","))
    assert r > b and r > g
    assert pg.locator(".legend-bar .legend-stop").count() == 5
    rows = pg.locator(".card-dyads tbody tr")
    assert rows.count() == len(dyads)
    # A node opens the events of that actor.
    node = network["nodes"][0]["id"]
    pg.locator(f'svg.network .node[data-id="{node}"] circle').click()
    wait_ready(pg, "events")
    total = api(server, f"events?actor={quote(node)}&limit=1")["total"]
    assert pg.locator(".result-count").inner_text().startswith(f"{total} event")
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_dyad_timeline_and_evidence(page: tuple[Any, Recorder], server: str,
                                    screenshot_dir: Path) -> None:
    pg, rec = page
    top = api(server, "dyads/top?limit=15")[0]
    open_route(pg, server, "/", "overview")
    pg.locator(".card-dyads tbody tr").first.click()
    wait_ready(pg, "dyad")
    assert f"#/dyad/{top['source']}/{top['target']}" in pg.url
    dyad = f"source={top['source']}&target={top['target']}&interval=month"
    series = api(server, f"series?{dyad}&directed=true")
    periods = pg.locator("svg.timeline .period")
    assert periods.count() == len(series["points"])
    # Click the busiest period: its events are listed with links to their articles.
    busiest = max(range(len(series["points"])), key=lambda i: series["points"][i]["n_events"])
    point = series["points"][busiest]
    periods.nth(busiest).click()
    pg.wait_for_selector(f'svg.timeline .period.selected[data-period="{point["period"]}"]')
    pg.wait_for_selector(".card-detail table.events tbody tr")
    listed = {int(r.get_attribute("data-event-id"))
              for r in pg.locator(".card-detail table.events tbody tr").all()}
    assert listed == {int(i) for i in point["event_ids"]}
    shot(pg, screenshot_dir, "dyad")
    no_error_state(pg)
    link = pg.locator(".card-detail table.events a.article-link").first
    link.click()
    wait_ready(pg, "article")
    assert "#/article/" in pg.url
    assert pg.locator(".article-text .seg.hl-event").count() > 0
    # Both directions: the chart follows the undirected series.
    both = api(server, f"series?{dyad}")
    open_route(pg, server, f"/dyad/{top['source']}/{top['target']}?dir=both", "dyad")
    assert pg.locator("svg.timeline .period").count() == len(both["points"])
    assert pg.locator(".dyad-arrow").inner_text().strip() == "⇄"
    assert not rec.errors, rec.errors
    assert rec.external() == []


def _joined(pg: Any, selector: str) -> str:
    return "".join(pg.locator(selector).all_text_contents())


def test_article_highlights_every_span(page: tuple[Any, Recorder], server: str,
                                       screenshot_dir: Path) -> None:
    pg, rec = page
    art = api(server, f"articles/{Known.founding}")
    text = art["text"]
    open_route(pg, server, f"/article/{Known.founding}", "article")
    # The whole text is there, in order, exactly once.
    assert pg.locator(".article-text").text_content() == text
    assert art["quotes"] and art["events"] and art["actors"] and art["places"]
    for q in art["quotes"]:
        assert _joined(pg, f'.seg[data-quotes~="{q["idx"]}"]') == text[q["start"]:q["end"]]
    for e in art["events"]:
        assert _joined(pg, f'.seg[data-events~="{e["id"]}"]') == text[e["start"]:e["end"]]
    for a in art["actors"]:
        ordered = sorted(a["mentions"], key=lambda m: m["start"])
        want = "".join(text[m["start"]:m["end"]] for m in ordered)
        assert _joined(pg, f'.seg[data-entities~="{a["entity_id"]}"]') == want
    for i, pl in enumerate(art["places"]):
        key = pl.get("idx", i)
        assert _joined(pg, f'.seg[data-places~="{key}"]') == text[pl["start"]:pl["end"]]
    # Clicking the quote explains it: speaker, code and the rule that found it.
    quote = art["quotes"][0]
    pg.locator(f'.seg[data-quotes~="{quote["idx"]}"]').first.click()
    panel = pg.locator(".annotation-detail")
    assert quote["speaker_name"] in panel.inner_text()
    assert quote["rule"] in panel.inner_text()
    assert quote["speaker_code"] in panel.inner_text()
    # Clicking an event sentence gives its CAMEO code, Goldstein score and pattern.
    event = art["events"][0]
    pg.locator(f'.seg[data-events~="{event["id"]}"]').last.click()
    detail = panel.inner_text()
    assert event["cameo"] in detail and event["pattern"] in detail
    assert f"{event['goldstein']:+.1f}".replace("+-", "-") in detail
    shot(pg, screenshot_dir, "article")
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_article_from_the_pipeline_is_highlighted(page: tuple[Any, Recorder], server: str) -> None:
    """Spans stored by the real pipeline line up with the text the page shows."""
    pg, rec = page
    rows = api(server, "articles?limit=100")["items"]
    piped = [r for r in rows if not str(r["id"]).startswith("web-") and r["n_quotes"]]
    if not piped:
        pytest.skip("the pipeline found no quotes in the sample articles")
    art = api(server, f"articles/{piped[0]['id']}")
    open_route(pg, server, f"/article/{art['id']}", "article")
    assert pg.locator(".article-text").text_content() == art["text"]
    for q in art["quotes"]:
        assert _joined(pg, f'.seg[data-quotes~="{q["idx"]}"]') == art["text"][q["start"]:q["end"]]
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_markup_in_an_article_does_not_run(page: tuple[Any, Recorder], server: str,
                                           screenshot_dir: Path) -> None:
    pg, rec = page
    open_route(pg, server, f"/article/{Known.hostile}", "article")
    pg.wait_for_timeout(300)  # give an injected onerror handler time to fire
    assert rec.dialogs == []
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("#injected").count() == 0
    assert pg.locator("main img, main script, .article-text b").count() == 0
    # The markup is shown as text, inside the highlighted quote.
    assert HOSTILE in pg.locator(".article-text").text_content()
    assert HOSTILE in _joined(pg, '.seg[data-quotes~="0"]')
    assert "<img" in pg.locator("h1").inner_text()
    shot(pg, screenshot_dir, "article-hostile")
    assert not [u for u in rec.requests if u.rstrip("/").endswith("/x")]
    assert rec.external() == []


def test_quotes_browser_filters(page: tuple[Any, Recorder], server: str,
                                screenshot_dir: Path) -> None:
    pg, rec = page
    open_route(pg, server, "/quotes", "quotes")
    total = api(server, "quotes?limit=1")["total"]
    assert f"{total} quotes" in pg.locator(".result-count").inner_text()
    pg.fill('input[name="country"]', "IRN")
    pg.fill('input[name="q"]', "collective security")
    pg.click('form.filters button[type="submit"]')
    pg.wait_for_function("location.hash.includes('country=IRN')")
    wait_ready(pg, "quotes")
    want = api(server, "quotes?country=IRN&q=collective%20security")
    items = pg.locator("ul.quotes li.quote")
    assert items.count() == len(want["items"]) >= 1
    assert "collective security" in items.first.inner_text()
    # A search that matches nothing says so.
    open_route(pg, server, "/quotes?q=zzxqvnomatch", "quotes")
    assert pg.locator(".results .state-empty").count() == 1
    shot(pg, screenshot_dir, "quotes")
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_map_alerts_and_other_pages(page: tuple[Any, Recorder], server: str,
                                    screenshot_dir: Path) -> None:
    pg, rec = page
    open_route(pg, server, "/map", "map")
    # Natural Earth outlines, shipped with the package.
    assert pg.locator("svg.map path.country").count() > 150
    places = [p for p in api(server, "places") if p["lat"] is not None]
    assert pg.locator("svg.map .place").count() == len(places)
    if places:
        pg.locator("svg.map .place circle").last.click()  # drawn last: on top
        pg.wait_for_selector(".map-side h3")
    shot(pg, screenshot_dir, "map")
    for route, ready in [("/alerts", "alerts"), ("/events", "events"), ("/articles", "articles")]:
        open_route(pg, server, route, ready)
        no_error_state(pg)
        shot(pg, screenshot_dir, ready)
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_alerts_list_their_events(page: tuple[Any, Recorder], server: str,
                                  screenshot_dir: Path) -> None:
    pg, rec = page
    # The burst lies in May 2023; ask for that window explicitly, since by default
    # only the most recent periods are judged.
    window = "start=2023-05-01&end=2023-06-30"
    alerts = api(server, f"alerts?{window}")
    assert alerts, "the burst of AFG-IRN attacks in the corpus should raise an alert"
    open_route(pg, server, f"/alerts?{window}", "alerts")
    shot(pg, screenshot_dir, "alerts")
    cards = pg.locator(".card.alert")
    assert cards.count() == len(alerts)
    first = cards.first
    assert first.locator(".alert-events li").count() == len(alerts[0]["events"])
    assert alerts[0]["events"][0]["sentence"] in first.inner_text()
    # An alert's event links to its article, opened with that event selected.
    first.locator(".alert-events a.article-link").first.click()
    wait_ready(pg, "article")
    event_id = alerts[0]["events"][0]["id"]
    pg.wait_for_selector(f'.seg.selected[data-events~="{event_id}"]')
    assert str(alerts[0]["events"][0]["cameo"]) in pg.locator(".annotation-detail").inner_text()
    # ... and to the dyad's weekly timeline with the alerting week selected.
    open_route(pg, server, f"/alerts?{window}", "alerts")
    pg.locator(".card.alert").first.get_by_text("Timeline →").click()
    wait_ready(pg, "dyad")
    pg.wait_for_selector(f'svg.timeline .period.selected[data-period="{alerts[0]["period"]}"]')
    listed = {int(r.get_attribute("data-event-id"))
              for r in pg.locator(".card-detail table.events tbody tr").all()}
    assert {e["id"] for e in alerts[0]["events"]} <= listed
    assert not rec.errors, rec.errors
    assert rec.external() == []


def test_missing_article_shows_an_error(page: tuple[Any, Recorder], server: str) -> None:
    pg, _ = page
    open_route(pg, server, "/article/no-such-article", "article")
    assert "404" in pg.locator(".state-error").inner_text()


def test_segments_of_overlapping_spans(page: tuple[Any, Recorder], server: str) -> None:
    """Overlaps split into non-overlapping pieces; offsets count code points like Python."""
    pg, _ = page
    open_route(pg, server, "/", "overview")
    text = "ab😀cdefgh"
    spans = [{"start": 1, "end": 4, "id": "x"}, {"start": 3, "end": 6, "id": "y"},
             {"start": 5, "end": 5, "id": "empty"}, {"start": 7, "end": 99, "id": "clamped"}]
    got = pg.evaluate(
        """async ([text, spans]) => {
            const { segment } = await import('./js/segments.js');
            return segment(text, spans).map(s => [s.text, s.spans.map(x => x.id)]);
        }""", [text, spans])
    assert got == [["a", []], ["b😀", ["x"]], ["c", ["x", "y"]], ["de", ["y"]], ["f", []],
                   ["gh", ["clamped"]]]
    assert text[1:4] == "b😀c"  # the same offsets in Python


def test_period_ranges_and_labels(page: tuple[Any, Recorder], server: str) -> None:
    """Period labels (first day of the period) become the date ranges used to fetch events."""
    pg, _ = page
    open_route(pg, server, "/", "overview")
    got = pg.evaluate(
        """async () => {
            const { periodRange, periodTick } = await import('./js/views/dyad.js');
            return [periodRange('2024-02-01', 'month'), periodRange('2023-12-01', 'month'),
                    periodRange('2024-01-15', 'week'), periodRange('2024-02-29', 'day'),
                    periodRange('2024-W07', 'week'), periodRange('Q1', 'month'),
                    periodTick('2024-02-01', 'month'), periodTick('2024-01-15', 'week')];
        }""")
    assert got == [["2024-02-01", "2024-02-29"], ["2023-12-01", "2023-12-31"],
                   ["2024-01-15", "2024-01-21"], ["2024-02-29", "2024-02-29"],
                   ["2024-02-12", "2024-02-18"], None, "Feb 2024", "15 Jan 24"]


def test_no_request_left_the_machine() -> None:
    """Runs last in this module: every page above fetched only from 127.0.0.1."""
    if not ALL_REQUESTS:
        pytest.skip("no browser test ran")
    outside = [u for u in ALL_REQUESTS
               if not u.startswith(("data:", "blob:", "about:"))
               and (u.split("/")[2].rsplit(":", 1)[0] not in LOCAL_HOSTS)]
    assert outside == []
    assert any("/vendor/countries-50m.json" in u for u in ALL_REQUESTS)
