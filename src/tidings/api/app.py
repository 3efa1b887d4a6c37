"""The FastAPI application: JSON under ``/api``, the dashboard's static files at ``/``.

Reads are open; ingest needs the bearer token of ``Settings.api_token``. Every error a
client can cause comes back as a 4xx JSON ``{"detail": ...}``, never a 500: analysis
parameter errors are 400, validation errors 422, oversized bodies 413.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tidings import __version__
from tidings.analysis import AnalysisError
from tidings.config import Settings, load_settings
from tidings.errors import StoreError, TidingsError
from tidings.store import Store, open_store

__all__ = ["STATIC_DIR", "StorePool", "create_app"]

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"
# JSON is data: a browser must never sniff it into HTML or run anything from it.
_API_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
}


class StorePool:
    """One store connection per worker thread (SQLite connections are not shared)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # closing at shutdown: nothing left to do with the error
                    log.debug("closing a store failed", exc_info=True)
            self._all.clear()


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, before the app reads them."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(self.limit, scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            while True:
                message = await receive()
                messages.append(message)
                size += len(message.get("body", b""))
                if size > self.limit:
                    await _too_large(self.limit, scope, receive, send)
                    return
                if message["type"] != "http.request" or not message.get("more_body"):
                    break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _too_large(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    response = JSONResponse({"detail": f"request body larger than {limit} bytes"},
                            status_code=413, headers=_API_HEADERS)
    await response(scope, receive, send)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(AnalysisError)
    async def bad_parameter(_: Request, exc: AnalysisError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(problems) or "invalid request",
                             "errors": [{"loc": list(e.get("loc", ())), "msg": e.get("msg")}
                                        for e in exc.errors()]}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_down(_: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse({"detail": "the database is unavailable"}, status_code=503)

    @app.exception_handler(TidingsError)
    async def tidings_error(_: Request, exc: TidingsError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)


def create_app(settings: Settings | None = None, pipeline: Any = None) -> FastAPI:
    """The API over ``settings.db``; ``pipeline`` (a :class:`Pipeline`) is built lazily."""
    settings = settings or load_settings()
    open_store(settings.db).close()  # fail fast on a bad URL; migrate once, up front
    pool = StorePool(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="Tidings API", version=__version__, lifespan=lifespan,
                  description="Evidence-linked event data from news. See docs/api.md.")
    app.state.settings = settings
    app.state.pool = pool
    app.state.pipeline = pipeline
    app.state.pipeline_lock = threading.Lock()
    _handlers(app)

    @app.middleware("http")
    async def api_headers(request: Request,
                          call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        if request.url.path.startswith("/api"):
            response.headers.update(_API_HEADERS)
        return response

    from tidings.api.ingest import router as ingest_router
    from tidings.api.routes import router

    app.include_router(ingest_router)
    app.include_router(router)  # last: it ends with the JSON 404 for unknown /api paths
    if STATIC_DIR.is_dir():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="web")
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    return app
