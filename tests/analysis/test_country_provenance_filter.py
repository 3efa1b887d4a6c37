"""Leaving out inferred countries from the dyad analyses, the API and the CLI (issues #4, #5).

A hand-built store holds one IRN -> PAK dyad in four forms: a written Pakistan, a bare
"officials" whose Pakistani country was lent from the article, a "police" placed in
Pakistan by the event's place, and a written event stored before schema version 7 (flags
NULL, not recorded). ``written_countries`` keeps the first only; off (the default) counts
all four.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from analysis.helpers import ACTORS, document, event, save, week
from pgtest import fresh_schema_url
from tidings.analysis import (
    AlertParams,
    DateRange,
    EventFilter,
    actor_network,
    dyad_series,
    escalation_alerts,
    list_events,
    top_dyads,
)
from tidings.api import create_app
from tidings.cli import main
from tidings.config import Settings
from tidings.document import Document
from tidings.records import Actor, Event, Quote
from tidings.store import Store, open_store

LENT = Actor("officials", "PAK", "PAKGOV", "GOV", evidence=(
    "sector word: 'officials' -> GOV", "article context: PAK, 6 of 6 resolved mentions"))
PLACED = Actor("police", "PAK", "PAKCOP", "COP", evidence=(
    "sector word: 'police' -> COP", "country from the event's place 'Quetta' -> PAK"))


def _against(target: Actor, cameo: str, when: date, place_flag: bool = False) -> Event:
    e = event("IRN", "PAK", cameo, -10.0, when)
    extra = {"country_from_place": "target"} if place_flag else {}
    return Event(e.source, target, e.cameo, e.root, e.quad_class, e.goldstein, e.sentence,
                 e.start, e.end, event_date=when, extra=extra)


def _docs() -> list[Document]:
    text = "Officials said the border would stay open."
    quote = Quote("indirect", "the border would stay open", 15, 41, "said", 10, 14, LENT,
                  "Officials", 0, 9, "indirect-ccomp")
    written_quote = Quote("indirect", "the border would stay open", 15, 41, "said", 10, 14,
                          ACTORS["AFG"], "Muttaqi", 0, 9, "indirect-ccomp")
    return [
        document("w0", week(0), [event("IRN", "PAK", "112", -2.0, week(0))]),
        document("lent", week(3), [_against(LENT, "190", week(3)),
                                   _against(LENT, "193", week(3, 1))],
                 text=text, quotes=(quote, written_quote)),
        document("placed", week(3, 2), [_against(PLACED, "180", week(3, 2), place_flag=True)]),
        document("written", week(3, 3), [event("IRN", "PAK", "111", -2.0, week(3, 3))]),
        document("old", week(3, 4), [event("IRN", "PAK", "110", -2.0, week(3, 4))]),
    ]


def _fill(store: Store) -> None:
    save(store, *_docs())
    # the "old" article as a store of schema version 6 left it: nothing recorded
    store.execute("UPDATE events SET country_from_place = NULL, country_from_article = NULL "
                  "WHERE article_id = 'old'")


@pytest.fixture
def filled(store: Store) -> Store:
    _fill(store)
    return store


def test_top_dyads_and_network(filled: Store) -> None:
    assert top_dyads(filled)[0]["n_events"] == 6
    assert top_dyads(filled, written_countries=True)[0]["n_events"] == 2
    edges = actor_network(filled)["edges"]
    written = actor_network(filled, written_countries=True)["edges"]
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [("IRN", "PAK", 6)]
    assert [(e["source"], e["target"], e["weight"]) for e in written] == [("IRN", "PAK", 2)]


def test_series(filled: Store) -> None:
    every = dyad_series(filled, "IRN", "PAK", "week")
    written = dyad_series(filled, "IRN", "PAK", "week", written_countries=True)
    assert sum(p["n_events"] for p in every["points"]) == 6
    assert [p["n_events"] for p in written["points"]] == [1, 0, 0, 1]
    assert written["written_countries"] is True


def test_alerts(filled: Store) -> None:
    params = AlertParams(window=2, min_events=3)
    fired = escalation_alerts(filled, DateRange(), params)
    assert [(a["source"], a["target"], a["period"]) for a in fired] == [
        ("IRN", "PAK", week(3).isoformat())]
    assert len(fired[0]["events"]) == 5
    # one written conflict event that week (the NULL row is not known to be written)
    written = AlertParams(window=2, min_events=3, written_countries=True)
    assert escalation_alerts(filled, DateRange(), written) == []
    lower = AlertParams(window=2, min_events=1, threshold=0.5, written_countries=True)
    [alert] = escalation_alerts(filled, DateRange(), lower)
    assert [e["cameo"] for e in alert["events"]] == ["111"]


def test_listing_filter_and_flags(filled: Store) -> None:
    items = list_events(filled, EventFilter(dyad="IRN-PAK"))["items"]
    flags = {e["cameo"]: (e["country_from_article"], e["country_from_place"]) for e in items}
    assert flags == {"112": ("none", "none"), "190": ("target", "none"),
                     "193": ("target", "none"), "180": ("none", "target"),
                     "111": ("none", "none"), "110": (None, None)}
    only = list_events(filled, EventFilter(dyad="IRN-PAK", written_countries=True))["items"]
    assert sorted(e["cameo"] for e in only) == ["111", "112"]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    url = (f"sqlite:///{tmp_path / 'p.db'}" if request.param == "sqlite"
           else fresh_schema_url("tidings_test_provenance"))
    with open_store(url) as store:
        _fill(store)
    with TestClient(create_app(Settings(db=url))) as c:
        yield c


def test_api(client: TestClient) -> None:
    def get(path: str) -> Any:
        response = client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    assert get("/api/dyads/top")[0]["n_events"] == 6
    assert get("/api/dyads/top?written_countries=1")[0]["n_events"] == 2
    net = get("/api/network?written_countries=true")
    assert [e["weight"] for e in net["edges"]] == [2]
    series = get("/api/series?source=IRN&target=PAK&written_countries=1")
    assert sum(p["n_events"] for p in series["points"]) == 2
    assert get("/api/alerts?window=2&min_events=3&written_countries=1") == []
    assert len(get("/api/alerts?window=2&min_events=3")) == 1
    events = get("/api/events?dyad=IRN-PAK&written_countries=1")
    assert events["total"] == 2
    article = get("/api/articles/lent")
    assert [e["country_from_article"] for e in article["events"]] == ["target", "target"]
    assert [q["speaker_country_from_article"] for q in article["quotes"]] == [True, False]
    quotes = get("/api/quotes")["items"]
    assert sorted(q["speaker_country_from_article"] for q in quotes) == [False, True]
    found = get("/api/search?q=border&table=quotes")["items"]
    assert sorted(q["speaker_country_from_article"] for q in found) == [0, 1]


def test_search_gives_the_speaker_flag_as_quotes_do(client: TestClient) -> None:
    found = client.get("/api/search?q=border&table=quotes").json()["items"]
    assert sorted((q["speaker_country_from_article"] for q in found), key=str) == [False, True]
    assert all(type(q["speaker_country_from_article"]) is bool for q in found)


def test_cli(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with open_store(url) as store:
        _fill(store)
    run = CliRunner().invoke
    for args, every, written in (
            (["network"], 6, 2),
            (["series", "IRN", "PAK"], 6, 2)):
        outs = [run(main, [*args, *extra, "--db", url]) for extra in ([], ["--written-countries"])]
        assert all(o.exit_code == 0 for o in outs), [o.output for o in outs]
        counts = [_count(json.loads(o.output)) for o in outs]
        assert counts == [every, written], args
    alerts = run(main, ["alerts", "--window", "2", "--written-countries", "--db", url])
    assert alerts.exit_code == 0 and json.loads(alerts.output) == []


def _count(result: dict[str, Any]) -> int:
    if "edges" in result:
        return sum(int(e["weight"]) for e in result["edges"])
    return sum(int(p["n_events"]) for p in result["points"])
