"""Round 17 (issue 4): rules that generalise beyond the dev cases. Sentences and names
written for these tests (no corpus or gold text); each "must fix" case fails on the round's
starting commit ``688b06e``, each "leave alone" case passes both ways."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve
from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only, code_of

ON = date(2016, 6, 1)


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


def _code(text: str) -> str | None:
    return code_of(text, ON)


def _at(run: Run, text: str, phrase: str, nth: int = 0) -> str | None:
    actor = actor_at(run(text, ON), phrase, nth)
    return actor.code if actor else None


# --- a later bare surname joins the article's own full name -------------------------------

def test_bare_surname_after_an_unknown_full_name_stays_with_it(run: Run) -> None:
    # was LCAELI for both: the bare surname found John Compton of Saint Lucia in the surname
    # index and lent him to the earlier full name, which the dictionary had not matched
    text = ("Ruth Compton, a retired teacher, organised the vigil on Sunday. "
            "Ms. Compton said the town had waited long enough.")
    doc = run(text, ON)
    full = actor_at(doc, "Ruth Compton")
    bare = actor_at(doc, "Compton", 1)
    assert full is not None and bare is not None
    assert bare.country is None and bare.name == "Ruth Compton"
    assert bare.code == full.code == "---EDU"


def test_unmatched_full_name_then_surname_left_alone(run: Run) -> None:
    text = "Miriam Katz runs a museum in Ohio. Katz said the show would run for a month."
    assert _at(run, text, "Miriam Katz") is None
    assert _at(run, text, "Katz", 1) is None


def test_bare_surname_alone_keeps_the_dictionary_person(run: Run) -> None:
    text = "Mr. Katz told the cabinet in Jerusalem that the road would be finished."
    assert (_at(run, text, "Katz") or "").startswith("ISR")


def test_full_dictionary_name_then_surname_left_alone(run: Run) -> None:
    text = "Ben Cardin chaired the hearing. Cardin said the bill would pass."
    assert (_at(run, text, "Ben Cardin") or "").startswith("USA")
    assert (_at(run, text, "Cardin", 1) or "").startswith("USA")


# --- a one-word alias of a dictionary person inside another person's name ----------------

def test_one_word_alias_with_another_given_name_is_a_namesake() -> None:
    # each was the dictionary person of the one-word alias (a surname or a monarch's name)
    assert _code("Barry Bennett") is None  # was ISRGOVMIL (Naftali Bennett)
    assert _code("Ronnie Cameron") is None  # was GBRGOV (David Cameron)
    assert _code("Charles Chamberlain") is None  # was GBRGOV (Charles III)
    assert not (_code("Gov. Nathan Deal") or "").startswith("SGP")  # was SGPGOV (S. R. Nathan)


def test_one_word_alias_with_the_persons_own_names_left_alone() -> None:
    assert (_code("Naftali Bennett") or "").startswith("ISR")
    assert (_code("Mr. Bennett") or "").startswith("ISR")
    assert (_code("David Cameron") or "").startswith("GBR")
    assert (_code("King Charles") or "").startswith("GBR")
    assert (_code("Vladmir Putin") or "").startswith("RUS")  # one letter off: still him
    assert (_code("Bibi Netanyahu") or "").startswith("ISR")  # given_name_forms
    assert _code("Netanyahu government") == "ISRGOV"  # a sector word after the alias


def test_namesake_in_an_article_gets_no_foreign_country(run: Run) -> None:
    text = "Barry Bennett, a campaign adviser, said the candidate would win Ohio."
    assert not (_at(run, text, "Barry Bennett") or "").startswith("ISR")


def test_later_bare_surname_follows_the_namesake_or_the_person_named_in_full(run: Run) -> None:
    # was GBRGOV (David Cameron) for both: the bare surname lent him to the earlier name
    text = "Ronald Clayworth Cameron, the chief executive, gave money. Cameron said he liked it."
    doc = run(text, ON)
    assert not ((actor_at(doc, "Cameron", 1) or actor_at(doc, "Cameron")).code or "") \
        .startswith("GBR")
    # with the dictionary person named in full, the bare surname is that person
    text = ("Melania Trump spoke at the convention on Monday. Trump said later that she did "
            "well. Donald Trump thanked her.")
    actor = actor_at(run(text, ON), "Trump", 1)
    assert actor is not None and actor.name == "Donald Trump"


def test_kin_of_a_dictionary_person_in_the_article_takes_the_country(run: Run) -> None:
    # was USAELI, the dictionary person himself; now the kin, placed by the surname
    text = "Donald Trump spoke in Ohio. Melania Trump, his wife, joined him later."
    actor = actor_at(run(text, ON), "Melania Trump")
    assert actor is not None and actor.country == "USA" and actor.name == "Melania Trump"


def test_initial_is_no_clashing_given_name() -> None:
    assert _code("Sen. T. Scott") == "---LEG"


# --- a person only Phoenix knows needs the text to name the country -----------------------

def test_phoenix_namesake_without_its_country_in_the_article(run: Run) -> None:
    # was LBRELI: a Liberian minister of that name in Phoenix (2006-2007)
    text = "George Wallace ran against Richard Nixon in 1968 and lost."
    actor = actor_at(run(text, ON), "George Wallace")
    assert actor is not None and actor.country is None and actor.name == "George Wallace"


def test_phoenix_person_with_the_country_named_left_alone(run: Run) -> None:
    text = "Hosni Mubarak ruled Egypt for thirty years."
    assert _at(run, text, "Hosni Mubarak") == "EGYELI"
    text = "Former Egyptian leader Hosni Mubarak died on Tuesday."
    assert _at(run, text, "Hosni Mubarak") == "EGYELI"


# --- a country's name as a first name, a country word as a last name ---------------------

def test_country_name_as_first_name_gives_no_country(run: Run) -> None:
    text = "Chad Whitcombe, a county party chairman, endorsed the mayor on Tuesday."
    assert _at(run, text, "Chad Whitcombe") is None  # was TCD
    text = "Jordan Ellery criticised the school board's budget at the meeting."
    assert _at(run, text, "Jordan Ellery") is None  # was JOR


def test_title_before_such_a_name_still_resolves(run: Run) -> None:
    text = "Sen. Chad Whitcombe voted against the bill in the state capitol."
    assert _at(run, text, "Chad Whitcombe") == "---LEG"  # was TCDLEG


def test_country_name_as_middle_name(run: Run) -> None:
    text = "Deborah Jordan Reyes said the fund had run out in March."
    assert _at(run, text, "Deborah Jordan Reyes") is None  # was JOR


def test_country_word_as_last_name(run: Run) -> None:
    text = "The investor Philip Cuban said he would fund the new stadium."
    code = _at(run, text, "Philip Cuban")
    assert code is None or not code.startswith("CUB")


def test_countries_and_nationalities_left_alone(run: Run) -> None:
    assert _at(run, "Chad's president met the envoy in N'Djamena on Monday.", "Chad") \
        in ("TCD", "TCDGOV")
    assert (_at(run, "Afghan Ahmad Shah Massoud fought the Taliban for years.",
                "Ahmad Shah Massoud") or "").startswith("AFG")
    assert _at(run, "Jordan closed its border with Syria on Friday.", "Jordan") == "JOR"


# --- the Vatican -------------------------------------------------------------------------

def test_vatican_is_the_holy_see() -> None:
    assert _code("Vatican spokesman") == "VATGOV"  # was ---GOV
    assert _code("the Vatican") == "VATGOV"  # a capital as metonymy: was None


def test_vatican_city_left_alone() -> None:
    assert (_code("Vatican City") or "").startswith("VAT")
    actor = resolve("Italian officials", on=ON)
    assert actor is not None and actor.code == "ITAGOV"
