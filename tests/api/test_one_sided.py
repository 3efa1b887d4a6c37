"""One-sided events (issue #5) through every read endpoint: null sides, never a 500."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from analysis.helpers import document, event, saved_db
from tidings.api import create_app
from tidings.config import Settings
from tidings.records import Place

DAY = date(2024, 2, 14)
KABUL = Place("Kabul", 0, 5, "AFG", 34.53, 69.17, "city", 1138958)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = saved_db(f"sqlite:///{tmp_path_factory.mktemp('api1') / 'api.db'}", document(
        "os1", DAY, [event("IRN", "PAK", "190", -10.0, DAY),
                     event("AFG", None, "141", -6.5, DAY, place=KABUL),
                     event(None, "PAK", "183", -10.0, DAY)]))
    with TestClient(create_app(Settings(db=url))) as c:
        yield c


def test_events_and_article_carry_null_sides(client: TestClient) -> None:
    items = client.get("/api/events", params={"sort": "id"}).json()["items"]
    assert [(e["source_code"], e["target_code"]) for e in items] == [
        ("IRN", "PAK"), ("AFGGOV", None), (None, "PAK")]
    assert items[1]["target_name"] is None and items[2]["source_name"] is None
    assert client.get("/api/events", params={"target": "PAK"}).json()["total"] == 2
    article = client.get("/api/articles/os1").json()
    assert [e["source_name"] for e in article["events"]] == ["Iran", "Amir Khan Muttaqi", None]


def test_dyad_endpoints_count_two_sided_events_only(client: TestClient) -> None:
    top = client.get("/api/dyads/top").json()
    assert [(d["source"], d["target"], d["n_events"]) for d in top] == [("IRN", "PAK", 1)]
    network = client.get("/api/network").json()
    assert [(e["source"], e["target"]) for e in network["edges"]] == [("IRN", "PAK")]
    series = client.get("/api/series", params={"source": "IRN", "target": "PAK"}).json()
    assert sum(p["n_events"] for p in series["points"]) == 1


def test_other_endpoints_include_one_sided_events(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["events"] == 3 and stats["unique_events"] == 3
    actors = {a["name"]: a["n_events"] for a in client.get("/api/actors").json()["items"]}
    assert actors["Pakistan"] == 2 and actors["Amir Khan Muttaqi"] == 1
    (kabul,) = client.get("/api/places").json()
    assert kabul["name"] == "Kabul" and kabul["n_events"] == 1
    assert client.get("/api/alerts", params={"start": "2024-02-01"}).status_code == 200
