from __future__ import annotations

import pytest

from tidings.events.codebook import UnknownCodeError, codebook, lookup
from tidings.events.patterns import NO_EVENT, noun_rules, verb_blocks


def test_all_roots_and_subcodes_present() -> None:
    book = codebook()
    roots = {c.root for c in book.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(book) >= 300
    assert book["190"].name.lower().startswith("use conventional military force")


@pytest.mark.parametrize(("code", "quad"), [("010", 1), ("057", 1), ("061", 2), ("084", 2),
                                            ("090", 3), ("1384", 3), ("141", 4), ("200", 4)])
def test_quad_classes(code: str, quad: int) -> None:
    assert lookup(code).quad_class == quad


def test_goldstein_tables_differ_where_documented() -> None:
    assert lookup("016").goldstein("gdelt") == -2.0
    assert lookup("016").goldstein("icews") == -5.0
    assert lookup("190").goldstein("gdelt") == lookup("190").goldstein("icews") == -10.0


def test_plover_mapping() -> None:
    assert lookup("042").plover == "CONSULT/visit"
    assert (lookup("190").plover or "").startswith("ASSAULT")
    assert lookup("010").plover is None  # PLOVER drops plain statements


def test_unknown_code_raises_and_petrarch_subcodes_fall_back() -> None:
    with pytest.raises(UnknownCodeError):
        lookup("99")
    assert lookup("0871").root == "08"


def test_every_pattern_code_is_in_the_codebook() -> None:
    for pats in verb_blocks().values():
        for p in pats:
            if p.code != NO_EVENT:
                lookup(p.code)
    for rule in noun_rules().values():
        lookup(rule.code)


def test_patterns_point_to_their_source_line() -> None:
    from tidings.events.codebook import DATA

    pat = next(p for p in verb_blocks()["hold"] if p.id == "C12")
    file, line = pat.source.split(":")
    assert "C12" in (DATA / file).read_text("utf-8").splitlines()[int(line) - 1]
