"""Press statements: a lead paragraph announces the quote paragraphs that follow."""

from __future__ import annotations

from .conftest import Run


def _speakers(run_quotes: Run, text: str) -> list[str | None]:
    quotes = [q for q in run_quotes(text).quotes if q.kind == "direct"]
    assert quotes, "no direct quote found"
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_following_statement_needs_no_colon(run_quotes: Run) -> None:
    text = (
        "WASHINGTON – Today, Senator Jane Holloway issued the following statement after "
        "the attack on the embassy in Khartoum.\n\n"
        "“We condemn this cowardly attack on our diplomats in the strongest terms.\n\n"
        "“The perpetrators must be brought to justice without delay.”"
    )
    assert _speakers(run_quotes, text) == ["Jane Holloway", "Jane Holloway"]


def test_dateline_is_not_the_speaker(run_quotes: Run) -> None:
    text = (
        "BOISE, Idaho – U.S. Senator John Whitaker (R-Idaho), a member of the Armed Services "
        "Committee, made the following statement regarding the ceasefire:\n\n"
        "“This ceasefire is a welcome first step, but it must be verified on the ground.”"
    )
    assert _speakers(run_quotes, text) == ["John Whitaker"]


def test_titled_person_at_the_end_of_an_organisation_name(run_quotes: Run) -> None:
    text = (
        "Today, House Armed Services Committee Chairman Robert Kessler released the "
        "following statement:\n\n"
        "“Our sailors in the Red Sea deserve every protection we can give them.”"
    )
    assert _speakers(run_quotes, text) == ["Robert Kessler"]


def test_a_statement_mentioned_in_passing_announces_nothing(run_quotes: Run) -> None:
    text = (
        "The committee issued a statement on Monday about the budget.\n\n"
        "“Prices will rise sharply next year across the whole region.”"
    )
    assert _speakers(run_quotes, text) == [None]


def test_lead_and_quote_in_one_paragraph(run_quotes: Run) -> None:
    text = (
        "WASHINGTON – Congresswoman Ann Pereira issued the following statement on the "
        "detention of opposition leaders: “I am appalled by these arrests and call for the "
        "immediate release of every detainee.”"
    )
    assert _speakers(run_quotes, text) == ["Ann Pereira"]


def test_the_following_alone_announces_a_statement(run_quotes: Run) -> None:
    text = (
        "Sen. Mark Doyle (D-VA), incoming Chairman of the Senate Select Committee on "
        "Intelligence, released the following after the court sentenced the activist:\n\n"
        "“This sentence is a travesty of justice and an insult to the rule of law.”"
    )
    assert _speakers(run_quotes, text) == ["Mark Doyle"]
