"""Events: who did what to whom, coded in CAMEO (with Goldstein, quad class and PLOVER)."""

from tidings.events.codebook import CameoCode, UnknownCodeError, codebook, lookup
from tidings.events.stage import code_events, events_settings, events_stage, fold

__all__ = ["CameoCode", "UnknownCodeError", "code_events", "codebook", "events_settings",
           "events_stage", "fold", "lookup"]
