"""Every read endpoint: shapes, filters, pagination, and 4xx (never 500) on bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

ARTICLE_ID = "tt-2024-02-14"


def test_stats(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["articles"] == 31 and body["events"] == 92 and body["quotes"] == 1
    assert body["quad_classes"]["4"] == 1


def test_articles_list_filters_and_pagination(client: TestClient) -> None:
    r = client.get("/api/articles", params={"limit": 10})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 31 and body["limit"] == 10
    first = body["items"][0]
    assert set(first) >= {"id", "title", "published", "url", "n_quotes", "n_events"}
    assert first["id"] == ARTICLE_ID and first["n_quotes"] == 1 and first["n_events"] == 2
    seen = []
    for offset in range(0, 31, 10):
        seen += [a["id"] for a in client.get(
            "/api/articles", params={"limit": 10, "offset": offset}).json()["items"]]
    assert len(seen) == len(set(seen)) == 31
    assert client.get("/api/articles", params={"q": "collective security"}).json()["total"] == 1
    assert client.get("/api/articles", params={"country": "USA"}).json()["total"] == 30
    assert client.get("/api/articles", params={"actor": "kazemi"}).json()["total"] == 1
    dated = client.get("/api/articles", params={"start": "2024-01-10", "end": "2024-01-19"})
    assert dated.json()["total"] == 10


def test_article_detail_shape(client: TestClient) -> None:
    body = client.get(f"/api/articles/{ARTICLE_ID}").json()
    assert {"id", "title", "published", "dateline", "url", "text", "quotes", "events", "actors",
            "places"} <= set(body)
    q = body["quotes"][0]
    assert {"idx", "kind", "text", "start", "end", "cue", "cue_start", "cue_end",
            "speaker_name", "speaker_country", "speaker_code", "speaker_text",
            "speaker_start", "speaker_end", "rule"} <= set(q)
    assert body["text"][q["start"]:q["end"]] == q["text"]
    ev = body["events"][0]
    assert {"id", "idx", "source_name", "source_country", "source_code", "target_name",
            "target_country", "target_code", "cameo", "root", "quad_class", "goldstein",
            "plover", "sentence", "start", "end", "event_text", "pattern", "confidence",
            "negated", "hypothetical", "reported", "background", "event_date", "quote_idx",
            "place_name", "lat", "lon"} <= set(ev)
    assert body["text"][ev["start"]:ev["end"]] == ev["sentence"]
    assert ev["place_name"] == "Pakistan" and ev["negated"] is False
    actor = body["actors"][0]
    assert {"entity_id", "name", "country", "code", "sector", "role", "kind", "evidence",
            "mentions"} <= set(actor)
    assert body["places"][0]["name"] == "Kabul"
    missing = client.get("/api/articles/no-such-id")
    assert missing.status_code == 404 and "no-such-id" in missing.json()["detail"]


def test_quotes_list_and_top(client: TestClient) -> None:
    body = client.get("/api/quotes", params={"speaker": "Qomi"}).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["article_id"] == ARTICLE_ID and item["article_title"] and item["published"]
    assert client.get("/api/quotes", params={"country": "PAK"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"q": "stability"}).json()["total"] == 1
    top = client.get("/api/quotes/top", params={"by": "country"}).json()
    assert top[0]["speaker_country"] == "IRN" and top[0]["n_quotes"] == 1


def test_events_filters_sorts_and_pages(client: TestClient) -> None:
    body = client.get("/api/events", params={"dyad": "IRN-PAK", "limit": 7}).json()
    assert body["total"] == 31 and len(body["items"]) == 7
    assert {"article_id", "article_title"} <= set(body["items"][0])
    assert client.get("/api/events", params={"dyad": "PAK-IRN"}).json()["total"] == 31
    assert client.get("/api/events", params={"dyad": "PAK-IRN", "directed": "true"}
                      ).json()["total"] == 0
    assert client.get("/api/events", params={"source": "USA"}).json()["total"] == 30
    assert client.get("/api/events", params={"target": "AFG"}).json()["total"] == 31
    assert client.get("/api/events", params={"root": "19"}).json()["total"] == 1
    assert client.get("/api/events", params={"cameo": "11"}).json()["total"] == 30
    assert client.get("/api/events", params={"quad_class": 4}).json()["total"] == 1
    assert client.get("/api/events", params={"actor": "IGOUNO"}).json()["total"] == 30
    assert client.get("/api/events", params={"country": "AFG"}).json()["total"] == 31
    assert client.get("/api/events", params={"q": "militant"}).json()["total"] == 1
    # Word search combined with a date range, a dyad and an unindexed sort order.
    for extra in ({"start": "2024-02-01"}, {"dyad": "IRN-PAK", "sort": "goldstein"},
                  {"sort": "-mentions"}, {"start": "2024-01-01", "end": "2024-01-31"}):
        found = client.get("/api/events", params={"q": "militant", **extra}).json()
        expected = 0 if extra.get("end") == "2024-01-31" else 1
        assert found["total"] == len(found["items"]) == expected, extra
    assert client.get("/api/events", params={"start": "2024-02-01"}).json()["total"] == 2
    ids = []
    for offset in (0, 40, 80):
        page = client.get("/api/events", params={"sort": "goldstein", "limit": 40,
                                                 "offset": offset}).json()
        ids += [e["id"] for e in page["items"]]
    assert len(ids) == len(set(ids)) == 92
    top = client.get("/api/events", params={"sort": "-goldstein", "limit": 1}).json()
    assert top["items"][0]["goldstein"] == 7.0


def test_actors(client: TestClient) -> None:
    body = client.get("/api/actors", params={"limit": 3}).json()
    assert body["total"] >= 5 and len(body["items"]) == 3
    assert {"name", "country", "code", "sector", "n_events", "n_quotes"} <= set(body["items"][0])
    iran = client.get("/api/actors", params={"q": "iran"}).json()["items"]
    assert iran[0]["name"] == "Iran" and iran[0]["n_events"] == 61
    assert client.get("/api/actors", params={"country": "IRN"}).json()["total"] == 2


def test_dyads_series_network_alerts_places(client: TestClient) -> None:
    dyads = client.get("/api/dyads/top", params={"limit": 2}).json()
    assert [(d["source"], d["target"], d["n_events"]) for d in dyads] == [
        ("IRN", "PAK", 31), ("IGOUNO", "AFG", 30)]
    assert set(dyads[0]) >= {"source", "target", "n_events", "goldstein_mean", "coop", "conflict"}
    series = client.get("/api/series", params={"source": "IRN", "target": "PAK",
                                               "interval": "month"}).json()
    assert series["interval"] == "month" and len(series["points"]) == 2
    feb = series["points"][1]
    assert feb["period"] == "2024-02-01" and feb["n_events"] == 1 and feb["index"] == -1.0
    assert len(feb["event_ids"]) == 1
    net = client.get("/api/network", params={"min_weight": 30}).json()
    assert {(e["source"], e["target"]) for e in net["edges"]} == {
        ("IRN", "PAK"), ("USA", "IRN"), ("IGOUNO", "AFG")}
    assert {n["id"] for n in net["nodes"]} == {"IRN", "PAK", "USA", "IGOUNO", "AFG"}
    alerts = client.get("/api/alerts", params={"interval": "day", "window": 7,
                                               "min_events": 1}).json()
    assert [(a["source"], a["target"], a["period"]) for a in alerts] == [
        ("IRN", "PAK", "2024-02-14")]
    assert alerts[0]["events"][0]["article_id"] == ARTICLE_ID
    places = client.get("/api/places").json()
    assert places[0]["name"] == "Pakistan" and places[0]["n_events"] == 1


def test_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "collective security"}).json()
    assert body["items"][0]["article_id"] == ARTICLE_ID
    arts = client.get("/api/search", params={"q": "militant", "table": "articles"}).json()
    assert arts["items"][0]["id"] == ARTICLE_ID


@pytest.mark.parametrize("path,params", [
    ("/api/articles", {"start": "2024-13-01"}),
    ("/api/articles", {"start": "yesterday"}),
    ("/api/articles", {"start": "2024-03-01", "end": "2024-02-01"}),
    ("/api/articles", {"limit": 0}),
    ("/api/articles", {"limit": 100000}),
    ("/api/articles", {"offset": -1}),
    ("/api/articles", {"limit": "ten"}),
    ("/api/articles", {"q": "!!!"}),
    ("/api/quotes", {"end": "2024-02-30"}),
    ("/api/events", {"sort": "goldstein; DROP TABLE events"}),
    ("/api/events", {"sort": "title"}),
    ("/api/events", {"dyad": "IRN"}),
    ("/api/events", {"dyad": "IRN-PAK-AFG"}),
    ("/api/events", {"dyad": "IRN-' OR 1=1 --"}),
    ("/api/events", {"quad_class": 7}),
    ("/api/events", {"cameo": "abc"}),
    ("/api/events", {"root": "1"}),
    ("/api/events", {"country": "I R N"}),
    ("/api/series", {"source": "IRN"}),
    ("/api/series", {"source": "IRN", "target": "PAK", "interval": "year"}),
    ("/api/series", {"source": "IRN", "target": "PAK", "interval": "day",
                     "start": "1900-01-01", "end": "2024-01-01"}),
    ("/api/network", {"min_weight": 0}),
    ("/api/alerts", {"window": 1}),
    ("/api/alerts", {"threshold": -1}),
    ("/api/alerts", {"interval": "fortnight"}),
    ("/api/dyads/top", {"limit": 0}),
    ("/api/places", {"start": "2024/01/01"}),
    ("/api/search", {}),
    ("/api/search", {"q": "x", "table": "events"}),
])
def test_bad_parameters_are_4xx_with_message(client: TestClient, path: str,
                                             params: dict[str, object]) -> None:
    r = client.get(path, params=params)
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail


def test_openapi_and_static_dashboard(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events",
                 "/api/actors", "/api/dyads/top", "/api/series", "/api/network", "/api/alerts",
                 "/api/places", "/api/stats"):
        assert path in schema["paths"]
    home = client.get("/")
    assert home.status_code == 200 and "text/html" in home.headers["content-type"]


def test_unknown_api_path_is_json_404(client: TestClient) -> None:
    r = client.get("/api/nothing/here")
    assert r.status_code == 404 and r.json()["detail"] == "no such endpoint: /api/nothing/here"


def test_api_responses_carry_no_sniff_headers(client: TestClient) -> None:
    r = client.get("/api/stats")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in r.headers["content-security-policy"]
