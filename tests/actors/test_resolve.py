"""Resolving one phrase: names, titles, appositives, demonyms, capitals, context."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve
from tidings.actors.kb import load_kb
from tidings.actors.resolve import resolve_with

DAY = date(2024, 2, 14)


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb(())


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Pakistani officials", "PAK", "PAKGOV"),
    ("Iranian media delegation", "IRN", "IRNMED"),
    ("American soldiers", "USA", "USAMIL"),
    ("Afghan refugees", "AFG", "AFGREF"),
    ("Iran's foreign ministry", "IRN", "IRNGOV"),
    ("the Iranian government", "IRN", "IRNGOV"),
])
def test_demonym_or_possessive_with_sector(kb, text: str, country: str, code: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, text, DAY)
    assert actor is not None and (actor.country, actor.code) == (country, code)
    assert any("sector word" in e for e in actor.evidence)


@pytest.mark.parametrize(("text", "iso3"), [("Tehran", "IRN"), ("Kabul", "AFG"),
                                            ("Islamabad", "PAK"), ("Washington", "USA")])
def test_capital_as_metonymy_for_the_government(kb, text: str, iso3: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, text, DAY)
    assert actor is not None and actor.code == f"{iso3}GOV" and actor.sector == "GOV"
    assert "metonymy" in actor.evidence[0]


def test_country_name_alone_has_no_sector(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Iran", DAY)
    assert actor is not None and (actor.country, actor.code, actor.sector) == ("IRN", "IRN", None)
    short = resolve_with(kb, "the Islamic Republic", DAY)
    assert short is not None and short.country == "IRN"


def test_title_and_name(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Armenian Prime Minister Nikol Pashinyan", DAY)
    assert actor is not None and (actor.name, actor.code) == ("Nikol Pashinyan", "ARMGOV")


def test_title_with_unknown_name_takes_the_title(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Serbian Labour Minister Dragan Petrovic", DAY)
    assert actor is not None and actor.country == "SRB" and actor.sector == "GOV"


def test_appositive_gives_an_unknown_person_country_and_sector(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Hassan Kazemi Qomi, Iran's Special Envoy for Afghanistan", DAY)
    assert actor is not None
    assert (actor.name, actor.country, actor.code) == ("Hassan Kazemi Qomi", "IRN", "IRNGOV")
    assert actor.evidence[0].startswith("appositive")


def test_known_name_wins_over_its_appositive(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Amir Khan Muttaqi, a senior Pakistani official", DAY)
    assert actor is not None and actor.code == "AFGGOV"


def test_context_fills_a_missing_country(kb) -> None:  # type: ignore[no-untyped-def]
    bare = resolve_with(kb, "Defense Minister", DAY)
    german = resolve_with(kb, "Defense Minister", DAY, "German")
    assert bare is not None and bare.country is None and bare.sector == "GOV"
    assert german is not None and german.code == "DEUGOVMIL"


def test_former_official_is_elite(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "a former White House official", DAY)
    assert actor is not None and (actor.country, actor.sector) == ("USA", "ELI")


def test_organisation_with_sector_word(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "UN peacekeepers", DAY)
    assert actor is not None and (actor.code or "").startswith("IGOUNO") and actor.sector == "MIL"


def test_unknown_text_resolves_to_nothing(kb) -> None:  # type: ignore[no-untyped-def]
    assert resolve_with(kb, "coronavirus", DAY) is None
    assert resolve_with(kb, "Marcus Beam", DAY) is None
    assert resolve_with(kb, "", DAY) is None


def test_public_resolve_defaults_to_today_and_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIDINGS_ACTOR_DICTIONARIES", raising=False)
    actor = resolve("Daesh")
    assert actor is not None and actor.code == "IMGMUSISI" and actor.country is None


def test_title_in_the_text_beats_dictionary_dates(kb) -> None:  # type: ignore[no-untyped-def]
    # the dictionary has Obama in office 2009-2017; the article's own title says otherwise
    bare = resolve_with(kb, "Barack Obama", date(2020, 1, 1))
    titled = resolve_with(kb, "President Barack Obama", date(2020, 1, 1))
    assert bare is not None and bare.sector == "ELI"
    assert titled is not None and titled.code == "USAGOV"
    assert any("title in the text" in e for e in titled.evidence)


def test_member_words_keep_the_bodys_sector(kb) -> None:  # type: ignore[no-untyped-def]
    spy = resolve_with(kb, "an Iranian intelligence agency officer", DAY)
    police = resolve_with(kb, "a Kabul police spokesman", DAY)
    assert spy is not None and (spy.country, spy.sector) == ("IRN", "SPY")
    assert police is not None and (police.country, police.sector) == ("AFG", "COP")
