"""The data files of the quotes stage, loaded once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

__all__ = [
    "CueClass",
    "CueNoun",
    "ScareRules",
    "actor_nouns",
    "addressee_verbs",
    "adj_cues",
    "cue_class",
    "cue_nouns",
    "cue_verbs",
    "evidence_nouns",
    "evidential_adverbs",
    "lead_labels",
    "np_cues",
    "passive_cues",
    "question_cues",
    "raising_cues",
    "scare_rules",
    "stance_extent",
]

CueClass = Literal[
    "speech", "cognition", "directive", "commissive", "weak", "naming", "intention"
]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tidings.quotes").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _lemmas(name: str) -> frozenset[str]:
    """The ``lemma`` column of a one-column word list."""
    return frozenset(row["lemma"] for row in _rows(name))


@cache
def cue_verbs() -> dict[str, CueClass]:
    """Cue lemma -> class, from ``data/cue_verbs.tsv``."""
    out: dict[str, CueClass] = {}
    for row in _rows("cue_verbs.tsv"):
        out[row["lemma"]] = row["class"]  # type: ignore[assignment]
    return out


def cue_class(lemma: str) -> CueClass | None:
    return cue_verbs().get(lemma.lower())


@dataclass(frozen=True)
class CueNoun:
    """How a noun cue takes its content besides a that-clause."""

    to_clause: bool  # "his proposal to ban ..."
    preps: frozenset[str]  # "his call for a ceasefire", "her criticism of the deal"


def _content_ways(name: str) -> dict[str, CueNoun]:
    """Lemma -> :class:`CueNoun` from a table with ``to`` (y/n) and ``preps`` columns."""
    return {
        row["lemma"]: CueNoun(
            row["to"] == "y", frozenset(p for p in row["preps"].split(",") if p != "-")
        )
        for row in _rows(name)
    }


@cache
def cue_nouns() -> dict[str, CueNoun]:
    """Noun cue lemma ("view", "warning") -> :class:`CueNoun`, from ``data/cue_nouns.tsv``."""
    return _content_ways("cue_nouns.tsv")


@cache
def adj_cues() -> dict[str, CueNoun]:
    """Attitude adjective -> how it takes a content ("confident that", "critical of"),
    from ``data/adj_cues.tsv``."""
    return _content_ways("adj_cues.tsv")


@cache
def actor_nouns() -> frozenset[str]:
    """Subject head lemmas that stand for people ("voters", "critics", "most")."""
    return _lemmas("actor_nouns.tsv")


@cache
def evidence_nouns() -> frozenset[str]:
    """Subject head lemmas of documentary sources ("poll", "records", "survey")."""
    return _lemmas("evidence_nouns.tsv")


@cache
def evidential_adverbs() -> frozenset[str]:
    """Adverbs that mark a clause as reported ("reportedly"), from
    ``data/evidential_adverbs.tsv``."""
    return _lemmas("evidential_adverbs.tsv")


@cache
def lead_labels() -> frozenset[str]:
    """Section labels that open a paragraph with a colon but name no source ("Update:")."""
    return frozenset(row["label"] for row in _rows("lead_labels.tsv"))


@cache
def np_cues() -> dict[str, frozenset[str]]:
    """Verb lemma -> how its noun-phrase content attaches ("-" = direct object, else a
    preposition), from ``data/np_cues.tsv``."""
    out: dict[str, set[str]] = {}
    for row in _rows("np_cues.tsv"):
        out.setdefault(row["lemma"], set()).add(row["prep"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def addressee_verbs() -> frozenset[tuple[str, str]]:
    """(verb lemma, preposition or "-" for the object) of phrases that name an addressee or
    target when they name an actor, from ``data/addressee_verbs.tsv``."""
    return frozenset((row["lemma"], row["prep"]) for row in _rows("addressee_verbs.tsv"))


@cache
def passive_cues() -> frozenset[str]:
    """Verbs whose passive subject is an attribution's content, from ``data/passive_cues.tsv``."""
    return _lemmas("passive_cues.tsv")


@cache
def question_cues() -> frozenset[str]:
    """Verbs whose if/whether clause is the question asked, from ``data/question_cues.tsv``."""
    return _lemmas("question_cues.tsv")


@cache
def raising_cues() -> frozenset[str]:
    """Raising verbs of appearance ("seem", "appear"), from ``data/raising_cues.tsv``."""
    return _lemmas("raising_cues.tsv")


@cache
def stance_extent() -> frozenset[tuple[str, str]]:
    """(kind, value) pairs: dependents after a stance's object that belong to its content
    (``dep`` label or ``prep`` word), from ``data/stance_extent.tsv``."""
    return frozenset((row["kind"], row["value"]) for row in _rows("stance_extent.tsv"))


@dataclass(frozen=True)
class ScareRules:
    """Thresholds and prefixes of the scare-quote / title filter."""

    min_tokens_without_cue: int
    max_title_tokens: int
    prefixes: tuple[tuple[str, ...], ...]  # each a lower-cased word sequence


@cache
def scare_rules() -> ScareRules:
    params: dict[str, int] = {}
    prefixes: list[tuple[str, ...]] = []
    for row in _rows("scare_quotes.tsv"):
        if row["kind"] == "param":
            params[row["key"]] = int(row["value"])
        elif row["kind"] == "prefix":
            prefixes.append(tuple(row["key"].split()))
    return ScareRules(
        min_tokens_without_cue=params["min_tokens_without_cue"],
        max_title_tokens=params["max_title_tokens"],
        prefixes=tuple(prefixes),
    )
