"""Pattern rows, round 19 (issue 5). Every test runs the whole pipeline (parse, actors,
quotes, events) on a hand-written sentence about invented situations."""

from __future__ import annotations

from events.helpers import done_codes, done_events
from tidings.pipeline import Pipeline

# A team sent is no offer of talks (PETRARCH's SEND * TEAM 036); its kind may say more.

def test_a_team_of_investigators_sent_is_no_intent_to_meet(pipeline: Pipeline) -> None:
    assert "036" not in done_codes(pipeline, "Canada sent a team of investigators to Lebanon.")


def test_a_team_of_doctors_sent_is_no_intent_to_meet(pipeline: Pipeline) -> None:
    text = "Zambia's ministry of health sent two teams of doctors and medicines to flooded Malawi."
    assert "036" not in done_codes(pipeline, text)


def test_a_rescue_team_sent_is_humanitarian_aid(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Japan sent a rescue team to Turkey.")
    assert any(code == "073" and target.startswith("TUR") for code, _, target in found)


def test_a_negotiating_team_sent_stays_an_intent_to_meet(pipeline: Pipeline) -> None:
    assert "036" in done_codes(pipeline, "Egypt sent a negotiating team to Qatar.")


def test_a_team_of_peacekeepers_sent_stays_peacekeeping(pipeline: Pipeline) -> None:
    assert "074" in done_codes(pipeline, "Italy sent a team of peacekeepers to Lebanon.")


# Condemning a terrorist attack is a denunciation (111), as condemning any attack is.

def test_condemning_a_terrorist_attack_is_a_denunciation(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "The Kenyan president condemned Monday's terrorist attack on a "
                             "Somali border town.")
    assert "111" in codes and "018" not in codes


def test_condemning_terrorist_attacks_in_a_city_is_a_denunciation(pipeline: Pipeline) -> None:
    assert "111" in done_codes(
        pipeline, "Norway strongly condemned terrorist attacks in Mogadishu.")


# A thing returned is property returned (0842), with or without a "to" phrase.

def test_returning_trucks_from_a_town_returns_property(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "The rebels returned the captured trucks from the border town.")
    assert "0842" in codes and "042" not in codes


def test_returning_stolen_cars_from_a_state_returns_property(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "Mexico returned stolen cars from Texas.")
    assert "0842" in codes and "042" not in codes


def test_a_minister_returning_from_a_capital_stays_a_visit(pipeline: Pipeline) -> None:
    assert "042" in done_codes(pipeline, "The Chilean minister returned from Lima on Monday.")


def test_returning_fire_returns_no_property(pipeline: Pipeline) -> None:
    assert "0842" not in done_codes(pipeline, "Iran returned fire at Iraqi troops.")


# "X claimed that <a named other doer> had attacked Y": X accuses the doer (11x), through
# the reported deed (code_maps.tsv map=reported); one's own deed claimed stays 015.

def test_claiming_that_named_forces_shelled_villages_accuses_them(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "The Syrian government claimed that Turkish forces shelled "
                            "villages near Aleppo.")
    assert any(code.startswith("112") and source.startswith("SYR") and target.startswith("TUR")
               for code, source, target in found)


def test_alleging_that_named_soldiers_killed_civilians_accuses_them(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Ethiopia alleged that Eritrean soldiers had killed dozens of "
                            "civilians.")
    assert any(code.startswith("112") and source.startswith("ETH") and target.startswith("ERI")
               for code, source, target in found)


def test_claiming_ones_own_shelling_stays_a_claim_of_responsibility(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "The rebel group claimed that they had shelled army positions "
                             "near Aleppo.")
    assert "015" in codes and not any(c.startswith("112") for c in codes)
