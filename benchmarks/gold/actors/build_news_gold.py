"""Turn news_annotations.tsv into news_mentions.jsonl (exact offsets, publication dates).

    .venv/bin/python benchmarks/gold/actors/build_news_gold.py

Offsets are into the raw text file ``benchmarks/gold/quotes/texts/<article>.txt`` (title
line, date line, body), as mentions.jsonl's are into the sample article files. The date is
the ``published`` field of ``benchmarks/gold/quotes/<article>.json``, which must equal the
file's date line. Any surface not found within 80 characters of its approximate offset,
or any disagreement between the two dates, stops the build.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUOTES = HERE.parent / "quotes"
TEXTS = QUOTES / "texts"
MAX_DRIFT = 80


def _date_of(article: str, text: str) -> str:
    meta = json.loads((QUOTES / f"{article}.json").read_text("utf-8"))
    published = str(meta["published"])
    line2 = text.split("\n", 2)[1].strip()
    if published != line2:
        raise SystemExit(f"{article}: published {published} but date line {line2!r}")
    return published


def place(article: str, text: str, approx: int, surface: str) -> int:
    """Offset of ``surface`` nearest ``approx``; stops the build if absent or too far."""
    hits = [i for i in range(len(text)) if text.startswith(surface, i)]
    if not hits:
        raise SystemExit(f"{article}: {surface!r} not found")
    start = min(hits, key=lambda i: abs(i - approx))
    if abs(start - approx) > MAX_DRIFT:
        raise SystemExit(f"{article}: {surface!r} found at {start}, far from {approx}")
    return start


def main() -> None:
    lines = [ln for ln in (HERE / "news_annotations.tsv").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    texts: dict[str, str] = {}
    dates: dict[str, str] = {}
    out = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        art = row["article"]
        if art not in texts:
            path = TEXTS / f"{art}.txt"
            if not path.is_file():
                raise SystemExit(f"{art}: no text file {path}")
            texts[art] = path.read_text("utf-8")
            dates[art] = _date_of(art, texts[art])
        surface = row["text"]
        start = place(art, texts[art], int(row["approx"]), surface)
        out.append({"article": art, "date": dates[art], "start": start,
                    "end": start + len(surface), "text": surface,
                    "country": None if row["country"] == "-" else row["country"],
                    "sector": None if row["sector"] == "-" else row["sector"],
                    "code": row["code"]})
    with open(HERE / "news_mentions.jsonl", "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} gold mentions in {len(texts)} texts")


if __name__ == "__main__":
    main()
