"""Word lists of the resolver and the stage, read once from ``data/rules.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from tidings.errors import ConfigError

__all__ = ["Rules", "rules"]

RULES_FILE = Path(__file__).resolve().parent / "data" / "rules.yaml"


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
    measure_nouns: frozenset[str] = frozenset()
    bare_titles: frozenset[str] = frozenset()
    name_heads: dict[str, str] = field(default_factory=dict)
    government_bodies: frozenset[str] = frozenset()
    leader_participles: frozenset[str] = frozenset()
    patronymic_particles: frozenset[str] = frozenset()


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
            **sets,
        )
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{RULES_FILE}: cannot read actor rules: {exc}") from exc
