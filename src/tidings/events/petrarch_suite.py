"""The PETRARCH-2 unit/validation suite as a coder-mechanics check.

``PETR.UnitTest.records.xml`` uses fictional actors (Arnor, Gondor, Mordor...) defined in
its toy dictionary ``PETR.Validate.actors.txt``. The actor lookup here reads that
dictionary so the coder's source/target mechanics (compounds, passives, complements) can
be scored; the events are coded with Tidings' real CAMEO patterns, not the suite's toy
verb dictionary, so roots that the suite invented (21x, 80x, ...) cannot match. Scores are
reported apart from real-world accuracy.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from tidings.events.actors_link import phrase_text
from tidings.events.evaluate import GoldEvent, GoldItem
from tidings.records import Actor, Article

__all__ = ["ToyActors", "load_petrarch_suite"]

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
