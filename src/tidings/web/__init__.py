"""The web dashboard: static files only (HTML, ES modules, CSS, vendored libraries).

The API (:mod:`tidings.api`) serves :data:`STATIC_DIR` at ``/``; nothing here
runs on the server, and the page fetches nothing outside the server it came from.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["STATIC_DIR"]

STATIC_DIR: Path = Path(__file__).resolve().parent / "static"
