"""URLs, fetched from a local http.server on 127.0.0.1 only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tidings.config import Settings
from tidings.errors import InputError
from tidings.ingest.web import read_url

from .helpers import FIXTURES, run

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/feeds/asia.rss": (200, "application/rss+xml; charset=utf-8",
                        (FIXTURES / "feed.rss").read_bytes()),
    "/feeds/releases": (200, "text/xml", (FIXTURES / "feed.atom").read_bytes()),
    "/a/diplomat.html": (200, "text/html; charset=utf-8",
                         (FIXTURES / "voa-diplomat.html").read_bytes()),
    "/logo.png": (200, "image/png", (FIXTURES / "image.png").read_bytes()),
    "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.0)
        status, content_type, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_feed_from_url(server: str) -> None:
    url = f"{server}/feeds/asia.rss"
    outcome = run(url)
    assert [a.published for a in outcome.articles] == [date(2024, 7, 11), date(2023, 10, 27)]
    assert [a.source for a in outcome.articles] == [f"{url}#entry0", f"{url}#entry1"]
    assert outcome.articles[0].url is not None
    assert outcome.articles[0].url.startswith("https://www.voanews.com/")
    assert outcome.reasons() == ["feed entry has no content or summary"]


def test_generic_xml_content_type_is_sniffed(server: str) -> None:
    outcome = run(f"{server}/feeds/releases")
    assert outcome.articles[0].title == "Statement on coalition strikes against Houthi targets"


def test_html_page_from_url(server: str) -> None:
    url = f"{server}/a/diplomat.html"
    article = run(url).one()
    assert article.source == url
    assert article.id == run(url, settings=Settings()).one().id  # hash of the URL, stable
    assert article.dateline == "ISLAMABAD"
    assert article.text.startswith("Pakistan’s chief diplomat")


def test_url_failures_are_rejections(server: str) -> None:
    outcome = run(f"{server}/missing", f"{server}/logo.png", f"{server}/big.html",
                  settings=Settings(max_file_bytes=1000))
    assert outcome.articles == []
    assert outcome.reasons() == [
        "HTTP 404 Not Found fetching URL",
        "unsupported content type: image/png",
        "response is 5,007 bytes, over the 1,000-byte limit",
    ]
    assert {r.status for r in outcome.rejected} == {"failed"}


def test_fetch_timeout(server: str) -> None:
    with pytest.raises(InputError, match=r"cannot fetch URL: .*timed out"):
        list(read_url(f"{server}/slow", Settings(), timeout=0.2))


def test_unreachable_host() -> None:
    (rejected,) = run("http://127.0.0.1:9/nothing-listens-here").rejected
    assert rejected.reason.startswith("cannot fetch URL:")


def test_plain_text_url(server: str) -> None:
    ROUTES["/wire.txt"] = (200, "text/plain; charset=utf-8",
                           (FIXTURES / "tehran-envoy.txt").read_bytes())
    article = run(f"{server}/wire.txt").one()
    assert article.dateline == "TEHRAN" and article.published == date(2024, 2, 14)
    assert len(article.id) == 16
