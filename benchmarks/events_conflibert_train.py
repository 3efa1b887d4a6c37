"""Event coding on ConfliBERT's CAMEO class/NER *training* sentences, used as a large DEV
set: PentaClass P/R/F1, a gold x predicted confusion, and span-dyad P/R on the sentences
that also carry Source/Target spans.

Data: ``$TIDINGS_SHARED_DATA/conflibert/cameo_class/train.tsv`` (``sentence<TAB>label``,
PentaClass 0-4) and ``conflibert/cameo_ner/train.txt`` (CoNLL ``token TAG``, BIO ``S``ource
and ``T``arget spans) of eventdata/ConfliBERT (GPL-3.0: read at run time, never copied into
the repository, and no sentence of it is ever committed).

Split: the whole train file is DEV - it is for tuning and error analysis. The ``test``
files are never read: most of ``cameo_class/test.tsv`` shares 8-word windows with the ICEWS
codebook examples, our held-out set. Train sentences that share an 8-word window (lower-
cased alphanumeric words) with an ICEWS codebook example or with a PLOVER test-half record
are dropped; the run prints only how many (never their text).

PentaClass, exactly as the data defines it: 0 = statement/appeal (roots 01-02), 1 = verbal
cooperation (03-05), 2 = material cooperation (06-08), 3 = verbal conflict (09-13 and 16),
4 = material conflict (14-15, 17-20). Note 16 (reduce relations) is verbal conflict here,
while Tidings' quad class puts it in material conflict.

Scoring: each sentence is one article published on ``PUBLISHED`` (a fixed date; only
date-dependent role lookups use it) run through the full pipeline. Counted events are
those neither negated nor hypothetical. A sentence's *predicted classes* are the set of
PentaClasses of its counted events' roots (empty: "no event").

- recall of class c: share of sentences with gold class c whose predicted classes
  include c; micro recall: the same over all sentences;
- precision of class c: share of (sentence, predicted class c) pairs whose sentence has
  gold class c; micro precision: over all such pairs. A sentence has one gold label but
  may describe several events, so a second, true event of another class counts as a false
  positive: precision is a lower bound;
- confusion: for each gold class, how many sentences predict each class (a sentence with
  two classes counts in both columns) and how many predict none;
- span-dyad (sentences of ``cameo_ner/train.txt`` aligned to a class sentence by text with
  case, spacing and punctuation left out): a predicted event matches when its PentaClass
  is the gold class, a mention of its source entity overlaps a gold Source span, and a
  mention of its target entity overlaps a gold Target span (or the sentence has no Target
  span) - spans matched to events as in ``benchmarks/events_conflibert.py``. Precision:
  matching events / counted events of aligned sentences; recall: aligned sentences with a
  Source span that some event matches / aligned sentences with a Source span.

One-sided events (a blank source or target, ``Settings.one_sided_events``) count for the
classes; span-dyad, a dyad score, skips them (as ``tidings.events.evaluate`` does). The run also
codes the same parse with them off and on and prints micro P/R of both, and the precision
of the (sentence, class) pairs that one-sided and two-sided events give.

    .venv/bin/python benchmarks/events_conflibert_train.py [--out FILE] [--every N]
    .venv/bin/python benchmarks/events_conflibert_train.py --errors dev  # DEV: prints text
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench_common import (
    actor_outcome,
    commit,
    one_sided_count,
    pattern_file,
    print_counts,
    print_sentence_report,
    sibling,
    with_one_sided,
)
from tidings.config import shared_data_dir
from tidings.events.evaluate import counted
from tidings.records import Article, Event

HERE = Path(__file__).resolve().parent
PUBLISHED = date(2018, 1, 1)
NGRAM = 8
CLASSES = (0, 1, 2, 3, 4)
CLASS_NAMES = {0: "statement/appeal", 1: "verbal coop", 2: "material coop",
               3: "verbal conflict", 4: "material conflict"}
Spans = tuple[tuple[int, int], ...]


def penta(root: str) -> int:
    """PentaClass of a CAMEO root as ConfliBERT's data defines it (16 is verbal conflict)."""
    r = int(root)
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    return 3 if r <= 13 or r == 16 else 4


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    label: int
    sources: Spans = ()
    targets: Spans = ()
    aligned: bool = False

    @property
    def split(self) -> str:
        return "dev"

    @property
    def article(self) -> Article:
        return Article(id=self.id, text=self.text, published=PUBLISHED)


def _fold(ch: str) -> str:
    """The characters ``ch`` contributes to the normalised text: letters and digits only,
    accents removed (the NER file writes "Erdogan" where the class file has the accent),
    casefolded. A modifier letter (the typographic apostrophe U+02BC) is punctuation here:
    the NER file writes an ASCII apostrophe."""
    return "".join(c.casefold() for c in unicodedata.normalize("NFKD", ch)
                   if c.isalnum() and unicodedata.category(c) != "Lm")


def _norm(text: str) -> str:
    return "".join(map(_fold, text))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def read_class(shared: Path) -> list[tuple[str, int]]:
    path = shared / "conflibert" / "cameo_class" / "train.tsv"
    out = []
    for line in path.read_text("utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip().isdigit():
            out.append((text.strip(), int(label)))
    return out


def read_ner(shared: Path) -> list[list[tuple[str, str]]]:
    """CoNLL sentences as (token, tag) lists."""
    path = shared / "conflibert" / "cameo_ner" / "train.txt"
    sents: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append((" ".join(parts[:-1]), parts[-1]))
    return [s for s in sents if s]


def _ner_spans(tokens: Sequence[tuple[str, str]], text: str) -> tuple[Spans, Spans]:
    """BIO Source/Target token spans as character offsets into ``text``, by walking the
    normalised characters of both (the tokenisation splits punctuation differently)."""
    where = [i for i, ch in enumerate(text) for _ in _fold(ch)]
    pos = 0
    spans: dict[str, list[list[int]]] = {"S": [], "T": []}
    prev = "O"
    for token, tag in tokens:
        size = len(_norm(token))
        start, pos = pos, pos + size
        kind = tag[2:] if tag[:2] in ("B-", "I-") else ""
        if kind in spans and size:
            span = (where[start], where[pos - 1] + 1)
            if tag.startswith("I-") and prev.endswith(kind) and spans[kind]:
                spans[kind][-1][1] = span[1]
            else:
                spans[kind].append(list(span))
        if size or kind not in spans:
            prev = tag
    return (tuple((s, e) for s, e in spans["S"]), tuple((s, e) for s, e in spans["T"]))


def held_out_ngrams(shared: Path) -> dict[str, set[tuple[str, ...]]]:
    """8-grams of the ICEWS codebook examples and of the PLOVER test half, by set (never
    printed)."""
    from tidings.events.evaluate import load_icews, load_plover

    plover = [i for i in load_plover(shared, HERE / "gold" / "events") if i.split == "test"]
    return {name: {g for item in group for g in ngrams(item.article.text)}
            for name, group in (("icews", load_icews(shared)), ("plover_test", plover))}


def load(shared: Path | None = None) -> tuple[list[Sentence], dict[str, int]]:
    """The kept DEV sentences (overlaps with held-out sets dropped, exact repeats kept
    once) with their NER spans where a NER sentence aligns, and the set's statistics."""
    shared = shared or shared_data_dir()
    rows = read_class(shared)
    held = held_out_ngrams(shared)
    ner = {_norm(" ".join(t for t, _ in toks)): toks for toks in read_ner(shared)}
    stats = Counter[str](rows=len(rows), ner_sentences=len(ner), overlap_dropped=0,
                         duplicates_dropped=0, overlap_icews=0, overlap_plover_test=0)
    items: list[Sentence] = []
    seen: set[str] = set()
    for n, (text, label) in enumerate(rows):
        key = _norm(text)
        if key in seen:
            stats["duplicates_dropped"] += 1
            continue
        seen.add(key)
        hits = [name for name, grams in held.items() if ngrams(text) & grams]
        for name in hits:
            stats[f"overlap_{name}"] += 1
        if hits:
            stats["overlap_dropped"] += 1
            continue
        toks = ner.get(key)
        src, tgt = _ner_spans(toks, text) if toks else ((), ())
        items.append(Sentence(f"cbtrain-{n}", text, label, src, tgt, toks is not None))
        stats[f"class_{label}"] += 1
    stats["kept"] = len(items)
    stats["ner_aligned"] = sum(i.aligned for i in items)
    stats["ner_aligned_with_source"] = sum(bool(i.sources) for i in items)
    stats["ner_aligned_with_target"] = sum(bool(i.targets) for i in items)
    return items, dict(sorted(stats.items()))


def predicted_classes(doc: Any, one_sided: bool | None = None) -> set[int]:
    """PentaClasses of the counted events; ``one_sided`` True/False: only the events with a
    blank side / with both sides."""
    return {penta(e.root) for e in counted(doc.events) if e.root
            and (one_sided is None or e.one_sided == one_sided)}


def one_sided_scores(items: Sequence[Sentence], docs: Sequence[Any]) -> dict[str, Any]:
    """Micro P/R with one-sided events off and on, and the precision of the (sentence,
    class) pairs each kind of event gives with them on."""
    out: dict[str, Any] = {}
    for name, flag in (("off", False), ("on", True)):
        recoded = with_one_sided(docs, flag)
        out[name] = class_scores(items, recoded)["micro"]
        if flag:
            out["one_sided_events"] = one_sided_count(recoded)
            for kind, one in (("one_sided_pairs", True), ("two_sided_pairs", False)):
                pairs = [(i.label, c) for i, d in zip(items, recoded, strict=True)
                         for c in predicted_classes(d, one)]
                out[kind] = _prf(sum(g == c for g, c in pairs), len(pairs), 0, 0)
    return out


def _prf(tp_p: int, pred: int, tp_r: int, gold: int) -> dict[str, float]:
    p = tp_p / pred if pred else 0.0
    r = tp_r / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"predicted": pred, "gold": gold, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3)}


def class_scores(items: Sequence[Sentence], docs: Sequence[Any]) -> dict[str, Any]:
    """Per-class and micro P/R/F1 of predicted PentaClasses against the gold label, and
    the gold x predicted confusion (column ``none``: no counted event)."""
    confusion = {c: Counter[str]() for c in CLASSES}
    pred_n, tp_n, gold_n = Counter[int](), Counter[int](), Counter[int]()
    for item, doc in zip(items, docs, strict=True):
        pred = predicted_classes(doc)
        gold_n[item.label] += 1
        for c in pred:
            pred_n[c] += 1
            confusion[item.label][str(c)] += 1
        tp_n[item.label] += item.label in pred
        if not pred:
            confusion[item.label]["none"] += 1
    out: dict[str, Any] = {str(c): _prf(tp_n[c], pred_n[c], tp_n[c], gold_n[c])
                           for c in CLASSES}
    total_tp = sum(tp_n.values())
    out["micro"] = _prf(total_tp, sum(pred_n.values()), total_tp, len(items))
    # Tidings records statements as quotes, not 01 events: the share of statement
    # sentences with a quote or a class-0 event shows how much of class 0 that leaves.
    zero = [(i, d) for i, d in zip(items, docs, strict=True) if i.label == 0]
    said = sum(bool(d.quotes) or 0 in predicted_classes(d) for _, d in zero)
    out["statement_recall_with_quotes"] = round(said / len(zero), 3) if zero else 0.0
    out["sentences_with_event"] = sum(bool(predicted_classes(d)) for d in docs)
    out["confusion"] = {str(g): {k: row[k] for k in [*map(str, CLASSES), "none"]}
                        for g, row in confusion.items()}
    return out


def span_match(doc: Any, event: Event, item: Sentence) -> bool:
    ec = sibling("events_conflibert")
    if not event.root or penta(event.root) != item.label:
        return False
    if not ec._overlaps(ec._side_spans(doc, event.source), item.sources):
        return False
    return not item.targets or bool(ec._overlaps(ec._side_spans(doc, event.target),
                                                 item.targets))


def span_scores(items: Sequence[Sentence], docs: Sequence[Any]) -> dict[str, Any]:
    """Class-level span-dyad P/R on the NER-aligned sentences."""
    events = found = gold = tp = 0
    for item, doc in zip(items, docs, strict=True):
        if not item.aligned:
            continue
        evs = [e for e in counted(doc.events) if not e.one_sided]  # a dyad score
        events += len(evs)
        hits = [span_match(doc, e, item) for e in evs]
        tp += sum(hits)
        if item.sources:
            gold += 1
            found += any(hits)
    return {"aligned": sum(i.aligned for i in items), **_prf(tp, events, found, gold)}


def score(items: Sequence[Sentence], docs: Sequence[Any]) -> dict[str, Any]:
    return {"sentences": len(items), "class": class_scores(items, docs),
            "span_dyad": span_scores(items, docs)}


def gate_figures(s: dict[str, Any]) -> dict[str, float]:
    """The figures the evaluation gate keeps floors for."""
    return {"class_precision": s["class"]["micro"]["precision"],
            "class_recall": s["class"]["micro"]["recall"],
            "span_precision": s["span_dyad"]["precision"],
            "span_recall": s["span_dyad"]["recall"]}


def run(items: Iterable[Sentence]) -> list[Any]:
    from tidings.pipeline import Pipeline

    return list(Pipeline().run(i.article for i in items))


def miss_outcome(doc: Any, label: int) -> str:
    """Why no counted event of the gold class came out of a sentence: one was flagged
    negated/hypothetical; a verb pattern of the class fired but its subject resolved to
    no actor, or resolved and still no event came (linking, target); only patterns of
    other classes fired; a verb's lemma is in the dictionary but no pattern matched; or
    no verb has a pattern (lexicon, nominal events, parse)."""
    from tidings.events.actors_link import MentionLookup
    from tidings.events.coder import pattern_of
    from tidings.events.patterns import verb_blocks

    if any(e.root and penta(e.root) == label for e in doc.events):
        return "event-flagged(negated/hypothetical)"
    lookup = MentionLookup(doc)
    verbs = [t for t in doc.spacy_doc if t.pos_ == "VERB"]
    fired = [(t, m) for t in verbs if (m := pattern_of(t, None)) is not None]
    own = [t for t, m in fired if penta(m.pattern.code[:2]) == label]
    if own and all(m.pattern.code[:2] == "01" for t, m in fired if t in own):
        return "root-01-pattern(statements are quotes by design)"
    if own:
        return actor_outcome(own, lookup)
    if fired:
        return "only-other-class-patterns"
    if any(t.lemma_.lower() in verb_blocks() for t in verbs):
        return "lemma-in-dict,no-pattern-matched"
    return "no-verb-pattern"


def _group(item: Sentence, doc: Any) -> tuple[str, list[Event]]:
    """The (gold, predicted) group of a sentence and its false-positive events."""
    pred = predicted_classes(doc)
    fps = [e for e in counted(doc.events) if e.root and penta(e.root) != item.label]
    return f"gold={item.label} pred={','.join(map(str, sorted(pred))) or 'none'}", fps


def error_report(items: Sequence[Sentence], docs: Sequence[Any]) -> None:
    """DEV misses and false positives grouped by (gold class, predicted classes), with
    each verb's pattern outcome and each event's dyad; then the counts, largest first."""
    groups: dict[str, list[tuple[Sentence, Any, str, list[Event]]]] = {}
    counts = Counter[str]()
    for item, doc in zip(items, docs, strict=True):
        key, fps = _group(item, doc)
        missed = item.label not in predicted_classes(doc)
        outcome = miss_outcome(doc, item.label) if missed else "found"
        if not missed and not fps:
            continue
        groups.setdefault(key, []).append((item, doc, outcome, fps))
        counts[f"{key} | {outcome}"] += 1
        for e in fps:
            counts[f"FP gold={item.label} pred-class={penta(e.root or '01')} | "
                   f"{pattern_file(e)}"] += 1
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"##### {key}: {len(rows)} sentences")
        for item, doc, outcome, fps in rows:
            print(f"=== {item.id} [{outcome}]\n  | {item.text}")
            if item.aligned:
                print(f"  gold S={[item.text[s:e] for s, e in item.sources]} "
                      f"T={[item.text[s:e] for s, e in item.targets]}")
            print_sentence_report(doc, fps)
    print_counts(counts)


def print_scores(s: dict[str, Any]) -> None:
    cls = s["class"]
    for c in [*map(str, CLASSES), "micro"]:
        f = cls[c]
        name = CLASS_NAMES.get(int(c), "") if c.isdigit() else ""
        print(f"class {c:5s} {name:18s} gold={f['gold']:4d} pred={f['predicted']:4d}  "
              f"P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f}")
    print(f"sentences with a counted event: {cls['sentences_with_event']}/{s['sentences']}; "
          f"class 0 recall counting a quote as a statement: "
          f"{cls['statement_recall_with_quotes']:.3f}")
    print("confusion (rows gold, columns predicted; a sentence may predict several):")
    print("gold  " + " ".join(f"{k:>5s}" for k in [*map(str, CLASSES), "none"]))
    for g, row in cls["confusion"].items():
        print(f"{g:5s} " + " ".join(f"{v:5d}" for v in row.values()))
    sp = s["span_dyad"]
    print(f"span-dyad (class level, {sp['aligned']} NER-aligned, {sp['gold']} with a Source "
          f"span): events={sp['predicted']} P={sp['precision']:.3f} R={sp['recall']:.3f} "
          f"F1={sp['f1']:.3f}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the figures as JSON to this file (kept out of the "
                    "repository: the set is evaluation-only data)")
    ap.add_argument("--every", type=int, default=1, help="score every Nth sentence only")
    ap.add_argument("--errors", choices=["dev"], help="print DEV misses and false "
                    "positives grouped by (gold, predicted) class and pattern outcome")
    args = ap.parse_args(argv)
    items, stats = load()
    items = items[::args.every]
    print(f"statistics: {json.dumps(stats)}")
    t0 = time.perf_counter()
    docs = run(items)
    seconds = round(time.perf_counter() - t0, 1)
    if args.errors:
        error_report(items, docs)
        return 0
    s = score(items, docs)
    print_scores(s)
    s["one_sided"] = one_sided_scores(items, docs)
    o = s["one_sided"]
    print(f"micro without one-sided events P={o['off']['precision']:.3f} "
          f"R={o['off']['recall']:.3f}; with P={o['on']['precision']:.3f} "
          f"R={o['on']['recall']:.3f} ({o['one_sided_events']} counted one-sided events); "
          f"(sentence, class) pairs of one-sided events {o['one_sided_pairs']['predicted']} "
          f"P={o['one_sided_pairs']['precision']:.3f}, of two-sided events "
          f"{o['two_sided_pairs']['predicted']} P={o['two_sided_pairs']['precision']:.3f}")
    print(f"pipeline {seconds} s for {len(items)} sentences; commit {commit()}")
    if args.out and args.every == 1:
        result = {"split": "dev (whole cameo_class/train.tsv; test.tsv never read)",
                  "published": PUBLISHED.isoformat(), "commit": commit(),
                  "statistics": stats, "seconds": seconds, **s}
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
