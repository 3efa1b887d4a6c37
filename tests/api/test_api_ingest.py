"""Ingest over HTTP: token checks, body size limit, and script in an article kept as data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.conftest import TOKEN
from tidings.api import create_app
from tidings.config import Settings

XSS_TITLE = '<script>alert("x")</script>Iran and Pakistan'
XSS_TEXT = ('<img src=x onerror=alert(1)> Pakistan\'s foreign minister met Iranian officials '
            'in Islamabad on Tuesday. "We condemn the attack," the minister said. '
            '<script>document.cookie</script>')


@pytest.fixture(scope="module")
def token_client(tmp_path_factory: pytest.TempPathFactory,
                 pipeline) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("ingest") / "i.db"
    settings = Settings(db=f"sqlite:///{path}", api_token=TOKEN, max_request_bytes=20_000)
    with TestClient(create_app(settings, pipeline=pipeline)) as c:
        yield c


def _post(client: TestClient, body: object, token: str | None = TOKEN) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post("/api/articles", json=body, headers=headers)


def test_ingest_disabled_without_configured_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"title": "t", "text": "Some text here."},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_ingest_rejects_missing_and_wrong_token(token_client: TestClient) -> None:
    for token in (None, "wrong", TOKEN + "x", ""):
        r = _post(token_client, {"title": "t", "text": "Iran met Pakistan."}, token)
        assert r.status_code == 401, token
    r = token_client.post("/api/articles", json={"text": "x"},
                          headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    assert token_client.get("/api/stats").json()["articles"] == 0


def test_ingest_with_token_runs_pipeline_and_keeps_markup_as_data(
        token_client: TestClient) -> None:
    r = _post(token_client, {"id": "xss-1", "title": XSS_TITLE, "text": XSS_TEXT,
                             "published": "2024-02-14", "url": "https://example.org/x"})
    assert r.status_code == 201, r.text
    assert r.json() == {"stored": ["xss-1"], "duplicates": [], "rejected": []}
    again = _post(token_client, [{"id": "xss-1", "title": XSS_TITLE, "text": XSS_TEXT}])
    assert again.json()["duplicates"] == ["xss-1"]
    art = token_client.get("/api/articles/xss-1")
    assert art.headers["content-type"].startswith("application/json")
    body = art.json()
    # Stored and returned byte for byte: escaping is the dashboard's job, not the store's.
    assert body["title"] == XSS_TITLE
    assert "<script>document.cookie</script>" in body["text"]
    assert body["published"] == "2024-02-14"
    assert art.headers["x-content-type-options"] == "nosniff"
    slashed = _post(token_client, {"id": "feed/2024/02/14", "text": "Iran and Pakistan met."})
    assert slashed.json()["stored"] == ["feed/2024/02/14"]
    assert token_client.get("/api/articles/feed/2024/02/14").json()["id"] == "feed/2024/02/14"
    listed = token_client.get("/api/articles", params={"q": "Islamabad"}).json()
    assert listed["items"][0]["title"] == XSS_TITLE
    assert any("condemn the attack" in q["text"] for q in body["quotes"])


def test_ingest_validation_and_size_limit(token_client: TestClient) -> None:
    assert _post(token_client, {"title": "no text"}).status_code == 422
    assert _post(token_client, []).status_code == 422
    big = {"title": "big", "text": "word " * 10_000}
    r = _post(token_client, big)
    assert r.status_code == 413 and "larger" in r.json()["detail"]
    r = token_client.post("/api/articles", content=b"{" * 30_000,
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "application/json"})
    assert r.status_code == 413
    bad_json = token_client.post("/api/articles", content=b"{not json",
                                 headers={"Authorization": f"Bearer {TOKEN}",
                                          "Content-Type": "application/json"})
    assert bad_json.status_code == 422


def test_ingest_rejects_non_english(token_client: TestClient) -> None:
    r = _post(token_client, {"title": "fr", "text": "Le ministre iranien des Affaires "
                             "étrangères a rencontré son homologue pakistanais à Islamabad "
                             "mardi pour discuter de la sécurité régionale."})
    assert r.status_code == 201
    assert r.json()["stored"] == [] and "non-English" in r.json()["rejected"][0]["reason"]
