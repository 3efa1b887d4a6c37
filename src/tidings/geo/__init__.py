"""Places: place mentions resolved offline to coordinates and a country."""

from tidings.geo.gazetteer import Candidate, Gazetteer, load_gazetteer
from tidings.geo.stage import find_places, places_stage, resolve_dateline

__all__ = ["Candidate", "Gazetteer", "find_places", "load_gazetteer", "places_stage",
           "resolve_dateline"]
