"""Read endpoints: browsing, series, network, alerts, places, search (all open, all GET).

Handlers are plain ``def`` functions, so FastAPI runs them in its thread pool, each
thread with its own store connection. Parameters are validated here (types, ranges,
whitelists) or by :mod:`tidings.analysis` (dates, dyads, sorts): both give a 4xx.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from tidings.analysis import (
    EVENT_SORTS,
    MAX_LIMIT,
    AlertParams,
    DateRange,
    EventFilter,
    Page,
    actor_network,
    dyad_series,
    escalation_alerts,
    get_article,
    list_actors,
    list_articles,
    list_events,
    list_quotes,
    parse_date,
    parse_key,
    places_summary,
    speaker_flags,
    store_stats,
    top_dyads,
    top_quoted,
)
from tidings.store import Store

__all__ = ["router"]

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Start = Annotated[str | None, Query(description="first day, YYYY-MM-DD (inclusive)",
                                    max_length=10)]
End = Annotated[str | None, Query(description="last day, YYYY-MM-DD (inclusive)", max_length=10)]
Text = Annotated[str | None, Query(max_length=200)]
Key = Annotated[str | None, Query(max_length=40)]
IntervalQ = Annotated[Literal["day", "week", "month"], Query()]
Written = Annotated[bool, Query(description="leave out events a side of which has a country "
                                "taken from the event's place or lent from the article's "
                                "country (and rows stored before schema 7)")]
Flagged = Annotated[bool, Query(description="also list negated and hypothetical events "
                                "(never counted by the analyses)")]


def _store(request: Request) -> Store:
    store: Store = request.app.state.pool.get()
    return store


def _dates(start: str | None, end: str | None) -> DateRange:
    return DateRange(parse_date(start, "start"), parse_date(end, "end"))


@router.get("/stats", summary="What the database holds")
def stats(request: Request) -> dict[str, Any]:
    return store_stats(_store(request))


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, actor: Key = None, country: Key = None, q: Text = None,
             start: Start = None, end: End = None, limit: Limit = 50,
             offset: Offset = 0) -> dict[str, Any]:
    return list_articles(_store(request), actor=actor, country=country, q=q,
                         dates=_dates(start, end), page=Page(limit, offset))


@router.get("/articles/{article_id:path}",
            summary="One article with quotes, events, actors, places")
def article(request: Request, article_id: str) -> dict[str, Any]:
    found = get_article(_store(request), article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return found


@router.get("/quotes", summary="Quotes, newest first")
def quotes(request: Request, speaker: Key = None, country: Key = None, q: Text = None,
           start: Start = None, end: End = None, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    return list_quotes(_store(request), speaker=speaker, country=country, q=q,
                       dates=_dates(start, end), page=Page(limit, offset))


@router.get("/quotes/top", summary="Most quoted speakers or countries, optionally on a topic")
def quotes_top(request: Request, by: Literal["speaker", "country"] = "speaker",
               q: Text = None, start: Start = None, end: End = None,
               limit: Annotated[int, Query(ge=1, le=100)] = 10,
               examples: Annotated[int, Query(ge=0, le=10)] = 3) -> list[dict[str, Any]]:
    return top_quoted(_store(request), by=by, q=q, dates=_dates(start, end), limit=limit,
                      examples=examples)


@router.get("/events", summary="Coded events with the article each comes from")
def events(request: Request, actor: Key = None, country: Key = None, source: Key = None,
           target: Key = None, dyad: Annotated[str | None, Query(max_length=40)] = None,
           directed: bool = False, cameo: Annotated[str | None, Query(max_length=4)] = None,
           root: Annotated[str | None, Query(max_length=2)] = None,
           quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
           start: Start = None, end: End = None, q: Text = None,
           sort: Annotated[str, Query(description=", ".join(EVENT_SORTS))] = "-date",
           include_folded: bool = False, include_flagged: Flagged = False,
           written_countries: Written = False, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    filters = EventFilter(actor=actor, country=country, source=source, target=target, dyad=dyad,
                          directed=directed, cameo=cameo, root=root, quad_class=quad_class,
                          q=q, include_folded=include_folded, include_flagged=include_flagged,
                          written_countries=written_countries)
    return list_events(_store(request), filters, _dates(start, end), sort, Page(limit, offset))


@router.get("/actors", summary="Actors aggregated over all articles")
def actors(request: Request, country: Key = None, q: Text = None, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    return list_actors(_store(request), country=country, q=q, page=Page(limit, offset))


@router.get("/dyads/top", summary="Directed dyads with the most events")
def dyads_top(request: Request, start: Start = None, end: End = None,
              limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20, include_self: bool = False,
              written_countries: Written = False) -> list[dict[str, Any]]:
    return top_dyads(_store(request), _dates(start, end), limit, include_self,
                     written_countries)


@router.get("/series", summary="Dyad time series with the cooperation-conflict index")
def series(request: Request, source: Annotated[str, Query(max_length=40)],
           target: Annotated[str, Query(max_length=40)], interval: IntervalQ = "week",
           start: Start = None, end: End = None, directed: bool = False,
           written_countries: Written = False) -> dict[str, Any]:
    return dyad_series(_store(request), parse_key(source, "source"), parse_key(target, "target"),
                       interval, _dates(start, end), directed, written_countries)


@router.get("/network", summary="Actor network over a period")
def network(request: Request, start: Start = None, end: End = None,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            include_self: bool = False, written_countries: Written = False) -> dict[str, Any]:
    return actor_network(_store(request), _dates(start, end), min_weight, include_self,
                         written_countries)


@router.get("/alerts", summary="Escalation alerts (conflict intensity z-scores)")
def alerts(request: Request, start: Start = None, end: End = None, interval: IntervalQ = "week",
           window: Annotated[int, Query(ge=2, le=104)] = 8,
           threshold: Annotated[float, Query(gt=0, le=100)] = 3.0,
           min_events: Annotated[int, Query(ge=1, le=10_000)] = 3,
           min_std: Annotated[float, Query(gt=0, le=1000)] = 2.0,
           recent: Annotated[int, Query(ge=1, le=1000)] = 12,
           directed: bool = False, written_countries: Written = False) -> list[dict[str, Any]]:
    params = AlertParams(interval=interval, window=window, threshold=threshold,
                         min_events=min_events, min_std=min_std, directed=directed,
                         recent=recent, written_countries=written_countries)
    return escalation_alerts(_store(request), _dates(start, end), params)


@router.get("/places", summary="Places where events happened")
def places(request: Request, start: Start = None, end: End = None,
           limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict[str, Any]]:
    return places_summary(_store(request), _dates(start, end), limit)


@router.get("/search", summary="Full-text search over quotes or articles, best match first")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           table: Literal["quotes", "articles"] = "quotes",
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Offset = 0) -> dict[str, Any]:
    items = _store(request).search(table, q, limit, offset)
    # quotes: the speaker flag as a boolean, as /quotes and /articles/{id} give it
    return {"items": speaker_flags(items) if table == "quotes" else items, "limit": limit,
            "offset": offset}


@router.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                  include_in_schema=False)
def unknown(path: str) -> None:
    """Unknown API paths answer in JSON, not with the dashboard's HTML 404."""
    raise HTTPException(404, f"no such endpoint: /api/{path}")
