"""Escalation alerts (firing and not), listings, quotes leaders and the GDELT export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.helpers import document, event, save, week
from tidings.analysis import (
    GDELT_COLUMNS,
    AlertParams,
    AnalysisError,
    DateRange,
    EventFilter,
    Page,
    escalation_alerts,
    export_gdelt,
    get_article,
    list_actors,
    list_articles,
    list_events,
    list_quotes,
    places_summary,
    top_dyads,
    top_quoted,
)
from tidings.records import Place, Quote
from tidings.store import Store


@pytest.fixture
def alert_store(store: Store) -> Store:
    docs = []
    for w in range(12):
        # IRN-PAK: one mild accusation (-2) a week, then a burst of strikes in week 10.
        evs = [event("IRN", "PAK", "112", -2.0, week(w))]
        # USA-IRN: steady conflict every week (3 events of -5): high but not rising.
        evs += [event("USA", "IRN", c, -5.0, week(w, 1)) for c in ("172", "173", "174")]
        if w == 10:
            evs += [event("IRN", "PAK", c, -10.0, week(w, 2 + i), sentence=f"Strike {i}.")
                    for i, c in enumerate(("190", "193", "195", "194"))]
        if w == 11:  # a single severe event in AFG-PAK: below min_events
            evs.append(event("PAK", "AFG", "190", -10.0, week(w, 3)))
        docs.append(document(f"w{w}", week(w), evs))
    save(store, *docs)
    return store


def test_alert_fires_on_burst_with_causing_events(alert_store: Store) -> None:
    alerts = escalation_alerts(alert_store)
    assert [(a["source"], a["target"], a["period"]) for a in alerts] == [
        ("IRN", "PAK", week(10).isoformat())]
    a = alerts[0]
    assert a["value"] == pytest.approx(42.0)  # 2 + 4 * 10
    assert a["baseline_mean"] == pytest.approx(2.0) and a["baseline_std"] == 0.0
    assert a["z"] == pytest.approx((42 - 2) / 2.0)  # std floored at min_std = 2
    assert len(a["events"]) == 5
    assert [e["goldstein"] for e in a["events"]][:4] == [-10.0] * 4
    assert all(e["article_id"] == "w10" for e in a["events"])


def test_alert_thresholds_and_windows(alert_store: Store) -> None:
    # A huge threshold silences it; min_events=1 lets the single AFG-PAK strike through.
    assert escalation_alerts(alert_store, params=AlertParams(threshold=50)) == []
    loose = escalation_alerts(alert_store, params=AlertParams(min_events=1))
    assert {(a["source"], a["target"]) for a in loose} == {("IRN", "PAK"), ("AFG", "PAK")}
    # Outside the requested period: nothing.
    assert escalation_alerts(alert_store, DateRange(week(11), week(11, 6))) == []
    # Periods without a full window of history are never judged.
    # (history starts in week 0, so with an 11-week window only week 11 is judged).
    late = escalation_alerts(alert_store, params=AlertParams(window=11, min_events=1))
    assert [(a["source"], a["target"], a["period"]) for a in late] == [
        ("AFG", "PAK", week(11).isoformat())]
    with pytest.raises(AnalysisError):
        AlertParams(window=1)
    # Directed: the burst is IRN -> PAK.
    directed = escalation_alerts(alert_store, params=AlertParams(directed=True))
    assert [(a["source"], a["target"]) for a in directed] == [("IRN", "PAK")]


def test_listings_filters_pagination_and_sorts(alert_store: Store) -> None:
    page1 = list_events(alert_store, EventFilter(dyad="IRN-PAK"), sort="-goldstein",
                        page=Page(limit=5))
    assert page1["total"] == 16 and len(page1["items"]) == 5
    page2 = list_events(alert_store, EventFilter(dyad="IRN-PAK"), sort="-goldstein",
                        page=Page(limit=5, offset=5))
    assert not {e["id"] for e in page1["items"]} & {e["id"] for e in page2["items"]}
    assert page1["items"][0]["goldstein"] == -2.0 and page1["items"][0]["article_title"]
    assert list_events(alert_store, EventFilter(root="19"))["total"] == 5
    assert list_events(alert_store, EventFilter(cameo="17"))["total"] == 36
    assert list_events(alert_store, EventFilter(quad_class=4, source="PAK"))["total"] == 1
    assert list_events(alert_store, EventFilter(q="strike 2"))["total"] == 1
    assert list_events(alert_store, EventFilter(actor="usa"),
                       DateRange(week(0), week(0, 6)))["total"] == 3
    with pytest.raises(AnalysisError):
        list_events(alert_store, sort="goldstein; DROP TABLE events")
    with pytest.raises(AnalysisError):
        Page(limit=0)
    dyads = top_dyads(alert_store, limit=2)
    assert [(d["source"], d["target"], d["n_events"]) for d in dyads] == [
        ("USA", "IRN", 36), ("IRN", "PAK", 16)]
    assert dyads[0]["conflict"] == 36 and dyads[0]["coop"] == 0
    arts = list_articles(alert_store, country="PAK", page=Page(limit=3))
    assert arts["total"] == 12 and [a["id"] for a in arts["items"]] == ["w11", "w10", "w9"]
    assert arts["items"][1]["n_events"] == 8
    actors = list_actors(alert_store, country="USA")
    assert actors["items"][0]["name"] == "United States"
    assert actors["items"][0]["n_events"] == 36


def test_quotes_places_and_article_detail(store: Store) -> None:
    text = ('Kazemi Qomi said "regional stability rests on collective security" in Kabul. '
            "Iran struck targets in Pakistan.")
    qs = text.index("regional")
    quote = Quote("direct", "regional stability rests on collective security", qs, qs + 47,
                  cue="said", cue_start=12, cue_end=16,
                  speaker=event("IRNGOV", "PAK", "010", 0.0, None).source,
                  speaker_text="Kazemi Qomi", speaker_start=0, speaker_end=11, rule="test")
    kabul = Place("Kabul", 72, 77, "AFG", 34.53, 69.17, "city", 1138958)
    doc = document("q1", date(2024, 2, 14), [
        event("IRN", "PAK", "190", -10.0, date(2024, 2, 14), sentence=text[79:], start=79,
              place=Place("Pakistan", 103, 111, "PAK", 30.0, 70.0, "country", 1168579))],
        text=text, quotes=(quote,), places=(kabul,))
    save(store, doc)
    quotes = list_quotes(store, speaker="kazemi", q="collective security")
    assert quotes["total"] == 1
    item = quotes["items"][0]
    assert (item["start"], item["end"], item["article_id"]) == (qs, qs + 47, "q1")
    assert text[item["start"]:item["end"]] == item["text"]
    assert list_quotes(store, q="missing words")["total"] == 0
    leaders = top_quoted(store, by="country")
    assert leaders[0]["speaker_country"] == "IRN" and leaders[0]["n_quotes"] == 1
    assert leaders[0]["quotes"][0]["text"].startswith("regional")
    places = places_summary(store)
    assert places == [{"name": "Pakistan", "lat": 30.0, "lon": 70.0, "country": "PAK",
                       "n_events": 1, "event_ids": [places[0]["event_ids"][0]]}]
    art = get_article(store, "q1")
    assert art is not None and art["text"] == text
    assert art["events"][0]["place_name"] == "Pakistan" and art["events"][0]["negated"] is False
    assert art["places"][0]["name"] == "Kabul"
    assert art["actors"] and isinstance(art["actors"][0]["mentions"], list)
    assert get_article(store, "nope") is None


def test_gdelt_export_columns_and_mapping(store: Store, tmp_path: Path) -> None:
    place = Place("Panjgur", 0, 7, "PAK", 26.96, 64.09, "city", 1168197)
    save(store,
         document("g1", date(2024, 1, 18), [
             event("IRN", "PAK", "195", -10.0, date(2024, 1, 16), place=place),
             event("IGOUNO", "IRN", "112", -2.0, date(2024, 1, 17))], places=(place,)),
         document("g2", date(2024, 1, 19), [event("IRN", "PAK", "195", -10.0, date(2024, 1, 16))]))
    path = tmp_path / "events.tsv"
    assert export_gdelt(store, path) == 2
    lines = path.read_text("utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, ln.split("\t"), strict=True)) for ln in lines]
    assert len(GDELT_COLUMNS) == 61 and all(len(ln.split("\t")) == 61 for ln in lines)
    strike, igo = rows
    assert strike["SQLDATE"] == "20240116" and strike["MonthYear"] == "202401"
    assert strike["Actor1Code"] == "IRN" and strike["Actor1Name"] == "IRAN"
    assert strike["Actor1CountryCode"] == "IRN" and strike["Actor2CountryCode"] == "PAK"
    assert (strike["EventCode"], strike["EventBaseCode"], strike["EventRootCode"]) == (
        "195", "195", "19")
    assert strike["QuadClass"] == "4" and strike["GoldsteinScale"] == "-10.0"
    assert strike["NumMentions"] == "2" and strike["NumArticles"] == "2"  # folded report
    assert strike["IsRootEvent"] == "1" and igo["IsRootEvent"] == "0"
    assert strike["ActionGeo_Type"] == "3" and strike["ActionGeo_CountryCode"] == "PK"
    assert strike["ActionGeo_Lat"] == "26.9600" and strike["ActionGeo_FeatureID"] == "1168197"
    assert strike["SOURCEURL"] == "https://example.org/g1" and len(strike["DATEADDED"]) == 14
    assert igo["Actor1Code"] == "IGOUNO" and igo["Actor1CountryCode"] == ""
    assert igo["ActionGeo_Type"] == "" and igo["AvgTone"] == ""
    header = tmp_path / "h.tsv"
    export_gdelt(store, header, DateRange(date(2024, 1, 17), None), header=True)
    assert header.read_text("utf-8").splitlines()[0].split("\t")[0] == "GLOBALEVENTID"
    assert len(header.read_text("utf-8").splitlines()) == 2
