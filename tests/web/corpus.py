"""The database the browser tests run against.

Two parts: sample articles run through the real pipeline (whatever its stages
find today), and a few hand-built documents whose spans are known exactly, so
the tests can check highlighting, the dyad timeline and escaping without
depending on how well the extraction stages do on a given sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.config import Settings
from tidings.document import Document
from tidings.ingest import content_hash, iter_articles
from tidings.records import Actor, Article, Entity, Event, Mention, Place, Quote
from tidings.store import open_store

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "src/tidings/data/sample/articles"
N_SAMPLE = 6

IRAN = Actor("Iran", "IRN", "IRNGOV", "GOV", evidence=("country name",))
PAKISTAN = Actor("Pakistan", "PAK", "PAKGOV", "GOV", evidence=("country name",))
ENVOY = Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "GOV", "Special Envoy for Afghanistan",
              ("title: Special Envoy", "adjective: Iran's"))

# Markup that must stay text: if it were parsed, the script would open a
# dialog and the image would set a flag on window.
HOSTILE = ('<script>alert("xss")</script><img src="x" onerror="window.__pwned=1;alert(1)">'
           '<b id="injected">bold</b>')


@dataclass(frozen=True)
class Known:
    """Ids of the hand-built articles the tests open."""

    founding: str = "web-founding"
    hostile: str = "web-hostile"
    one_sided: str = "web-one-sided"


def _at(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _article(aid: str, title: str, published: date, text: str) -> Article:
    return Article(id=aid, text=text, title=title, published=published, dateline="TEHRAN",
                   url=f"https://news.example.org/{aid}", source="tests/web",
                   content_hash=content_hash(text))


def founding_doc() -> Document:
    """A paraphrase of the founding example: a quote, reported speech, two IRN->PAK events."""
    text = (
        "TEHRAN - Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi said on Wednesday that "
        "\"regional stability rests on the collective security of Iran, Pakistan and "
        "Afghanistan.\" "
        "He said the strikes in Pakistan were aimed at terrorists, not at the Pakistani people.\n\n"
        "Iran struck militant bases in Pakistan last month. Kazemi Qomi praised Pakistan for its "
        "cooperation on border security. 😀 Officials met in Tehran."
    )
    art = _article(Known.founding, "Iran envoy: stability rests on collective security",
                   date(2024, 2, 14), text)
    name = _at(text, "Hassan Kazemi Qomi")
    he = _at(text, "He said")
    he = (he[0], he[0] + 2)
    surname = _at(text, "Kazemi Qomi praised")
    surname = (surname[0], surname[0] + len("Kazemi Qomi"))
    pak = _at(text, "Pakistan for its")
    pak = (pak[0], pak[0] + len("Pakistan"))
    mentions = (
        Mention(*name, "Hassan Kazemi Qomi", 1, "name"),
        Mention(*he, "He", 1, "pronoun"),
        Mention(*surname, "Kazemi Qomi", 1, "surname"),
        Mention(*pak, "Pakistan", 2, "name"),
    )
    entities = (Entity(1, ENVOY, "person"), Entity(2, PAKISTAN, "state"))
    q0 = _at(text, "regional stability rests on the collective security of Iran, Pakistan "
                   "and Afghanistan.")
    q1 = _at(text, "the strikes in Pakistan were aimed at terrorists, not at the Pakistani people")
    said0 = _at(text, "said on")
    said1 = _at(text, "said the strikes")
    quotes = (
        Quote("direct", text[q0[0]:q0[1]], *q0, "said", said0[0], said0[0] + 4, ENVOY,
              "Hassan Kazemi Qomi", *name, rule="direct:cue-before-quote"),
        Quote("indirect", text[q1[0]:q1[1]], *q1, "said", said1[0], said1[0] + 4, ENVOY,
              "He", *he, rule="indirect:ccomp-of-cue"),
    )
    s_strike = _at(text, "Iran struck militant bases in Pakistan last month.")
    s_praise = _at(text, "Kazemi Qomi praised Pakistan for its cooperation on border security.")
    tehran = _at(text, "Tehran.")
    pak_last = _at(text, "Pakistan last")[0]
    place = Place("Pakistan", pak_last, pak_last + 8, "PAK", 30.0, 70.0, "country")
    events = (
        Event(IRAN, PAKISTAN, "195", "19", 4, -10.0, text[s_strike[0]:s_strike[1]], *s_strike,
              event_text="struck", pattern="STRIKE * IN", event_date=date(2024, 1, 17),
              background=True, place=place, plover="ASSAULT"),
        Event(ENVOY, PAKISTAN, "051", "05", 1, 3.4, text[s_praise[0]:s_praise[1]], *s_praise,
              event_text="praised", pattern="PRAISE", event_date=date(2024, 2, 14), plover="AGREE"),
    )
    places = (place, Place("Tehran", tehran[0], tehran[0] + 6, "IRN", 35.69, 51.42, "city"))
    return Document(article=art, mentions=mentions, entities=entities, quotes=quotes,
                    events=events, places=places)


def reply_doc() -> Document:
    """Pakistan's reply a month earlier, so the IRN<->PAK timeline has several periods."""
    text = ("ISLAMABAD - Pakistan condemned the Iranian strike and recalled its ambassador "
            "from Tehran. Iran and Pakistan later agreed to de-escalate.")
    art = _article("web-reply", "Pakistan recalls ambassador", date(2024, 1, 18), text)
    s1 = _at(text, "Pakistan condemned the Iranian strike and recalled its ambassador from Tehran.")
    s2 = _at(text, "Iran and Pakistan later agreed to de-escalate.")
    events = (
        Event(PAKISTAN, IRAN, "122", "12", 3, -4.0, text[s1[0]:s1[1]], *s1, event_text="condemned",
              pattern="CONDEMN", event_date=date(2024, 1, 18)),
        Event(IRAN, PAKISTAN, "057", "05", 1, 8.0, text[s2[0]:s2[1]], *s2, event_text="agreed",
              pattern="AGREE TO", event_date=date(2023, 12, 20)),
    )
    return Document(article=art, events=events)


def hostile_doc() -> Document:
    """An article whose text carries markup, with a quote and an event across it."""
    text = (f"Tehran - A spokesman said \"{HOSTILE} is not a threat\" on Monday. "
            "Iran warned Pakistan about border attacks.")
    title = 'Markup <img src=x onerror="alert(2)"> in a title'
    art = _article(Known.hostile, title, date(2024, 2, 20), text)
    q = _at(text, f"{HOSTILE} is not a threat")
    s = _at(text, "Iran warned Pakistan about border attacks.")
    quotes = (Quote("direct", text[q[0]:q[1]], *q, "said", *_at(text, "said"), None, None,
                    rule="direct:cue-before-quote"),)
    events = (Event(IRAN, PAKISTAN, "138", "13", 3, -7.0, text[s[0]:s[1]], *s, event_text="warned",
                    pattern="WARN", event_date=date(2024, 2, 20)),)
    return Document(article=art, quotes=quotes, events=events)


AFGHANISTAN = Actor("Afghanistan", "AFG", "AFGGOV", "GOV", evidence=("country name",))


def burst_doc() -> Document:
    """Three violent AFG->IRN events in one week: a burst the escalation alerts must flag."""
    text = ("KABUL - Afghan border forces fired on Iranian guards near the Helmand river. "
            "Afghan forces shelled an Iranian border post the same day. "
            "Afghan troops also attacked an Iranian patrol, officials said.")
    art = _article("web-burst", "Border clashes between Afghan and Iranian forces",
                   date(2023, 5, 28), text)
    spans = [
        (_at(text, "Afghan border forces fired on Iranian guards near the Helmand river."), "190"),
        (_at(text, "Afghan forces shelled an Iranian border post the same day."), "194"),
        (_at(text, "Afghan troops also attacked an Iranian patrol, officials said."), "193"),
    ]
    events = tuple(
        Event(AFGHANISTAN, IRAN, cameo, "19", 4, -10.0, text[a:b], a, b, pattern="ATTACK",
              event_date=date(2023, 5, 27))
        for (a, b), cameo in spans
    )
    return Document(article=art, events=events)


def one_sided_doc() -> Document:
    """Two one-sided events (issue #5): protesters with no target, a bomber nobody names."""
    text = ("KABUL - Thousands of Afghans demonstrated in Kabul on Monday. "
            "A car bomb killed ten Pakistani soldiers near Quetta.")
    art = _article(Known.one_sided, "Protest in Kabul, bombing near Quetta", date(2024, 2, 12),
                   text)
    s1 = _at(text, "Thousands of Afghans demonstrated in Kabul on Monday.")
    s2 = _at(text, "A car bomb killed ten Pakistani soldiers near Quetta.")
    afghans = Actor("Afghans", "AFG", "AFGCVL", "CVL", evidence=("demonym",))
    soldiers = Actor("Pakistani soldiers", "PAK", "PAKMIL", "MIL", evidence=("demonym",))
    events = (
        Event(afghans, None, "141", "14", 3, -6.5, text[s1[0]:s1[1]], *s1,
              event_text="demonstrated", pattern="DEMONSTRATE", event_date=date(2024, 2, 12)),
        Event(None, soldiers, "183", "18", 4, -10.0, text[s2[0]:s2[1]], *s2,
              event_text="killed", pattern="BOMB KILLED", event_date=date(2024, 2, 12)),
    )
    return Document(article=art, events=events)


def build_database(path: Path, settings: Settings) -> Settings:
    """Fill a fresh SQLite database; returns settings pointing at it."""
    db = settings.with_overrides(db=f"sqlite:///{path}")
    store = open_store(db.db)
    try:
        samples = sorted(SAMPLE_DIR.glob("*.txt"))[:N_SAMPLE]
        articles = [a for a in iter_articles(samples, db) if isinstance(a, Article)]
        from tidings.pipeline import Pipeline  # loads spaCy: only when a database is built

        store.save_many(Pipeline(db).run(articles))
        store.save_many([founding_doc(), reply_doc(), hostile_doc(), burst_doc(),
                         one_sided_doc()])
    finally:
        store.close()
    return db
