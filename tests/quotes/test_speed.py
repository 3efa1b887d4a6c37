"""Speed shortcuts of the quotes stage give what the slow path gives."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.quotes import reported
from tidings.quotes.marks import find_marked_spans
from tidings.quotes.speaker import SpeakerResolver

from .conftest import Run

# One text per kind of cue the rules take: a verb with a clause, a parataxis, a raising
# and a passive verb, a stance verb, an attitude adjective, a cue noun, an evidential
# adverb, "according to", an as-clause, and a one-word headline ROOT before a colon.
TEXTS = [
    "The minister said on Monday that the border would stay closed until March.",
    "This plan, the mayor says, is the only one the council can afford.",
    "The talks seem likely to fail, and the deal is expected to collapse by June.",
    "The senator praised the governor's handling of the flood relief effort.",
    "Senator Ada Brook is confident that the strike will end before the holidays.",
    "The prime minister renewed his call for a ceasefire in the northern valley on Sunday.",
    "The general reportedly told aides that the offensive had stalled near the river.",
    "According to the ministry, three bridges were damaged in the storm overnight.",
    "The airport will reopen once the runway is repaired, as the spokesman noted on Friday.",
    "Warning: the coastal road will be closed to traffic for the whole weekend.\n\n"
    "Mayor Ada Brook: We will not raise fares this year, whatever the deficit.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_skipped_tokens_are_no_cue(run_quotes: Run, text: str,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Reported speech is the same when every token is tried as a cue."""
    doc = run_quotes(text)
    sdoc = doc.spacy_doc
    quoted = [s.marked for s in find_marked_spans(text)]

    def found() -> list[Any]:
        return reported.reported_speech(sdoc, text, quoted, SpeakerResolver(doc))

    fast = found()
    monkeypatch.setattr(reported, "_possible_cues", iter)
    assert found() == fast
    assert fast  # each text has a report, so the test compares something


def test_possible_cues_keep_every_candidate(run_quotes: Run,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cue the full scan finds is among the tokens the filter keeps, and the filter
    drops some tokens."""
    sdocs = [run_quotes(text).spacy_doc for text in TEXTS]
    kept = [{t.i for t in reported._possible_cues(sdoc)} for sdoc in sdocs]
    monkeypatch.setattr(reported, "_possible_cues", iter)
    for sdoc, keep in zip(sdocs, kept, strict=True):
        assert len(keep) < len(sdoc)
        assert {cue.i for cue, _, _ in reported._candidates(sdoc)} <= keep
