"""Actors: who is who, resolved to a country, a sector and a CAMEO-style code."""

from tidings.actors.stage import actors_stage

__all__ = ["actors_stage"]
