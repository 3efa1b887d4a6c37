"""Scoring event coding against dyad-level gold (used by ``benchmarks/events.py`` and the
evaluation gate test).

A gold event is (source country, target country, accepted CAMEO roots). A predicted event
counts when it is neither negated nor hypothetical. Within each text, a predicted
(source, target, root) triple is correct when some gold event has the same dyad (either
direction for symmetric gold, such as compound "X and Y agreed") and accepts the root;
a gold event is found when some prediction matches it. The quad-class level does the same
with quad classes instead of roots.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import permutations
from pathlib import Path

from tidings.events.codebook import lookup
from tidings.records import Actor, Article, Event

__all__ = ["GoldEvent", "GoldItem", "actor_key", "counted", "fix_icews_text", "load_articles",
           "load_icews", "load_news", "load_plover", "matches", "news_split", "score"]

_QUAD_OF_ROOT = {f"{i:02d}": (1 if i <= 5 else 2 if i <= 8 else 3 if i <= 13 else 4)
                 for i in range(1, 21)}
_GROUP_CODES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str
    roots: frozenset[str]
    symmetric: bool = False

    @property
    def quads(self) -> frozenset[int]:
        return frozenset(_QUAD_OF_ROOT.get(r, 0) for r in self.roots)  # test-only roots: 0


@dataclass(frozen=True)
class GoldItem:
    id: str
    article: Article
    events: tuple[GoldEvent, ...]
    split: str  # dev | test
    codes: tuple[str, ...] = field(default=())  # code-only gold (ICEWS examples)
    dataset: str = ""  # plover | icews | articles
    # False when the gold cannot hold a same-country dyad (PLOVER's loader drops them, as
    # its country codes cannot tell government from opposition); predictions with one
    # country on both sides are then not scored either, instead of counting as errors.
    domestic: bool = True


def actor_key(actor: Actor | None) -> str | None:
    """Country of an actor for dyad scoring; IGOs and other groups by their code prefix.

    ``None`` for the blank side of a one-sided event: it has no dyad to score.
    """
    if actor is None:
        return None
    if actor.code and actor.code[:3] in _GROUP_CODES:
        return actor.code[:3]
    return actor.country or None


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def load_plover(shared: Path, gold_dir: Path) -> list[GoldItem]:
    """The 322 PLOVER gold records; even record numbers are dev, odd are test."""
    roots = {r["plover2016"]: frozenset(r["cameo_roots"].split())
             for r in _read_tsv(gold_dir / "plover2016_to_cameo.tsv")}
    fixes = {r["gold"]: r["iso3"] for r in _read_tsv(gold_dir / "actor_code_fixes.tsv")}
    records = json.loads((shared / "plover" / "PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
    items = []
    for rec in records:
        if rec.get("event") not in roots:
            continue

        def codes(key: str, rec: dict[str, object] = rec) -> list[str]:
            value = rec.get(key)
            out = [fixes.get(a.get("code", ""), a.get("code", "")) for a in value
                   if isinstance(a, dict)] if isinstance(value, list) else []
            return [c for c in dict.fromkeys(out) if c]

        src, tgt = codes("source"), codes("target")
        acc = roots[rec["event"]]
        if tgt:
            events = [GoldEvent(s, t, acc) for s in src for t in tgt if s != t]
        else:
            events = [GoldEvent(a, b, acc, True) for a, b in permutations(src, 2) if a < b]
        num = int(rec["id"].rsplit("-", 1)[1])
        items.append(GoldItem(rec["id"], Article(id=rec["id"], text=rec["text"]), tuple(events),
                              "dev" if num % 2 == 0 else "test", dataset="plover",
                              domestic=False))
    return items


def fix_icews_text(raw: bytes) -> str:
    """Undo ``cameo-codes.csv``'s mis-encoding (cp1252 bytes of MacRoman-decoded UTF-8)."""
    text = raw.decode("cp1252", errors="replace")

    def repair(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)

    return re.sub(r"[^\x00-\x7f]+", repair, text)


def load_icews(shared: Path) -> list[GoldItem]:
    """The example sentences of the ICEWS CAMEO codebook (code-only gold, no actors)."""
    text = fix_icews_text((shared / "cameo" / "cameo-codes.csv").read_bytes())
    items = []
    for row in csv.DictReader(text.splitlines()):
        example = (row.get("example") or "").strip()
        if example and example != "NA":
            items.append(GoldItem(f"icews-{row['code']}", Article(id=row["code"], text=example),
                                  (), "test", (row["code"],), "icews"))
    return items


def load_articles(articles_dir: Path, gold_dir: Path) -> list[GoldItem]:
    """Sample-corpus articles with a ``<id>.json`` gold file; odd ids dev, even ids test."""
    items = []
    for gold_file in sorted(gold_dir.glob("[0-9]*.json")):
        path = articles_dir / f"{gold_file.stem}.txt"
        if not path.is_file():
            continue
        text = path.read_text("utf-8")
        lines = text.split("\n")
        published = date.fromisoformat(lines[1].strip()) if len(lines) > 1 else None
        # One gold event per (dyad, root): an event reported in several sentences counts once.
        events = tuple(dict.fromkeys(
            GoldEvent(g["source_country"], g["target_country"], frozenset([g["root"]]),
                      bool(g.get("symmetric", False)))
            for g in json.loads(gold_file.read_text("utf-8"))))
        num = int(gold_file.stem.split("-", 1)[0])
        items.append(GoldItem(gold_file.stem, Article(id=gold_file.stem, text=text,
                                                      published=published),
                              events, "dev" if num % 2 else "test", dataset="articles"))
    return items


NEWS_DEV_IDS = range(151, 198)
"""News-set ids of the dev part: congressional statements, USAID readouts and a CJTF-OIR
story (151-197), whose quote gold is dev too; the DoD News / VOA stories 101-118 stay test."""


def news_split(item_id: str) -> str:
    """``dev`` for ids in ``NEWS_DEV_IDS``, else ``test`` (unknown ids are held out)."""
    digits = re.match(r"\d+", item_id)
    return "dev" if digits and int(digits.group()) in NEWS_DEV_IDS else "test"


def load_news(gold_dir: Path, repo: Path) -> list[GoldItem]:
    """Independent news/statement texts with dyad gold (``gold_dir/*.json``): the text is
    the parsed body of ``text_file`` (title and date line removed), as the ingest stage
    gives it; a text whose hash differs from the annotated one is skipped. The split is
    by id (``news_split``), not the files' ``split`` field, which predates it."""
    import hashlib

    from tidings.ingest.plaintext import parse_plain_text

    items = []
    for gold_file in sorted(gold_dir.glob("[0-9]*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        path = repo / gold["text_file"]
        if not path.is_file():
            continue
        parsed = parse_plain_text(path.read_text("utf-8"))
        if hashlib.sha256(parsed.text.encode("utf-8")).hexdigest() != gold.get("text_sha256"):
            continue
        events = tuple(dict.fromkeys(
            GoldEvent(g["source_country"], g["target_country"], frozenset([g["root"]]),
                      bool(g.get("symmetric", False)))
            for g in gold["events"]))
        article = Article(id=gold["id"], text=parsed.text, title=parsed.title,
                          published=parsed.published, dateline=parsed.dateline)
        items.append(GoldItem(gold["id"], article, events, news_split(gold["id"]),
                              dataset="news"))
    return items


def counted(events: Iterable[Event]) -> list[Event]:
    """The events a benchmark counts: neither negated nor hypothetical."""
    return [e for e in events if not e.negated and not e.hypothetical]


def _counted_dyads(events: Iterable[Event]) -> list[Event]:
    # The gold here is dyadic (PLOVER, ICEWS, the news gold): a one-sided event
    # (blank source or target) has no dyad and is scored apart, by the benchmarks.
    return [e for e in counted(events) if not e.one_sided]


def matches(g: GoldEvent, src: str, tgt: str) -> bool:
    """Whether a predicted (source, target) pair is the gold event's dyad (either way round
    for a symmetric one such as a meeting)."""
    direct = (g.source, g.target) == (src, tgt)
    return direct or (g.symmetric and (g.target, g.source) == (src, tgt))


def score(items: Sequence[GoldItem], predicted: Sequence[Sequence[Event]]) -> dict[str, float]:
    """Dyad+root and dyad+quad precision/recall over ``items`` (code-only items skipped).

    One-sided events are not scored: they have no dyad.
    """
    tp_p = {"root": 0, "quad": 0, "dyad": 0}
    tp_r = dict(tp_p)
    n_pred = n_gold = n_dyads = 0
    for item, events in zip(items, predicted, strict=True):
        if item.codes:
            continue
        triples = {(s, t, e.root) for e in _counted_dyads(events)
                   if (s := actor_key(e.source)) and (t := actor_key(e.target))
                   and (item.domestic or s != t)}
        n_pred += len(triples)
        n_gold += len(item.events)
        dyads = {(s, t) for s, t, _ in triples}
        n_dyads += len(dyads)
        tp_p["dyad"] += sum(any(matches(g, s, t) for g in item.events) for s, t in dyads)
        tp_r["dyad"] += sum(any(matches(g, s, t) for s, t in dyads) for g in item.events)
        for s, t, root in triples:
            tp_p["root"] += any(matches(g, s, t) and root in g.roots for g in item.events)
            tp_p["quad"] += any(matches(g, s, t) and _QUAD_OF_ROOT.get(root, 0) in g.quads
                                for g in item.events)
        for g in item.events:
            tp_r["root"] += any(matches(g, s, t) and r in g.roots for s, t, r in triples)
            tp_r["quad"] += any(matches(g, s, t) and _QUAD_OF_ROOT.get(r, 0) in g.quads
                                for s, t, r in triples)
    out: dict[str, float] = {"predicted": n_pred, "gold": n_gold}
    for level in ("root", "quad", "dyad"):
        denominator = n_dyads if level == "dyad" else n_pred
        out[f"{level}_precision"] = round(tp_p[level] / denominator, 3) if denominator else 0.0
        out[f"{level}_recall"] = round(tp_r[level] / n_gold, 3) if n_gold else 0.0
    return out


def score_codes(items: Sequence[GoldItem], predicted: Sequence[Sequence[Event]]
                ) -> dict[str, float]:
    """Code-only gold: root/quad precision of predicted events, recall of example codes.

    Only two-sided events are counted, as in :func:`score` (the gold events are dyadic).
    """
    n_pred = n_gold = 0
    tp = {"root_p": 0, "root_r": 0, "quad_p": 0, "quad_r": 0}
    for item, events in zip(items, predicted, strict=True):
        if not item.codes:
            continue
        roots = {e.root for e in _counted_dyads(events)}
        gold_roots = {lookup(c).root for c in item.codes}
        gold_quads = {_QUAD_OF_ROOT[r] for r in gold_roots}
        n_pred += len(roots)
        n_gold += len(gold_roots)
        tp["root_p"] += len(roots & gold_roots)
        tp["quad_p"] += sum(_QUAD_OF_ROOT[r] in gold_quads for r in roots)
        tp["root_r"] += len(roots & gold_roots)
        tp["quad_r"] += bool({_QUAD_OF_ROOT[r] for r in roots} & gold_quads)
    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {"predicted": n_pred, "gold": n_gold,
            "root_precision": ratio(tp["root_p"], n_pred),
            "root_recall": ratio(tp["root_r"], n_gold),
            "quad_precision": ratio(tp["quad_p"], n_pred),
            "quad_recall": ratio(tp["quad_r"], n_gold)}
