"""The knowledge base: loading, time-bounded entries, user overrides."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.actors.kb import build_kb, load_kb, norm
from tidings.actors.resolve import resolve_with
from tidings.errors import ConfigError


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb(())


def test_norm_is_symmetric_for_spelling_variants() -> None:
    assert norm("Amir-Abdollahian") == norm("Amir Abdollahian") == "amir abdollahian"
    assert norm("Iran’s") == norm("Iran's") == "iran"
    assert norm("Lloyd J. Austin III") == "lloyd austin"
    assert norm("Médecins") == "medecins"


@pytest.mark.parametrize(("day", "code"), [
    (date(2021, 8, 14), "AFGREB"),
    (date(2021, 8, 15), "AFGGOV"),
    (date(2019, 3, 1), "AFGREB"),
    (date(2024, 2, 14), "AFGGOV"),
])
def test_taliban_change_status_on_15_august_2021(kb, day: date, code: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "the Taliban", day)
    assert actor is not None and actor.code == code and actor.country == "AFG"


def test_minister_before_during_and_after_office(kb) -> None:  # type: ignore[no-untyped-def]
    during = resolve_with(kb, "Amir-Abdollahian", date(2023, 6, 1))
    after = resolve_with(kb, "Hossein Amir-Abdollahian", date(2024, 8, 1))
    assert during is not None and (during.code, during.sector) == ("IRNGOV", "GOV")
    assert "Foreign Minister" in (during.role or "")
    assert after is not None and (after.country, after.sector) == ("IRN", "ELI")
    assert any("not in office" in e for e in after.evidence)
    araghchi = resolve_with(kb, "Abbas Araghchi", date(2024, 9, 1))
    assert araghchi is not None and araghchi.role == "Foreign Minister of Iran"


def test_pakistan_foreign_ministers_by_date(kb) -> None:  # type: ignore[no-untyped-def]
    jilani = resolve_with(kb, "Jalil Abbas Jilani", date(2023, 10, 1))
    dar = resolve_with(kb, "Ishaq Dar", date(2024, 6, 1))
    assert jilani is not None and jilani.code == "PAKGOV" and "caretaker" in (jilani.role or "")
    assert dar is not None and dar.code == "PAKGOV" and "Foreign Minister" in (dar.role or "")


def test_acronyms_that_are_english_words_match_only_in_capitals(kb) -> None:  # type: ignore[no-untyped-def]
    day = date(2024, 1, 1)
    us = resolve_with(kb, "US", day)
    assert us is not None and us.country == "USA"
    assert resolve_with(kb, "us", day) is None
    who = resolve_with(kb, "WHO", day)
    assert who is not None and (who.code or "").startswith("IGOUNO")
    assert resolve_with(kb, "who", day) is None


def test_every_curated_row_has_a_source_and_origin() -> None:
    from tidings.actors.kb import DATA, read_rows

    for name in ("curated/people.tsv", "curated/groups.tsv"):
        rows = list(read_rows(DATA / name))
        assert len(rows) > 50
        for row in rows:
            assert row["source"].strip() and row["origin"].startswith("curated"), row
            if row["start"] and row["end"]:
                assert row["start"] <= row["end"], row


def test_user_tsv_overrides_shipped_entries(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# my dictionary\n"
        "patterns\tname\tcode\tstart\tend\trole\torigin\tsource\n"
        "Hassan Kazemi Qomi|Kazemi Qomi|Qomi\tHassan Kazemi Qomi\tIRNGOV\t2021-01-01\t\t"
        "Special Envoy for Afghanistan\tuser\tmy notes\n"
        "Taliban\tTaliban\tAFGUAF\t\t\t\tuser\tmy notes\n", "utf-8")
    kb = build_kb((str(user),))
    qomi = resolve_with(kb, "Qomi", date(2024, 2, 14))
    assert qomi is not None and qomi.code == "IRNGOV" and "user" in qomi.evidence[0]
    taliban = resolve_with(kb, "Taliban", date(2024, 2, 14))
    assert taliban is not None and taliban.code == "AFGUAF"  # replaces both shipped rows


def test_user_yaml_dictionary(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("- patterns: [Jane Roe, Roe]\n  name: Jane Roe\n  code: GBRLEG\n"
                    "  start: 2020-01-01\n  role: MP\n  source: test\n", "utf-8")
    actor = resolve_with(build_kb((str(user),)), "Jane Roe", date(2024, 1, 1))
    assert actor is not None and (actor.country, actor.sector) == ("GBR", "LEG")


def test_missing_user_dictionary_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        build_kb((str(tmp_path / "absent.tsv"),))


def test_isis_and_its_khorasan_branch_stay_distinct(kb) -> None:  # type: ignore[no-untyped-def]
    day = date(2024, 1, 1)
    isis = resolve_with(kb, "ISIS", day)
    isisk = resolve_with(kb, "ISIS-K", day)
    assert isis is not None and isis.name == "Islamic State"
    assert isisk is not None and "Khorasan" in isisk.name
    assert isis.code == isisk.code == "IMGMUSISI"
