"""Quote extraction benchmark: Tidings vs textacy on the same texts, in one run.

    .venv/bin/python benchmarks/quotes.py [--polnear-limit N] [--no-polnear]
    .venv/bin/python benchmarks/quotes.py --errors train [--limit N] [--offset K]
    .venv/bin/python benchmarks/quotes.py --mine-cues train [--limit N] [--offset K]

Prints, per split of the bundled gold set (``benchmarks/gold/quotes``; dev was
used for tuning, test was not) and for PolNeAR dev (read from the shared data
folder, never copied): direct-quote P/R/F1 at 0.3 and 0.8 token overlap,
reported-speech P/R/F1, speaker accuracy and articles per second, for Tidings
and for ``textacy.extract.triples.direct_quotations``. Writes the numbers to
``benchmarks/results/quotes.json``.

``--errors train`` runs the error analysis of ``benchmarks/quotes_errors.py`` on
PolNeAR **train** (never dev). ``--mine-cues train`` prints, for (verb lemma,
attachment) pairs with an actor-like subject, how many of the candidate content
tokens not yet predicted are PolNeAR content: the table the v2/v3 rows of
``src/tidings/quotes/data/np_cues.tsv`` were chosen from (train 0-599, checked on
600-839).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tidings.config import load_settings, shared_data_dir
from tidings.document import Document
from tidings.nlp import load_nlp
from tidings.pipeline import Pipeline
from tidings.quotes.evaluate import (
    gold_text,
    load_gold,
    polnear_contents,
    polnear_dev,
    predicted,
    score_gold,
    score_polnear,
    univocal,
)
from tidings.records import Actor, Article, Quote

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "gold" / "quotes"
RESULTS = REPO / "benchmarks" / "results" / "quotes.json"
QUOTE_CHARS = "\"'“”‘’«»„ ,"


def shared_data() -> Path:
    return shared_data_dir()


def run_tidings(pipe: Pipeline, texts: Sequence[str], sdocs: Sequence[Any]) -> list[list[Quote]]:
    out = []
    for i, (text, sdoc) in enumerate(zip(texts, sdocs, strict=True)):
        doc = pipe.apply(Document(article=Article(id=str(i), text=text), spacy_doc=sdoc))
        out.append(list(doc.quotes))
    return out


def run_textacy(sdocs: Sequence[Any]) -> list[list[Quote]]:
    from textacy.extract.triples import direct_quotations

    out = []
    for sdoc in sdocs:
        preds = []
        try:
            triples = list(direct_quotations(sdoc))
        except Exception:  # textacy raises on some unbalanced-quote texts; count as none found
            triples = []
        for tri in triples:
            start, end = _strip(
                sdoc.text, tri.content[0].idx, tri.content[-1].idx + len(tri.content[-1])
            )
            speaker = " ".join(t.text for t in tri.speaker) or None
            actor = Actor(speaker, None, None) if speaker else None
            cue = tri.cue[0].idx if tri.cue else None
            preds.append(
                Quote("direct", sdoc.text[start:end], start, end, speaker=actor, cue_start=cue)
            )
        out.append(preds)
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    while end > start and text[end - 1] in QUOTE_CHARS:
        end -= 1
    return start, end


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def bench_gold(pipe: Pipeline, nlp: Any) -> dict[str, Any]:
    articles = load_gold(GOLD)
    texts = [gold_text(REPO, a) for a in articles]
    sdocs, t_parse = timed(lambda: list(nlp.pipe(texts)))
    tid, t_tid = timed(run_tidings, pipe, texts, sdocs)
    txc, t_txc = timed(run_textacy, sdocs)
    out: dict[str, Any] = {}
    for split in ("dev", "test", "all"):
        idx = [i for i, a in enumerate(articles) if split in ("all", a.split)]
        n_quotes = sum(len(articles[i].quotes) for i in idx)
        row: dict[str, Any] = {"articles": len(idx), "gold_quotes": n_quotes}
        for name, preds in (("tidings", tid), ("textacy", txc)):
            row[name] = score_gold(
                [(texts[i], articles[i].quotes, predicted(preds[i])) for i in idx]
            )
        out[split] = row
    n = len(texts)
    out["articles_per_second"] = {
        "tidings": round(n / (t_parse + t_tid), 2),
        "textacy": round(n / (t_parse + t_txc), 2),
        "note": "shared spaCy parse (timed once) + extraction; tidings includes the actors stage",
        "extraction_only": {"tidings": round(n / t_tid, 2), "textacy": round(n / t_txc, 2)},
    }
    return out


def bench_polnear(pipe: Pipeline, nlp: Any, limit: int | None) -> dict[str, Any] | None:
    if not (shared_data() / "polnear" / "data" / "dev").is_dir():
        return None
    rows = polnear_dev(shared_data(), limit)
    names = [n for n, _, _ in rows]
    texts = [t for _, t, _ in rows]
    golds = [polnear_contents(a) for _, _, a in rows]
    sdocs, t_parse = timed(lambda: list(nlp.pipe(texts)))
    tid, t_tid = timed(run_tidings, pipe, texts, sdocs)
    txc, t_txc = timed(run_textacy, sdocs)
    out: dict[str, Any] = {"articles": len(names), "gold_attributions": sum(map(len, golds))}
    for name, preds in (("tidings", tid), ("textacy", txc)):
        items = [(t, g, univocal(ps)) for t, g, ps in zip(texts, golds, preds, strict=True)]
        out[name] = score_polnear(items)
    n = len(texts)
    out["articles_per_second"] = {
        "tidings": round(n / (t_parse + t_tid), 2),
        "textacy": round(n / (t_parse + t_txc), 2),
        "extraction_only": {"tidings": round(n / t_tid, 2), "textacy": round(n / t_txc, 2)},
    }
    return out


_PERSON_WORDS = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def _actor_like(tok: Any) -> bool:
    return tok is not None and (
        tok.lower_ in _PERSON_WORDS or tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    )


def _candidates(verb: Any) -> list[tuple[str, list[Any]]]:
    """(attachment, tokens) a stance cue could take: dobj, a preposition, a to-clause."""
    out: list[tuple[str, list[Any]]] = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "dobj":
            out.append(("-", list(c.subtree)))
        elif c.dep_ == "prep":
            out.append((c.lower_, [t for t in c.subtree if t.i != c.i]))
        elif c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children):
            out.append(("to-inf", list(c.subtree)))
    return out


def mine_cues(limit: int, offset: int, min_tokens: int = 25) -> None:
    """Share of PolNeAR-content tokens per (verb, attachment), on train only."""
    from quotes_errors import parsed, train_rows
    from tidings.quotes.evaluate import token_set
    from tidings.quotes.syntax import subject_of

    settings = load_settings()
    pipe = Pipeline(settings, stages=("actors", "quotes"))
    rows = train_rows(limit, offset)
    sdocs = parsed(load_nlp(settings.spacy_model), [t for _, t, _ in rows])
    stats: dict[tuple[str, str], list[int]] = {}
    for (name, text, ann), sdoc in zip(rows, sdocs, strict=True):
        doc = pipe.apply(Document(article=Article(id=name, text=text), spacy_doc=sdoc))
        pred = token_set(text, [(q.start, q.end) for q in doc.quotes])
        gold = token_set(text, [f for c in polnear_contents(ann) for f in c])
        for verb in sdoc:
            if verb.pos_ != "VERB" or not _actor_like(subject_of(verb)):
                continue
            for how, toks in _candidates(verb):
                st = stats.setdefault((verb.lemma_.lower(), how), [0, 0, 0])
                st[2] += 1
                for t in toks:
                    span = (t.idx, t.idx + len(t.text))
                    if t.is_alpha and span not in pred:
                        st[0 if span in gold else 1] += 1
    table = sorted(stats.items(), key=lambda kv: kv[1][1] - kv[1][0])
    print("lemma          attach    content  other  uses  share")
    for (lemma, how), (good, bad, uses) in table:
        if good + bad >= min_tokens:
            print(f"{lemma:14} {how:8} {good:7} {bad:6} {uses:5}  {good / (good + bad):.2f}")


def _line(label: str, s: dict[str, Any]) -> str:
    d3, d8 = s["direct@0.3"], s["direct@0.8"]
    r5 = s["reported@0.5"]
    acc = s["speaker_accuracy"]
    return (
        f"  {label:8} direct@0.3 P={d3['precision']:.3f} R={d3['recall']:.3f} F1={d3['f1']:.3f} | "
        f"direct@0.8 P={d8['precision']:.3f} R={d8['recall']:.3f} F1={d8['f1']:.3f} | "
        f"reported@0.5 P={r5['precision']:.3f} R={r5['recall']:.3f} F1={r5['f1']:.3f} | "
        f"speaker acc={'n/a' if acc is None else f'{acc:.3f}'} (n={s['speaker_n']}) | "
        f"no speaker in gold but a name given: {s['unnamed_given_a_name']} "
        f"(n={s['unnamed_n']})"
    )


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear-limit", type=int, default=None)
    ap.add_argument("--no-polnear", action="store_true")
    ap.add_argument("--errors", choices=["train"], help="error analysis on PolNeAR train")
    ap.add_argument("--mine-cues", choices=["train"], help="stance-cue table on PolNeAR train")
    ap.add_argument("--limit", type=int, default=200, help="train articles (--errors/--mine-cues)")
    ap.add_argument("--offset", type=int, default=0, help="first train article")
    args = ap.parse_args(argv)
    if args.errors or args.mine_cues:
        sys.path.insert(0, str(Path(__file__).parent))
        if args.errors:
            from quotes_errors import run

            run(args.limit, 3, args.offset)
        else:
            mine_cues(args.limit, args.offset)
        return
    settings = load_settings()
    pipe = Pipeline(settings, stages=("actors", "quotes"))
    nlp = load_nlp(settings.spacy_model)
    results: dict[str, Any] = {"gold": bench_gold(pipe, nlp)}
    for split in ("dev", "test", "all"):
        row = results["gold"][split]
        print(f"gold {split}: {row['articles']} articles, {row['gold_quotes']} quotes")
        for name in ("tidings", "textacy"):
            print(_line(name, row[name]))
    print(f"  articles/s: {results['gold']['articles_per_second']}")
    if not args.no_polnear:
        pol = bench_polnear(pipe, nlp, args.polnear_limit)
        results["polnear_dev"] = pol
        if pol is None:
            print("PolNeAR: shared data not found, skipped")
        else:
            print(
                f"PolNeAR dev: {pol['articles']} articles, {pol['gold_attributions']} attributions"
            )
            for name in ("tidings", "textacy"):
                tok, a3 = pol[name]["content_tokens"], pol[name]["attributions@0.3"]
                print(
                    f"  {name:8} content tokens P={tok['precision']:.3f} R={tok['recall']:.3f} "
                    f"F1={tok['f1']:.3f} | attributions@0.3 P={a3['precision']:.3f} "
                    f"R={a3['recall']:.3f} F1={a3['f1']:.3f}"
                )
            print(f"  articles/s: {pol['articles_per_second']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
