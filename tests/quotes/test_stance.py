"""Hand-built inputs for attributed stances, intentions, "as X said" and the
actor-subject and purpose-clause filters (tidings.quotes.stance)."""

from __future__ import annotations

from tidings.quotes.evaluate import STANCE_RULES, predicted
from tidings.records import Quote

from .conftest import Run


def _rules(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [(q.rule, q.cue, q.text) for q in quotes]


def test_stance_verb_with_noun_phrase_object(run_quotes: Run) -> None:
    text = "Senator Marco Rubio praised the governor's leadership after the hurricane."
    (q,) = run_quotes(text).quotes
    assert (q.rule, q.cue) == ("indirect-np", "praised") and q.kind == "indirect"
    assert q.text.startswith("the governor's leadership")
    assert q.speaker is not None and "Rubio" in q.speaker.name


def test_call_for_takes_the_object_and_its_to_clause(run_quotes: Run) -> None:
    text = "Senator Ortiz is calling for the European Union to expand naval patrols in the Aegean."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-np" and q.cue == "calling"
    assert q.text.startswith("the European Union") and q.text.endswith("in the Aegean")


def test_stance_needs_an_actor_subject(run_quotes: Run) -> None:
    assert run_quotes("The new bill supports farmers in the drought-hit regions.").quotes == ()
    assert run_quotes("Rising prices threatened the fragile recovery of the economy.").quotes == ()


def test_intention_to_clause(run_quotes: Run) -> None:
    text = "Hillary Clinton wants to raise the minimum wage to fifteen dollars."
    (q,) = run_quotes(text).quotes
    assert (q.rule, q.cue) == ("indirect-intention", "wants")
    assert q.text.startswith("to raise the minimum wage")


def test_hoping_is_a_belief_cue_despite_the_lemma(run_quotes: Run) -> None:
    text = "Senator Bernie Sanders is hoping to win the primary in New Hampshire next month."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-intention" and q.cue == "hoping"


def test_intention_of_a_non_actor_is_not_reported(run_quotes: Run) -> None:
    quotes = run_quotes("The storm seems to want to destroy the whole coastline.").quotes
    # an impression ("seems") may be reported, an intention of a storm never is
    assert [q.rule for q in quotes] in ([], ["indirect-raising"])


def test_as_the_paper_reported(run_quotes: Run) -> None:
    text = (
        "As the Boston Globe reported, the city auditor sent letters"
        " to the contractors."
    )
    (q,) = run_quotes(text).quotes
    assert (q.rule, q.cue) == ("indirect-as", "reported")
    assert q.text.startswith("the city auditor sent letters")


def test_as_expected_is_not_a_report(run_quotes: Run) -> None:
    assert run_quotes("As expected, the committee approved the budget on Friday.").quotes == ()


def test_purpose_clause_cue_reports_nothing(run_quotes: Run) -> None:
    text = "The envoy will travel to the region next week to urge the parties to accept a truce."
    assert [q for q in run_quotes(text).quotes if q.cue == "urge"] == []


def test_stances_are_not_scored_as_reported_speech(run_quotes: Run) -> None:
    text = "Senator Marco Rubio praised the governor's leadership after the hurricane."
    quotes = run_quotes(text).quotes
    assert {q.rule for q in quotes} <= STANCE_RULES
    assert [p.kind for p in predicted(quotes)] == ["stance"]


def test_threaten_with_an_inanimate_subject_is_not_speech(run_quotes: Run) -> None:
    text = "Renewed rocket attacks threaten the aid deliveries have barely resumed in the north."
    assert [q for q in run_quotes(text).quotes if q.cue == "threaten"] == []
    text = "The militia threatened it would attack any convoy crossing the border."
    assert [q.rule for q in run_quotes(text).quotes] == ["indirect-ccomp"]


def test_clause_after_the_cue_wins_over_an_opener(run_quotes: Run) -> None:
    text = (
        "In a statement released after the senator suspended his campaign, Cruz said he "
        "was certain Rubio would remain a strong voice for the party."
    )
    (q,) = run_quotes(text).quotes
    assert q.cue == "said" and q.text.startswith("he was certain Rubio")


def test_say_with_a_gerund_subject_clause(run_quotes: Run) -> None:
    text = "She said taxing it could bring millions of dollars to the county schools."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-say-object"
    assert q.text.startswith("taxing it could bring millions")


def test_headline_source_before_a_colon(run_quotes: Run) -> None:
    text = "Poll: Voters trust the governor more than the legislature on taxes.\n\nMore text."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-colon" and q.text.startswith("Voters trust the governor")


def test_section_labels_and_list_headers_are_not_sources(run_quotes: Run) -> None:
    assert run_quotes("UPDATE: The meeting was moved to Thursday afternoon.").quotes == ()
    assert run_quotes("In Syria: 21 partnered operations and 4 detained.").quotes == ()
    assert run_quotes("12:20 p.m.: The senator arrived at the hall.").quotes == ()


def test_temporal_as_is_not_a_report(run_quotes: Run) -> None:
    text = "Supporters cheered loudly as she noted the turnout in the northern counties."
    assert [q for q in run_quotes(text).quotes if q.rule == "indirect-as"] == []


def test_noun_cue_with_a_to_infinitive(run_quotes: Run) -> None:
    text = "Donald Trump defended his proposal to ban foreign Muslims from entering the country."
    quotes = [q for q in run_quotes(text).quotes if q.rule == "indirect-noun-to"]
    (q,) = quotes
    assert q.cue == "proposal" and q.text.startswith("to ban foreign Muslims")
    assert q.speaker is not None and "Trump" in q.speaker.name


def test_stance_of_a_group_noun_subject_about_one_name(run_quotes: Run) -> None:
    text = "Most young voters in the state supported Sanders."
    (q,) = run_quotes(text).quotes
    assert (q.rule, q.cue, q.text) == ("indirect-np", "supported", "Sanders")


def test_documentary_source_without_that(run_quotes: Run) -> None:
    text = "Federal election records show the donor gave money to both campaigns last year."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-ccomp" and q.text.startswith("the donor gave money")
    text = "A new Fox News poll shows Sanders with 47 percent against Clinton's 44 percent."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-evidence" and q.text.startswith("Sanders with 47 percent")


def test_weak_cue_without_that_still_needs_a_documentary_subject(run_quotes: Run) -> None:
    assert run_quotes("The soldiers found the convoy was hit by a drone.").quotes == ()


def test_criticism_keeps_its_grounds(run_quotes: Run) -> None:
    text = "Senator Sanders has criticized Clinton for accepting speaking fees from banks."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-np" and q.text == "Clinton for accepting speaking fees from banks"


def test_noun_cue_with_a_prepositional_content(run_quotes: Run) -> None:
    text = "Senator Lopez repeated his call for a permanent cap on rent increases."
    quotes = [q for q in run_quotes(text).quotes if q.rule == "indirect-noun-np"]
    (q,) = quotes
    assert q.cue == "call" and q.text == "a permanent cap on rent increases"
    assert q.speaker is not None and "Lopez" in q.speaker.name


def test_noun_cue_without_an_owner_is_not_a_stance(run_quotes: Run) -> None:
    text = "The criticism of the new tax plan grew louder over the summer."
    assert [q for q in run_quotes(text).quotes if q.rule == "indirect-noun-np"] == []


def test_more_stance_verbs_from_the_data_file(run_quotes: Run) -> None:
    text = "Governor Kasich mocked the proposals of his rivals at the debate."
    (q,) = run_quotes(text).quotes
    assert (q.rule, q.cue) == ("indirect-np", "mocked")
    assert q.text.startswith("the proposals of his rivals")


def test_attitude_adjectives(run_quotes: Run) -> None:
    (q,) = run_quotes("Clinton is confident that she will win the nomination in July.").quotes
    assert (q.rule, q.cue) == ("indirect-adj", "confident")
    assert q.text == "that she will win the nomination in July"
    text = "Moreno has been critical of the mayor's handling of the transit strike."
    (q,) = run_quotes(text).quotes
    assert q.rule == "indirect-adj" and q.text == "the mayor's handling of the transit strike"


def test_attitude_adjective_of_a_thing_is_not_a_stance(run_quotes: Run) -> None:
    assert run_quotes("The bridge is critical of course for the whole region.").quotes == ()


def test_seeing_something_as_something_is_a_view(run_quotes: Run) -> None:
    (q,) = run_quotes("Many Republicans see the deal as a victory for Iran.").quotes
    assert (q.rule, q.cue, q.text) == ("indirect-np", "see", "the deal as a victory for Iran")
    assert run_quotes("Many Republicans saw the parade on Sunday morning.").quotes == ()


def test_participle_modifier_takes_the_noun_as_subject(run_quotes: Run) -> None:
    text = "Governor Patel, vowing to repair every bridge in the state, spoke for an hour."
    quotes = [q for q in run_quotes(text).quotes if q.cue == "vowing"]
    (q,) = quotes
    assert q.rule == "indirect-commissive" and q.text.startswith("to repair every bridge")
    assert q.speaker is not None and "Patel" in q.speaker.name


def test_name_calling_is_a_stance(run_quotes: Run) -> None:
    (q,) = run_quotes("Clinton branded the plan a disaster for working families.").quotes
    assert (q.rule, q.cue) == ("indirect-naming", "branded")
    assert q.text == "the plan a disaster for working families"
    # one object only: naming a thing is not a stance
    assert run_quotes("The committee called a vote on the bill for Friday.").quotes == ()
