"""Places: place mentions resolved offline to coordinates and a country."""

from tidings.geo.gazetteer import Candidate, Gazetteer, load_gazetteer
from tidings.geo.generic import Exclusions, exclusions, locate_generic_sides
from tidings.geo.stage import find_places, places_stage, resolve_dateline

__all__ = ["Candidate", "Exclusions", "Gazetteer", "exclusions", "find_places", "load_gazetteer",
           "locate_generic_sides", "places_stage", "resolve_dateline"]
