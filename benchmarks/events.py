"""Event-coding benchmark: dyad-level precision/recall (root and quad class) and speed.

Data (each split reported separately; rules were tuned only on the ``dev`` parts):

- PLOVER gold records (``PLOVER_GSR_CAMEO.txt``, 322): 2016 categories mapped to CAMEO
  roots by ``benchmarks/gold/events/plover2016_to_cameo.tsv``; even record numbers dev,
  odd test.
- ICEWS codebook examples (``cameo-codes.csv``, 277): code-only gold (no actors), held out
  (never tuned on). Reported twice: all, and without sentences that also occur in the
  PLOVER dev split (both are CAMEO-manual examples).
- Sample-corpus articles annotated at dyad level (``benchmarks/gold/events/*.json``):
  odd ids dev, even ids test.
- Independent news/statement texts (``benchmarks/gold/events/news/``, public-domain DoD
  News, VOA, USAID and congressional texts in ``benchmarks/gold/quotes/texts/``),
  annotated blind: ids 151-197 (congressional statements, USAID readouts, a CJTF-OIR
  story) are dev and used for error analysis from round 3 on; ids 101-118 (DoD News and
  VOA stories) are test and never shown by ``--errors``.
- PETRARCH-2 unit-test records with their toy actor dictionary: coder mechanics only
  (fictional actors, test-only codes), reported separately.

One-sided events (a blank source or target) have no dyad: the scorers skip them, and the
run prints how many each set has with them on, as an extra line.

Speed: spaCy's own ``nlp.pipe`` over all texts, then Tidings' pipeline (parse + all stages)
on the same texts in the same run (alternated, best of two each), then the events stage
alone on the parsed documents; ratios are to spaCy's time.

    .venv/bin/python benchmarks/events.py [--out benchmarks/results/events.json]
    .venv/bin/python benchmarks/events.py --errors dev   # error analysis, dev splits only
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from tidings.config import shared_data_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GOLD = HERE / "gold" / "events"
SAMPLE = Path(str(files("tidings") / "data" / "sample" / "articles"))
REPEATS = 2


def shared_dir() -> Path:
    return shared_data_dir()


def run_pipeline(items: Sequence[Any]) -> tuple[list[Any], dict[str, float]]:
    from tidings.events import code_events
    from tidings.pipeline import Pipeline

    pipeline = Pipeline()
    texts = [i.article.text for i in items]
    list(pipeline.nlp.pipe(texts[:20]))  # warm-up, excluded from timings
    # Alternate the two runs and keep each one's best time: the machine is shared, and
    # a burst of load during one run would otherwise decide the ratio.
    t_spacy = t_tidings = float("inf")
    docs: list[Any] = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        list(pipeline.nlp.pipe(texts, batch_size=pipeline.settings.batch_size))
        t_spacy = min(t_spacy, time.perf_counter() - t0)
        t0 = time.perf_counter()
        docs = list(pipeline.run(i.article for i in items))
        t_tidings = min(t_tidings, time.perf_counter() - t0)
    t_events = float("inf")
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for doc in docs:
            code_events(doc)
        t_events = min(t_events, time.perf_counter() - t0)
    speed = {"texts": len(texts), "chars": sum(map(len, texts)),
             "spacy_pipe_s": round(t_spacy, 3), "tidings_pipeline_s": round(t_tidings, 3),
             "events_stage_s": round(t_events, 3),
             "tidings_over_spacy": round(t_tidings / t_spacy, 3),
             "events_over_spacy": round(t_events / t_spacy, 3)}
    return docs, speed


def evaluate(items: Sequence[Any], docs: Sequence[Any]) -> dict[str, Any]:
    from tidings.events.evaluate import score, score_codes

    results: dict[str, Any] = {}
    groups: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        groups.setdefault(f"{item.dataset}/{item.split}", []).append(n)
    for name, idx in sorted(groups.items()):
        sub_items = [items[i] for i in idx]
        sub_events = [docs[i].events for i in idx]
        scorer = score_codes if name.startswith("icews") else score
        results[name] = scorer(sub_items, sub_events)
    plover_dev = {items[i].article.text.strip() for i in groups.get("plover/dev", [])}
    held = [i for i in groups.get("icews/test", []) if items[i].article.text.strip()
            not in plover_dev]
    results["icews/test-not-in-plover-dev"] = score_codes([items[i] for i in held],
                                                          [docs[i].events for i in held])
    return results


def one_sided_counts(items: Sequence[Any], docs: Sequence[Any]) -> dict[str, int]:
    """Counted (neither negated nor hypothetical) one-sided events per set with one-sided
    events on, whatever the pipeline's setting: not scored, the dyad scorers skip them."""
    from bench_common import one_sided_count, with_one_sided

    out: dict[str, int] = {}
    for item, doc in zip(items, docs, strict=True):
        name = f"{item.dataset}/{item.split}"
        out[name] = out.get(name, 0) + one_sided_count(with_one_sided([doc], True))
    return dict(sorted(out.items()))


def petrarch_mechanics(shared: Path) -> dict[str, dict[str, float]]:
    """The PETRARCH unit-test suite with its toy actors: coded with Tidings' dictionaries,
    and with the suite's own toy verb dictionary (coder mechanics only)."""
    from tidings.events.evaluate import score
    from tidings.events.petrarch_suite import code_suite, load_petrarch_suite, toy_verb_table
    from tidings.pipeline import Pipeline

    items, toy = load_petrarch_suite(shared)
    nlp = Pipeline(stages=()).nlp
    docs = list(nlp.pipe(i.article.text for i in items))
    toy_verbs = toy_verb_table(shared / "petrarch2" / "PETR.Validate.verbs.txt")
    return {"tidings_verbs": score(items, code_suite(docs, toy, None)),
            "toy_verbs": score(items, code_suite(docs, toy, toy_verbs))}


def _actor_str(tok: Any, lookup: Any) -> str:
    from tidings.events.actors_link import phrase_text

    if tok is None:
        return "-"
    found = lookup(tok)
    got = ",".join(f"{a.code or a.name}" for a in found) or "UNRESOLVED"
    return f"{phrase_text(tok)!r}->{got}"


def _verb_report(sent: Any, lookup: Any) -> list[str]:
    """Per verb of the sentence: lemma, pattern (or why none), subject and object actors."""
    from tidings.events.coder import _subject, pattern_of
    from tidings.events.patterns import verb_blocks

    lines = []
    for tok in sent:
        if tok.pos_ not in {"VERB"}:
            continue
        match = pattern_of(tok, None)
        why = (f"{match.pattern.id}:{match.pattern.code}" if match else
               "no-pattern-matched" if tok.lemma_.lower() in verb_blocks() else "lemma-not-in-dict")
        subj, _ = _subject(tok)
        objs = [c for c in tok.children if c.dep_ in {"dobj", "dative", "attr"}]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pobj"]
        lines.append(f"      {tok.lemma_}/{tok.dep_} [{why}] subj={_actor_str(subj, lookup)} "
                     f"objs={'; '.join(_actor_str(o, lookup) for o in objs) or '-'}")
    return lines


def _cause(g: Any, events: Sequence[Any]) -> str:
    from tidings.events.evaluate import actor_key, matches

    keyed = [(actor_key(e.source) or "", actor_key(e.target) or "", e) for e in events]
    if any(matches(g, s, t) and e.root in g.roots for s, t, e in keyed):
        return "f-flagged(negated/hypothetical)"
    if any(matches(g, s, t) for s, t, _ in keyed):
        return "d-wrong-code"
    if any(s == g.source or t == g.target for s, t, _ in keyed):
        return "c-wrong-actor(one side right)"
    if events:
        return "a/c-other-dyad-coded"
    return "none-coded"


def _gold_sentences(item: Any) -> dict[tuple[str, str, str], list[int]]:
    """Sentence offsets of an annotated article's gold events (PLOVER texts are one
    sentence and are printed whole)."""
    path = GOLD / ("news" if item.dataset == "news" else "") / f"{item.id}.json"
    out: dict[tuple[str, str, str], list[int]] = {}
    if item.dataset in ("articles", "news") and path.is_file():
        data = json.loads(path.read_text("utf-8"))
        for g in data["events"] if item.dataset == "news" else data:
            key = (g["source_country"], g["target_country"], g["root"])
            out.setdefault(key, []).append(int(g["start"]))
    return out


def error_report(items: Sequence[Any], docs: Sequence[Any]) -> None:
    """Misses and false positives of the DEV splits, with verbs, patterns and actors."""
    from collections import Counter

    from tidings.events.actors_link import MentionLookup
    from tidings.events.evaluate import actor_key, counted, matches

    causes: Counter[str] = Counter()
    for item, doc in zip(items, docs, strict=True):
        if item.split != "dev" or item.codes:
            continue
        kept = counted(doc.events)
        fps = [e for e in kept if (s := actor_key(e.source)) and (t := actor_key(e.target))
               and (item.domestic or s != t)
               and not any(matches(g, s, t) and e.root in g.roots for g in item.events)]
        misses = [g for g in item.events if not any(
            matches(g, actor_key(e.source) or "", actor_key(e.target) or "")
            and e.root in g.roots for e in kept)]
        if not fps and not misses:
            continue
        print(f"=== {item.dataset} {item.id}")
        lookup = MentionLookup(doc)
        sents = list(doc.spacy_doc.sents)
        if item.dataset == "plover":
            print(f"  TEXT: {item.article.text.strip()[:400]}")
            for sent in sents:
                print("\n".join(_verb_report(sent, lookup)))
        where = _gold_sentences(item)
        for g in misses:
            cause = _cause(g, doc.events)
            causes[cause] += 1
            print(f"  MISS [{cause}] {g.source}->{g.target} {sorted(g.roots)}")
            for start in where.get((g.source, g.target, min(g.roots)), []):
                sent = doc.spacy_doc.char_span(start, start + 1, alignment_mode="expand")
                if sent is not None:
                    print(f"     | {sent.sent.text.strip()[:300]}")
                    print("\n".join(_verb_report(sent.sent, lookup)))
        for e in fps:
            causes["FP"] += 1
            print(f"  FP {actor_key(e.source)}->{actor_key(e.target)} {e.cameo} {e.pattern} "
                  f"src={e.source and e.source.name!r} tgt={e.target and e.target.name!r} "
                  f"words={e.event_text!r} "
                  f"reported={e.reported}\n     | {e.sentence.strip()[:300]}")
        for e in doc.events:
            print(f"  PRED {actor_key(e.source)}->{actor_key(e.target)} {e.cameo} "
                  f"neg={e.negated} hyp={e.hypothetical} bg={e.background} {e.event_text!r}")
    print("causes:", dict(causes.most_common()))


def main(argv: list[str]) -> int:
    from tidings.events.evaluate import load_articles, load_icews, load_news, load_plover

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "results" / "events.json"))
    ap.add_argument("--errors", choices=["dev"], help="list dev-split misses and false "
                    "positives (with verbs, patterns, actors) instead of scoring")
    ap.add_argument("--dataset", help="with --errors: only this dataset (plover, "
                    "articles, news)")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if args.errors:
        from tidings.pipeline import Pipeline

        dev = [i for i in [*load_plover(shared, GOLD), *load_articles(SAMPLE, GOLD),
                           *load_news(GOLD / "news", REPO)]
               if i.split == "dev" and args.dataset in (None, i.dataset)]
        error_report(dev, list(Pipeline().run(i.article for i in dev)))
        return 0
    items = [*load_plover(shared, GOLD), *load_icews(shared), *load_articles(SAMPLE, GOLD),
             *load_news(GOLD / "news", REPO)]
    docs, speed = run_pipeline(items)
    results = {"scores": evaluate(items, docs), "speed": speed,
               "petrarch_mechanics": petrarch_mechanics(shared),
               "one_sided_events": one_sided_counts(items, docs)}
    mech = results["petrarch_mechanics"]
    rows = {**results["scores"],
            "petrarch-suite (toy actors, Tidings verbs)": mech["tidings_verbs"],
            "petrarch-suite (toy actors, toy verbs)": mech["toy_verbs"]}
    for name, s in rows.items():
        dyad = (f"  dyad P={s['dyad_precision']:.3f} R={s['dyad_recall']:.3f}"
                if "dyad_precision" in s else "")
        print(f"{name:44s} n_pred={s['predicted']:4d} n_gold={s['gold']:4d}  "
              f"root P={s['root_precision']:.3f} R={s['root_recall']:.3f}  "
              f"quad P={s['quad_precision']:.3f} R={s['quad_recall']:.3f}{dyad}")
    print("one-sided events (counted, with one-sided events on; not scored): "
          + ", ".join(f"{k}={v}" for k, v in results["one_sided_events"].items()))
    print(f"speed: {json.dumps(speed)}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
