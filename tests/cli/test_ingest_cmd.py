"""``tidings ingest / stats / export / demo`` through click's runner."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tidings.cli import ingest_cmd, main
from tidings.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SAMPLE.glob("*.txt"))[:4]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture(autouse=True)
def _session_pipeline(pipeline: object) -> None:
    """Load spaCy once for the session rather than inside a timed command."""


def test_ingest_lists_every_input_and_reruns_cleanly(
    runner: CliRunner, corpus: Path, db: str, tmp_path: Path
) -> None:
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    for path in corpus.glob("*.txt"):
        assert path.stem in result.stdout
    assert "4 inputs: 4 stored, 0 skipped, 0 failed" in result.stdout
    report = tmp_path / "report.tsv"
    again = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--report", str(report)])
    assert again.exit_code == 0
    assert "4 inputs: 0 stored, 4 skipped, 0 failed" in again.stdout
    rows = list(csv.DictReader(report.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 4 and {r["status"] for r in rows} == {"skipped"}
    assert all(r["reason"].startswith("already stored") for r in rows)
    with open_store(db) as store:
        assert store.scalar("SELECT count(*) FROM articles") == 4


def test_failed_input_gives_exit_status_1(runner: CliRunner, corpus: Path, db: str) -> None:
    (corpus / "broken.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = runner.invoke(main, ["ingest", str(corpus), str(corpus / "nope.txt"), "--db", db])
    assert result.exit_code == 1
    assert "failed" in result.stdout and "nope.txt" in result.stdout
    assert "6 inputs: 4 stored, 0 skipped, 2 failed" in result.stdout


def test_large_runs_list_only_what_was_not_stored(
    runner: CliRunner, corpus: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_cmd, "FULL_TABLE_LIMIT", 2)
    result = runner.invoke(main, ["ingest", str(corpus), str(corpus / "nope.txt"), "--db", db])
    assert "nope.txt" in result.stdout
    assert "4 stored inputs not listed" in result.stdout
    assert not any(p.stem in result.stdout for p in corpus.glob("*.txt"))


def test_usage_and_config_errors_exit_2(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    bad_url = runner.invoke(main, ["ingest", str(corpus), "--db", "mysql://x/y"])
    assert bad_url.exit_code == 2 and "Error:" in bad_url.stderr
    no_dir = runner.invoke(main, ["ingest", str(corpus), "--db",
                                  f"sqlite:///{tmp_path / 'no' / 'x.db'}"])
    assert no_dir.exit_code == 2 and "does not exist" in no_dir.stderr
    assert runner.invoke(main, ["ingest", str(corpus), "--batch-size", "0"]).exit_code == 2
    assert runner.invoke(main, ["ingest"]).exit_code == 2


def test_db_from_environment(runner: CliRunner, corpus: Path, db: str) -> None:
    result = runner.invoke(main, ["ingest", str(corpus)], env={"TIDINGS_DB": db})
    assert result.exit_code == 0
    stats = runner.invoke(main, ["stats", "--json"], env={"TIDINGS_DB": db})
    assert json.loads(stats.stdout)["articles"] == 4


def test_stats(runner: CliRunner, corpus: Path, db: str, tmp_path: Path) -> None:
    runner.invoke(main, ["ingest", str(corpus), "--db", db])
    result = runner.invoke(main, ["stats", "--db", db, "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    with open_store(db) as store:
        assert summary == store.stats()
        quotes = store.scalar("SELECT count(*) FROM quotes")
    assert summary["articles"] == 4 and summary["quotes"] == quotes
    text = runner.invoke(main, ["stats", "--db", db])
    assert text.exit_code == 0 and "articles 4" in text.stdout and "Top actors" in text.stdout
    missing = runner.invoke(main, ["stats", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert missing.exit_code == 2 and "no database at" in missing.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_command(runner: CliRunner, corpus: Path, db: str, tmp_path: Path,
                        fmt: str) -> None:
    runner.invoke(main, ["ingest", str(corpus), "--db", db])
    out = tmp_path / f"quotes.{fmt}"
    result = runner.invoke(main, ["export", "--table", "quotes", "--format", fmt,
                                  "--output", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        expected = list(store.iter_rows("quotes"))
    assert f"Wrote {len(expected)} quotes rows" in result.stderr
    if fmt == "parquet":
        assert pq.read_table(out).to_pylist() == expected
    elif fmt == "jsonl":
        assert [json.loads(x) for x in out.read_text("utf-8").splitlines()] == expected
    else:
        rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
        assert [r["text"] for r in rows] == [e["text"] for e in expected]
    bad = runner.invoke(main, ["export", "--table", "secrets", "--format", fmt,
                               "--output", str(out), "--db", db])
    assert bad.exit_code == 2


def test_demo_ingests_the_sample_and_points_to_the_dashboard(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    result = runner.invoke(main, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    n = len(list(SAMPLE.glob("*.txt")))
    with open_store(db) as store:
        assert store.scalar("SELECT count(*) FROM articles") == n
    assert f"{n} articles stored" in result.stdout
    assert "Top actors" in result.stdout
    assert "tidings serve" in result.stdout and "http://127.0.0.1:8000/" in result.stdout


def test_help_texts(runner: CliRunner) -> None:
    for command in ("ingest", "stats", "export", "demo"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.stdout
