"""Event detection on two external corpora never used for events before: CASE 2021 task 2
(ACLED-derived sub-types of news snippets) and IndiaPoliceEvents (police actions in Times of
India sentences, Gujarat 2002). Sentence-level recall and precision per label and micro.

Data (no licence: evaluation only, read at run time from ``$TIDINGS_SHARED_DATA``; no text,
excerpt or sentence of them is ever committed):

- ``case2021/test_set_final_release_with_labels.tsv``: ``id, EventSnippet, SubType``;
- ``indiapoliceevents/sents.jsonl``: ``doc_id, sent_id, sent_labels, sent_text``
  (lower-cased text; labels KILL, ARREST, FAIL, FORCE, ANY_ACTION).

Labels map to CAMEO code prefixes by ``benchmarks/gold/external/label_map.tsv`` (its README
says which labels are scored, which are negatives only and which are left out, and why).

Split: by a stable hash (SHA-1 of ``corpus:key``; even = dev, odd = test) of the snippet id
(CASE) or the document id (IPE: all sentences of a document fall in one half). Rules may be
tuned on the dev halves only; ``--errors`` never shows a test sentence.

Sentences: every CASE snippet; for IPE every labelled sentence plus a fixed-seed sample of
``IPE_UNLABELLED`` unlabelled ones (seed ``SEED``). Each sentence is one article published
on the corpus date (CASE 2021-01-01, IPE 2002-03-15; only date-dependent role lookups use
it) and goes through the full pipeline. Counted events are those neither negated nor
hypothetical. A sentence's *mapped labels* are the scored labels whose codes accept the
code of one of its counted events.

- CASE: the scored sentences are those whose label is ``event`` or ``none``. Recall of a
  label: share of its sentences whose mapped labels include it; micro recall: the same over
  all ``event`` sentences. Precision of a label: share of the scored sentences mapped to it
  that carry it (the acceptance sets overlap - 190 counts for several labels - so this is a
  lower bound); micro precision: share of scored sentences with any mapped label whose
  gold label is among them.
- IPE: recall of KILL, ARREST, FORCE, ANY_ACTION: share of the sentences carrying it whose
  mapped labels include it; micro recall over (sentence, label) pairs of the first three.
  Precision of KILL, ARREST, FORCE: share of the sentences mapped to it that carry it or
  ANY_ACTION (IPE annotates police actions only). False positives among the sampled
  unlabelled sentences are weighted by (unlabelled sentences of the half / sampled ones),
  estimating the precision on the whole half; ``strict`` counts only the label itself.
  Micro precision: over (sentence, label) pairs of the three.
- ``quad4_recall``: share of a label's sentences with any counted material-conflict event,
  whatever its code (a looser detection figure).

Events with a missing actor: a side with a kind but no country (``---COP`` "police") is
kept and flagged ``unlocated``. With ``Settings.one_sided_events`` the stage also emits
one-sided events (a blank source or target: "five people were arrested", "rebels clashed
near the border"; ``tidings.events.one_sided``); they count as detections like any other.
The run scores the pipeline once per setting on the same parse, side by side
(``one-sided events off`` / ``on``), and prints the precision of the detections that
one-sided events give next to that of two-sided ones (``one_sided_precision``: CASE, the
sentences an event kind maps to any label; IPE, the (sentence, label) pairs, sampled false
positives weighted as above). ``scores`` in the JSON are those of the pipeline's setting.

    .venv/bin/python benchmarks/events_external.py [--out FILE]
    .venv/bin/python benchmarks/events_external.py --errors dev   # DEV: prints text
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from bench_common import (
    actor_outcome,
    commit,
    one_sided_count,
    pattern_file,
    print_counts,
    print_sentence_report,
    with_one_sided,
)
from tidings.config import shared_data_dir
from tidings.events.evaluate import counted
from tidings.records import Article, Event

HERE = Path(__file__).resolve().parent
LABEL_MAP = HERE / "gold" / "external" / "label_map.tsv"
PUBLISHED = {"case2021": date(2021, 1, 1), "ipe": date(2002, 3, 15)}
IPE_UNLABELLED = 3000
SEED = 20021
IPE_PRECISION_LABELS = ("KILL", "ARREST", "FORCE")
IPE_ANY = "ANY_ACTION"
MATERIAL_CONFLICT = frozenset({"14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True)
class LabelRule:
    corpus: str
    label: str
    scoring: str  # event | none | left_out
    codes: tuple[str, ...]

    def accepts(self, code: str) -> bool:
        return any(code.startswith(p) for p in self.codes)


@cache
def label_map() -> dict[tuple[str, str], LabelRule]:
    lines = [ln for ln in LABEL_MAP.read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {(r["corpus"], r["label"]): LabelRule(
        r["corpus"], r["label"], r["scoring"],
        tuple(c for c in r["codes"].split(",") if c)) for r in rows}


def rules(corpus: str, scoring: str = "event") -> list[LabelRule]:
    return [r for (c, _), r in label_map().items() if c == corpus and r.scoring == scoring]


def split_of(corpus: str, key: str) -> str:
    digest = hashlib.sha1(f"{corpus}:{key}".encode()).hexdigest()
    return "dev" if int(digest[:8], 16) % 2 == 0 else "test"


@dataclass(frozen=True)
class Sentence:
    corpus: str
    id: str
    group: str  # the unit of the split: snippet id (CASE), document id (IPE)
    text: str
    labels: frozenset[str]
    sampled: bool = False  # an unlabelled IPE sentence drawn by the fixed-seed sample

    @property
    def split(self) -> str:
        return split_of(self.corpus, self.group)

    @property
    def article(self) -> Article:
        return Article(id=f"{self.corpus}-{self.id}", text=self.text,
                       published=PUBLISHED[self.corpus])


def load_case(shared: Path) -> list[Sentence]:
    path = shared / "case2021" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Sentence("case2021", r["id"], r["id"], r["EventSnippet"].strip(),
                     frozenset({r["SubType"].strip()}))
            for r in rows if r["EventSnippet"].strip()]


def load_ipe(shared: Path, sample: int = IPE_UNLABELLED) -> tuple[list[Sentence], Counter[str]]:
    """All labelled sentences and a fixed-seed sample of the unlabelled ones, with the
    number of unlabelled sentences per half (to weight the sample's false positives)."""
    path = shared / "indiapoliceevents" / "sents.jsonl"
    labelled: list[Sentence] = []
    unlabelled: list[Sentence] = []
    for line in path.read_text("utf-8").splitlines():
        r = json.loads(line)
        text = r["sent_text"].strip()
        if not text:
            continue
        s = Sentence("ipe", f"{r['doc_id']}-{r['sent_id']}", str(r["doc_id"]), text,
                     frozenset(r["sent_labels"]))
        (labelled if s.labels else unlabelled).append(s)
    population = Counter(s.split for s in unlabelled)
    drawn = random.Random(SEED).sample(unlabelled, min(sample, len(unlabelled)))
    picked = [Sentence(s.corpus, s.id, s.group, s.text, s.labels, True) for s in drawn]
    return labelled + picked, population


def mapped(doc: Any, corpus: str, one_sided: bool | None = None) -> set[str]:
    """The labels the counted events map to; ``one_sided`` True/False: only the events
    with a blank side / with both sides."""
    codes = [e.cameo for e in counted(doc.events) if e.cameo
             and (one_sided is None or e.one_sided == one_sided)]
    return {r.label for r in rules(corpus) if any(map(r.accepts, codes))}


def _quad4(doc: Any) -> bool:
    return any(e.root in MATERIAL_CONFLICT for e in counted(doc.events))


def _ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0


def score_case(items: Sequence[Sentence], docs: Sequence[Any]) -> dict[str, Any]:
    kinds = {r.label: r.scoring for r in [*rules("case2021"), *rules("case2021", "none")]}
    pairs = [(i, mapped(d, "case2021"), d) for i, d in zip(items, docs, strict=True)
             if next(iter(i.labels)) in kinds]
    out: dict[str, Any] = {"sentences": len(pairs)}
    for rule in rules("case2021"):
        gold = [m for i, m, _ in pairs if rule.label in i.labels]
        pred = [i for i, m, _ in pairs if rule.label in m]
        quad = [_quad4(d) for i, _, d in pairs if rule.label in i.labels]
        out[rule.label] = {"gold": len(gold), "found": sum(rule.label in m for m in gold),
                           "recall": _ratio(sum(rule.label in m for m in gold), len(gold)),
                           "predicted": len(pred),
                           "precision": _ratio(sum(rule.label in i.labels for i in pred),
                                               len(pred)),
                           "quad4_recall": _ratio(sum(quad), len(quad))}
    for rule in rules("case2021", "none"):
        neg = [m for i, m, _ in pairs if rule.label in i.labels]
        out[rule.label] = {"sentences": len(neg), "with_mapped_event": sum(bool(m) for m in neg)}
    gold_n = sum(kinds[next(iter(i.labels))] == "event" for i, _, _ in pairs)
    hits = sum(bool(i.labels & m) for i, m, _ in pairs)
    pred_n = sum(bool(m) for _, m, _ in pairs)
    out["micro"] = {"gold": gold_n, "found": hits, "recall": _ratio(hits, gold_n),
                    "predicted": pred_n, "precision": _ratio(hits, pred_n)}
    return out


def score_ipe(items: Sequence[Sentence], docs: Sequence[Any],
              population: int) -> dict[str, Any]:
    """IPE figures of one half; ``population`` is the half's number of unlabelled
    sentences, of which the sampled ones stand for the rest."""
    pairs = [(i, mapped(d, "ipe"), d) for i, d in zip(items, docs, strict=True)]
    sampled = sum(i.sampled for i, _, _ in pairs)
    weight = population / sampled if sampled else 1.0
    out: dict[str, Any] = {"sentences": len(pairs), "sampled_unlabelled": sampled,
                           "unlabelled_in_half": population, "fp_weight": round(weight, 2)}
    micro = Counter[str]()
    for rule in rules("ipe"):
        gold = [m for i, m, _ in pairs if rule.label in i.labels]
        found = sum(rule.label in m for m in gold)
        quad = [_quad4(d) for i, _, d in pairs if rule.label in i.labels]
        row: dict[str, Any] = {"gold": len(gold), "found": found,
                               "recall": _ratio(found, len(gold)),
                               "quad4_recall": _ratio(sum(quad), len(quad))}
        if rule.label in IPE_PRECISION_LABELS:
            pred = [i for i, m, _ in pairs if rule.label in m]
            tp = sum(bool(i.labels & {rule.label, IPE_ANY}) for i in pred)
            strict = sum(rule.label in i.labels for i in pred)
            fp_unl = sum(i.sampled for i in pred)
            fp_lab = len(pred) - tp - fp_unl
            row.update(predicted=len(pred), predicted_unlabelled=fp_unl,
                       precision=_ratio(tp, tp + fp_lab + weight * fp_unl),
                       precision_unweighted=_ratio(tp, len(pred)),
                       precision_strict=_ratio(strict, strict + (len(pred) - strict - fp_unl)
                                               + weight * fp_unl))
            micro.update(gold=len(gold), found=found, tp=tp, fp_lab=fp_lab, fp_unl=fp_unl)
        out[rule.label] = row
    out["micro"] = {"gold": micro["gold"], "found": micro["found"],
                    "recall": _ratio(micro["found"], micro["gold"]),
                    "precision": _ratio(micro["tp"], micro["tp"] + micro["fp_lab"]
                                        + weight * micro["fp_unl"])}
    return out


def score(items: Sequence[Sentence], docs: Sequence[Any],
          population: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in ("dev", "test"):
        idx = [n for n, i in enumerate(items) if i.split == split]
        for corpus in ("case2021", "ipe"):
            sub = [n for n in idx if items[n].corpus == corpus]
            its, ds = [items[n] for n in sub], [docs[n] for n in sub]
            out[f"{corpus}/{split}"] = (score_case(its, ds) if corpus == "case2021"
                                        else score_ipe(its, ds, population[split]))
    return out


def _kind_precision(items: Sequence[Sentence], docs: Sequence[Any], population: int,
                    one_sided: bool) -> dict[str, Any]:
    """Precision of the detections one kind of event (one-sided or two-sided) gives."""
    right = wrong = 0.0
    n = 0
    sampled = sum(i.sampled for i in items)
    weight = population / sampled if sampled else 1.0
    kinds = {r.label: r.scoring for r in [*rules("case2021"), *rules("case2021", "none")]}
    for item, doc in zip(items, docs, strict=True):
        got = mapped(doc, item.corpus, one_sided)
        if item.corpus == "case2021":
            if not got or next(iter(item.labels)) not in kinds:
                continue
            n += 1
            right += bool(item.labels & got)
            wrong += not item.labels & got
            continue
        for label in got & set(IPE_PRECISION_LABELS):
            n += 1
            ok = bool(item.labels & {label, IPE_ANY})
            right += ok
            wrong += 0 if ok else weight if item.sampled else 1
    return {"detections": n, "precision": _ratio(right, right + wrong)}


def one_sided_precision(items: Sequence[Sentence], docs: Sequence[Any],
                        population: Counter[str]) -> dict[str, Any]:
    """Per corpus and half: precision and number of the detections of one-sided and of
    two-sided events, and the number of counted one-sided events."""
    out: dict[str, Any] = {}
    for split in ("dev", "test"):
        for corpus in ("case2021", "ipe"):
            sub = [n for n, i in enumerate(items) if i.split == split and i.corpus == corpus]
            its, ds = [items[n] for n in sub], [docs[n] for n in sub]
            if not its:
                continue
            out[f"{corpus}/{split}"] = {
                "one_sided": _kind_precision(its, ds, population[split], True),
                "two_sided": _kind_precision(its, ds, population[split], False),
                "one_sided_events": one_sided_count(ds)}
    return out


def run(items: Iterable[Sentence]) -> list[Any]:
    from tidings.pipeline import Pipeline

    return list(Pipeline().run(i.article for i in items))


def miss_outcome(doc: Any, rule: LabelRule) -> str:
    """Why no counted event of the label came out: one was flagged negated/hypothetical;
    a verb (or event noun) pattern of the label fired without an event (which side
    resolved to no actor); only patterns of other codes fired; a verb's lemma is in the
    dictionary but no pattern matched; or no verb has a pattern."""
    from tidings.events.actors_link import MentionLookup
    from tidings.events.coder import pattern_of
    from tidings.events.object_nouns import noun_rule
    from tidings.events.patterns import verb_blocks

    if any(e.cameo and rule.accepts(e.cameo) for e in doc.events):
        return "event-flagged(negated/hypothetical)"
    verbs = [t for t in doc.spacy_doc if t.pos_ == "VERB"]
    fired = [(t, m) for t in verbs if (m := pattern_of(t, None)) is not None]
    own = [t for t, m in fired if rule.accepts(m.pattern.code)]
    if own:
        return actor_outcome(own, MentionLookup(doc))
    nouns = [n for t in doc.spacy_doc if t.pos_ == "NOUN" and (n := noun_rule(t)) is not None]
    if any(rule.accepts(n.code) for n in nouns):
        return "noun-pattern-fired,no-event"
    if fired:
        return "only-other-code-patterns"
    if any(t.lemma_.lower() in verb_blocks() for t in verbs):
        return "lemma-in-dict,no-pattern-matched"
    return "no-verb-pattern"


def _errors_of(item: Sentence, doc: Any) -> tuple[list[tuple[LabelRule, str]], list[Event]]:
    """The sentence's missed labels with their outcome, and its false-positive events."""
    got = mapped(doc, item.corpus)
    scored = [r for r in rules(item.corpus) if r.label in item.labels]
    misses = [(r, miss_outcome(doc, r)) for r in scored if r.label not in got]
    if item.corpus == "ipe":
        wrong = {lb for lb in got & set(IPE_PRECISION_LABELS)
                 if not item.labels & {lb, IPE_ANY}}
    else:
        kinds = {r.label: r.scoring for r in [*rules("case2021"), *rules("case2021", "none")]}
        wrong = got if item.labels.isdisjoint(got) and next(iter(item.labels)) in kinds else set()
    fps = [e for e in counted(doc.events) if e.cameo and any(
        label_map()[(item.corpus, lb)].accepts(e.cameo) for lb in wrong)]
    return misses, fps


def error_report(items: Sequence[Sentence], docs: Sequence[Any]) -> None:
    """DEV misses and false positives with each verb's pattern outcome and each event's
    dyad; then the counts by (corpus, label, outcome), largest first."""
    counts = Counter[str]()
    for item, doc in zip(items, docs, strict=True):
        if item.split != "dev":
            continue
        misses, fps = _errors_of(item, doc)
        if not misses and not fps:
            continue
        for rule, outcome in misses:
            counts[f"MISS {item.corpus} {rule.label} | {outcome}"] += 1
        for e in fps:
            counts[f"FP {item.corpus} {','.join(sorted(item.labels)) or '-'} "
                   f"code={e.cameo} | {pattern_file(e)}"] += 1
        tags = "; ".join(f"miss {r.label} [{o}]" for r, o in misses)
        print(f"=== {item.corpus} {item.id} gold={','.join(sorted(item.labels)) or '-'} "
              f"{tags}{' FP' if fps else ''}\n  | {item.text}")
        print_sentence_report(doc, fps)
    print_counts(counts)


def print_scores(s: dict[str, Any]) -> None:
    for name, block in s.items():
        print(f"--- {name}: {block['sentences']} sentences"
              + (f" ({block['sampled_unlabelled']} sampled unlabelled of "
                 f"{block['unlabelled_in_half']}, FP weight {block['fp_weight']})"
                 if "fp_weight" in block else ""))
        for label, f in block.items():
            if not isinstance(f, dict):
                continue
            if "recall" not in f:
                print(f"  {label:30s} negatives={f['sentences']:4d} "
                      f"with a mapped event={f['with_mapped_event']}")
                continue
            prec = (f"  pred={f['predicted']:4d} P={f['precision']:.3f}"
                    if "precision" in f and "predicted" in f else
                    f"  P={f['precision']:.3f}" if "precision" in f else "")
            strict = (f" (unweighted {f['precision_unweighted']:.3f}, strict "
                      f"{f['precision_strict']:.3f})" if "precision_strict" in f else "")
            quad = f"  quad4 R={f['quad4_recall']:.3f}" if "quad4_recall" in f else ""
            print(f"  {label:30s} gold={f['gold']:4d} found={f['found']:4d} "
                  f"R={f['recall']:.3f}{prec}{strict}{quad}")


CORPUS_FILES = ("case2021/test_set_final_release_with_labels.tsv",
                "indiapoliceevents/sents.jsonl")


def missing_files(shared: Path) -> list[Path]:
    """The corpus files not found under ``shared`` (the scripts and gates stop on them)."""
    return [shared / f for f in CORPUS_FILES if not (shared / f).is_file()]


def load(shared: Path | None = None) -> tuple[list[Sentence], Counter[str]]:
    shared = shared or shared_data_dir()
    ipe, population = load_ipe(shared)
    return [*load_case(shared), *ipe], population


def score_one_sided_modes(items: list[Sentence], docs: list[Any],
                          population: Counter[str]) -> dict[str, Any]:
    """Scores with one-sided events off and on (re-coded from one parse), printed side by
    side, and the precision of the detections each kind of event gives."""
    modes: dict[str, Any] = {}
    for name, flag in (("off", False), ("on", True)):
        recoded = with_one_sided(docs, flag)
        modes[name] = score(items, recoded, population)
        print(f"##### one-sided events {name}")
        print_scores(modes[name])
        if flag:
            modes["precision"] = one_sided_precision(items, recoded, population)
    print("##### detections by event kind (one-sided events on)")
    for half, f in modes["precision"].items():
        one, two = f["one_sided"], f["two_sided"]
        print(f"  {half:14s} one-sided events={f['one_sided_events']:4d} "
              f"detections={one['detections']:4d} P={one['precision']:.3f} | two-sided "
              f"detections={two['detections']:4d} P={two['precision']:.3f}")
    return modes


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "results" / "events_external.json"),
                    help="write the figures as JSON here (kept out of the repository)")
    ap.add_argument("--errors", choices=["dev"], help="print DEV misses and false "
                    "positives with the verbs' pattern outcomes instead of scoring")
    args = ap.parse_args(argv)
    if missing := missing_files(shared_data_dir()):
        print("external corpora not found: " + ", ".join(map(str, missing))
              + " (set TIDINGS_SHARED_DATA)", file=sys.stderr)
        return 2
    items, population = load()
    if args.errors:
        items = [i for i in items if i.split == "dev"]
    print(f"sentences: {dict(Counter(f'{i.corpus}/{i.split}' for i in items))}; "
          f"IPE unlabelled per half: {dict(population)}, sampled {IPE_UNLABELLED}")
    t0 = time.perf_counter()
    docs = run(items)
    seconds = round(time.perf_counter() - t0, 1)
    if args.errors:
        error_report(items, docs)
        return 0
    s = score(items, docs, population)
    modes = score_one_sided_modes(items, docs, population)
    print(f"pipeline {seconds} s for {len(items)} sentences; commit {commit()}")
    result = {"commit": commit(), "seconds": seconds, "sample": IPE_UNLABELLED,
              "seed": SEED, "published": {k: v.isoformat() for k, v in PUBLISHED.items()},
              "scores": s, "one_sided": modes}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
