"""Fixtures for the browser tests: a database, the real API server, headless Chromium.

Chromium is Debian's (``/usr/bin/chromium``, or ``TIDINGS_CHROMIUM``) driven by
Playwright; ``playwright install`` is never used. Without it the tests skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tidings.config import Settings

from .corpus import build_database

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def chromium_path() -> str | None:
    path = os.environ.get("TIDINGS_CHROMIUM", "/usr/bin/chromium")
    return path if Path(path).exists() else shutil.which("chromium")


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where page screenshots go: ``TIDINGS_SCREENSHOTS``, else pytest's temp dir."""
    if not os.environ.get("TIDINGS_SCREENSHOTS"):
        return tmp_path_factory.mktemp("screenshots")
    path = Path(os.environ["TIDINGS_SCREENSHOTS"])
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Settings:
    return build_database(tmp_path_factory.mktemp("webdb") / "web.db", settings)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server(web_settings: Settings) -> Iterator[str]:
    """The real API app under uvicorn on 127.0.0.1 and a free port; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    try:
        from tidings.api import create_app
    except ImportError as exc:  # the API package not written yet: say so, do not fail
        if "tidings.api" not in str(exc) and "create_app" not in str(exc):
            raise
        pytest.skip(f"tidings.api.create_app is not available: {exc}")

    yield from serve(uvicorn, create_app(web_settings))


def serve(uvicorn: Any, app: Any) -> Iterator[str]:
    """Run ``app`` under uvicorn on 127.0.0.1 and a free port until the generator is
    closed; yields its base URL."""
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    exe = chromium_path()
    if exe is None:
        pytest.skip("Chromium not found (install Debian's chromium: scripts/ci-browser.sh)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Recorder:
    """Everything a page did that the tests check afterwards."""

    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def external(self) -> list[str]:
        out = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in {"data", "blob", "about"}:
                continue
            if parts.hostname not in LOCAL_HOSTS:
                out.append(url)
        return out


ALL_REQUESTS: list[str] = []


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[tuple[Any, Recorder]]:
    """A fresh page that records requests, dialogs and uncaught errors."""
    rec = Recorder()
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.on("request", lambda r: (rec.requests.append(r.url), ALL_REQUESTS.append(r.url)))
    pg.on("dialog", lambda d: (rec.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: rec.errors.append(str(e)))
    yield pg, rec
    context.close()
