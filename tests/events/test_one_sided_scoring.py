"""The dyad scorers skip one-sided events (issue #5): they have no dyad to score."""

from __future__ import annotations

from tidings.events.evaluate import GoldEvent, GoldItem, actor_key, score, score_codes
from tidings.records import Actor, Article, Event

IRAN = Actor("Iran", "IRN", "IRNGOV", "GOV")
PAKISTAN = Actor("Pakistan", "PAK", "PAKGOV", "GOV")


def event(source: Actor | None, target: Actor | None, root: str) -> Event:
    return Event(source=source, target=target, cameo=f"{root}0", root=root, quad_class=4,
                 goldstein=-10.0, sentence="", start=0, end=0)


def item(*gold: GoldEvent, codes: tuple[str, ...] = ()) -> GoldItem:
    return GoldItem("x", Article(id="x", text="t"), gold, "dev", codes=codes)


def test_a_blank_side_has_no_actor_key() -> None:
    assert actor_key(None) is None
    assert actor_key(IRAN) == "IRN"


def test_dyad_score_ignores_one_sided_predictions() -> None:
    gold = item(GoldEvent("IRN", "PAK", frozenset({"19"})))
    two_sided = event(IRAN, PAKISTAN, "19")
    alone = score([gold], [[two_sided]])
    with_blanks = score([gold], [[two_sided, event(IRAN, None, "14"), event(None, PAKISTAN, "18")]])
    assert with_blanks == alone
    assert alone["predicted"] == 1 and alone["root_precision"] == 1.0


def test_code_score_counts_two_sided_events_only() -> None:
    gold = item(codes=("190",))
    assert score_codes([gold], [[event(IRAN, PAKISTAN, "19"), event(None, IRAN, "14")]]) == (
        score_codes([gold], [[event(IRAN, PAKISTAN, "19")]]))
    only_blank = score_codes([gold], [[event(IRAN, None, "19")]])
    assert only_blank["predicted"] == 0 and only_blank["root_recall"] == 0.0
