"""A manual audit of event precision on unseen news, GDELT-style (issue 5).

Text: the PolNeAR *train* articles (``$TIDINGS_SHARED_DATA/polnear/data/train/text``, US
political news of 2015-2016; no licence, so evaluation only: read at run time, and no
text of it is ever written into the repository). No event rule was tuned on them. The
publication date comes from the file name (``publisher_YYYY-MM-DD_slug.txt``); the body is
read as ``tidings ingest`` reads a plain-text file (title on line 1), so all offsets index
``Article.text``.

``--draw N --seed S --sample NAME`` runs the pipeline over a seeded shuffle of the articles
(skipping articles already in another audit sample) until it has a pool of at least
``POOL_FACTOR * N`` audited-kind events, then draws N of them at random (seeded). Audited
events are those the benchmarks count: neither negated nor hypothetical. It writes:

- a worksheet for the human auditor OUTSIDE the repository (``/work/audit/NAME.tsv`` or
  ``--worksheet-dir``): the sentence, the one before it, the event text, both actors
  (name, country, code), the CAMEO code with its name, flags and pattern;
- a verdict file INSIDE the repository (``benchmarks/gold/audit/NAME.tsv``) with
  identifiers only (article file name, offsets, codes, pattern) and empty verdict columns
  ``event_ok code_ok source_ok target_ok cause``, judged by ``benchmarks/gold/audit/README.md``.

``--score NAME`` re-runs the pipeline on the audited articles and prints event, root and
dyad precision with 95 % Wilson intervals, the causes of the wrong ones, how many audited
events the current code no longer produces and how many new, unaudited events appear in
the audited sentences. The precision figures are those of the judged events; a changed
code base is checked by the two counts (an event is "the same" when its article, sentence,
event text offsets, CAMEO code and the country part of both actor codes are unchanged).

``--one-sided`` (with ``--draw``) turns the ``one_sided_events`` setting on and draws only
events with a blank source or target (issue 5): a blank side has an empty actor code in the
files, and the verdict file records the construction of the blank side (the event's
``extra["one_sided"]``) and is marked one-sided in its header line, so ``--score`` runs the
pipeline with the setting on for it and prints the precision per construction as well.

    .venv/bin/python benchmarks/events_audit.py --draw 150 --seed 11 --sample A
    .venv/bin/python benchmarks/events_audit.py --score A
    .venv/bin/python benchmarks/events_audit.py --draw 60 --seed 4040 --sample O --one-sided
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.config import shared_data_dir
from tidings.events.codebook import lookup
from tidings.ingest import parse_plain_text
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article, Event

HERE = Path(__file__).resolve().parent
AUDIT_DIR = HERE / "gold" / "audit"
WORKSHEET_DIR = Path("/work/audit")
POOL_FACTOR = 3
BATCH = 16
_NAME = re.compile(r"^[a-z0-9-]+_(\d{4})-(\d{2})-(\d{2})_")
ID_COLUMNS = ("id", "article", "sent_start", "sent_end", "event_start", "event_end", "cameo",
              "source_code", "target_code", "pattern")
VERDICTS = ("event_ok", "code_ok", "source_ok", "target_ok", "cause")
CONSTRUCTION = "construction"  # only in the verdict files of one-sided samples
ONE_SIDED_MARK = "one-sided events only"
ONE_SIDED_ENV = "TIDINGS_ONE_SIDED_EVENTS"


def text_dir() -> Path:
    return shared_data_dir() / "polnear" / "data" / "train" / "text"


def read_article(path: Path) -> Article:
    parsed = parse_plain_text(path.read_text(encoding="utf-8"))
    m = _NAME.match(path.name)
    published = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return Article(id=path.name, text=parsed.text, title=parsed.title, published=published,
                   source=path.name)


def audited(e: Event) -> bool:
    """The events the benchmarks count, and so the audited population."""
    return not e.negated and not e.hypothetical


def one_sided(e: Event) -> bool:
    # Not ``Event.one_sided``: a frozen worktree of an older commit may lack the property.
    return e.source is None or e.target is None


def construction(e: Event) -> str:
    return str(e.extra.get("one_sided", "")) if one_sided(e) else ""


@dataclass(frozen=True)
class Drawn:
    article: Article
    event: Event

    @property
    def event_span(self) -> tuple[int, int]:
        at = self.article.text.find(self.event.event_text, self.event.start, self.event.end)
        at = self.event.start if at < 0 else at
        return at, at + len(self.event.event_text)

    def key(self) -> tuple[str, int, int, str, str, str]:
        lo, hi = self.event_span
        return (self.article.id, lo, hi, self.event.cameo, side(code(self.event.source)),
                side(code(self.event.target)))


def code(actor: Actor | None) -> str:
    """An actor's code; empty for a blank side of a one-sided event."""
    return (actor.code or "") if actor is not None else ""


def side(actor_code: str) -> str:
    """What an audited event is matched on: the country (or IGO/IMG/...) part of the actor
    code. The verdicts judge countries, so a sector re-resolved (``USAGOV`` -> ``USAELI``)
    keeps its verdict."""
    return actor_code[:3]


def run(articles: Iterable[Article],
        pipeline: Pipeline | None = None) -> Iterator[tuple[Article, tuple[Event, ...]]]:
    for doc in (pipeline or Pipeline()).run(articles):
        yield doc.article, doc.events


def existing_articles(except_sample: str) -> set[str]:
    out: set[str] = set()
    for path in AUDIT_DIR.glob("*.tsv"):
        if path.stem != except_sample and "." not in path.stem:
            out |= {row["article"] for row in read_verdicts(path.stem)}
    return out


def draw(n: int, seed: int, sample: str, worksheet_dir: Path, only_one_sided: bool = False,
         max_articles: int | None = None) -> None:
    rng = random.Random(seed)
    skip = existing_articles(sample)
    paths = [p for p in sorted(text_dir().glob("*.txt")) if p.name not in skip]
    rng.shuffle(paths)
    unsampled = len(paths)
    # A cap leaves the rest of the unsampled articles to a later (test) sample.
    paths = paths[:max_articles] if max_articles is not None else paths
    pool: list[Drawn] = []
    used = 0
    t0 = time.perf_counter()
    for i in range(0, len(paths), BATCH):
        for article, events in run(read_article(p) for p in paths[i:i + BATCH]):
            pool += [Drawn(article, e) for e in events
                     if audited(e) and (one_sided(e) or not only_one_sided)]
            used += 1
        if len(pool) >= POOL_FACTOR * n:
            break
    chosen = sorted(rng.sample(pool, min(n, len(pool))), key=lambda d: d.key())
    kind = "one-sided audited-kind" if only_one_sided else "audited-kind"
    print(f"articles run: {used} (of {unsampled} not in other samples), {kind} events "
          f"in the pool: {len(pool)}, drawn: {len(chosen)}, {time.perf_counter() - t0:.0f} s")
    write_worksheet(chosen, worksheet_dir / f"{sample}.tsv")
    write_verdicts(chosen, AUDIT_DIR / f"{sample}.tsv", seed, used, only_one_sided)
    sentences = {(d.article.id, d.event.start) for d in chosen}
    write_baseline(sample, [d for d in pool if (d.article.id, d.event.start) in sentences])


def baseline_path(sample: str) -> Path:
    return AUDIT_DIR / f"{sample}.produced.tsv"


def write_baseline(sample: str, produced: list[Drawn]) -> None:
    """Every audited-kind event the code produced in the audited sentences when the sample
    was drawn (identifiers only), so ``--score`` can tell new events from the unsampled
    neighbours of the drawn ones."""
    with baseline_path(sample).open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# events produced in the sentences of audit sample {sample} at draw time\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["article", "sent_start", "event_start", "event_end", "cameo", "source_code",
                    "target_code"])
        for d in sorted(produced, key=lambda d: d.key()):
            lo, hi = d.event_span
            w.writerow([d.article.id, d.event.start, lo, hi, d.event.cameo,
                        code(d.event.source), code(d.event.target)])


def read_baseline(sample: str) -> set[tuple[str, int, int, str, str, str]]:
    path = baseline_path(sample)
    if not path.exists():
        return set()
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return {row_key(r) for r in csv.DictReader(lines, delimiter="\t")}


def row_key(r: dict[str, str]) -> tuple[str, int, int, str, str, str]:
    return (r["article"], int(r["event_start"]), int(r["event_end"]), r["cameo"],
            side(r["source_code"]), side(r["target_code"]))


def _actor(a: Actor | None) -> list[str]:
    return [a.name, a.country or "", a.code or ""] if a is not None else ["", "", ""]


def _previous_sentence(d: Drawn) -> str:
    before = d.article.text[:d.event.start].rstrip()
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind('." '))
    return before[cut + 1:].strip()[-300:]


def write_worksheet(chosen: list[Drawn], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "article", "previous", "sentence", "event_text", "source_name",
                    "source_country", "source_code", "target_name", "target_country",
                    "target_code", "cameo", "cameo_name", "root_name", "reported", "background",
                    "event_date", "pattern", "extra"])
        for i, d in enumerate(chosen, 1):
            e = d.event
            flags = ["reported" if e.reported else "", "background" if e.background else ""]
            w.writerow([i, d.article.id, _one_line(_previous_sentence(d)), _one_line(e.sentence),
                        e.event_text, *_actor(e.source), *_actor(e.target), e.cameo,
                        lookup(e.cameo).name, lookup(e.root).name, *flags,
                        e.event_date.isoformat() if e.event_date else "", e.pattern,
                        _one_line(repr(e.extra))])
    print(f"worksheet (outside the repository): {path}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_verdicts(chosen: list[Drawn], path: Path, seed: int, used: int,
                   only_one_sided: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    mark = f", {ONE_SIDED_MARK}" if only_one_sided else ""
    extra_cols = [CONSTRUCTION] if only_one_sided else []
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# audit sample {path.stem}: seed {seed}, {used} articles run, "
                 f"{len(chosen)} events drawn{mark}; judged by README.md in this folder\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow([*ID_COLUMNS, *extra_cols, *VERDICTS])
        for i, d in enumerate(chosen, 1):
            lo, hi = d.event_span
            kind = [construction(d.event)] if only_one_sided else []
            w.writerow([i, d.article.id, d.event.start, d.event.end, lo, hi, d.event.cameo,
                        code(d.event.source), code(d.event.target), d.event.pattern, *kind,
                        *[""] * len(VERDICTS)])
    print(f"verdict file (in the repository, identifiers only): {path}")


def read_verdicts(sample: str) -> list[dict[str, str]]:
    path = AUDIT_DIR / f"{sample}.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def is_one_sided(sample: str) -> bool:
    """Whether the sample was drawn from one-sided events only (its header line says so)."""
    with (AUDIT_DIR / f"{sample}.tsv").open(encoding="utf-8") as fh:
        first = fh.readline()
    return first.startswith("#") and ONE_SIDED_MARK in first


def verdict_problems(rows: list[dict[str, str]]) -> list[str]:
    """Verdict rows that no longer fit the texts in the shared data: the article is gone,
    or the offsets are no numbers or fall outside the article or their sentence. Such a
    row would silently count as "no longer produced", so scoring stops on it instead."""
    problems: list[str] = []
    lengths: dict[str, int | None] = {}
    for r in rows:
        name = r["article"]
        if name not in lengths:
            path = text_dir() / name
            lengths[name] = len(read_article(path).text) if path.is_file() else None
        size = lengths[name]
        if size is None:
            problems.append(f"row {r['id']}: article {name} not found in {text_dir()}")
            continue
        try:
            s0, s1, e0, e1 = (int(r[c]) for c in ("sent_start", "sent_end", "event_start",
                                                   "event_end"))
        except (TypeError, ValueError):
            problems.append(f"row {r['id']}: offsets are not numbers")
            continue
        if not 0 <= s0 <= e0 < e1 <= s1 <= size:
            problems.append(f"row {r['id']}: offsets {s0}-{s1} / {e0}-{e1} do not fit "
                            f"{name} ({size} characters)")
    return problems


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float, float]:
    """Share ``k/n`` with its 95 % Wilson score interval."""
    if n == 0:
        return 0.0, 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return p, centre - half, centre + half


def _yes(row: dict[str, str], col: str) -> bool:
    return row[col].strip() == "1"


def precision_lines(rows: list[dict[str, str]]) -> list[str]:
    judged = [r for r in rows if r["event_ok"].strip() in {"0", "1"}]
    n = len(judged)
    measures = {
        "event precision (event_ok)": sum(_yes(r, "event_ok") for r in judged),
        "root precision (event_ok and code_ok)":
            sum(_yes(r, "event_ok") and _yes(r, "code_ok") for r in judged),
        "dyad precision (root, source and target right)":
            sum(all(_yes(r, c) for c in VERDICTS[:4]) for r in judged),
    }
    out = [f"judged events: {n} of {len(rows)}"]
    for label, k in measures.items():
        p, lo, hi = wilson(k, n)
        out.append(f"{label}: {k}/{n} = {p:.3f}  (95% Wilson {lo:.3f}-{hi:.3f})")
    causes = Counter(c for r in judged for c in r["cause"].split(",") if c.strip())
    out.append("causes: " + ", ".join(f"{c} {k}" for c, k in causes.most_common()))
    return out


def produced_now(rows: list[dict[str, str]], pipeline: Pipeline | None = None,
                 only_one_sided: bool = False,
                 ) -> dict[tuple[str, int, int, str, str, str], Drawn]:
    """The audited-kind events the current code produces in the sample's articles (for a
    one-sided sample, its population: one-sided events only)."""
    names = sorted({r["article"] for r in rows})
    now: dict[tuple[str, int, int, str, str, str], Drawn] = {}
    for article, events in run((read_article(text_dir() / n) for n in names), pipeline):
        for e in events:
            if audited(e) and (one_sided(e) or not only_one_sided):
                d = Drawn(article, e)
                now[d.key()] = d
    return now


def score(sample: str, rebaseline: bool) -> None:
    rows = read_verdicts(sample)
    for line in precision_lines(rows):
        print(line)
    now = produced_now(rows, only_one_sided=is_one_sided(sample))
    sentences = {(r["article"], int(r["sent_start"])) for r in rows}
    if rebaseline:
        write_baseline(sample, [d for d in now.values()
                                if (d.article.id, d.event.start) in sentences])
    keys = {row_key(r) for r in rows} | read_baseline(sample)
    gone = [r for r in rows if row_key(r) not in now]
    new = [k for k, d in now.items() if (k[0], d.event.start) in sentences and k not in keys]
    wrong_gone = sum(1 for r in gone if not all(_yes(r, c) for c in VERDICTS[:4]))
    print(f"audited events no longer produced: {len(gone)} (of them judged wrong at dyad "
          f"level: {wrong_gone}; judged right: {len(gone) - wrong_gone})")
    print(f"new events in the audited sentences (neither audited nor produced at draw "
          f"time): {len(new)}")
    if rows and CONSTRUCTION in rows[0]:
        for name in sorted({r[CONSTRUCTION] for r in rows}):
            print(f"construction {name or '(none)'}:")
            for line in precision_lines([r for r in rows if r[CONSTRUCTION] == name]):
                print("  " + line)
    kept = [r for r in rows if r not in gone]
    undated = [r for r in kept if "background" in r["cause"].split(",")]
    flagged = sum(1 for r in undated if now[row_key(r)].event.background)
    print(f"audited events judged wrong as unflagged background: {len(undated)}, now flagged "
          f"background: {flagged} (verdicts are not changed here; see README)")
    print("on the audited events still produced (new ones unjudged):")
    for line in precision_lines(kept):
        print("  " + line)


def gate_figures(sample: str, pipeline: Pipeline | None = None) -> dict[str, float]:
    """What the evaluation gate checks on a judged sample: the share of the events judged
    right at dyad level that the code still produces, and the event precision over the
    audited events it still produces (new events are not judged, so not counted)."""
    rows = read_verdicts(sample)
    if problems := verdict_problems(rows):
        raise ValueError(f"audit sample {sample}: " + "; ".join(problems))
    now = produced_now(rows, pipeline)
    right = [r for r in rows if all(_yes(r, c) for c in VERDICTS[:4])]
    kept = [r for r in rows if row_key(r) in now]
    return {"right_kept": sum(row_key(r) in now for r in right) / max(len(right), 1),
            "event_precision_kept": sum(_yes(r, "event_ok") for r in kept) / max(len(kept), 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draw", type=int, help="draw this many events")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--sample", help="sample name (with --draw)")
    ap.add_argument("--score", help="score this audited sample")
    ap.add_argument("--worksheet-dir", type=Path, default=WORKSHEET_DIR)
    ap.add_argument("--one-sided", action="store_true",
                    help="with --draw: turn the one_sided_events setting on and draw only "
                         "events with a blank source or target")
    ap.add_argument("--rebaseline", action="store_true",
                    help="with --score: rewrite NAME.produced.tsv from the current code "
                         "(only while the code is the one the sample was drawn with)")
    ap.add_argument("--max-articles", type=int,
                    help="with --draw: run at most this many of the shuffled unsampled "
                         "articles, so a later sample has the rest")
    args = ap.parse_args(argv)
    if not text_dir().is_dir():
        print(f"PolNeAR train texts not found at {text_dir()}", file=sys.stderr)
        return 2
    if args.draw:
        if not args.sample:
            ap.error("--draw needs --sample")
        if args.one_sided:
            os.environ[ONE_SIDED_ENV] = "1"  # before the first pipeline reads the settings
        draw(args.draw, args.seed, args.sample, args.worksheet_dir, args.one_sided,
             args.max_articles)
    elif args.score:
        if not (AUDIT_DIR / f"{args.score}.tsv").is_file():
            print(f"no audit sample {args.score} in {AUDIT_DIR}", file=sys.stderr)
            return 2
        if problems := verdict_problems(read_verdicts(args.score)):
            print("\n".join(problems), file=sys.stderr)
            return 2
        if is_one_sided(args.score):
            os.environ[ONE_SIDED_ENV] = "1"
        score(args.score, args.rebaseline)
    else:
        ap.error("give --draw N --sample NAME or --score NAME")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
