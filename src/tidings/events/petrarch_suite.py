"""The PETRARCH-2 unit/validation suite as a coder-mechanics check.

``PETR.UnitTest.records.xml`` uses fictional actors (Arnor, Gondor, Mordor...) defined in
its toy dictionary ``PETR.Validate.actors.txt``. The actor lookup here reads that
dictionary so the coder's source/target mechanics (compounds, passives, complements) can
be scored. :func:`toy_verb_table` reads the suite's own verb dictionary
(``PETR.Validate.verbs.txt``, mostly WEIS-style test codes) so the codes can be compared
too; :func:`code_suite` codes with either table. Scores are reported apart from real-world
accuracy.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from tidings.events.actors_link import phrase_text
from tidings.events.coder import code_sentence
from tidings.events.convert import parse_verb_dictionary
from tidings.events.evaluate import GoldEvent, GoldItem
from tidings.events.patterns import Pattern, VerbTable
from tidings.records import Actor, Article, Event

__all__ = ["ToyActors", "code_suite", "load_petrarch_suite", "toy_verb_table"]

_CODE = re.compile(r"\[([^\]\s]+)")


def _entries(path: Path) -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}
    pending: list[tuple[str, ...]] = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        code = _CODE.search(line)
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).strip()
        if line[0] not in " \t" and not line.startswith("+"):
            pending = []
        if head:
            words = tuple(w for w in re.split(r"[\s_]+", head.lstrip("+").upper()) if w)
            if words:
                pending.append(words)
        if code and code.group(1)[:3].isalpha():
            for name in pending:
                names.setdefault(name, code.group(1).upper())
            if line[0] not in " \t":
                pending = []
    return names


@dataclass
class ToyActors:
    """Longest dictionary name inside a token's noun phrase -> an actor with that code."""

    names: dict[tuple[str, ...], str]

    @classmethod
    def from_file(cls, path: Path) -> ToyActors:
        return cls(_entries(path))

    def __call__(self, tok: Token) -> list[Actor]:
        if tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            return []
        words = [w.upper() for w in re.findall(r"[\w'-]+", phrase_text(tok))]
        best: tuple[int, str] | None = None
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                code = self.names.get(tuple(words[i:i + n]))
                if code and code[:3].isalpha() and (best is None or n > best[0]):
                    best = (n, code)
            if best:
                break
        if best is None:
            return []
        return [Actor(name=" ".join(words), country=best[1][:3], code=best[1])]


def load_petrarch_suite(shared: Path) -> tuple[list[GoldItem], Callable[[Token], list[Actor]]]:
    """The suite's sentences with (source[:3], target[:3], root) gold, and the toy lookup."""
    root = ET.parse(shared / "petrarch2" / "PETR.UnitTest.records.xml").getroot()
    items: list[GoldItem] = []
    for sent in root.iter("Sentence"):
        text = " ".join((sent.findtext("Text") or "").split())
        events = []
        for ec in sent.iter("EventCoding"):
            src, tgt, code = (ec.get("sourcecode") or "", ec.get("targetcode") or "",
                              ec.get("eventcode") or "")
            if src and tgt and code[:2].isdigit():
                events.append(GoldEvent(src[:3], tgt[:3], frozenset([code[:2]])))
        sid = sent.get("id") or str(len(items))
        items.append(GoldItem(sid, Article(id=sid, text=text), tuple(dict.fromkeys(events)),
                              "test", dataset="petrarch"))
    toy = ToyActors.from_file(shared / "petrarch2" / "PETR.Validate.actors.txt")
    return items, toy


def toy_verb_table(path: Path) -> VerbTable:
    """A verb table from a TABARI/PETRARCH verb dictionary, words matched as written."""
    verbs, patterns, synsets = parse_verb_dictionary(path)
    groups: dict[str, set[str]] = defaultdict(set)
    for row in synsets:
        groups[row["synset"].rstrip("_")].add(row["word"].split("_")[-1].lower())

    def elements(words: Iterable[str]) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(groups.get(w.rstrip("_"), {w.lower()})) if w.startswith("&")
                     else frozenset({w.lower(), w.lower().rstrip("s")}) for w in words)

    by_block: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        by_block[p["block"]].append(Pattern(
            id=f"T{p['line']}", code=p["code"], reverse=bool(p["reverse"]), pre=elements(p["pre"]),
            post=elements(p["post"]), particles=(), source=f"{path.name}:{p['line']}"))
    table: dict[str, list[Pattern]] = defaultdict(list)
    for v in verbs:
        lemma = v["verb"].lower()
        if v["code"]:
            table[lemma].append(Pattern(
                id=f"T{v['line']}", code=v["code"], reverse=False, pre=(), post=(),
                particles=tuple(w.lower() for w in v["particles"]),
                source=f"{path.name}:{v['line']}"))
        table[lemma].extend(by_block[v["block"]])
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in table.items()}


def code_suite(docs: Sequence[Any], lookup: Callable[[Token], list[Actor]],
               table: VerbTable | None) -> list[list[Event]]:
    """Code parsed suite sentences; test-only codes bypass the codebook (no Goldstein)."""
    out = []
    for sdoc in docs:
        events = []
        for sent in sdoc.sents:
            for raw in code_sentence(sent, lookup, table):
                if raw.target is None:
                    continue
                events.append(Event(
                    source=raw.source, target=raw.target, cameo=raw.code, root=raw.code[:2],
                    quad_class=0, goldstein=0.0, sentence=sent.text, start=sent.start_char,
                    end=sent.end_char, pattern=raw.pattern, negated=raw.flags.negated,
                    hypothetical=raw.flags.hypothetical))
        out.append(events)
    return out
