"""Throughput and memory of the local pipeline, spaCy's own parse and Spark.

All measurements run on the same texts in one run, each in a fresh child
process (so peak memory is that configuration's alone):

- spaCy ``nlp.pipe`` over the texts (the floor for any parse-based pipeline);
- Tidings' pipeline (parse + all stages) with 1 job and with 2 jobs;
- the Spark batch engine in local mode (``--spark``);
- peak memory of a full ingest into SQLite at two corpus sizes;
- the store's insert rate (events/second, via benchmarks/store_insert.py).

Texts are the bundled sample articles, repeated to the size asked for.

Each speed run reports two times: the whole run, and its steady state (from the
moment the first tenth of the articles is done to the end). Start-up (importing,
loading the spaCy model, the actor dictionaries and the gazetteer, starting worker
processes) is a few seconds whatever the corpus size. spaCy's own time has never
included its model load, so the whole-run ratio charged Tidings alone for start-up,
and the day estimate spread seconds of start-up over a day of articles as if they
were per-article work. Steady-state figures compare like with like; both are printed.

    .venv/bin/python benchmarks/throughput.py [--n 1000] [--memory-sizes 1000,10000] [--spark]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SAMPLE = Path(str(files("tidings") / "data" / "sample" / "articles"))
WORDS_PER_DAY = 100_000 * 600


def corpus(n: int) -> Iterator[tuple[str, str]]:
    """``(id, text)`` for ``n`` articles: real sample texts, repeated, made unique."""
    from tidings.config import load_settings
    from tidings.ingest import iter_articles
    from tidings.ingest.base import Rejected

    base = [a for a in iter_articles([str(SAMPLE)], load_settings())
            if not isinstance(a, Rejected)]
    for i in range(n):
        art = base[i % len(base)]
        # A distinct last line keeps exact-duplicate detection from dropping repeats.
        yield f"{art.id}-{i}", f"{art.text}\n\n(Copy {i}.)"


def write_jsonl(n: int, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for ident, text in corpus(n):
            out.write(json.dumps({"id": ident, "text": text, "published": "2024-02-14"}) + "\n")
    return path


def child(kind: str, n: int, jobs: int, db: str = "") -> dict[str, Any]:
    """Run one measurement in a child process; it prints a JSON line of results."""
    cmd = [sys.executable, __file__, "--child", kind, "--n", str(n), "--jobs", str(jobs)]
    if db:
        cmd += ["--db", db]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024  # ru_maxrss is in KiB on Linux


def run_child(kind: str, n: int, jobs: int, db: str) -> dict[str, Any]:
    from tidings.config import load_settings
    from tidings.records import Article

    settings = load_settings(jobs=jobs)
    # The ingest run streams its corpus from a file: holding the texts here would
    # make its peak memory grow with the corpus for reasons of the benchmark's own.
    texts = list(corpus(n)) if kind != "ingest" else []
    words = sum(len(t.split()) for _, t in texts)
    # Results arrive in bursts of one batch per job; a mark on a burst's last result
    # counts no work done before it, except batches other jobs have in flight.
    block = settings.batch_size * jobs
    warm = n // 10 // block * block
    steady: dict[str, Any] = {}
    start = time.perf_counter()
    if kind == "spacy":
        from tidings.nlp import load_nlp

        nlp = load_nlp(settings.spacy_model)
        load = time.perf_counter() - start
        start = time.perf_counter()
        docs = nlp.pipe((t for _, t in texts), batch_size=settings.batch_size)
        steady = _steady(docs, texts, warm)
    elif kind == "tidings":
        from tidings.scale import process_parallel

        steady = _steady(process_parallel((Article(id=i, text=t) for i, t in texts),
                                          settings, jobs), texts, warm)
        load = 0.0
    else:  # ingest: the whole job into SQLite, for memory
        from tidings.jobs import ingest

        with tempfile.TemporaryDirectory() as tmp:
            src = write_jsonl(n, Path(tmp) / "corpus.jsonl")
            # The corpus repeats real texts: with near-duplicate detection on, the
            # copies would be stored without NLP and the run would measure nothing.
            ingest([str(src)], load_settings(db=db, jobs=jobs, near_duplicate_threshold=1.0))
        load = 0.0
    seconds = time.perf_counter() - start
    return {"kind": kind, "n": n, "jobs": jobs, "seconds": seconds, "load_seconds": load,
            "words": words, "peak_mb": peak_rss_mb(), **steady}


def _steady(results: Iterator[Any], texts: list[tuple[str, str]], warm: int) -> dict[str, Any]:
    """Drain ``results``; time and count the words of those after the first ``warm``.

    With 2 jobs the other job's batch in flight at the mark is counted whole: at most one
    batch, about 1 % of a 3,000-article run, in Tidings' favour. With ``warm`` 0 (tiny
    runs) the steady state is the whole run.
    """
    mark = time.perf_counter()
    for done, _ in enumerate(results, 1):
        if done == warm:
            mark = time.perf_counter()
    return {"steady_seconds": time.perf_counter() - mark,
            "steady_words": sum(len(t.split()) for _, t in texts[warm:])}


def spark_rate(n: int) -> float:
    from tidings.config import load_settings
    from tidings.scale.spark import run_spark

    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(n, Path(tmp) / "in.jsonl")
        start = time.perf_counter()
        run_spark(str(src), str(Path(tmp) / "out"), load_settings(), master="local[2]")
        return n / (time.perf_counter() - start)


def store_rate() -> str:
    out = subprocess.run([sys.executable, str(HERE / "store_insert.py"), "--articles", "2000"],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="articles for the speed runs")
    ap.add_argument("--memory-sizes", default="1000,10000")
    ap.add_argument("--spark", action="store_true", help="also time the Spark engine")
    ap.add_argument("--memory-only", action="store_true", help="skip the speed runs")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--db", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.n, args.jobs, args.db)))
        return

    if not args.memory_only:
        speed(args.n, args.spark)
    memory([int(s) for s in args.memory_sizes.split(",") if s])
    print("store insert rate:\n" + store_rate())


def speed(n: int, spark: bool) -> None:
    spacy = child("spacy", n, 1)
    one = child("tidings", n, 1)
    two = child("tidings", n, 2)
    rate = {k: n / r["seconds"] for k, r in (("spacy", spacy), ("one", one), ("two", two))}
    print(f"corpus: {n} articles, {spacy['words']} words (sample texts repeated)")
    print(f"spaCy nlp.pipe, 1 process    {rate['spacy']:8.1f} articles/s")
    print(f"Tidings, 1 job               {rate['one']:8.1f} articles/s")
    print(f"Tidings, 2 jobs              {rate['two']:8.1f} articles/s")
    steady = {k: r["steady_words"] / r["steady_seconds"]
              for k, r in (("spacy", spacy), ("one", one), ("two", two))}
    print(f"ratio Tidings(1 job) time / spaCy time = {one['seconds'] / spacy['seconds']:.2f}"
          f" whole run (Tidings' start-up counted, spaCy's model load not);"
          f" steady state {steady['spacy'] / steady['one']:.2f}  (target <= 1.3)")
    print(f"ratio 2 jobs / 1 job throughput       = {rate['two'] / rate['one']:.2f}"
          f" whole run; steady state {steady['two'] / steady['one']:.2f}  (target >= 1.7)")
    for label, words, seconds in (("whole run", two["words"], two["seconds"]),
                                  ("steady state", two["steady_words"],
                                   two["steady_seconds"])):
        words_per_s = words / seconds
        print(f"a day of 100,000 x 600-word articles at 2 jobs, {label}: "
              f"{WORDS_PER_DAY / words_per_s / 3600:.2f} h ({words_per_s:.0f} words/s;"
              " target < 2.5 h)")
    if spark:
        print(f"Spark local[2]               {spark_rate(n):8.1f} articles/s")


def memory(sizes: list[int]) -> None:
    peaks = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            res = child("ingest", size, 1, f"sqlite:///{tmp}/bench.db")
        peaks.append(res["peak_mb"])
        print(f"peak memory, ingest of {size:6d} articles into SQLite: {res['peak_mb']:.0f} MB"
              f" ({size / res['seconds']:.1f} articles/s)")
    if len(peaks) >= 2:
        growth = (peaks[-1] - peaks[0]) / peaks[0] * 100
        print(f"memory growth {sizes[0]} -> {sizes[-1]}: {growth:+.1f}%  (target < 10%, < 1.5 GB)")


if __name__ == "__main__":
    main()
