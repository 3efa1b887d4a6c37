"""Scoring quote extraction against gold data (our JSON gold and PolNeAR brat files).

Spans are compared as sets of word tokens (``\\w+`` runs, by character
offset), so a quote mark or a trailing comma never decides a match. A predicted
and a gold span match when their token Jaccard overlap reaches the threshold;
each gold span is matched at most once (greedy, best overlap first).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tidings.records import Quote

__all__ = [
    "PRF",
    "GoldArticle",
    "GoldQuote",
    "Predicted",
    "content_fragments",
    "gold_text",
    "load_gold",
    "match_spans",
    "polnear_contents",
    "polnear_dev",
    "predicted",
    "prf",
    "score_gold",
    "score_polnear",
    "speaker_matches",
    "token_set",
    "univocal",
]

_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"]
)
_STOP = frozenset(["the", "a", "an", "of"])


@dataclass(frozen=True)
class GoldQuote:
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    id: str
    split: str
    text_file: str
    text_sha256: str
    quotes: tuple[GoldQuote, ...] = field(default=())


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file in ``folder`` (sorted by id)."""
    out = []
    for path in sorted(folder.glob("*.json")):
        raw = json.loads(path.read_text("utf-8"))
        quotes = tuple(
            GoldQuote(
                q["kind"],
                q["start"],
                q["end"],
                q["text"],
                q["speaker"],
                tuple(q.get("speaker_aliases", ())),
            )
            for q in raw["quotes"]
        )
        out.append(
            GoldArticle(raw["id"], raw["split"], raw["text_file"], raw["text_sha256"], quotes)
        )
    return out


def gold_text(repo: Path, art: GoldArticle) -> str:
    """The article text the gold offsets point into (as ``tidings.ingest`` reads the file)."""
    from tidings.errors import TidingsError
    from tidings.ingest.plaintext import parse_plain_text

    text = parse_plain_text((repo / art.text_file).read_text("utf-8")).text
    if hashlib.sha256(text.encode()).hexdigest() != art.text_sha256:
        raise TidingsError(f"{art.id}: the article text changed since it was annotated")
    return text


def polnear_dev(shared: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(name, text, .ann text) of PolNeAR dev articles, one annotator each (the first file)."""
    root = shared / "polnear" / "data" / "dev"
    by_article: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(by_article)[:limit] if limit else sorted(by_article)
    return [
        (n, (root / "text" / f"{n}.txt").read_text("utf-8"), by_article[n].read_text("utf-8"))
        for n in names
    ]


def token_set(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """Word tokens (as char ranges) of ``text`` inside any of ``spans``."""
    toks: set[tuple[int, int]] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            toks.add((m.start(), m.end()))
    return frozenset(toks)


def _jaccard(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match_spans(
    pred: Sequence[frozenset[tuple[int, int]]],
    gold: Sequence[frozenset[tuple[int, int]]],
    threshold: float,
) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index) matched one-to-one at ``threshold`` Jaccard."""
    scored = sorted(
        ((_jaccard(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < threshold or score == 0.0:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.n_pred,
            "gold": self.n_gold,
        }


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    return PRF(tp, n_pred, n_gold)


def _words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name.lower()) if w not in _STOP]


def speaker_matches(pred: str | None, gold: str, aliases: Sequence[str] = ()) -> bool:
    """Is the predicted speaker name the gold person/organisation?

    Equal names match, and so does a shorter form of the same name (``Balkhi``
    for ``Abdul Qahar Balkhi``); a bare pronoun never does.
    """
    if not pred:
        return False
    p = _words(pred)
    if not p or all(w in _PRONOUNS for w in p):
        return False
    for cand in (gold, *aliases):
        c = _words(cand)
        if c and (p == c or set(p) <= set(c) or set(c) <= set(p)):
            return True
    return False


def polnear_contents(ann: str) -> list[list[tuple[int, int]]]:
    """Content spans (each a list of fragments) of a brat ``.ann`` file of PolNeAR."""
    out = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        label, _, ranges = parts[1].partition(" ")
        if label != "Content":
            continue
        frags = []
        for piece in ranges.split(";"):
            a, _, b = piece.strip().partition(" ")
            if a.isdigit() and b.isdigit():
                frags.append((int(a), int(b)))
        if frags:
            out.append(frags)
    return out


@dataclass(frozen=True)
class Predicted:
    """A system's quote reduced to what is scored."""

    kind: str
    start: int
    end: int
    speaker: str | None


# Attributed stances and intentions ("criticized the deal", "wants to run") are
# attributions (PolNeAR counts them) but not reported speech by the gold-set
# guidelines, which exclude noun-phrase objects: they are scored as neither kind. So are
# impressions ("X seemed to ...") and passive expectations ("X is expected to ..."), which
# PolNeAR counts but nobody said, and pro-forms of a report ("said so", "said yes").
STANCE_RULES = frozenset(
    {
        "indirect-np",
        "indirect-intention",
        "indirect-noun-to",
        "indirect-noun-np",
        "indirect-adj",
        "indirect-naming",
        "indirect-raising",
        "indirect-passive",
        "indirect-evidential",
        "indirect-say-short",
    }
)


def predicted(quotes: Iterable[Quote]) -> list[Predicted]:
    """Quotes as scored against the gold set (stances get the kind ``stance``)."""
    return [
        Predicted(
            "stance" if q.rule in STANCE_RULES else q.kind,
            q.start,
            q.end,
            q.speaker.name if q.speaker else None,
        )
        for q in quotes
    ]


def score_gold(
    items: Sequence[tuple[str, Sequence[GoldQuote], Sequence[Predicted]]],
) -> dict[str, object]:
    """Direct P/R/F1 at 0.3 and 0.8 overlap, reported-speech P/R/F1 at 0.3 and 0.5,
    and speaker accuracy over the quotes found (at 0.3) whose gold speaker is known."""
    scores = {k: PRF() for k in ("direct@0.3", "direct@0.8", "reported@0.3", "reported@0.5")}
    right = total = unnamed = named_anyway = 0
    for text, gold, pred in items:
        for kind, name in (("direct", "direct"), ("indirect", "reported")):
            g = [q for q in gold if q.kind == kind]
            p = [q for q in pred if q.kind == kind]
            g_toks = [token_set(text, [(q.start, q.end)]) for q in g]
            p_toks = [token_set(text, [(q.start, q.end)]) for q in p]
            for thr in (0.3, 0.5, 0.8):
                key = f"{name}@{thr}"
                if key in scores:
                    scores[key].add(len(match_spans(p_toks, g_toks, thr)), len(p), len(g))
            for i, j in match_spans(p_toks, g_toks, 0.3):
                speaker = g[j].speaker
                if speaker is not None:
                    total += 1
                    right += speaker_matches(p[i].speaker, speaker, g[j].aliases)
                else:
                    # The text names no one: a proper name here ("Lloyd Austin" for "a
                    # defense official") is a guess. Organisations count too, so this is
                    # an upper bound on misattribution.
                    unnamed += 1
                    named_anyway += (p[i].speaker or " ")[0].isupper()
    out: dict[str, object] = {k: v.as_dict() for k, v in scores.items()}
    out["speaker_accuracy"] = round(right / total, 4) if total else None
    out["speaker_n"] = total
    out["unnamed_n"] = unnamed
    out["unnamed_given_a_name"] = round(named_anyway / unnamed, 4) if unnamed else None
    return out


Fragments = Sequence[tuple[int, int]]


def univocal(quotes: Sequence[Quote]) -> list[list[tuple[int, int]]]:
    """Quotes as PolNeAR-style attributions: each token in at most one attribution.

    PolNeAR folds a partial quote into the reported clause around it and joins
    the pieces of one quote that share a cue ('"A," he said. "B."'), so a quote
    inside another quote's span is dropped and quotes with the same cue merge.
    A span that encloses its own cue or speaker mention ("This election, he says,
    is different"; "X seemed to ...") is content only around them: PolNeAR labels
    every token once, as source, cue or content.
    """
    spans = sorted(quotes, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for q in spans:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    groups: dict[object, list[tuple[int, int]]] = {}
    for i, q in enumerate(kept):
        key: object = ("cue", q.cue_start) if q.cue_start is not None else ("alone", i)
        groups.setdefault(key, []).extend(content_fragments(q))
    return list(groups.values())


def content_fragments(quote: Quote) -> list[tuple[int, int]]:
    """The quote's span minus its own cue and speaker mention where they fall inside it."""
    holes = sorted(
        (a, b) for a, b in ((quote.cue_start, quote.cue_end),
                            (quote.speaker_start, quote.speaker_end))
        if a is not None and b is not None and quote.start <= a and b <= quote.end
    )
    out, pos = [], quote.start
    for a, b in holes:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < quote.end:
        out.append((pos, quote.end))
    return out


def score_polnear(
    items: Sequence[tuple[str, Sequence[Fragments], Sequence[Fragments]]],
) -> dict[str, object]:
    """Content-token P/R/F1 (all attributions) and attribution-level F1 at 0.3 / 0.5 overlap."""
    tokens = PRF()
    attr = {0.3: PRF(), 0.5: PRF()}
    for text, gold, pred in items:
        g_sets = [token_set(text, frags) for frags in gold]
        p_sets = [token_set(text, frags) for frags in pred]
        g_all = frozenset().union(*g_sets) if g_sets else frozenset()
        p_all = frozenset().union(*p_sets) if p_sets else frozenset()
        tokens.add(len(g_all & p_all), len(p_all), len(g_all))
        for thr, acc in attr.items():
            acc.add(len(match_spans(p_sets, g_sets, thr)), len(p_sets), len(g_sets))
    return {
        "content_tokens": tokens.as_dict(),
        "attributions@0.3": attr[0.3].as_dict(),
        "attributions@0.5": attr[0.5].as_dict(),
    }
