"""The ICEWS export: located, dated, counted dyads in ICEWS's columns, with their evidence."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from analysis.helpers import document, event, save, saved_db
from tidings.analysis import ICEWS_COLUMNS, DateRange, export_icews
from tidings.cli import main
from tidings.records import Actor, Place
from tidings.store import Store

DAY = date(2024, 2, 14)
KABUL = Place("Kabul", 0, 5, "AFG", 34.53, 69.17, "city", 1138958)
GOVERNMENT = Actor("the government", None, "---GOV", "GOV")  # of no known country
LENT = Actor("officials", "PAK", "PAKGOV", "GOV", evidence=(
    "sector word: 'officials' -> GOV", "article context: PAK, 6 of 6 resolved mentions"))

ACCUSE = "Qomi accused the United States of destabilising the region."
MEET = "The UN envoy met the Afghan foreign minister in Kabul."


def _store(store: Store) -> Store:
    accuse = event("IRNGOV", "USA", "112", -2.0, DAY, sentence=ACCUSE)
    # No sector recorded: the type comes from the country-less code itself.
    meet = dataclasses.replace(
        event("IGOUNO", "AFG", "040", 1.0, DAY, sentence=MEET, start=len(ACCUSE) + 1,
              place=KABUL), source=Actor("United Nations", None, "IGOUNO", None))
    lent = dataclasses.replace(event("IRN", "PAK", "036", 4.0, DAY), target=LENT)
    unlocated = dataclasses.replace(event("IRN", "PAK", "042", 1.9, DAY), target=GOVERNMENT)
    save(store, document("art-1", DAY, [
        accuse, meet, lent, unlocated,
        event("IRN", None, "145", -7.5, DAY),                   # one-sided
        event("IRN", "PAK", "190", -10.0, DAY, negated=True),   # did not happen
        # background the text does not date ("had pledged"): no day to put it on
        dataclasses.replace(event("IRN", "PAK", "057", 8.0, None), background=True),
    ], text=f"{ACCUSE} {MEET}", url="https://news.example.org/story/1"))
    return store


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_located_dated_counted_dyads_only(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "icews.tsv"
    assert export_icews(_store(store), out) == 3
    header = out.read_text("utf-8").splitlines()[0].split("\t")
    assert tuple(header) == ICEWS_COLUMNS and header[:3] == ["Event ID", "Event Date",
                                                              "Source Name"]
    rows = _read(out)
    assert [r["CAMEO Code"] for r in rows] == ["112", "040", "036"]
    accuse, meet, _ = rows
    assert (accuse["Source Name"], accuse["Source Country"], accuse["Source Sectors"]) == (
        "Hassan Kazemi Qomi", "Iran", "Government")
    assert (accuse["Target Country"], accuse["Event Date"], accuse["Intensity"]) == (
        "United States", "2024-02-14", "-2")
    assert accuse["Event Text"].lower().startswith("accuse")
    assert (accuse["Story ID"], accuse["Publisher"]) == ("art-1", "news.example.org")
    # An IGO has no country, NA as in ICEWS's files; its sector is named.
    assert (meet["Source Country"], meet["Source Sectors"]) == (
        "NA", "International Government Organization")
    assert (meet["City"], meet["Country"], meet["Latitude"]) == ("Kabul", "Afghanistan",
                                                                 "34.5300")
    assert accuse["City"] == accuse["Latitude"] == accuse["Sentence Number"] == "NA"
    # ICEWS never leaves a cell of its own columns empty.
    assert all(row[c] for row in rows for c in ICEWS_COLUMNS[:20])


def test_an_igo_official_keeps_the_igo_sector_first(store: Store, tmp_path: Path) -> None:
    official = Actor("UN special rapporteur", None, "IGOUNOGOV", "GOV")
    save(store, document("art-2", DAY, [dataclasses.replace(
        event("IGOUNO", "AFG", "112", -2.0, DAY), source=official)]))
    out = tmp_path / "icews.tsv"
    export_icews(store, out)
    assert _read(out)[0]["Source Sectors"] == "International Government Organization,Government"


def test_rows_carry_their_evidence(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "icews.tsv"
    export_icews(_store(store), out)
    text = f"{ACCUSE} {MEET}"
    for row in _read(out)[:2]:
        start, end = int(row["Start Char"]), int(row["End Char"])
        assert text[start:end] == row["Sentence"]
        assert row["Num Mentions"] == "1"


def test_written_countries_and_dates_narrow_it(store: Store, tmp_path: Path) -> None:
    _store(store)
    out = tmp_path / "icews.tsv"
    assert export_icews(store, out, written_countries=True) == 2
    assert "Pakistan" not in out.read_text("utf-8")
    assert export_icews(store, out, DateRange(date(2024, 3, 1), None)) == 0
    assert _read(out) == []


def test_cli_writes_the_table_and_reports_bad_paths(tmp_path: Path) -> None:
    db = saved_db(f"sqlite:///{tmp_path / 'c.db'}", document("c1", DAY, [
        event("IRN", "PAK", "036", 4.0, DAY)]))
    runner = CliRunner()
    out = tmp_path / "events.tsv"
    done = runner.invoke(main, ["export-icews", "-o", str(out), "--db", db])
    assert done.exit_code == 0, done.output
    assert [r["Target Country"] for r in _read(out)] == ["Pakistan"]
    bad = runner.invoke(main, ["export-icews", "-o", str(tmp_path / "no" / "x.tsv"),
                               "--db", db])
    assert bad.exit_code == 2 and "cannot write" in bad.output
    assert not list(tmp_path.glob(".*.partial"))
