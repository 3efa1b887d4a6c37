"""Turn annotations.tsv into mentions.jsonl (exact offsets, article dates).

    .venv/bin/python benchmarks/gold/actors/build_gold.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from build_news_gold import place

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[2] / "src" / "tidings" / "data" / "sample"


def main() -> None:
    with open(SAMPLE / "metadata.tsv", encoding="utf-8") as fh:
        meta = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    out = []
    lines = [ln for ln in (HERE / "annotations.tsv").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        art = next(k for k in meta if k.startswith(row["article"] + "-"))
        text = (SAMPLE / "articles" / f"{art}.txt").read_text("utf-8")
        surface = row["text"]
        start = place(art, text, int(row["approx"]), surface)
        out.append({"article": art, "date": meta[art]["published"], "start": start,
                    "end": start + len(surface), "text": surface,
                    "country": None if row["country"] == "-" else row["country"],
                    "sector": None if row["sector"] == "-" else row["sector"],
                    "code": row["code"]})
    with open(HERE / "mentions.jsonl", "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} gold mentions in {len({o['article'] for o in out})} articles")


if __name__ == "__main__":
    main()
