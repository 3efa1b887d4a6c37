"""Error analysis of the quotes stage on PolNeAR **train** (never dev): missed and
false-positive content tokens grouped by cause.

    .venv/bin/python benchmarks/quotes_errors.py [--limit N] [--examples K]

PolNeAR is read from the shared data folder at run time and never copied; the
spaCy parses are cached in the system temp folder (``DocBin``) so that repeated
runs only time the stages. Prints content-token P/R/F1 and attribution F1@0.3 on
the articles read, then the missed gold tokens by cause and the false-positive
tokens by rule and cue lemma.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from tidings.config import load_settings, shared_data_dir
from tidings.document import Document
from tidings.nlp import load_nlp
from tidings.pipeline import Pipeline
from tidings.quotes.evaluate import polnear_contents, score_polnear, token_set, univocal
from tidings.quotes.lexicon import cue_class, cue_nouns
from tidings.records import Article, Quote

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+")
_BELIEF = frozenset({"believe", "think", "want", "hope", "plan", "expect", "fear", "feel",
                     "know", "like", "support", "oppose", "need", "intend", "seek", "try"})


def _shared() -> Path:
    return shared_data_dir()


def train_rows(limit: int, offset: int = 0) -> list[tuple[str, str, str]]:
    """(name, text, .ann) of ``limit`` train articles from ``offset``, first annotator each."""
    root = _shared() / "polnear" / "data" / "train"
    first: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(first)[offset : offset + limit]
    return [(n, (root / "text" / f"{n}.txt").read_text("utf-8"), first[n].read_text("utf-8"))
            for n in names]


def parsed(nlp: Any, texts: Sequence[str]) -> list[Any]:
    key = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"tidings-polnear-train-{key}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == list(texts):
            return docs
    docs = list(nlp.pipe(texts))
    DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def gold_attributions(ann: str) -> list[dict[str, Any]]:
    """Attributions with their Content fragments and Cue text/offsets."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, ranges = parts[1].partition(" ")
            frags = []
            for piece in ranges.split(";"):
                a, _, b = piece.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[parts[0]] = (label, frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(arg.split(":") for arg in parts[1].split()))
    out = []
    for rel in rels:
        content = spans.get(rel.get("Content", ""))
        cue = spans.get(rel.get("Cue", ""))
        if content is None:
            continue
        out.append({"content": content[1], "cue": cue[1] if cue else [],
                    "cue_text": cue[2] if cue else ""})
    return out


def _cue_lemma(sdoc: Any, cue: list[tuple[int, int]], cue_text: str) -> tuple[str, str]:
    """(lemma of the cue's head word, its coarse POS)."""
    if not cue:
        return "<none>", ""
    toks = [t for t in sdoc if any(a <= t.idx < b for a, b in cue)]
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.lemma_ not in ("be", "have", "do")]
    head = verbs[-1] if verbs else (toks[-1] if toks else None)
    if head is None:
        return cue_text.lower(), ""
    return head.lemma_.lower(), head.pos_


def cause(sdoc: Any, text: str, attr: dict[str, Any]) -> str:
    """A coarse cause for a missed gold attribution."""
    cue_text = attr["cue_text"].strip().lower()
    content = attr["content"]
    c_start = min(a for a, _ in content)
    c_end = max(b for _, b in content)
    c_text = text[c_start:c_end]
    if not cue_text:
        return "no cue (continuation/headline)"
    if cue_text in (":", "—", "-", "–"):
        return "colon/dash cue"
    if "according" in cue_text:
        return "according to"
    lemma, pos = _cue_lemma(sdoc, attr["cue"], cue_text)
    if pos in ("NOUN", "PROPN"):
        return f"cue noun ({'listed' if lemma in cue_nouns() else 'unlisted'})"
    if "\n" in c_text.strip():
        return "content spans paragraphs"
    ctoks = [t for t in sdoc if c_start <= t.idx < c_end]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in ctoks)
    listed = cue_class(lemma)
    if c_text.lstrip().lower().startswith("to "):
        return f"to-infinitive content ({'listed' if listed else 'unlisted'})"
    if not has_verb:
        return f"NP content ({'listed' if listed else 'unlisted'} cue)"
    if listed is None:
        return "cue lemma unlisted" + (" (belief/intention)" if lemma in _BELIEF else "")
    if len({t.sent.start for t in ctoks}) > 1:
        return "content spans sentences"
    return f"listed cue ({listed}) missed"


def run(limit: int, examples: int, offset: int = 0) -> None:
    settings = load_settings()
    pipe = Pipeline(settings, stages=("actors", "quotes"))
    rows = train_rows(limit, offset)
    texts = [t for _, t, _ in rows]
    sdocs = parsed(load_nlp(settings.spacy_model), texts)
    miss: Counter[str] = Counter()
    miss_lemma: Counter[str] = Counter()
    by_cause: dict[str, Counter[str]] = {}
    fp_rule: Counter[str] = Counter()
    fp_cue: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    items = []
    for (name, text, ann), sdoc in zip(rows, sdocs, strict=True):
        doc = pipe.apply(Document(article=Article(id=name, text=text), spacy_doc=sdoc))
        quotes: list[Quote] = list(doc.quotes)
        gold = polnear_contents(ann)
        items.append((text, gold, univocal(quotes)))
        pred_toks = token_set(text, [(q.start, q.end) for q in quotes])
        gold_all: set[tuple[int, int]] = set()
        for attr in gold_attributions(ann):
            toks = token_set(text, attr["content"])
            gold_all |= toks
            missed = toks - pred_toks
            if missed and len(missed) <= len(toks) / 2:
                miss["(boundary: under half of a found attribution)"] += len(missed)
                samples.setdefault("(boundary: under half of a found attribution)", [])
                by_cause.setdefault("(boundary: under half of a found attribution)", Counter())
            if len(missed) > len(toks) / 2:
                why = cause(sdoc, text, attr)
                miss[why] += len(missed)
                lemma = _cue_lemma(sdoc, attr["cue"], attr["cue_text"])[0]
                miss_lemma[lemma] += len(missed)
                by_cause.setdefault(why, Counter())[lemma] += len(missed)
                s = samples.setdefault(why, [])
                if len(s) < examples:
                    a, b = attr["content"][0]
                    s.append(f"[{attr['cue_text']}] {text[a:b][:110]!r}")
        for q in quotes:
            wrong = token_set(text, [(q.start, q.end)]) - gold_all
            if wrong:
                fp_rule[q.rule] += len(wrong)
                fp_cue[f"{q.rule}:{(q.cue or '').lower()}"] += len(wrong)
    scores = score_polnear(items)
    tok, a3 = scores["content_tokens"], scores["attributions@0.3"]
    print(f"PolNeAR train [{offset}:{offset + len(rows)}]: tokens {tok} | attributions@0.3 {a3}")
    print("\nmissed gold tokens by cause:")
    for why, n in miss.most_common():
        print(f"  {n:6}  {why}")
        for ex in samples[why]:
            print(f"            {ex}")
        print(f"            lemmas: {by_cause[why].most_common(90)}")
    print("\nmissed gold tokens by cue lemma:", miss_lemma.most_common(40))
    print("\nfalse-positive tokens by rule:", fp_rule.most_common())
    print("false-positive tokens by rule:cue:", fp_cue.most_common(30))


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--offset", type=int, default=0, help="first train article (sorted by name)")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    run(args.limit, args.examples, args.offset)


if __name__ == "__main__":
    main()
