"""Bad input: each document gets a one-line reason and the batch goes on."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.ingest import base, iter_articles

from .helpers import FIXTURES, run


@pytest.mark.parametrize(
    ("name", "reason", "status"),
    [
        ("empty.txt", "empty file", "skipped"),
        ("whitespace-only.txt", "empty file (only whitespace)", "skipped"),
        ("image.png", "binary file (PNG image), not text", "failed"),
        ("latin1.txt", "invalid UTF-8 at byte offset 25", "failed"),
        ("nav-only.html", "no article text found in HTML", "failed"),
        ("german-article.txt", "non-English text (detected: de)", "skipped"),
        ("french-article.txt", "non-English text (detected: fr)", "skipped"),
        ("unknown-format.xyz", "unsupported format: .xyz", "failed"),
        ("no-such-file.txt", "no such file or directory", "failed"),
    ],
)
def test_bad_file_gets_its_reason(name: str, reason: str, status: str) -> None:
    outcome = run(FIXTURES / name)
    assert outcome.articles == []
    (rejected,) = outcome.rejected
    assert (rejected.reason, rejected.status) == (reason, status)
    assert rejected.source == str(FIXTURES / name)


def test_invalid_utf8_offset_is_the_offending_byte() -> None:
    data = (FIXTURES / "latin1.txt").read_bytes()
    assert data[25] == 0xE9  # the é of "café" in ISO-8859-1
    assert data[:25].decode("utf-8")


def test_binary_with_nul_bytes_under_a_text_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Title\n\nSome text\x00\x00\x01\x02 more")
    (rejected,) = run(path).rejected
    assert rejected.reason == "binary file (contains NUL bytes), not text"


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    subprocess.run(["truncate", "-s", "50M", str(big)], check=True)  # sparse: no disk used
    outcome = run(big, tmp_path / "huge.txt")
    assert [r.reason for r in outcome.rejected] == [
        "file is 52,428,800 bytes, over the 10,485,760-byte limit"
    ] * 2
    assert outcome.rejected[0].status == "failed"


def test_jsonl_streams_past_the_file_limit_but_not_past_the_line_limit(tmp_path: Path) -> None:
    """A JSONL file is a stream: the limit applies to each line, not the whole file."""
    path = tmp_path / "many.jsonl"
    long_line = json.dumps({"id": "long", "text": "word " * 400})
    with path.open("w") as handle:
        for i in range(40):
            text = f"Story number {i} reports that officials in city {i} met on day {i}. " * 3
            handle.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
            if i == 20:
                handle.write(long_line + "\n")
    settings = Settings(max_file_bytes=1000)
    assert path.stat().st_size > 4 * settings.max_file_bytes
    outcome = run(path, settings=settings)
    assert len(outcome.articles) == 40
    (too_long,) = outcome.rejected
    assert too_long.reason == "line 22 is over the 1,000-byte limit"
    assert too_long.source.endswith("many.jsonl:22")


def test_json_records_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"id": "a", "title": "no text"}, "not an object"]))
    reasons = run(path).reasons()
    assert reasons == ["JSON record 0: record has no text", "JSON record 1 is not an object"]


def test_malformed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x", "text": "unterminated')
    (rejected,) = run(path).rejected
    assert rejected.reason.startswith("malformed JSON at line 1 column")


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("id,title\n1,Headline only\n")
    (rejected,) = run(path).rejected
    assert rejected.reason == "CSV has no text column (columns: id, title)"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    other = tmp_path / "catalog.xml"
    other.write_text("<?xml version='1.0'?><catalog><book>Moby Dick</book></catalog>")
    broken = tmp_path / "cut.rss"
    broken.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Cut")
    empty = tmp_path / "quiet.rss"
    empty.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title>"
                     "</channel></rss>")
    outcome = run(other, broken, empty)
    assert [(r.status, r.reason.split(":")[0]) for r in outcome.rejected] == [
        ("failed", "XML is not an RSS or Atom feed"),
        ("failed", "malformed feed"),
        ("skipped", "feed has no entries"),
    ]


def test_unexpected_error_in_a_reader_is_a_failed_rejection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(path: Path, settings: Settings) -> Iterator[object]:
        raise RuntimeError("disk\nexploded")
        yield  # pragma: no cover

    monkeypatch.setitem(base.READERS, "csv", broken)
    items = list(iter_articles(
        [str(FIXTURES / "records.csv"), str(FIXTURES / "tehran-envoy.txt")], Settings()
    ))
    assert len(items) == 2
    failed, article = items
    assert isinstance(failed, base.Rejected)
    assert failed.reason == "unexpected error: RuntimeError: disk exploded"
    assert failed.status == "failed"
    assert getattr(article, "id", None) == "tehran-envoy"


def test_rejection_status_comes_from_the_error_kind() -> None:
    settings = dataclasses.replace(Settings(), max_file_bytes=100)
    outcome = run(FIXTURES / "empty.txt", FIXTURES / "tehran-envoy.txt", settings=settings)
    assert [(r.status, r.reason.split(" ")[0]) for r in outcome.rejected] == [
        ("skipped", "empty"), ("failed", "file"),
    ]
