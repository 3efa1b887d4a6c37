"""Word lists of the resolver and the stage, read once from ``data/rules.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tidings.errors import ConfigError

__all__ = ["RecallWords", "Rules", "rules"]

RULES_FILE = Path(__file__).resolve().parent / "data" / "rules.yaml"


@dataclass(frozen=True)
class RecallWords:
    """The ``recall:`` section: word lists of the recall pass (:mod:`tidings.actors.recall`)."""

    list_titles: dict[str, str]
    appositive_heads: frozenset[str]
    appositive_openers: frozenset[str]
    party_nouns: frozenset[str]
    party_prepositions: frozenset[str]
    first_person_possessives: frozenset[str]
    home_descriptions: frozenset[str]
    vocative_titles: frozenset[str]
    head_match_stop: frozenset[str]
    place_words: frozenset[str]
    nearby_sectors: frozenset[str]
    multinational_words: frozenset[str]
    delegation_words: frozenset[str]
    committee_words: frozenset[str]
    home_official_sectors: frozenset[str]
    title_particles: frozenset[str]
    state_sectors: frozenset[str]
    member_nouns: frozenset[str]
    backer_participles: frozenset[str]
    displaced_sectors: frozenset[str]
    retinue_nouns: frozenset[str]
    own_place_words: frozenset[str]
    world_prepositions: frozenset[str]
    world_nouns: frozenset[str]
    world_adverbs: frozenset[str]
    kindred_words: frozenset[str]
    belonging_prepositions: frozenset[str]
    relation_nouns: frozenset[str]
    person_styles: tuple[str, ...]  # as written (capitals)


_RECALL_SETS = ("appositive_heads", "appositive_openers", "party_nouns", "party_prepositions",
                "first_person_possessives", "home_descriptions", "vocative_titles",
                "head_match_stop", "place_words", "nearby_sectors", "multinational_words",
                "delegation_words", "committee_words", "home_official_sectors",
                "title_particles", "state_sectors", "member_nouns", "backer_participles",
                "displaced_sectors", "retinue_nouns", "own_place_words",
                "world_prepositions", "world_nouns", "world_adverbs", "kindred_words",
                "belonging_prepositions", "relation_nouns")


def _recall_words(raw: dict[str, Any]) -> RecallWords:
    sets = {k: frozenset(str(w).lower() for w in raw[k]) for k in _RECALL_SETS}
    titles = {str(k).lower(): str(v) for k, v in raw["list_titles"].items()}
    styles = tuple(str(w) for w in raw["person_styles"])
    return RecallWords(list_titles=titles, person_styles=styles, **sets)


@dataclass(frozen=True)
class Rules:
    pronouns: dict[str, str]
    honorifics: frozenset[str]
    locative_prepositions: frozenset[str]
    directional_prepositions: frozenset[str]
    motion_verbs: frozenset[str]
    agent_dependencies: frozenset[str]
    not_actor_entity_types: frozenset[str]
    leading_words: frozenset[str]
    former_words: frozenset[str]
    english_words: frozenset[str]
    name_suffixes: frozenset[str]
    generic_heads: frozenset[str]
    organisation_words: frozenset[str]
    role_families: dict[str, tuple[str, ...]]
    cameo_to_plover: dict[str, str]
    code_prefix_aliases: dict[str, str]
    religion_codes: frozenset[str]
    sectors: frozenset[str]
    recall: RecallWords
    measure_nouns: frozenset[str] = frozenset()
    bare_titles: frozenset[str] = frozenset()
    name_heads: dict[str, str] = field(default_factory=dict)
    government_bodies: frozenset[str] = frozenset()
    leader_participles: frozenset[str] = frozenset()
    patronymic_particles: frozenset[str] = frozenset()
    definite_determiners: frozenset[str] = frozenset({"the"})
    complement_openers: frozenset[str] = frozenset()
    ally_nouns: frozenset[str] = frozenset()
    regions: tuple[tuple[str, str], ...] = ()  # (normalised words, CAMEO region code)
    head_only_agents: frozenset[str] = frozenset()
    activity_heads: frozenset[str] = frozenset()
    singular_bodies: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    opposing_heads: frozenset[str] = frozenset()
    opposed_sectors: frozenset[str] = frozenset()
    owned_heads: frozenset[str] = frozenset()
    speaking_for: frozenset[str] = frozenset()
    party_excluded_heads: frozenset[str] = frozenset()
    party_excluded_sectors: frozenset[str] = frozenset()
    # party letter -> country of the tag after a legislator's name, and the states it takes
    party_tag_parties: dict[str, str] = field(default_factory=dict)
    party_tag_states: frozenset[str] = frozenset()
    # a familiar given name -> the full forms it stands for ("bill" -> "william")
    given_name_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def rules() -> Rules:
    """The parsed ``rules.yaml`` (cached for the process)."""
    try:
        raw = yaml.safe_load(RULES_FILE.read_text("utf-8"))
        sets = {k: frozenset(str(w) for w in raw[k]) for k in (
            "honorifics", "locative_prepositions", "directional_prepositions", "motion_verbs",
            "agent_dependencies", "not_actor_entity_types", "leading_words", "former_words",
            "english_words", "name_suffixes", "sectors", "generic_heads", "organisation_words")}
        return Rules(
            pronouns={str(k): str(v) for k, v in raw["pronouns"].items()},
            role_families={str(k): tuple(str(w) for w in v)
                           for k, v in raw["role_families"].items()},
            cameo_to_plover={str(k): str(v) for k, v in raw["cameo_to_plover"].items()},
            religion_codes=frozenset(str(c) for c in raw.get("religion_codes") or ()),
            code_prefix_aliases={str(k): str(v)
                                 for k, v in (raw.get("code_prefix_aliases") or {}).items()},
            measure_nouns=frozenset(str(w) for w in raw.get("measure_nouns") or ()),
            bare_titles=frozenset(str(w) for w in raw.get("bare_titles") or ()),
            name_heads={str(k): str(v) for k, v in (raw.get("name_heads") or {}).items()},
            government_bodies=frozenset(str(w) for w in raw.get("government_bodies") or ()),
            leader_participles=frozenset(str(w) for w in raw.get("leader_participles") or ()),
            patronymic_particles=frozenset(str(w)
                                           for w in raw.get("patronymic_particles") or ()),
            definite_determiners=frozenset(str(w) for w in raw["definite_determiners"]),
            complement_openers=frozenset(str(w) for w in raw["complement_openers"]),
            ally_nouns=frozenset(str(w) for w in raw["ally_nouns"]),
            recall=_recall_words(raw["recall"]),
            head_only_agents=frozenset(str(w) for w in raw.get("head_only_agents") or ()),
            activity_heads=frozenset(str(w) for w in raw.get("activity_heads") or ()),
            singular_bodies=frozenset(str(w) for w in raw.get("singular_bodies") or ()),
            stance_prefixes=frozenset(str(w) for w in raw.get("stance_prefixes") or ()),
            opposing_heads=frozenset(str(w) for w in raw.get("opposing_heads") or ()),
            opposed_sectors=frozenset(str(w) for w in raw.get("opposed_sectors") or ()),
            owned_heads=frozenset(str(w) for w in raw.get("owned_heads") or ()),
            speaking_for=frozenset(str(w) for w in raw.get("speaking_for") or ()),
            party_excluded_heads=frozenset(str(w)
                                           for w in raw.get("party_excluded_heads") or ()),
            party_excluded_sectors=frozenset(
                str(w) for w in raw.get("party_excluded_sectors") or ()),
            party_tag_parties={str(p): str(raw["party_tags"]["country"])
                               for p in raw["party_tags"]["parties"]},
            party_tag_states=frozenset(str(w) for w in raw["party_tags"]["states"]),
            given_name_forms={str(k).lower(): tuple(str(w).lower() for w in v) for k, v in
                              (raw.get("given_name_forms") or {}).items()},
            regions=tuple(sorted(((str(k), str(v)) for k, v in
                                  (raw.get("regions") or {}).items()),
                                 key=lambda kv: -len(kv[0]))),
            **sets,
        )
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{RULES_FILE}: cannot read actor rules: {exc}") from exc
