"""Events: who did what to whom, coded in CAMEO."""

from tidings.events.stage import events_stage

__all__ = ["events_stage"]
