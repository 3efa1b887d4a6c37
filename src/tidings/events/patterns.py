"""Verb and noun patterns: which CAMEO code a word in its context evokes.

Two sources, both data files in ``data/``:

* ``petrarch_verbs.tsv`` / ``petrarch_patterns.tsv`` / ``synsets.tsv``: the PETRARCH-2
  verb dictionary reduced to lemmas. A verb belongs to a block; every pattern of the block
  applies to every verb in it (as in PETRARCH). A pattern is two bags of lemmas: words that
  must occur before the verb (in its subject) and after it (in its objects, particles and
  prepositional phrases). ``&NAME`` elements match any lemma of that synonym set.
* ``curated_patterns.tsv``: hand-written verb rows and nominal events.

The most specific matching pattern wins (most context words; curated before PETRARCH on
ties). A winning code of ``---`` means "known non-event" and suppresses coding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from tidings.events.codebook import data_rows

__all__ = ["NounRule", "Pattern", "PatternMatch", "VerbTable", "match_verb", "noun_rules",
           "verb_blocks", "verb_lemma"]

NO_EVENT = "---"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One context pattern. ``pre``/``post`` hold alternatives per element."""

    id: str
    code: str
    reverse: bool
    pre: tuple[frozenset[str], ...]
    post: tuple[frozenset[str], ...]
    particles: tuple[str, ...]
    source: str  # "file:line"

    @property
    def specificity(self) -> int:
        return len(self.pre) + len(self.post) + len(self.particles)


@dataclass(frozen=True, slots=True)
class PatternMatch:
    pattern: Pattern
    words: frozenset[str]  # context lemmas the pattern consumed


@dataclass(frozen=True, slots=True)
class NounRule:
    id: str
    lemma: str
    preps: frozenset[str]
    code: str
    source: str
    joint: bool  # may be the joint act of a compound subject ("X and Y held talks")


@cache
def _synsets() -> dict[str, frozenset[str]]:
    # An element is one lemma, so a multi-word member stands for its last word; the heads
    # that name something else alone ("peacekeeping force" -> force) are listed in
    # synset_heads.tsv and left out.
    dropped = {(row["synset"], row["head"]) for _, row in data_rows("synset_heads.tsv")}
    words: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)
    for _, row in data_rows("synsets.tsv"):
        name, lemma = row["synset"].rstrip("_"), row["lemma"]
        (heads if " " in lemma else words)[name].add(lemma.split()[-1])
    return {k: frozenset(words[k] | {h for h in heads[k] if (k, h) not in dropped})
            for k in words.keys() | heads.keys()}


def _element(word: str) -> frozenset[str]:
    if word.startswith("&"):
        return _synsets().get(word.rstrip("_"), frozenset({word.lower()}))
    return frozenset({word.lower()})


def _elements(text: str) -> tuple[frozenset[str], ...]:
    return tuple(_element(w) for w in text.split())


@cache
def verb_blocks() -> dict[str, tuple[Pattern, ...]]:
    """Lemma -> every pattern that may fire on it, most specific first."""
    by_block: dict[str, list[tuple[str, Pattern]]] = defaultdict(list)
    for n, row in data_rows("petrarch_patterns.tsv"):
        by_block[row["block"]].append((row["verb"], Pattern(
            id=row["id"], code=row["code"], reverse=row["reverse"] == "1",
            pre=_elements(row["pre"]), post=_elements(row["post"]), particles=(),
            source=f"petrarch_patterns.tsv:{n}")))
    block_verbs: dict[str, set[str]] = defaultdict(set)
    verb_rows = list(data_rows("petrarch_verbs.tsv"))
    for _, row in verb_rows:
        block_verbs[row["block"]].add(row["lemma"])
    table: dict[str, list[Pattern]] = defaultdict(list)
    for n, row in verb_rows:
        lemma = row["lemma"]
        particles = tuple(row["particles"].split())
        context = _elements(row.get("context", ""))
        if row["code"]:
            table[lemma].append(Pattern(
                id=f"V{row['line']}", code=row["code"], reverse=False, pre=(), post=context,
                particles=particles, source=f"petrarch_verbs.tsv:{n}"))
        # A pattern written for one verb of the block ("PRESS * ON") stays with that verb;
        # applying it to every synonym ("demand ... on Thursday") misfires.
        # A multi-word verb ("carry out", "take note") lends its block's patterns to that
        # phrase only: bare "take" is no "take note" (OBSERVE) nor "take flight" (EVACUATE).
        table[lemma].extend(_restricted(p, particles, context)
                            for origin, p in by_block[row["block"]]
                            if origin == lemma or origin not in block_verbs[row["block"]])
    curated: dict[str, list[Pattern]] = defaultdict(list)
    for n, row in data_rows("curated_patterns.tsv"):
        if row["kind"] == "verb":
            # "protester *": words left of a '*' must be in the subject, as in PETRARCH.
            pre, _, post = row["context"].rpartition("*")
            pattern = Pattern(
                id=row["id"], code=row["code"], reverse=row["reverse"] == "1",
                pre=_elements(pre), post=_elements(post),
                particles=tuple(row["particles"].split()), source=f"curated_patterns.tsv:{n}")
            # "express|reaffirm|show": one row for a verb class sharing the context word.
            for lemma in row["lemma"].split("|"):
                curated[lemma].append(pattern)
    out: dict[str, tuple[Pattern, ...]] = {}
    for lemma in set(table) | set(curated):
        pats = curated[lemma] + _dedupe(table[lemma])
        # Stable sort: curated rows stay ahead of PETRARCH rows of equal specificity.
        out[lemma] = tuple(sorted(pats, key=lambda p: -p.specificity))
    # spaCy lemmatizes "staged" as "stag", "lambasted" as "lambast": look those up as the verb.
    for _, row in data_rows("lemma_aliases.tsv"):
        if row["lemma"] in out and row["alias"] not in out:
            out[row["alias"]] = out[row["lemma"]]
    return out


class _Word(Protocol):
    @property
    def lemma_(self) -> str: ...
    @property
    def lower_(self) -> str: ...
    @property
    def tag_(self) -> str: ...


@cache
def _form_aliases() -> dict[tuple[str, str], str]:
    return {(row["form"], row["spacy_lemma"]): row["lemma"]
            for _, row in data_rows("form_aliases.tsv")}


def verb_lemma(token: _Word) -> str:
    """The dictionary lemma of a verb token: spaCy's lemma, except for the regular forms
    its rule lemmatizer files under another verb ("hoped" -> hop, whose past is "hopped";
    ``form_aliases.tsv``). Keyed on form and spaCy's lemma, and only for verb tags, so
    "hopped" and the noun "hopes" keep theirs."""
    lemma = token.lemma_.lower()
    if not token.tag_.startswith("VB"):
        return lemma
    return _form_aliases().get((token.lower_, lemma), lemma)


def _restricted(pattern: Pattern, particles: tuple[str, ...],
                context: tuple[frozenset[str], ...]) -> Pattern:
    if not particles and not context:
        return pattern
    return replace(pattern, particles=pattern.particles + particles, post=pattern.post + context)


def _dedupe(patterns: Iterable[Pattern]) -> list[Pattern]:
    seen: set[tuple[str, tuple[str, ...], tuple[frozenset[str], ...]]] = set()
    out = []
    for p in patterns:
        key = (p.id, p.particles, p.post)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


@cache
def noun_rules() -> dict[str, NounRule]:
    """Lemma -> nominal event rule. A ``&SYNSET`` lemma stands for the one-word members of
    that PETRARCH synonym set ("&CEASEFIRE": truce, armistice, ...); a row naming the
    lemma itself wins over a synset's row."""
    rules: dict[str, NounRule] = {}
    expanded: dict[str, NounRule] = {}
    for n, row in data_rows("curated_patterns.tsv"):
        if row["kind"] != "noun":
            continue
        for name in row["lemma"].split("|"):
            members = _synset_words(name) if name.startswith("&") else frozenset({name})
            for lemma in members:
                rule = NounRule(
                    id=row["id"], lemma=lemma, preps=frozenset(row["context"].split("|")),
                    code=row["code"], source=f"curated_patterns.tsv:{n}",
                    joint="between" in row["context"].split("|"))
                (expanded if name.startswith("&") else rules)[lemma] = rule
    return {**expanded, **rules}


def _synset_words(name: str) -> frozenset[str]:
    """One-word members of a synset: a noun rule keys on one head lemma."""
    return frozenset(w for _, row in data_rows("synsets.tsv")
                     if row["synset"].rstrip("_") == name.rstrip("_")
                     and " " not in (w := row["lemma"]) and "-" not in w)


def _satisfied(elements: tuple[frozenset[str], ...], words: frozenset[str]) -> frozenset[str]:
    """The context words that satisfy every element, or an empty set if one is missing."""
    used: set[str] = set()
    for alternatives in elements:
        hit = alternatives & words
        if not hit:
            return frozenset()
        used |= hit
    return frozenset(used) or frozenset({""})


VerbTable = dict[str, tuple[Pattern, ...]]
_NO_WORDS = frozenset({""})  # a context element met with no word (or no element at all)


def match_verb(lemma: str, particles: frozenset[str], before: frozenset[str],
               after: frozenset[str], table: VerbTable | None = None,
               bound: Mapping[str, frozenset[str]] | None = None) -> PatternMatch | None:
    """The most specific pattern of ``lemma`` whose context is present, if any.

    ``bound`` maps a preposition that belongs to the verb's object phrase to the object
    lemmas it goes with: it is a pattern's particle only when the pattern also uses one of
    those objects ("took a jab at Iran" for "take ... jab at"), never on its own ("gave
    grants to farmers in Kenya" is no "give in"). ``table`` replaces the shipped
    dictionaries (the PETRARCH test suite's toy verbs)."""
    bound = bound or {}
    for pat in (verb_blocks() if table is None else table).get(lemma, ()):
        # Most rows have no particle: the particle tests are skipped for them (this loop
        # runs over every row of the lemma for every verb).
        missing = [p for p in pat.particles if p not in particles] if pat.particles else []
        if missing and any(p not in bound for p in missing):
            continue
        pre = _satisfied(pat.pre, before) if pat.pre else _NO_WORDS
        post = _satisfied(pat.post, after) if pat.post else _NO_WORDS
        if pre and post:
            words = (pre | post) - _NO_WORDS
            if not missing or all(bound[p] & words for p in missing):
                return PatternMatch(pat, words)
    return None
