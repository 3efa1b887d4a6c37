"""The HTTP API (FastAPI): JSON endpoints under ``/api`` and the dashboard at ``/``.

Endpoints, parameters and shapes are documented in ``docs/api.md``; the OpenAPI schema
is served at ``/openapi.json``.
"""

from tidings.api.app import STATIC_DIR, StorePool, create_app

__all__ = ["STATIC_DIR", "StorePool", "create_app"]
