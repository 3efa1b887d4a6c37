"""Cue lists (negation, modality, intent, time) and code re-mappings, loaded from data files."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from tidings.events.codebook import data_rows

__all__ = ["cue_lines", "cue_values", "cues", "remap"]


@cache
def _table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for _, row in data_rows("cues.tsv"):
        out[row["kind"]][row["lemma"]] = row["value"]
    return dict(out)


@cache
def cues(kind: str) -> frozenset[str]:
    """The lemmas listed under ``kind`` in ``cues.tsv``."""
    return frozenset(_table().get(kind, {}))


def cue_values(kind: str) -> dict[str, str]:
    return dict(_table().get(kind, {}))


@cache
def cue_lines(kind: str) -> dict[str, tuple[str, int]]:
    """Lemma listed under ``kind`` -> (its value, its line in ``cues.tsv``, for pattern ids)."""
    return {row["lemma"]: (row["value"], n) for n, row in data_rows("cues.tsv")
            if row["kind"] == kind}


@cache
def _maps() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for _, row in data_rows("code_maps.tsv"):
        out[row["map"]][row["from"]] = row["to"]
    return dict(out)


def remap(kind: str, code: str) -> str | None:
    """``code`` re-mapped by the ``kind`` table of ``code_maps.tsv`` (longest prefix), if listed."""
    table = _maps().get(kind, {})
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None
