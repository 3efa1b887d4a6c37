from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from analysis.helpers import document, event, save
from pgtest import fresh_schema_url
from tidings.api import create_app
from tidings.config import Settings
from tidings.records import Place, Quote
from tidings.store import open_store

TOKEN = "s3cret-token-for-tests"


def _fill(url: str) -> None:
    store = open_store(url)
    text = ('Special Envoy Hassan Kazemi Qomi said "regional stability rests on collective '
            'security" in Kabul. Iran struck militant targets in Pakistan.')
    qs = text.index("regional")
    strike = text.index("Iran struck")
    quote = Quote("direct", text[qs:text.index('"', qs)], qs, text.index('"', qs), cue="said",
                  cue_start=text.index("said"), cue_end=text.index("said") + 4,
                  speaker=event("IRNGOV", "PAK", "010", 0.0, None).source,
                  speaker_text="Hassan Kazemi Qomi", speaker_start=14, speaker_end=32,
                  rule="test")
    pakistan = Place("Pakistan", text.index("Pakistan"), text.index("Pakistan") + 8, "PAK",
                     29.9, 69.3, "country", 1168579)
    docs = [document("tt-2024-02-14", date(2024, 2, 14), [
        event("IRN", "PAK", "195", -10.0, date(2024, 2, 14), sentence=text[strike:],
              start=strike, place=pakistan),
        event("IRNGOV", "AFG", "040", 1.0, date(2024, 2, 14), sentence=text[:strike - 1]),
    ], text=text, title="Iran, Pakistan and Afghanistan", quotes=(quote,),
        places=(Place("Kabul", text.index("Kabul"), text.index("Kabul") + 5, "AFG", 34.5,
                      69.2, "city", 1138958),))]
    for i in range(30):  # background: a month of IRN-PAK and USA-IRN events
        day = date(2024, 1, 1 + i)
        docs.append(document(f"bg{i:02d}", day, [
            event("IRN", "PAK", "042", 1.9, day), event("USA", "IRN", "112", -2.0, day),
            event("IGOUNO", "AFG", "070", 7.0, day)]))
    save(store, *docs)
    store.close()


PG_SCHEMA = "tidings_test_api"


def _pg_url() -> str:
    """A fresh schema of its own, so other test modules' tables are never touched."""
    return fresh_schema_url(PG_SCHEMA)


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("api") / "api.db"
        url = f"sqlite:///{path}"
    else:
        url = _pg_url()
    _fill(url)
    return url


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db_url))) as c:
        yield c
