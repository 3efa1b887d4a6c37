"""Negated and hypothetical events through the API: listed on request, counted nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from analysis.helpers import document, event, saved_db
from tidings.api import create_app
from tidings.config import Settings

DAY = date(2024, 2, 14)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = saved_db(f"sqlite:///{tmp_path_factory.mktemp('flag') / 'api.db'}", document(
        "fl1", DAY, [event("IRN", "PAK", "040", 1.0, DAY),
                     event("IRN", "PAK", "190", -10.0, DAY, negated=True),
                     event("PAK", "IRN", "190", -10.0, DAY, hypothetical=True)]))
    with TestClient(create_app(Settings(db=url))) as c:
        yield c


def test_listing_takes_include_flagged(client: TestClient) -> None:
    default = client.get("/api/events").json()
    assert [e["cameo"] for e in default["items"]] == ["040"]
    every = client.get("/api/events", params={"include_flagged": "true", "sort": "id"}).json()
    assert [(e["negated"], e["hypothetical"]) for e in every["items"]] == [
        (False, False), (True, False), (False, True)]


def test_counts_rest_on_asserted_events_only(client: TestClient) -> None:
    (dyad,) = client.get("/api/dyads/top").json()
    assert (dyad["source"], dyad["target"], dyad["n_events"], dyad["conflict"]) == (
        "IRN", "PAK", 1, 0)
    assert client.get("/api/stats").json()["unique_events"] == 1
    assert len(client.get("/api/articles/fl1").json()["events"]) == 3
