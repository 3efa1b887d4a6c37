"""Places: place mentions resolved offline to coordinates and a country."""

from tidings.geo.stage import places_stage

__all__ = ["places_stage"]
