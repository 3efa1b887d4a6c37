"""Whole directories: recursive, sorted, hidden files skipped, every input accounted for."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.ingest import Rejected, iter_articles, iter_sources

from .helpers import FIXTURES, run

GOOD = ["tehran-envoy.txt", "voa-diplomat.html", "records.jsonl", "records.csv", "feed.atom"]
BAD = ["empty.txt", "image.png", "latin1.txt", "nav-only.html", "german-article.txt",
       "unknown-format.xyz", "pages-truncated.warc.gz"]


def _mixed_tree(root: Path) -> Path:
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    for i, name in enumerate(GOOD + BAD):
        target = root / ("a", "b", "b/deeper")[i % 3] / name
        shutil.copy(FIXTURES / name, target)
    shutil.copy(FIXTURES / "tehran-envoy.txt", root / ".hidden.txt")
    shutil.copy(FIXTURES / "tehran-envoy.txt", root / ".git" / "copy.txt")
    # The same story twice under different names: the second is an exact duplicate.
    shutil.copy(FIXTURES / "tehran-envoy.txt", root / "b" / "deeper" / "zz-reprint.txt")
    return root


def test_sources_are_sorted_recursive_and_skip_hidden(tmp_path: Path) -> None:
    root = _mixed_tree(tmp_path)
    files = [Path(s).relative_to(root).as_posix() for s in iter_sources([root])]
    assert files == sorted(files, key=lambda f: f.split("/"))
    assert not any(part.startswith(".") for f in files for part in f.split("/"))
    assert len(files) == len(GOOD) + len(BAD) + 1


def test_every_input_is_accounted_for(tmp_path: Path) -> None:
    root = _mixed_tree(tmp_path)
    outcome = run(root)
    files = set(iter_sources([root]))
    seen = {a.source.split(":")[0].split("#")[0].split("[")[0] for a in outcome.articles}
    seen |= {r.source.split(":")[0].split("#")[0].split("[")[0] for r in outcome.rejected}
    assert seen == files  # every file gave at least one article or rejection
    assert all(r.reason for r in outcome.rejected)
    rejected_files = {Path(r.source.split("#")[0]).name for r in outcome.rejected}
    assert set(BAD) <= rejected_files
    # Articles: 1 txt + 3 jsonl + 2 csv + 2 atom + 2 pages before the WARC damage; the
    # HTML file is the same page as the WARC's first record, so an exact duplicate of it.
    assert len(outcome.articles) == 10
    warc_page = next(a.id for a in outcome.articles if "pages-truncated" in (a.source or ""))
    assert sorted(r.reason for r in outcome.rejected if r.status == "skipped") == sorted([
        "duplicate of tehran-envoy", f"duplicate of {warc_page}", "empty file",
        "non-English text (detected: de)",
    ])
    failed = [r for r in outcome.rejected if r.status == "failed"]
    assert len(failed) == 6  # png, latin1, nav-only, xyz, truncated WARC, bad JSONL line


def test_ingest_is_lazy(tmp_path: Path) -> None:
    """The first article comes out before later sources are even looked at."""
    asked: list[str] = []

    def sources() -> Iterator[str]:
        for name in ("tehran-envoy.txt", "records.jsonl"):
            asked.append(name)
            yield str(FIXTURES / name)

    items = iter_articles(sources(), Settings())
    first = next(items)
    assert not isinstance(first, Rejected) and first.id == "tehran-envoy"
    assert asked == ["tehran-envoy.txt"]
    assert len(list(items)) == 4


def test_a_single_path_may_be_given_bare() -> None:
    assert list(iter_sources(str(FIXTURES / "feed.atom"))) == [str(FIXTURES / "feed.atom")]
    assert list(iter_sources(FIXTURES / "feed.atom")) == [str(FIXTURES / "feed.atom")]


def test_unreadable_file_is_a_failed_rejection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    shutil.copy(FIXTURES / "tehran-envoy.txt", path)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert run(path).rejected == [Rejected(str(path), "cannot read file: Permission denied",
                                           "failed")]
