"""Fixtures for events tests."""

from __future__ import annotations

from typing import Any

import pytest

from events.helpers import AFG, IRN, IRQ, PAK, QOMI, USA, MakeDoc, build_doc
from tidings.document import Document
from tidings.records import Actor


@pytest.fixture(scope="session")
def make_doc(nlp: Any) -> MakeDoc:
    def make(text: str, actors: dict[str, Actor] | None = None, **kw: Any) -> Document:
        default = {"Iran": IRN, "Tehran": IRN, "Pakistan": PAK, "Islamabad": PAK,
                   "Kabul": AFG, "Afghanistan": AFG, "Iraq": IRQ, "Americans": USA,
                   "United States": USA, "Qomi": QOMI}
        return build_doc(nlp, text, actors if actors is not None else default, **kw)

    return make
