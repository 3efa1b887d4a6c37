"""Plumbing shared by the event benchmark scripts (``events_conflibert_train.py``,
``events_external.py``): the commit a figure was measured on, a sibling script loaded as
a module, a verb's object words, which side of a fired pattern found no actor, the lines
an ``--errors`` report prints for one sentence, and the documents recoded with one-sided
events on or off.

The scripts import it by name: run as ``python benchmarks/<name>.py`` this folder is first
on ``sys.path``, and ``tests/events/bench_scripts.load_script`` puts it there before it
loads a script.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tidings.events.evaluate import counted
from tidings.records import Actor, Event

HERE = Path(__file__).resolve().parent


def commit() -> str:
    """The short hash of HEAD, or ``unknown`` outside a git checkout."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


@cache
def sibling(name: str) -> ModuleType:
    """A sibling benchmark script as a module (loaded by path under ``<name>_benchmark``:
    "events" is also the name of the tests' package)."""
    key = f"{name}_benchmark"
    spec = importlib.util.spec_from_file_location(key, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def objects(tok: Any) -> list[Any]:
    """A verb's objects and the objects of its prepositions (where a target may be)."""
    objs = [c for c in tok.children if c.dep_ in {"dobj", "dative", "attr"}]
    return objs + [g for c in tok.children if c.dep_ == "prep" for g in c.children
                   if g.dep_ == "pobj"]


def actor_outcome(verbs: Sequence[Any], lookup: Any) -> str:
    """For verbs whose pattern fired without an event: which side resolved to no actor.
    A passive subject is the target and the ``by`` agent the source; an agentless
    passive ("were arrested") has no source at all."""
    from tidings.events.coder import _subject

    source = target = agentless = False
    for verb in verbs:
        subj, passive = _subject(verb)
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        found = subj is not None and bool(lookup(subj))
        if passive:
            target |= found
            source |= any(lookup(a) for a in agents)
            agentless |= not agents
        else:
            source |= found
            target |= any(lookup(o) for o in objects(verb))
    if source and target:
        return "pattern-fired,both-actors-resolved,no-event"
    if agentless and not source:
        return "pattern-fired,agentless-passive" + (",target-resolved" if target else "")
    if source:
        return "pattern-fired,target-actor-missing"
    return "pattern-fired,source-actor-missing" if target else "pattern-fired,both-actors-missing"


def pattern_file(e: Event) -> str:
    """The data file of the pattern that fired (``V12@petrarch_verbs.tsv:3`` gives
    ``petrarch_verbs.tsv``)."""
    return e.pattern.split("@", 1)[-1].split(":", 1)[0] if e.pattern else "?"


def side(actor: Actor | None) -> str:
    """An event side for a report line: its code or name, ``-`` for a blank side."""
    return "-" if actor is None else actor.code or actor.name


def with_one_sided(docs: Sequence[Any], one_sided: bool) -> list[Any]:
    """The documents with their events coded again with one-sided events on or off
    (``code_events(doc, one_sided=...)``), so both are scored on one parse in one run;
    the events carry no place (the geo stage is not run again), which no detection score
    uses."""
    from tidings.events import code_events

    return [d.replace(events=code_events(d, one_sided=one_sided)) for d in docs]


def one_sided_count(docs: Sequence[Any]) -> int:
    """Counted (neither negated nor hypothetical) one-sided events of the documents."""
    return sum(e.one_sided for d in docs for e in counted(d.events))


def print_sentence_report(doc: Any, fps: Sequence[Event]) -> None:
    """Each verb's pattern outcome, then every event with its mark: ``FP`` a counted
    false positive, ``ok`` another counted event, ``flg`` a negated/hypothetical one."""
    from tidings.events.actors_link import MentionLookup

    verb_report = sibling("events")._verb_report
    for sent in doc.spacy_doc.sents:
        print("\n".join(verb_report(sent, MentionLookup(doc))))
    for e in doc.events:
        mark = "FP " if e in fps else "ok " if e in counted(doc.events) else "flg"
        blank = f" one-sided:{e.extra.get('one_sided', '')}" if e.one_sided else ""
        print(f"  {mark} {e.cameo} {e.pattern} {side(e.source)}->{side(e.target)}"
              f"{blank} words={e.event_text!r}")


def print_counts(counts: Counter[str]) -> None:
    print("counts (largest first):")
    for key, n in counts.most_common():
        print(f"  {n:4d}  {key}")
