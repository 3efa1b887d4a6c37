"""One-sided events (issue #5): the record's rule and the JSON contract of ``tidings extract``."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

from tidings.contract import document_json, event_json
from tidings.document import Document
from tidings.records import Actor, Article, Event

IRAN = Actor("Iran", "IRN", "IRNGOV", "GOV")


def _event(source: Actor | None, target: Actor | None) -> Event:
    return Event(source=source, target=target, cameo="141", root="14", quad_class=3,
                 goldstein=-6.5, sentence="Thousands demonstrated.", start=0, end=23,
                 event_date=date(2024, 2, 14))


def test_an_event_needs_at_least_one_side() -> None:
    with pytest.raises(ValueError, match="neither a source nor a target"):
        _event(None, None)
    assert _event(IRAN, None).one_sided and _event(None, IRAN).one_sided
    assert not _event(IRAN, IRAN).one_sided
    # Frozen, hashable and picklable as before (worker processes, Spark).
    blank = _event(None, IRAN)
    assert pickle.loads(pickle.dumps(blank)) == blank and hash(blank) == hash(_event(None, IRAN))


def test_contract_writes_a_missing_side_as_null() -> None:
    doc = Document(article=Article(id="x", text="Thousands demonstrated."),
                   events=(_event(IRAN, None), _event(None, IRAN)))
    events = json.loads(json.dumps(document_json(doc)))["events"]
    assert events[0]["target"] is None and events[0]["source"]["code"] == "IRNGOV"
    assert events[1]["source"] is None and events[1]["target"]["name"] == "Iran"
    # Every other field keeps its two-sided shape.
    assert set(events[0]) == set(event_json(_event(IRAN, IRAN)))


def test_setting_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.config import load_settings

    monkeypatch.setenv("TIDINGS_CONFIG", "/nonexistent/tidings.toml")
    monkeypatch.setenv("TIDINGS_ONE_SIDED_EVENTS", "yes")
    assert load_settings().one_sided_events is True
    monkeypatch.setenv("TIDINGS_ONE_SIDED_EVENTS", "0")
    assert load_settings().one_sided_events is False
