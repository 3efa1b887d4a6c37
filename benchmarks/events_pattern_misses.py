"""Pattern-coverage error listing for event coding, DEV splits only.

For each gold event of plover/dev, articles/dev and news/dev that the coder misses, in the
gold sentence (the whole text for PLOVER) where both countries of the dyad are present as
actors, prints the sentence, the gold roots, what fired on that dyad (a wrong code), and
each verb with its lemma and the pattern that matched (``NOPAT``: lemma known, no pattern
matched; ``NOLEMMA``: lemma not in the dictionaries), and event nouns. Misses where an actor
is absent are only counted (``ACTORS``): they are not pattern problems. Test splits and
the ICEWS examples are never listed.

    .venv/bin/python benchmarks/events_pattern_misses.py [plover|articles|news]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

import events as bench
from tidings.events.actors_link import MentionLookup
from tidings.events.coder import pattern_of
from tidings.events.evaluate import (
    actor_key,
    counted,
    load_articles,
    load_news,
    load_plover,
    matches,
)
from tidings.events.patterns import noun_rules, verb_blocks
from tidings.pipeline import Pipeline


def _verb_line(tok: Any) -> str:
    match = pattern_of(tok, None)
    why = (f"{match.pattern.id}:{match.pattern.code}" if match else
           "NOPAT" if tok.lemma_.lower() in verb_blocks() else "NOLEMMA")
    kids = " ".join(f"{c.dep_}:{c.lower_}" for c in tok.children)
    return f"    V {tok.lemma_}[{why}] <{kids}>"


def _sentences(item: Any, doc: Any, key: tuple[str, str, str]) -> list[Any]:
    if item.dataset == "plover":
        return list(doc.spacy_doc.sents)
    out: list[Any] = []
    for start in bench._gold_sentences(item).get(key, []):
        span = doc.spacy_doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.sent not in out:
            out.append(span.sent)
    return out


def report(items: Sequence[Any], docs: Sequence[Any]) -> Counter[str]:
    stats: Counter[str] = Counter()
    for item, doc in zip(items, docs, strict=True):
        keyed = [(actor_key(e.source) or "", actor_key(e.target) or "", e)
                 for e in counted(doc.events)]
        lookup = MentionLookup(doc)
        for g in item.events:
            if any(matches(g, s, t) and e.root in g.roots for s, t, e in keyed):
                continue
            for sent in _sentences(item, doc, (g.source, g.target, min(g.roots))):
                keys = {k for t in sent for a in lookup(t) if (k := actor_key(a))}
                wrong = [e for s, t, e in keyed if matches(g, s, t)
                         and sent.start_char <= e.start <= sent.end_char]
                kind = "WRONG" if wrong else (
                    "NOCODE" if {g.source, g.target} <= keys else "ACTORS")
                stats[kind] += 1
                if kind == "ACTORS":
                    continue
                print(f"=== {item.dataset} {item.id} {kind} {g.source}->{g.target} "
                      f"gold={sorted(g.roots)}\n  | {sent.text.strip()[:400]}")
                for e in wrong:
                    print(f"    FIRED {e.cameo} {e.pattern} {e.event_text!r}")
                for tok in sent:
                    if tok.pos_ in {"VERB", "AUX"}:
                        print(_verb_line(tok))
                    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in noun_rules():
                        print(f"    N {tok.lemma_}[{noun_rules()[tok.lemma_.lower()].code}]")
    return stats


def main(argv: list[str]) -> int:
    want = argv[0] if argv else None
    shared = bench.shared_dir()
    items = [i for i in [*load_plover(shared, bench.GOLD),
                         *load_articles(bench.SAMPLE, bench.GOLD),
                         *load_news(bench.GOLD / "news", bench.REPO)]
             if i.split == "dev" and want in (None, i.dataset)]
    stats = report(items, list(Pipeline().run(i.article for i in items)))
    print("misses by kind:", dict(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
