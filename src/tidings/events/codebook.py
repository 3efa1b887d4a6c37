"""The CAMEO event codebook: names, Goldstein values, quad classes, PLOVER mapping.

Loaded once from ``data/cameo_codes.tsv`` (built by :mod:`tidings.events.convert`).
GDELT and ICEWS publish Goldstein tables that differ on a few codes, so the table is
chosen by ``Settings.goldstein_table`` (``gdelt`` or ``icews``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tidings.errors import TidingsError

__all__ = ["CameoCode", "UnknownCodeError", "codebook", "data_rows", "lookup"]

DATA = Path(__file__).with_name("data")


class UnknownCodeError(TidingsError):
    """A CAMEO code that is not in the codebook."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    level: int
    root: str
    quad_class: int
    goldstein_gdelt: float
    goldstein_icews: float
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None

    def goldstein(self, table: str = "gdelt") -> float:
        return self.goldstein_icews if table == "icews" else self.goldstein_gdelt

    @property
    def plover(self) -> str | None:
        """``EVENT`` or ``EVENT/mode`` (PLOVER 2021), ``None`` for codes PLOVER drops (01, 02)."""
        if not self.plover_event:
            return None
        return f"{self.plover_event}/{self.plover_mode}" if self.plover_mode else self.plover_event


def data_rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a shipped TSV (``#`` comment lines skipped) with their 1-based file line."""
    path = DATA / name
    with path.open(encoding="utf-8") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if not line.startswith("#")]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    reader = csv.reader((line for _, line in lines[1:]), delimiter="\t")
    for (n, _), row in zip(lines[1:], reader, strict=True):
        if row:
            yield n, dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))


@cache
def codebook() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for _, r in data_rows("cameo_codes.tsv"):
        out[r["code"]] = CameoCode(
            code=r["code"], name=r["name"], level=int(r["level"]), root=r["root"],
            quad_class=int(r["quad_class"]), goldstein_gdelt=float(r["goldstein_gdelt"]),
            goldstein_icews=float(r["goldstein_icews"]), plover_event=r["plover_event"] or None,
            plover_mode=r["plover_mode"] or None, plover_context=r["plover_context"] or None,
        )
    return out


def lookup(code: str) -> CameoCode:
    """The codebook entry of ``code``; PETRARCH-only sub-codes fall back to their parent."""
    book = codebook()
    for n in range(len(code), 1, -1):
        if code[:n] in book:
            entry = book[code[:n]]
            return entry if n == len(code) else _as_code(entry, code)
    raise UnknownCodeError(f"unknown CAMEO code {code!r}")


def _as_code(parent: CameoCode, code: str) -> CameoCode:
    from dataclasses import replace

    return replace(parent, code=code)
