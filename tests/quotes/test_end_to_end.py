"""The quotes stage after the real actors stage, on a hand-written text modelled on the
founding example (Iran's Special Envoy Qomi on regional security): every speaker form —
full name, surname, description, pronoun, title — must come out as the same actor."""

from __future__ import annotations

from datetime import date

from tidings.config import Settings
from tidings.pipeline import Pipeline
from tidings.records import Article

TEXT = """Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi said on Wednesday that regional \
stability rests on collective security provided by Iran, Pakistan and Afghanistan.

"The security of this region must be ensured by the countries of the region themselves," Qomi \
told reporters in Kabul.

The Iranian diplomat accused the United States and Daesh of destabilising the region. He averred \
that foreign forces had brought nothing but insecurity.

"Our strikes in Iraq and Pakistan targeted terrorists, not our neighbours," the Special Envoy said.

Afghan Foreign Minister Amir Khan Muttaqi met Qomi on Tuesday. According to Muttaqi, the two \
sides agreed to expand trade.
"""


def test_speakers_resolve_through_the_actors_stage(settings: Settings) -> None:
    pipe = Pipeline(settings, stages=("actors", "quotes"))
    doc = pipe.process(Article(id="qomi", text=TEXT, published=date(2024, 2, 14)))
    quotes = doc.quotes
    assert [q.cue for q in quotes] == ["said", "told", "accused", "averred", "said", "According to"]
    assert [q.kind for q in quotes] == ["indirect", "direct", "indirect", "indirect", "direct",
                                        "indirect"]
    for q in quotes[:5]:
        assert q.speaker is not None and q.speaker.name == "Hassan Kazemi Qomi", q
        assert q.speaker.country == "IRN"
    assert [q.speaker_text for q in quotes[2:4]] in (
        ["The Iranian diplomat", "He"], ["Iranian diplomat", "He"]
    )
    last = quotes[5].speaker
    assert last is not None and last.name == "Amir Khan Muttaqi" and last.country == "AFG"
    for q in quotes:
        assert TEXT[q.start : q.end] == q.text
