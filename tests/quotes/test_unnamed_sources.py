"""An unnamed source ('a defense official') is never turned into a named person."""

from __future__ import annotations

from tidings.quotes.evaluate import GoldQuote, Predicted, score_gold

from .conftest import Run

TEXT = (
    "Defense Secretary Lloyd Austin travels to Brussels this week to meet allies, "
    "according to a senior defense official.\n\n"
    "“The fighting is not over, and neither is our support,” the official said.\n\n"
    "Austin will also meet the Polish defense minister. The talks will focus on air "
    "defense, the official said."
)


def test_the_official_is_the_unnamed_official_not_austin(run_quotes: Run) -> None:
    quotes = [q for q in run_quotes(TEXT).quotes if q.speaker_text and "official" in q.speaker_text]
    assert quotes
    for q in quotes:
        assert q.speaker is None or "Austin" not in q.speaker.name, q


def test_a_named_officials_title_still_refers_to_him(run_quotes: Run) -> None:
    text = (
        "Pentagon spokesman John Kirby spoke to reporters on Monday.\n\n"
        "“We are watching this closely,” the spokesman said."
    )
    (q,) = [q for q in run_quotes(text).quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "John Kirby"


def test_score_counts_names_given_where_gold_has_none() -> None:
    text = "We will win, an official said. We will lose, the minister said."
    gold = [GoldQuote("direct", 0, 11, text[0:11], None),
            GoldQuote("direct", 31, 44, text[31:44], None)]
    pred = [Predicted("direct", 0, 11, "official"), Predicted("direct", 31, 44, "Lloyd Austin")]
    s = score_gold([(text, gold, pred)])
    assert s["unnamed_n"] == 2 and s["unnamed_given_a_name"] == 0.5
