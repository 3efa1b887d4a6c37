"""Each input format read from a real, hand-built file."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.ingest import content_hash

from .helpers import FIXTURES, SAMPLE, run


def test_plain_text_title_date_and_dateline() -> None:
    article = run(FIXTURES / "tehran-envoy.txt").one()
    assert article.id == "tehran-envoy"
    assert article.title == "Iran's envoy says regional stability rests on collective security"
    assert article.published == date(2024, 2, 14)
    assert article.dateline == "TEHRAN"
    # The text is the body only: it starts at the first body paragraph, after the dateline.
    assert article.text.startswith("Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi")
    assert "collective security" not in article.text.split("\n")[0][:20]
    assert article.text.count("\n\n") == 3
    assert article.language == "en"
    assert article.content_hash == content_hash(article.text)
    assert article.source == str(FIXTURES / "tehran-envoy.txt")


def test_plain_text_offsets_point_into_the_file_body() -> None:
    """For sample files (no dateline) the text is an exact slice of the file."""
    for path in sorted(SAMPLE.glob("*.txt"))[:6]:
        raw = path.read_text("utf-8")
        article = run(path).one()
        start = raw.index(article.text)
        assert raw[start : start + len(article.text)] == article.text
        assert raw.splitlines()[0].strip() == article.title
        assert article.published is not None
        assert article.published.isoformat() == raw.splitlines()[1].strip()


def test_html_page_boilerplate_removed_and_metadata_kept() -> None:
    article = run(FIXTURES / "voa-diplomat.html").one()
    assert article.id == "voa-diplomat"
    assert article.title == "Pakistan's Top Diplomat in Afghanistan Survives Assassination Attempt"
    assert article.published == date(2022, 12, 2)
    assert article.url is not None and article.url.endswith("/6859770.html")
    assert article.dateline == "ISLAMABAD"
    assert article.text.startswith("Pakistan’s chief diplomat in Afghanistan survived")
    assert article.text.endswith("No one immediately claimed responsibility for the attack.")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 6
    for boilerplate in ("Most Popular", "Terms of Use", "Share on Facebook", "Middle East",
                        "Skip to main content", "Related", "All rights reserved"):
        assert boilerplate not in article.text


def test_json_array_records() -> None:
    outcome = run(FIXTURES / "records.json")
    assert not outcome.rejected
    first, second = outcome.articles
    assert first.id == "voa-refugees-2023"
    assert first.published == date(2023, 10, 27)
    assert first.dateline == "ISLAMABAD"
    assert first.text.startswith("Officials in Pakistan say")
    assert first.source == f"{FIXTURES / 'records.json'}[0]"
    # No id field: a stable short hash of the URL.
    assert len(second.id) == 16 and second.id == run(FIXTURES / "records.json").articles[1].id
    assert second.published == date(2024, 7, 11)


def test_jsonl_malformed_line_is_rejected_and_the_others_come_through() -> None:
    outcome = run(FIXTURES / "records.jsonl")
    assert [a.id for a in outcome.articles] == ["torkham-1", "houthi-sanctions-1", "no-date-1"]
    (bad,) = outcome.rejected
    assert bad.status == "failed"
    assert bad.reason.startswith("malformed JSONL line 3:")
    assert bad.source.endswith("records.jsonl:3")
    by_id = {a.id: a for a in outcome.articles}
    assert by_id["houthi-sanctions-1"].published == date(2021, 6, 10)  # RFC 822
    assert by_id["no-date-1"].published is None  # "sometime last week"
    assert by_id["no-date-1"].dateline == "KABUL"


def test_csv_records_with_multiline_text() -> None:
    outcome = run(FIXTURES / "records.csv")
    assert not outcome.rejected
    torkham, refugees = outcome.articles
    assert torkham.id == "csv-torkham"
    assert torkham.published == date(2023, 2, 24)
    assert torkham.text.split("\n\n")[1].startswith("Traders said")
    assert refugees.url is None and refugees.published == date(2023, 12, 29)
    assert [a.source for a in outcome.articles] == [
        f"{FIXTURES / 'records.csv'}:2", f"{FIXTURES / 'records.csv'}:5"
    ]


def test_rss_entries_with_content_become_articles() -> None:
    outcome = run(FIXTURES / "feed.rss")
    ttp, refugees = outcome.articles
    assert ttp.published == date(2024, 7, 11)
    assert ttp.url == ("https://www.voanews.com/a/un-afghan-taliban-increase-support-for-"
                       "anti-pakistan-ttp-terrorists/7694324.html")
    assert len(ttp.id) == 16
    assert "<" not in ttp.text and "TTP-led terror attacks" in ttp.text
    assert len(ttp.text.split("\n\n")) == 2  # full content:encoded, not the summary
    assert refugees.text.startswith("Officials in Pakistan say")  # HTML summary stripped
    (empty,) = outcome.rejected
    assert empty.reason == "feed entry has no content or summary"
    assert empty.status == "skipped"
    assert empty.source.endswith("feed.rss#entry2")


def test_atom_entries() -> None:
    outcome = run(FIXTURES / "feed.atom")
    strikes, call = outcome.articles
    assert strikes.title == "Statement on coalition strikes against Houthi targets"
    assert strikes.published == date(2024, 2, 24)  # the day as written, not UTC
    assert strikes.text.count("\n\n") == 1
    assert call.published == date(2023, 11, 25)  # only <updated>
    assert call.text.startswith("Secretary of Defense Lloyd J. Austin III")


def test_warc_html_responses() -> None:
    outcome = run(FIXTURES / "pages.warc.gz")
    assert [a.title for a in outcome.articles] == [
        "Pakistan's Top Diplomat in Afghanistan Survives Assassination Attempt",
        "Afghan Taliban Closes a Main Border Crossing with Pakistan",
        "Afghan Refugees Return Home as Pakistan Threatens Arrests, Expulsions",
    ]
    torkham = outcome.articles[1]
    assert torkham.url == "https://www.voanews.com/a/torkham/6971111.html"
    assert torkham.published == date(2023, 2, 20)
    assert outcome.articles[2].published is None  # only a footer copyright year
    assert len({a.id for a in outcome.articles}) == 3
    (image,) = outcome.rejected
    assert image.reason == "WARC record is not an HTML page (image/png)"


def test_truncated_warc_keeps_records_before_the_damage() -> None:
    outcome = run(FIXTURES / "pages-truncated.warc.gz")
    assert [a.title for a in outcome.articles] == [
        "Pakistan's Top Diplomat in Afghanistan Survives Assassination Attempt",
        "Afghan Taliban Closes a Main Border Crossing with Pakistan",
    ]
    (damage,) = outcome.rejected
    assert damage.reason.startswith("truncated WARC: ")
    assert damage.status == "failed"


def test_uncompressed_warc_cut_inside_a_page(tmp_path: Path) -> None:
    """A plain .warc cut mid-payload: the cut page is not passed off as an article."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=False)
    page = (FIXTURES / "voa-diplomat.html").read_bytes()
    for url in ("https://news.example/1", "https://news.example/2"):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(page), http_headers=headers)
        )
    path = tmp_path / "cut.warc"
    path.write_bytes(out.getvalue()[:-2500])
    outcome = run(path)
    assert [a.url for a in outcome.articles] == [
        "https://www.voanews.com/a/pakistan-s-top-diplomat-in-afghanistan-survives-"
        "assassination-attempt/6859770.html"
    ]
    assert outcome.reasons() == [
        "truncated WARC: the record for https://news.example/2 is cut short"
    ]
