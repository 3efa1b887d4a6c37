"""Event coding on real news sentences annotated with CAMEO roots (ConfliBERT annotator
training rounds): sentence-level and span-dyad root P/R, quad-class P/R.

Data: ``$TIDINGS_SHARED_DATA/cameo-conflibert-annotations/training_round_{4..10}/summary*.csv``
(javierosorio/CAMEO_ConfliBERT, GPL-3.0: read at run time, never copied into the
repository). The 700 rows are 200 distinct headline/lead sentences of 35 outlets: rounds
4-7 re-annotate one set of 100 sentences and rounds 8-10 another (annotator training
rounds). Each row has 4-5 annotators (round 10: 3 on half its rows, none on the other
half) who mark ``1_Relevant_k`` (``True``/``False``, in round 10 ``TRUE``/``FALSE``) and up
to four actions ``ActionN_CAMEO_k`` ("3-11 Disapprove"), with tagtog
``Source-n``/``Target-n``/``Action-n`` spans (character offsets into the sentence).

Adjudicated gold (fixed before any output was looked at), per distinct sentence, pooling
the annotators of every round that coded it (17-18 for the first set, 8-11 for the second):

- a sentence is *relevant* when a strict majority of its annotators marked it relevant;
  an irrelevant sentence has no gold actions (anything coded there is a false positive);
- a root is gold for a relevant sentence when a strict majority of the annotators who
  marked it relevant gave that root (in any of their action slots), and at least two did;
- the Source/Target spans of a gold root are the union of the spans of every annotator who
  gave that root: ``Source-n``/``Target-n`` of the action slot ``n`` holding the root,
  plus any Source/Target linked to an ``Action-n`` span in ``relations_k`` (annotators
  disagree about span extent, "man" vs "A man", so any annotator's span is accepted).

Split by sentence set: rounds 4-7 (100 sentences) dev, rounds 8-10 (100) test. (A split
by round, even/odd, would put every sentence in both halves.) Test errors are never
printed.

Scoring: each sentence is one article (publication date ``PUBLISHED``, mid-2020, when
these news items were collected; only date-dependent role lookups depend on it) run
through the full pipeline. Counted events are those neither negated nor hypothetical.

- sentence roots: set of predicted roots per sentence against the gold roots;
- span-dyad roots: a predicted event is right when its root is gold and a mention of its
  source entity overlaps a gold Source span of that root and a mention of its target
  entity a gold Target span (events carry actors, not offsets: the mentions of the
  entity whose actor equals the event's side are used, else the actor's name found in
  the sentence). A gold root whose annotators marked no Target span needs only the
  source; one with no Source span (an agentless passive; 2 of the 42 dev roots without
  01) can never be matched, so span-dyad recall is at most 40/42 on dev. A gold root is
  found when some predicted event matches it so;
- quad classes: set of predicted quad classes per sentence against the gold roots' quads.

One-sided events (a blank source or target, ``Settings.one_sided_events``) count for the
sentence roots and quad classes; span-dyad, a dyad score, skips them as the dyad scorers
of ``tidings.events.evaluate`` do.

Root 01 (make public statement): Tidings records statements as quotes, not 010 events,
and its patterns never code 01 (the run prints how many 01 events were predicted). The
main figures are "without 01": root 01 is removed from gold and predictions.

    .venv/bin/python benchmarks/events_conflibert.py [--out FILE]
    .venv/bin/python benchmarks/events_conflibert.py --errors dev   # dev errors only
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from tidings.config import shared_data_dir
from tidings.events.evaluate import _QUAD_OF_ROOT as QUAD_OF_ROOT
from tidings.events.evaluate import counted
from tidings.records import Actor, Article, Event

HERE = Path(__file__).resolve().parent
DIRNAME = "cameo-conflibert-annotations"
ROUNDS = range(4, 11)
# Rounds 4-7 re-annotate one set of 100 sentences and rounds 8-10 another: the split is by
# sentence set, so no sentence is in both halves.
DEV_ROUNDS = frozenset({4, 5, 6, 7})
PUBLISHED = date(2020, 7, 1)
MAX_ANNOTATORS = 6
MAX_ACTIONS = 4
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldRoot:
    root: str
    votes: int
    sources: Spans
    targets: Spans


@dataclass(frozen=True)
class Judgement:
    relevant: bool
    roots: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]]


@dataclass(frozen=True)
class Sentence:
    id: str
    rounds: tuple[int, ...]
    text: str
    annotators: int
    relevant_votes: int
    roots: tuple[GoldRoot, ...]
    # Every relevant annotator's root set, for the agreement figures.
    annotator_roots: tuple[frozenset[str], ...]

    @property
    def split(self) -> str:
        return "dev" if self.rounds[0] in DEV_ROUNDS else "test"

    @property
    def article(self) -> Article:
        return Article(id=self.id, text=self.text, published=PUBLISHED)


def data_dir(shared: Path | None = None) -> Path:
    return (shared or shared_data_dir()) / DIRNAME


def _root(value: str) -> str | None:
    """'3-11 Disapprove' -> '11'."""
    head = value.strip().split(" ", 1)[0]
    if "-" not in head:
        return None
    code = head.split("-", 1)[1]
    return f"{int(code):02d}" if code.isdigit() and 1 <= int(code) <= 20 else None


def _entities(raw: str, text: str, shift: int) -> list[tuple[str, str, int, int]]:
    """tagtog (label, text, offset) triples, offsets re-anchored on ``text`` (the stripped
    sentence); a span whose text is not at its offset is searched for nearby."""
    out = []
    for label, words, offset in ast.literal_eval(raw or "[]"):
        start = int(offset) - shift
        if text[start:start + len(words)] != words:
            found = list(_find_all(text, words))
            if not found:
                continue
            start = min(found, key=lambda i: abs(i - start))
        out.append((str(label), str(words), start, start + len(words)))
    return out


def _find_all(text: str, words: str) -> Iterable[int]:
    i = text.find(words)
    while i >= 0 and words:
        yield i
        i = text.find(words, i + 1)


def _slot_spans(row: dict[str, str], k: int, slot: int, text: str, shift: int
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Source and Target spans of annotator ``k``'s action slot ``slot``."""
    ents = _entities(row.get(f"entities_{k}", ""), text, shift)
    actions = {w for lab, w, _, _ in ents if lab == f"Action-{slot}"}
    linked: set[tuple[str, str]] = set()
    for pair in ast.literal_eval(row.get(f"relations_{k}") or "[]"):
        labels = [(str(a), str(b)) for a, b in pair]
        if any(lab == f"Action-{slot}" and w in actions for lab, w in labels):
            linked.update(labels)
    src: list[tuple[int, int]] = []
    tgt: list[tuple[int, int]] = []
    for lab, w, s, e in ents:
        kind = lab.split("-", 1)[0]
        if kind not in ("Source", "Target"):
            continue
        if lab.endswith(f"-{slot}") or (lab, w) in linked:
            (src if kind == "Source" else tgt).append((s, e))
    return src, tgt


def _judgements(row: dict[str, str], text: str, shift: int) -> list[Judgement]:
    """Every annotator of one CSV row who judged relevance: their roots, each with the
    Source/Target spans of the action slots that hold it."""
    out = []
    for k in range(1, MAX_ANNOTATORS + 1):
        # Rounds 4-9 write True/False, round 10 TRUE/FALSE; an empty cell is no judgement.
        judged = (row.get(f"1_Relevant_{k}") or "").strip().lower()
        if judged not in ("true", "false"):
            continue
        roots: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        if judged == "true":
            for n in range(1, MAX_ACTIONS + 1):
                root = _root(row.get(f"Action{n}_CAMEO_{k}") or "")
                if root:
                    src, tgt = _slot_spans(row, k, n, text, shift)
                    have = roots.setdefault(root, ([], []))
                    have[0].extend(src)
                    have[1].extend(tgt)
        out.append(Judgement(judged == "true", roots))
    return out


def _sentence(rows: Sequence[tuple[int, dict[str, str]]]) -> Sentence:
    """One distinct sentence, pooling the annotators of every round that coded it."""
    raw = rows[0][1]["sentences"]
    text = raw.strip()
    judges = [j for _, row in rows for j in
              _judgements(row, text, len(row["sentences"]) - len(row["sentences"].lstrip()))]
    relevant = [j for j in judges if j.relevant]
    roots: list[GoldRoot] = []
    if 2 * len(relevant) > len(judges):
        votes = Counter(r for j in relevant for r in j.roots)
        for root, n_votes in sorted(votes.items()):
            if n_votes >= 2 and 2 * n_votes > len(relevant):
                src = {sp for j in relevant for sp in j.roots.get(root, ([], []))[0]}
                tgt = {sp for j in relevant for sp in j.roots.get(root, ([], []))[1]}
                roots.append(GoldRoot(root, n_votes, tuple(sorted(src)), tuple(sorted(tgt))))
    rounds = tuple(sorted({rnd for rnd, _ in rows}))
    return Sentence(f"r{rounds[0]}-{rows[0][1]['ids']}", rounds, text, len(judges),
                    len(relevant), tuple(roots), tuple(frozenset(j.roots) for j in relevant))


def load(shared: Path | None = None) -> list[Sentence]:
    """Every distinct annotated sentence of rounds 4-10, in order of first appearance."""
    rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for rnd in ROUNDS:
        for path in sorted((data_dir(shared) / f"training_round_{rnd}").glob("summary*.csv")):
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row["sentences"].strip():
                        rows.setdefault(" ".join(row["sentences"].split()), []).append(
                            (rnd, row))
    return [_sentence(group) for group in rows.values()]


def agreement(items: Sequence[Sentence], skip: frozenset[str] = frozenset()
              ) -> dict[str, float]:
    """Mean pairwise agreement on root sets between relevant annotators: Jaccard of their
    root sets, and the share of pairs with the same set (pairs where either gave a root
    not in ``skip``)."""
    jac: list[float] = []
    same: list[int] = []
    for item in items:
        sets = [r - skip for r in item.annotator_roots]
        for a, b in combinations(sets, 2):
            if a or b:
                jac.append(len(a & b) / len(a | b))
                same.append(a == b)
    return {"pairs": len(jac), "mean_jaccard": round(sum(jac) / len(jac), 3) if jac else 0.0,
            "exact_share": round(sum(same) / len(same), 3) if same else 0.0}


def _side_spans(doc: Any, actor: Actor | None) -> list[tuple[int, int]]:
    if actor is None:
        return []  # a blank side of a one-sided event overlaps no gold span
    ids = {ent.id for ent in doc.entities if ent.actor == actor}
    spans = [(m.start, m.end) for m in doc.mentions if m.entity_id in ids]
    if not spans and actor.name:
        spans = [(i, i + len(actor.name)) for i in _find_all(doc.text, actor.name)]
    return spans


def _overlaps(spans: Sequence[tuple[int, int]], gold: Spans) -> bool:
    return any(s < ge and gs < e for s, e in spans for gs, ge in gold)


def span_match(doc: Any, event: Event, gold: GoldRoot) -> bool:
    if event.root != gold.root or not _overlaps(_side_spans(doc, event.source), gold.sources):
        return False
    return not gold.targets or _overlaps(_side_spans(doc, event.target), gold.targets)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def score(items: Sequence[Sentence], docs: Sequence[Any], skip: frozenset[str] = frozenset()
          ) -> dict[str, float]:
    """Sentence-root, span-dyad-root and sentence-quad P/R; roots in ``skip`` are removed
    from gold and predictions."""
    n = Counter[str]()
    for item, doc in zip(items, docs, strict=True):
        events = [e for e in counted(doc.events) if e.root not in skip]
        gold = [g for g in item.roots if g.root not in skip]
        pred_roots, gold_roots = {e.root for e in events}, {g.root for g in gold}
        n["pred"] += len(pred_roots)
        n["gold"] += len(gold_roots)
        n["tp_root"] += len(pred_roots & gold_roots)
        pred_q, gold_q = {e.quad_class for e in events}, {QUAD_OF_ROOT[r] for r in gold_roots}
        n["pred_quad"] += len(pred_q)
        n["gold_quad"] += len(gold_q)
        n["tp_quad"] += len(pred_q & gold_q)
        sided = [e for e in events if not e.one_sided]  # span-dyad: a dyad scorer
        n["pred_events"] += len(sided)
        n["tp_span_p"] += sum(any(span_match(doc, e, g) for g in gold) for e in sided)
        n["tp_span_r"] += sum(any(span_match(doc, e, g) for e in sided) for g in gold)
    return {"sentences": len(items), "predicted_roots": n["pred"], "gold_roots": n["gold"],
            "root_precision": _ratio(n["tp_root"], n["pred"]),
            "root_recall": _ratio(n["tp_root"], n["gold"]),
            "span_precision": _ratio(n["tp_span_p"], n["pred_events"]),
            "span_recall": _ratio(n["tp_span_r"], n["gold"]),
            "quad_precision": _ratio(n["tp_quad"], n["pred_quad"]),
            "quad_recall": _ratio(n["tp_quad"], n["gold_quad"])}


def statistics(items: Sequence[Sentence]) -> dict[str, Any]:
    roots = Counter(g.root for i in items for g in i.roots)
    return {"sentences": len(items),
            "relevant": sum(2 * i.relevant_votes > i.annotators for i in items),
            "with_gold_root": sum(bool(i.roots) for i in items),
            "gold_actions": sum(roots.values()),
            "gold_per_root": dict(sorted(roots.items())),
            "agreement": agreement(items),
            "agreement_without_01": agreement(items, frozenset({"01"}))}


def run(items: Sequence[Sentence]) -> list[Any]:
    from tidings.pipeline import Pipeline

    return list(Pipeline().run(i.article for i in items))


def _fmt(s: dict[str, float]) -> str:
    return (f"n={s['sentences']:3d} pred={s['predicted_roots']:3d} gold={s['gold_roots']:3d}  "
            f"root P={s['root_precision']:.3f} R={s['root_recall']:.3f}  "
            f"span-dyad P={s['span_precision']:.3f} R={s['span_recall']:.3f}  "
            f"quad P={s['quad_precision']:.3f} R={s['quad_recall']:.3f}")


def _miss_cause(doc: Any, root: str, events: Sequence[Event]) -> str:
    """Why a gold root was missed: another root was coded; a verb pattern of that root
    fired but no event came of it (actors, linking); a pattern of another root fired
    without an event; or no verb pattern fired (lexicon, nominal events, parse)."""
    from tidings.events.coder import pattern_of

    if events:
        return "other-root-coded"
    fired = {m.pattern.code[:2] for tok in doc.spacy_doc if tok.pos_ == "VERB"
             and (m := pattern_of(tok, None)) is not None}
    if root in fired:
        return "pattern-fired-no-event"
    return "other-pattern-no-event" if fired else "no-verb-pattern"


def error_report(items: Sequence[Sentence], docs: Sequence[Any]) -> None:
    """Dev misses and false positives (root level, 01 left out), with each event's dyad."""
    from bench_common import sibling, side
    from tidings.events.actors_link import MentionLookup

    events_bench = sibling("events")  # its per-verb report: pattern, subject and object actors
    causes = Counter[str]()
    for item, doc in zip(items, docs, strict=True):
        if item.split != "dev":
            continue
        events = [e for e in counted(doc.events) if e.root != "01"]
        gold = {g.root: g for g in item.roots if g.root != "01"}
        pred = {e.root for e in events}
        miss, fps = sorted(set(gold) - pred), sorted(pred - set(gold))
        if not miss and not fps:
            continue
        print(f"=== {item.id}  gold={sorted(gold)}  pred={sorted(pred)}\n  | {item.text}")
        for sent in doc.spacy_doc.sents:
            print("\n".join(events_bench._verb_report(sent, MentionLookup(doc))))
        for r in miss:
            g = gold[r]
            cause = _miss_cause(doc, r, events)
            causes[f"miss:{cause}"] += 1
            src = [item.text[s:e] for s, e in g.sources]
            tgt = [item.text[s:e] for s, e in g.targets]
            print(f"  MISS {r} [{cause}] votes={g.votes} src={src} tgt={tgt}")
        for e in events:
            causes["fp" if e.root in fps else "ok"] += 1
            mark = "FP " if e.root in fps else "ok "
            print(f"  {mark}{e.cameo} {e.pattern} {side(e.source)}->{side(e.target)} "
                  f"words={e.event_text!r}")
    print("counts:", dict(causes))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the figures as JSON to this file")
    ap.add_argument("--errors", choices=["dev"], help="list dev misses/false positives")
    args = ap.parse_args(argv)
    items = load()
    if args.errors:
        dev = [i for i in items if i.split == "dev"]
        error_report(dev, run(dev))
        return 0
    results: dict[str, Any] = {"statistics": {
        split: statistics([i for i in items if i.split == split]) for split in ("dev", "test")}}
    for split, st in results["statistics"].items():
        print(f"{split}: {json.dumps(st)}")
    t0 = time.perf_counter()
    docs = run(items)
    results["seconds"] = round(time.perf_counter() - t0, 1)
    results["predicted_01_events"] = sum(e.root == "01" for d in docs for e in counted(d.events))
    for split in ("dev", "test"):
        idx = [n for n, i in enumerate(items) if i.split == split]
        sub, sub_docs = [items[n] for n in idx], [docs[n] for n in idx]
        results[f"{split}/without-01"] = score(sub, sub_docs, frozenset({"01"}))
        results[f"{split}/with-01"] = score(sub, sub_docs)
    for name, s in results.items():
        if "/" in name:
            print(f"{name:18s} {_fmt(s)}")
    print(f"predicted 01 events: {results['predicted_01_events']}; "
          f"pipeline {results['seconds']} s for {len(items)} sentences")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
