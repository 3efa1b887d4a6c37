"""The evaluation-only benchmark scripts without their data or with stale verdicts: a clean
message and exit status 2, never a traceback or a silently wrong figure. The articles here
are hand-written; no shared data is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.bench_scripts import load_script

ARTICLE = "unit-news_2016-03-01_a-hand-written-story.txt"
TEXT = "A hand-written story\nIran praised Pakistan on Monday. The talks went well.\n"
HEADER = ("id\tarticle\tsent_start\tsent_end\tevent_start\tevent_end\tcameo\tsource_code\t"
          "target_code\tpattern\tevent_ok\tcode_ok\tsource_ok\ttarget_ok\tcause\n")


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shared"
    monkeypatch.setenv("TIDINGS_SHARED_DATA", str(root))
    return root


def test_external_script_without_its_corpora_says_so(
        shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_script("events_external").main([]) == 2
    err = capsys.readouterr().err
    assert "external corpora not found" in err and "sents.jsonl" in err


def _audit_sample(shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  rows: list[str]) -> None:
    texts = shared / "polnear" / "data" / "train" / "text"
    texts.mkdir(parents=True)
    (texts / ARTICLE).write_text(TEXT, "utf-8")
    audit_dir = tmp_path / "audit"
    audit_dir.mkdir()
    (audit_dir / "Z.tsv").write_text(HEADER + "".join(r + "\n" for r in rows), "utf-8")
    monkeypatch.setattr(load_script("events_audit"), "AUDIT_DIR", audit_dir)


def test_audit_score_stops_on_rows_that_no_longer_fit_their_article(
        shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    body = TEXT.split("\n", 1)[1]  # the title line is not part of Article.text
    start = body.index("praised")
    ok = f"1\t{ARTICLE}\t0\t31\t{start}\t{start + 7}\t051\tIRN\tPAK\tV1\t1\t1\t1\t1\t"
    past_end = f"2\t{ARTICLE}\t0\t31\t{start}\t900\t051\tIRN\tPAK\tV1\t1\t1\t1\t1\t"
    gone = "3\tunit-news_2016-03-02_gone.txt\t0\t31\t5\t9\t051\tIRN\tPAK\tV1\t1\t1\t1\t1\t"
    _audit_sample(shared, tmp_path, monkeypatch, [ok, past_end, gone])
    audit = load_script("events_audit")
    problems = audit.verdict_problems(audit.read_verdicts("Z"))
    assert [p.split(":")[0] for p in problems] == ["row 2", "row 3"], problems
    assert audit.main(["--score", "Z"]) == 2
    assert "row 3: article unit-news_2016-03-02_gone.txt not found" in capsys.readouterr().err
    with pytest.raises(ValueError, match="row 2"):
        audit.gate_figures("Z")


def test_audit_score_of_an_unknown_sample_says_so(
        shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _audit_sample(shared, tmp_path, monkeypatch, [])
    assert load_script("events_audit").main(["--score", "nosuch"]) == 2
    assert "no audit sample nosuch" in capsys.readouterr().err
