"""Near-duplicate detection measured on edited copies of the bundled articles.

    .venv/bin/python tests/ingest/bench_dedup.py

Each sample article is stored, then copies with n random word substitutions
are checked; true Jaccard (word 5-shingles) is computed exactly and the rate
of copies marked ``duplicate_of`` is printed per similarity band. Not a test:
it prints numbers.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from pathlib import Path

from tidings.ingest import Deduplicator
from tidings.ingest.dedup import shingles
from tidings.ingest.plaintext import parse_plain_text
from tidings.records import Article

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"
BANDS = [(0.0, 0.8), (0.8, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.0)]


def edited(text: str, edits: int, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(["said", "the", "officials", "new"])
    return " ".join(words)


def main() -> None:
    rng = random.Random(7)
    texts = [parse_plain_text(p.read_text("utf-8")).text for p in sorted(SAMPLE.glob("*.txt"))]
    marked: dict[tuple[float, float], list[bool]] = defaultdict(list)
    started = time.perf_counter()
    checks = 0
    for index, text in enumerate(texts):
        for edits in (1, 2, 3, 4, 6, 8, 12, 16):
            for trial in range(3):
                dedup = Deduplicator(0.9)
                for other, other_text in enumerate(texts):
                    dedup.add_existing(f"a{other}", other_text)
                copy = edited(text, edits, rng)
                a, b = shingles(text), shingles(copy)
                jaccard = len(a & b) / len(a | b)
                result = dedup.check(Article(id=f"c{index}-{edits}-{trial}", text=copy))
                checks += 1
                # An edit that put back the same word leaves an exact copy: also caught.
                hit = (isinstance(result, Article) and result.duplicate_of == f"a{index}") or (
                    not isinstance(result, Article) and result.reason == f"duplicate of a{index}"
                )
                band = next(b for b in BANDS if b[0] <= jaccard < b[1] or b[1] == 1.0)
                marked[band].append(hit)
    elapsed = time.perf_counter() - started
    print(f"{len(texts)} articles, {checks} edited copies, threshold 0.9")
    for band in BANDS:
        hits = marked.get(band, [])
        if hits:
            print(f"true Jaccard [{band[0]:.2f}, {band[1]:.2f}): {sum(hits)}/{len(hits)} marked "
                  f"({sum(hits) / len(hits):.0%})")
    print(f"{elapsed:.1f} s total")


if __name__ == "__main__":
    main()
