"""The scoring used by the benchmark and the evaluation gate."""

from __future__ import annotations

from tidings.quotes.evaluate import (
    GoldQuote,
    Predicted,
    match_spans,
    polnear_contents,
    score_gold,
    score_polnear,
    speaker_matches,
    token_set,
    univocal,
)
from tidings.records import Quote


def test_speaker_matching() -> None:
    assert speaker_matches("Balkhi", "Abdul Qahar Balkhi")
    assert speaker_matches("Abdul Qahar Balkhi", "Abdul Qahar Balkhi")
    assert speaker_matches("Islamabad", "Pakistan", ["Islamabad"])
    assert not speaker_matches("he", "Abdul Qahar Balkhi")
    assert not speaker_matches(None, "Abdul Qahar Balkhi")
    assert not speaker_matches("Zabihullah Mujahid", "Abdul Qahar Balkhi")


def test_matching_is_one_to_one_at_threshold() -> None:
    text = "alpha beta gamma delta epsilon"
    gold = [token_set(text, [(0, 16)])]  # alpha beta gamma
    pred = [token_set(text, [(0, 10)]), token_set(text, [(6, 30)])]  # alpha beta / beta..epsilon
    assert match_spans(pred, gold, 0.6) == [(0, 0)]
    assert len(match_spans(pred, gold, 0.3)) == 1  # the gold span is used once
    assert match_spans(pred, gold, 0.9) == []


def test_score_gold_counts_kinds_and_speakers() -> None:
    text = "We will win the war, he said. The army would withdraw soon, she said."
    gold = [
        GoldQuote("direct", 0, 19, text[0:19], "Abdul Qahar Balkhi"),
        GoldQuote("indirect", 30, 58, text[30:58], None),
    ]
    pred = [Predicted("direct", 0, 19, "Balkhi"), Predicted("indirect", 0, 10, None)]
    s = score_gold([(text, gold, pred)])
    assert s["direct@0.8"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "pred": 1,
                               "gold": 1}
    assert s["reported@0.5"]["tp"] == 0  # type: ignore[index]
    assert s["speaker_accuracy"] == 1.0 and s["speaker_n"] == 1


def test_polnear_discontinuous_spans_are_parsed() -> None:
    ann = (
        "T1\tSource 0 2\the\n"
        "T2\tContent 10 20;25 30\tsome text\n"
        "T3\tCue 3 7\tsaid\n"
        "#1\tAnnotatorNotes T2\tnote\n"
        "E1\tAttribution:T3 Content:T2 Source:T1\n"
    )
    assert polnear_contents(ann) == [[(10, 20), (25, 30)]]


def test_univocal_drops_nested_and_joins_same_cue() -> None:
    outer = Quote("indirect", "x" * 30, 10, 40, cue="said", cue_start=5, cue_end=9)
    inner = Quote("direct", "x" * 5, 20, 25, cue="said", cue_start=5, cue_end=9)
    other = Quote("direct", "x" * 5, 50, 55, cue="said", cue_start=5, cue_end=9)
    alone = Quote("direct", "x" * 5, 60, 65)
    assert univocal([outer, inner, other, alone]) == [[(10, 40), (50, 55)], [(60, 65)]]


def test_polnear_token_scores() -> None:
    text = "one two three four five six"
    s = score_polnear([(text, [[(0, 13)]], [[(4, 18)]])])  # gold one..three, pred two..four
    tokens = s["content_tokens"]
    assert tokens["tp"] == 2 and tokens["pred"] == 3 and tokens["gold"] == 3  # type: ignore[index]
