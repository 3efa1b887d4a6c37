"""Accuracy rules of issue 4, round 4 (actors accuracy). Each test builds its own phrases;
none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date

from tidings.actors import resolve

ON = date(2023, 6, 1)


# 1. an international organisation's office holder is GOV, titled or not
def test_igo_office_holder_is_gov_without_title() -> None:
    for text in ("Antonio Guterres", "Guterres", "Josep Borrell"):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None and actor.code is not None
        assert actor.code.startswith("IGO") and actor.sector == "GOV", text
        assert actor.country is None
        assert any("international organisation" in e for e in actor.evidence)


def test_igo_itself_keeps_no_sector() -> None:
    actor = resolve("United Nations", on=ON, dictionaries=())
    assert actor is not None and actor.code == "IGOUNO" and actor.sector is None


def test_igo_office_holder_out_of_office_is_not_gov() -> None:
    # Stoltenberg left NATO in October 2024: in 2012 he was Norway's prime minister
    actor = resolve("Jens Stoltenberg", on=date(2012, 1, 1), dictionaries=())
    assert actor is not None and actor.code == "NORGOV"
