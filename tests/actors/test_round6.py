"""Accuracy rules of issue 4, round 6 (news dev errors grouped by cause). Each test writes its
own sentences; none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from tidings.actors.rules import rules
from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


# 0. one data file, one loader: the recall lists are a section of rules.yaml, and one list of
# definite determiners serves every step
def test_recall_lists_are_a_section_of_rules_yaml() -> None:
    from tidings.actors.recall import recall_words

    assert recall_words() is rules().recall
    assert "delegation" not in recall_words().head_match_stop
    assert {"the", "this", "that", "these"} <= rules().definite_determiners


# 1. countries acting where NER or the place rule missed them
def test_country_name_ner_missed_in_a_title_case_headline(run: Run) -> None:
    doc = run("Senators Urge Sanctions Against Venezuela\n2024-03-01\n\nThe senators wrote a "
              "letter on Friday.")
    actor = actor_at(doc, "Venezuela")
    assert actor is not None and actor.country == "VEN" and actor.sector is None


def test_country_as_possessor_acts(run: Run) -> None:
    doc = run("The senator spoke on the anniversary of Georgia’s independence on Tuesday.")
    actor = actor_at(doc, "Georgia")
    assert actor is not None and actor.country == "GEO"


def test_for_after_a_verb_is_a_beneficiary_not_a_place(run: Run) -> None:
    doc = run("The minister said the coalition would keep fighting for Lebanon.")
    actor = actor_at(doc, "Lebanon")
    assert actor is not None and actor.country == "LBN"


def test_for_after_a_verb_of_movement_stays_a_place(run: Run) -> None:
    doc = run("The minister said the delegation departed for Lebanon on Monday.")
    assert actor_at(doc, "Lebanon") is None


def test_country_after_conjoined_party_nouns_acts(run: Run) -> None:
    doc = run("The senator said the safety and security of Jordan matter to everyone.")
    actor = actor_at(doc, "Jordan")
    assert actor is not None and actor.country == "JOR"


# 2. the knowledge base: House members beyond the leaders, officials below cabinet rank,
# civilians often in the news; a title the dictionary person has not yet reached keeps the
# country
def _round6_people() -> list[dict[str, str]]:
    from tidings.actors.kb import DATA, read_rows

    return [row for row in read_rows(DATA / "curated/people_global.tsv")
            if "round 6" in row["source"]]


def test_round6_people_resolve_by_every_pattern_inside_each_term() -> None:
    """Every alias of every round-6 person reaches that person's office of the date: no
    other row shadows an alias, and a person's dated rows do not overlap."""
    from tidings.actors import resolve
    from tidings.actors.kb import DATA, norm, read_rows

    rows = _round6_people()
    assert len(rows) >= 48
    owners: dict[str, set[str]] = {}
    for path in sorted((DATA / "curated").glob("people*.tsv")):
        for other in read_rows(path):
            for pattern in other["patterns"].split("|"):
                owners.setdefault(norm(pattern), set()).add(other["name"])
    shared = {pattern: names for row in rows for pattern in map(norm, row["patterns"].split("|"))
              if len(names := owners[pattern]) > 1}
    assert not shared, shared
    terms: dict[str, list[tuple[str, str]]] = {}
    for other in read_rows(DATA / "curated/people_global.tsv"):
        if other["name"] in {row["name"] for row in rows}:
            terms.setdefault(other["name"], []).append((other["start"], other["end"] or "9999"))
    for name, spans in terms.items():
        spans.sort()
        for (_, ended), (began, _) in pairwise(spans):
            assert ended < began, (name, spans)
    for row in rows:
        start = date.fromisoformat(row["start"]) if row["start"] else date(2024, 1, 1)
        assert not row["end"] or row["start"] <= row["end"], row
        for pattern in row["patterns"].split("|"):
            actor = resolve(pattern, on=start, dictionaries=())
            assert actor is not None, pattern
            assert (actor.name, actor.code) == (row["name"], row["code"]), (pattern, start)


def test_a_member_after_the_last_term_is_a_former_official() -> None:
    """A dated row ends the office: after a member's last term the person is a former
    official of the country (ELI), not still a legislator."""
    from tidings.actors import resolve
    from tidings.actors.kb import DATA, read_rows

    names = {row["name"] for row in _round6_people()}
    last: dict[str, dict[str, str]] = {}
    for row in read_rows(DATA / "curated/people_global.tsv"):
        if row["name"] in names and (row["name"] not in last
                                     or row["start"] > last[row["name"]]["start"]):
            last[row["name"]] = row
    ended = [row for row in last.values() if row["end"] and row["code"] == "USALEG"]
    assert len(ended) >= 8
    for row in ended:
        after = date.fromisoformat(row["end"]) + timedelta(days=365)
        actor = resolve(row["name"], on=after, dictionaries=())
        assert actor is not None and actor.code == "USAELI", (row["name"], after, actor)


def test_officials_below_cabinet_rank_follow_the_date() -> None:
    from tidings.actors import resolve

    envoy = resolve("Tom Perriello", on=date(2024, 6, 1), dictionaries=())
    before = resolve("Tom Perriello", on=date(2010, 6, 1), dictionaries=())
    assert envoy is not None and (envoy.country, envoy.sector) == ("USA", "GOV")
    assert before is not None and (before.country, before.sector) == ("USA", "LEG")
    # not yet in office: the country and the person's sector, no dated role
    nominee = resolve("Herschel Walker", on=date(2025, 6, 1), dictionaries=())
    assert nominee is not None and nominee.country == "USA" and nominee.role is None


def test_a_well_known_civilian_is_cvl(run: Run) -> None:
    doc = run("Protests spread after the death of Mahsa Amini in Tehran. Her family spoke.",
              on=date(2023, 9, 16))
    actor = actor_at(doc, "Mahsa Amini")
    assert actor is not None and (actor.country, actor.sector) == ("IRN", "CVL")


# 3. a title and a surname that people of several countries bear: the one person whose office
# on the date has the title's sector
def test_title_and_shared_surname_pick_the_one_office_holder() -> None:
    from tidings.actors import resolve

    on = date(2022, 5, 14)
    senator = resolve("Senator Collins", on=on, dictionaries=())
    assert senator is not None and senator.name == "Susan Collins" and senator.code == "USALEG"
    # no president of that surname on the date: the title alone, no country
    president = resolve("President Collins", on=on, dictionaries=())
    assert president is not None and president.country is None
    # an international official's code has no sector: the surname is not guessed
    guterres = resolve("Secretary-General Guterres", on=on, dictionaries=())
    assert guterres is not None and guterres.code == "IGOUNOGOV"


def test_surname_in_a_fused_title_line_is_the_person(run: Run) -> None:
    # NER fuses "Shaheen Leads"; the title line's only country would otherwise be lent to it
    doc = run("Senator Shaheen Leads Bipartisan Delegation to Georgia, Meets Leaders\n"
              "2022-05-14\n\nU.S. Senator Jeanne Shaheen (D-N.H.) said on Friday.",
              on=date(2022, 5, 14))
    actor = actor_at(doc, "Shaheen")
    assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG")


# 4. "The Honorable X": a person, whatever NER made of the name; an unknown one takes the
# appositive's sector (its portfolio names none) and the article's home country
def test_styled_unknown_official_takes_appositive_and_home_country(run: Run) -> None:
    doc = run("WASHINGTON – U.S. Senator Jim Risch (R-Idaho) opened the hearing. The committee "
              "heard from The Honorable Margaret Quillfeather, deputy assistant secretary for "
              "military affairs, and others.", on=date(2023, 3, 1))
    actor = actor_at(doc, "Margaret Quillfeather")
    assert actor is not None and (actor.country, actor.sector) == ("USA", "GOV")
    title = actor_at(doc, "deputy assistant secretary")
    assert title is not None and title.name == actor.name  # the appositive is the person


def test_styled_dictionary_person_keeps_the_dictionary(run: Run) -> None:
    doc = run("The committee heard testimony from the Honorable Victoria Nuland, under "
              "secretary of State, on Tuesday.", on=date(2022, 3, 8))
    actor = actor_at(doc, "Victoria Nuland")
    assert actor is not None and actor.code == "USAGOV"
    assert actor_at(doc, "under secretary") == actor


# 5. convention: an ethnic group named with its faith is that people (CVL), a faith alone REL
def test_ethnic_group_named_with_its_faith_is_the_people() -> None:
    from tidings.actors import resolve

    on = date(2022, 5, 14)
    people = resolve("Rohingya Muslims", on=on, dictionaries=())
    faith = resolve("Muslims", on=on, dictionaries=())
    assert people is not None and (people.country, people.sector) == ("MMR", "CVL")
    assert faith is not None and faith.sector == "REL"
    # a branch of the faith is no ethnic group: still the religious actor
    branch = resolve("Shiite Muslims", on=on, dictionaries=())
    assert branch is not None and (branch.country, branch.sector) == (None, "REL")


# 6. a travelling party in a legislator's statement is that legislature's members
def test_delegation_in_a_legislators_statement_is_legislative(run: Run) -> None:
    text = ("Senator Whitcombe Visits Poland\n2023-04-02\n\nU.S. Senator Ada Whitcombe (D-Ore.) "
            "led a visit to Warsaw this week. The delegation met Polish officials. “Our "
            "delegation came to listen,” Whitcombe said.")
    doc = run(text, on=date(2023, 4, 2))
    for nth in (0, 1):
        actor = actor_at(doc, "delegation", nth)
        assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG"), nth


def test_delegation_outside_a_legislators_statement_is_left_alone(run: Run) -> None:
    text = ("Ministry Hosts Talks\n2023-04-02\n\nForeign Minister Radoslaw Sikorski said on "
            "Sunday that the delegation would return in May.")
    doc = run(text, on=date(2023, 4, 2))
    actor = actor_at(doc, "delegation")
    assert actor is None or actor.sector != "LEG"


# 7. a committee or task force the dictionary does not know, in a legislator's statement, is
# a body of that legislature; a country in its name is its topic
LEGISLATOR = ("Rep. Wilbur Pennington (R-Ohio) released a statement on Tuesday. ")


def test_task_force_named_after_a_country_is_the_legislatures(run: Run) -> None:
    doc = run(LEGISLATOR + "The Vietnam Task Force, which he leads, urged the State Department "
              "to act, and the Subcommittee on Asia and the Pacific held a hearing.",
              on=date(2023, 5, 2))
    for name in ("Vietnam Task Force", "Subcommittee on Asia"):
        actor = actor_at(doc, name)
        assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG"), name


def test_committee_owned_by_another_country_is_not_the_legislatures(run: Run) -> None:
    doc = run(LEGISLATOR + "He condemned the Chinese Communist Party’s Central Military "
              "Commission.", on=date(2023, 5, 2))
    actor = actor_at(doc, "Central Military Commission")
    assert actor is None or actor.country != "USA"


def test_committee_outside_a_legislators_statement_is_left_alone(run: Run) -> None:
    doc = run("Prime Minister Mark Rutte said the Vietnam Task Force would meet.",
              on=date(2023, 5, 2))
    actor = actor_at(doc, "Vietnam Task Force")
    assert actor is None or actor.sector != "LEG"


# 8. a titled official or national body with no country anywhere in the article is of the
# article's home side (its first placed person's country)
def test_official_without_a_country_is_of_the_home_side(run: Run) -> None:
    text = ("Secretary of State Antony Blinken spoke with Kenya’s and Ethiopia’s foreign "
            "ministers on Monday. The below is attributable to Spokesperson Orla Finnegan-Marsh: "
            "the Secretary thanked both for their work with the Joint Chiefs.")
    doc = run(text, on=date(2023, 5, 2))
    spokesperson = actor_at(doc, "Orla Finnegan-Marsh")
    assert spokesperson is not None and (spokesperson.country, spokesperson.sector) == \
        ("USA", "GOV")


def test_official_without_a_home_side_stays_without_country(run: Run) -> None:
    doc = run("Kenya and Ethiopia held talks. Spokesperson Orla Finnegan-Marsh said both sides "
              "agreed.", on=date(2023, 5, 2))
    actor = actor_at(doc, "Orla Finnegan-Marsh")
    assert actor is None or actor.country is None
