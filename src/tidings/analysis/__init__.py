"""Analyses over the store: dyad series, the actor network, escalation alerts, quotes,
browsing and search, and the GDELT 2.0 export. Every function takes a store (anything
with ``query(sql, params)``) and returns plain JSON-ready data."""

from tidings.analysis.alerts import AlertParams, escalation_alerts
from tidings.analysis.browse import (
    get_article,
    list_actors,
    list_articles,
    list_quotes,
    speaker_flags,
    store_stats,
)
from tidings.analysis.common import (
    INTERVALS,
    AnalysisError,
    DateRange,
    QueryStore,
    parse_date,
    parse_dyad,
    parse_interval,
    parse_key,
)
from tidings.analysis.events import EVENT_SORTS, EventFilter, list_events, places_summary, top_dyads
from tidings.analysis.gdelt import GDELT_COLUMNS, export_gdelt, gdelt_rows
from tidings.analysis.icews import ICEWS_COLUMNS, export_icews, icews_rows
from tidings.analysis.network import actor_network, network_graph, write_network
from tidings.analysis.pages import MAX_LIMIT, Page
from tidings.analysis.quotes import top_quoted
from tidings.analysis.series import coop_conflict_index, dyad_series, event_weight

__all__ = [
    "EVENT_SORTS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "INTERVALS",
    "MAX_LIMIT",
    "AlertParams",
    "AnalysisError",
    "DateRange",
    "EventFilter",
    "Page",
    "QueryStore",
    "actor_network",
    "coop_conflict_index",
    "dyad_series",
    "escalation_alerts",
    "event_weight",
    "export_gdelt",
    "export_icews",
    "gdelt_rows",
    "get_article",
    "icews_rows",
    "list_actors",
    "list_articles",
    "list_events",
    "list_quotes",
    "network_graph",
    "parse_date",
    "parse_dyad",
    "parse_interval",
    "parse_key",
    "places_summary",
    "speaker_flags",
    "store_stats",
    "top_dyads",
    "top_quoted",
    "write_network",
]
