"""The ingest command as a real process: exit statuses, and surviving SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"
CHILD_TABLES = ("actors", "mentions", "quotes", "events", "places")
N_ARTICLES = 40


def tidings_cmd(*args: str) -> list[str]:
    exe = Path(sys.executable).with_name("tidings")
    if exe.exists():
        return [str(exe), *args]
    return [sys.executable, "-c", "from tidings.cli import main; main()", *args]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TIDINGS_DB": ""}
    return subprocess.run(tidings_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env=env, stdin=subprocess.DEVNULL)


def test_exit_status_of_the_real_process(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    bad = run_cli("ingest", str(SAMPLE), "--db", "mysql://nowhere/db")
    assert bad.returncode == 2 and "Error:" in bad.stderr
    art = tmp_path / "one.txt"
    shutil.copy(sorted(SAMPLE.glob("*.txt"))[0], art)
    failed = run_cli("ingest", str(art), str(tmp_path / "missing.txt"), "--db", db)
    assert failed.returncode == 1, failed.stderr
    assert "2 inputs: 1 stored, 0 skipped, 1 failed" in failed.stdout
    # Not a terminal: no progress bar on stderr.
    assert "inputs:" not in failed.stderr and "━" not in failed.stderr


@pytest.fixture
def forty_articles(tmp_path: Path) -> Path:
    """~40 small real news texts: the smallest of the bundled sample corpus."""
    files = sorted(SAMPLE.glob("*.txt"), key=lambda p: p.stat().st_size)[:N_ARTICLES]
    if len(files) < 20:
        pytest.skip(f"sample corpus has only {len(files)} articles")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


def count_articles(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def child_counts(path: Path) -> dict[str, dict[str, int]]:
    with sqlite3.connect(path) as conn:
        return {
            t: dict(conn.execute(f"SELECT article_id, count(*) FROM {t} GROUP BY article_id"))
            for t in CHILD_TABLES
        }


def test_sigkill_mid_ingest_then_rerun_completes(forty_articles: Path, tmp_path: Path) -> None:
    total = len(list(forty_articles.iterdir()))
    db_path = tmp_path / "killed.db"
    db = f"sqlite:///{db_path}"
    proc = subprocess.Popen(
        tidings_cmd("ingest", str(forty_articles), "--db", db, "--batch-size", "2"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            stored = count_articles(db_path)
            if 0 < stored <= total // 2:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None and stored == 0:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    after_kill = count_articles(db_path)
    assert 0 < after_kill < total

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in CHILD_TABLES:
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            assert orphans == 0, table

    rerun = run_cli("ingest", str(forty_articles), "--db", db, "--batch-size", "2")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{total} inputs: {total - after_kill} stored, {after_kill} skipped, 0 failed" \
        in rerun.stdout

    with sqlite3.connect(db_path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        hashes = {r[0] for r in conn.execute("SELECT content_hash FROM articles")}
    assert sorted(ids) == sorted(p.stem for p in forty_articles.iterdir())
    assert len(hashes) == total

    # Every article has exactly the rows an uninterrupted run produces: none
    # was left half-written by the kill, none duplicated by the rerun. The
    # reference is a separate uninterrupted process with the same batch size.
    reference = tmp_path / "reference.db"
    ref = run_cli("ingest", str(forty_articles), "--db", f"sqlite:///{reference}",
                  "--batch-size", "2")
    assert ref.returncode == 0, ref.stderr
    assert child_counts(db_path) == child_counts(reference)
