"""Pattern rows and re-coding, round 18 (issue 5). Every test runs the whole pipeline
(parse, actors, quotes, events) on a hand-written sentence about invented situations."""

from __future__ import annotations

from events.helpers import done_codes, done_events
from tidings.pipeline import Pipeline

# A claim of one's own deed of force is a claim of responsibility (015), whatever the verb.

def test_claiming_to_have_shelled_is_a_claim_of_responsibility(pipeline: Pipeline) -> None:
    text = "The rebel group claimed that they had shelled army positions near Aleppo."
    assert "015" in done_codes(pipeline, text)


def test_claiming_an_ambush_is_a_claim_of_responsibility(pipeline: Pipeline) -> None:
    assert "015" in done_codes(pipeline, "The militia claimed that it had ambushed a Chadian army "
                                      "convoy.")


def test_claiming_a_strike_names_the_struck_party(pipeline: Pipeline) -> None:
    found = done_events(
        pipeline, "Hamas claimed that it struck Israeli towns with rockets on Monday.")
    assert any(code == "015" and target.startswith("ISR") for code, _, target in found)


def test_claiming_a_deed_of_no_force_is_no_claim_of_responsibility(pipeline: Pipeline) -> None:
    text = "The militia claimed that they had won the football match against Chad."
    assert "015" not in done_codes(pipeline, text)


def test_a_claimed_victory_in_a_battle_stays_a_claim_of_success(pipeline: Pipeline) -> None:
    assert "015" not in done_codes(pipeline, "Nepal claimed victory in the battle with its rivals.")


# "return" of a thing to a party is 0842 (property); of people it is not.

def test_returning_animals_to_a_country_returns_property(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Canada returned two stolen lions to Kenya.")
    assert any(code == "0842" and target.startswith("KEN") for code, _, target in found)


def test_returning_stolen_goods_returns_property(pipeline: Pipeline) -> None:
    assert "0842" in done_codes(pipeline, "Mexico returned the stolen trucks to Guatemala.")


def test_returning_people_is_no_return_of_property(pipeline: Pipeline) -> None:
    assert "0842" not in done_codes(pipeline, "The United States returned the migrants to Mexico.")


def test_returning_a_favour_is_no_return_of_property(pipeline: Pipeline) -> None:
    assert "0842" not in done_codes(pipeline, "Germany returned the favour to France.")


def test_returning_power_is_no_return_of_property(pipeline: Pipeline) -> None:
    assert "0842" not in done_codes(pipeline, "The junta returned power to civilians in Mali.")


# An offer one can make: "X said it can send troops" is offered (0334), no threat (138).

def test_saying_one_can_send_troops_offers_protection(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "Turkey said it can send troops to Azerbaijan.")
    assert "0334" in codes
    assert "138" not in codes


def test_saying_one_can_strike_stays_a_threat(pipeline: Pipeline) -> None:
    assert "1384" in done_codes(pipeline, "Iran said it can strike Israel.")


# Joint war games, patrols and exercises are military cooperation of the co-subjects.

def test_joint_war_games_are_military_cooperation(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "China and Russia began joint war games near Taiwan.")
    assert ("062", "CHN", "RUS") in found or ("062", "RUS", "CHN") in found


def test_war_games_alone_stay_a_show_of_force(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "China launched war games near Taiwan.")
    assert "062" not in codes


def test_joint_patrols_are_military_cooperation(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Russia and China conducted joint naval patrols in the Pacific.")
    assert ("062", "RUS", "CHN") in found or ("062", "CHN", "RUS") in found


def test_launched_joint_exercises_are_military_cooperation(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "China and Russia launched joint exercises near Taiwan.")
    assert ("062", "CHN", "RUS") in found or ("062", "RUS", "CHN") in found


# Rejecting cooperation with a party is a rejection of cooperation aimed at that party.

def test_rejecting_cooperation_names_the_partner(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "India rejected any cooperation with Pakistan.")
    assert ("121", "IND", "PAK") in found


def test_rejecting_military_cooperation(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "India rejected any military cooperation with Pakistan.")
    assert ("1212", "IND", "PAK") in found


# Troops arriving somewhere pay no visit (042); an official arriving still does, and
# peacekeeping troops arriving are peacekeepers deployed (074).

def test_troops_arriving_in_a_country_pay_no_visit(pipeline: Pipeline) -> None:
    assert "042" not in done_codes(pipeline, "Hundreds of Dutch troops arrived in Chad on Monday.")


def test_an_official_arriving_in_a_country_visits(pipeline: Pipeline) -> None:
    assert "042" in done_codes(pipeline, "The Dutch prime minister arrived in Chad on Monday.")


def test_peacekeeping_troops_arriving_are_peacekeepers_deployed(pipeline: Pipeline) -> None:
    assert "074" in done_codes(pipeline, "Ghanaian peacekeeping troops arrived in Freetown.")
