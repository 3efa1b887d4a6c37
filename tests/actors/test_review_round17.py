"""Review of actors round 17: probes of the namesake and kin rules on hand-written news
sentences (no corpus or gold text). Each "must fix" case fails on the reviewed commit
``c43ba1d``; each "leave alone" case passes both ways."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only, code_of

ON = date(2016, 6, 1)


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


# --- a civilian's sector word is a given name before a dictionary person's surname --------

def test_civilian_word_before_a_surname_is_a_given_name() -> None:
    # was USAGOV: "hunter" is a sector word (CVL), so given_name_clash took it for a title
    # and the phrase for "hunter Joe Biden"
    assert code_of("Hunter Biden", ON) not in ("USAGOV", "USAELI")


def test_kin_with_a_civilian_given_name_takes_the_country(run: Run) -> None:
    text = ("Hunter Biden appeared in court in Delaware. Vice President Joe Biden said he "
            "loved his son.")
    doc = run(text, ON)
    hunter, joe = actor_at(doc, "Hunter Biden"), actor_at(doc, "Joe Biden")
    assert hunter is not None and joe is not None
    assert hunter.name == "Hunter Biden" and hunter.code != "USAGOV"
    assert hunter.country == "USA" and joe.code == "USAGOV"


@pytest.mark.parametrize("phrase", ["President Biden", "Senator Biden", "Mr. Biden",
                                    "Vice President Joe Biden"])
def test_real_titles_still_name_the_person(phrase: str) -> None:
    assert code_of(phrase, ON) == "USAGOV"


# --- round 17 rules on names of other shapes (probes; these pass on c43ba1d) ---------------

@pytest.mark.parametrize(("text", "name"), [
    ("Chad Wolf, a local councillor, visited the border. Wolf said the wall was working.",
     "Chad Wolf"),
    ("Michael Jordan donated money to a charity in Charlotte.", "Michael Jordan"),
    ("India Walton won the Buffalo mayoral primary. Walton thanked her supporters.",
     "India Walton"),
])
def test_country_word_in_a_name_gives_no_country(run: Run, text: str, name: str) -> None:
    actor = actor_at(run(text, ON), name)
    assert actor is not None and actor.country is None


def test_son_of_a_former_leader_is_not_the_leader(run: Run) -> None:
    text = "Hosni Mubarak's sons Alaa and Gamal Mubarak were released from prison in Cairo."
    doc = run(text, ON)
    gamal, hosni = actor_at(doc, "Gamal Mubarak"), actor_at(doc, "Hosni Mubarak")
    assert gamal is not None and hosni is not None
    assert gamal.name == "Gamal Mubarak" and gamal.country == "EGY"
    assert hosni.code == "EGYELI"
