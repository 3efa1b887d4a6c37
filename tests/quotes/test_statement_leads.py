"""Press statements: a lead paragraph announces the quote paragraphs that follow."""

from __future__ import annotations

import pytest

from .conftest import Run

# (text, the speaker of each direct quote in order)
CASES = [
    pytest.param(
        "WASHINGTON – Today, Senator Jane Holloway issued the following statement after "
        "the attack on the embassy in Khartoum.\n\n"
        "“We condemn this cowardly attack on our diplomats in the strongest terms.\n\n"
        "“The perpetrators must be brought to justice without delay.”",
        ["Jane Holloway", "Jane Holloway"],
        id="following_statement_needs_no_colon",
    ),
    pytest.param(
        "BOISE, Idaho – U.S. Senator John Whitaker (R-Idaho), a member of the Armed Services "
        "Committee, made the following statement regarding the ceasefire:\n\n"
        "“This ceasefire is a welcome first step, but it must be verified on the ground.”",
        ["John Whitaker"],
        id="dateline_is_not_the_speaker",
    ),
    pytest.param(
        "Today, House Armed Services Committee Chairman Robert Kessler released the "
        "following statement:\n\n"
        "“Our sailors in the Red Sea deserve every protection we can give them.”",
        ["Robert Kessler"],
        id="titled_person_at_the_end_of_an_organisation_name",
    ),
    pytest.param(
        "The committee issued a statement on Monday about the budget.\n\n"
        "“Prices will rise sharply next year across the whole region.”",
        [None],
        id="a_statement_mentioned_in_passing_announces_nothing",
    ),
    pytest.param(
        "WASHINGTON – Congresswoman Ann Pereira issued the following statement on the "
        "detention of opposition leaders: “I am appalled by these arrests and call for the "
        "immediate release of every detainee.”",
        ["Ann Pereira"],
        id="lead_and_quote_in_one_paragraph",
    ),
    pytest.param(
        "Sen. Mark Doyle (D-VA), incoming Chairman of the Senate Select Committee on "
        "Intelligence, released the following after the court sentenced the activist:\n\n"
        "“This sentence is a travesty of justice and an insult to the rule of law.”",
        ["Mark Doyle"],
        id="the_following_alone_announces_a_statement",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_statement_lead_speakers(run_quotes: Run, text: str, speakers: list[str | None]) -> None:
    quotes = [q for q in run_quotes(text).quotes if q.kind == "direct"]
    assert quotes, "no direct quote found"
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers
