"""Round 8 (issue #4): the caches the actors stage relies on for speed give the answers an
uncached run gives.

* A user override file edited while the process runs is read again (``load_kb`` keys its
  knowledge bases on the files' size and modification time), so the resolution caches, keyed
  on the knowledge base object, cannot serve an answer from the old file.
* Date-bounded roles are still respected through the caches: the same phrase resolved for
  several dates, in any order and without emptying a cache, gives each date its own answer.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.actors import extract, load_kb, resolve
from tidings.actors.resolve import resolve_with
from tidings.document import Document
from tidings.records import Article

HEADER = "patterns\tname\tcode\tstart\tend\trole\torigin\tsource\n"
# one made-up person (no shipped entry can answer for her) with two dated offices
DATED = HEADER.replace("\n", "\tkind\n") + (
    "Talia Verhoeven-Quist\tTalia Verhoeven-Quist\tNLDGOV\t2019-01-01\t2021-12-31\t"
    "minister\tuser\ttest\tperson\n"
    "Talia Verhoeven-Quist\tTalia Verhoeven-Quist\tIGOUNO\t2022-01-01\t\t"
    "envoy\tuser\ttest\tperson\n")
TEXT = "Talia Verhoeven-Quist said the talks would resume. She spoke in Geneva."


def _write(path: Path, text: str, bump: int) -> None:
    """Write ``text`` and move the modification time ``bump`` seconds on: a rewrite within
    the file system's timestamp granularity is otherwise not seen (as for Python's .pyc)."""
    path.write_text(text, "utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


def test_an_edited_override_file_is_read_again(tmp_path: Path) -> None:
    user = tmp_path / "override.tsv"
    _write(user, HEADER + "Ayaz Gul\tAyaz Gul\tUSAMED\t\t\treporter\tuser\tVOA\n", 0)
    files = (str(user),)
    on = date(2023, 1, 1)
    first = resolve("Ayaz Gul", on, dictionaries=files)
    assert first is not None and first.code == "USAMED"
    kb = load_kb(files)
    assert load_kb(files) is kb  # unchanged file: the same object, caches stay useful
    _write(user, HEADER + "Ayaz Gul\tAyaz Gul\tPAKMED\t\t\tcorrespondent\tuser\tVOA\n", 5)
    assert load_kb(files) is not kb
    again = resolve("Ayaz Gul", on, dictionaries=files)
    assert again is not None and again.code == "PAKMED" and again.country == "PAK"
    # the resolution cached for the old file is still what the old knowledge base says
    old = resolve_with(kb, "Ayaz Gul", on)
    assert old is not None and old.code == "USAMED"


def test_the_shipped_knowledge_base_is_built_once() -> None:
    assert load_kb(()) is load_kb(())


def test_an_edited_override_file_reaches_the_stage(pipeline: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "d.tsv"
    _write(user, HEADER + "Ayaz Gul\tAyaz Gul\tUSAMED\t\t\treporter\tuser\tVOA\n", 0)
    monkeypatch.setenv("TIDINGS_ACTOR_DICTIONARIES", str(user))
    article = Article(id="g", text="Ayaz Gul reported from Islamabad.",
                      published=date(2023, 1, 1))
    doc = Document(article=article, spacy_doc=pipeline.nlp(article.text))
    assert extract(doc)[1][0].actor.code == "USAMED"
    _write(user, HEADER + "Ayaz Gul\tAyaz Gul\tPAKMED\t\t\tcorrespondent\tuser\tVOA\n", 5)
    assert extract(doc)[1][0].actor.code == "PAKMED"


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    user = tmp_path_factory.mktemp("dated") / "dated.tsv"
    _write(user, DATED, 0)
    return (str(user),)


DAYS = {date(2020, 6, 1): "NLDGOV", date(2023, 6, 1): "IGOUNO"}


@pytest.mark.parametrize("order", [list(DAYS), list(reversed(DAYS))])
def test_dated_roles_through_the_resolution_cache(dated: tuple[str, ...],
                                                  order: list[date]) -> None:
    kb = load_kb(dated)
    for _ in range(2):  # the second round is served by the caches
        for day in order:
            actor = resolve_with(kb, "Talia Verhoeven-Quist", day)
            assert actor is not None and actor.code == DAYS[day], day
    # before her first office: the country and the general sector kept, no role
    early = resolve_with(kb, "Talia Verhoeven-Quist", date(2015, 1, 1))
    assert early is not None and early.country == "NLD"
    assert any("not yet in that office on 2015-01-01" in e for e in early.evidence)


@pytest.mark.parametrize("order", [list(DAYS), list(reversed(DAYS))])
def test_dated_roles_through_the_stage(nlp: Any, dated: tuple[str, ...],
                                       order: list[date]) -> None:
    kb = load_kb(dated)
    parsed = nlp(TEXT)
    for _ in range(2):
        for day in order:
            doc = Document(article=Article(id="d", text=TEXT, published=day), spacy_doc=parsed)
            mentions, entities = extract(doc, kb)
            assert [e.actor.code for e in entities] == [DAYS[day]], day
            # "She" is the same person on either date
            assert {m.entity_id for m in mentions} == {entities[0].id}

