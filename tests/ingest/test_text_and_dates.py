"""Date normalisation, plain-text layout and datelines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tidings.ingest import detect_language, normalise_date, parse_plain_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-02-14", date(2024, 2, 14)),
        ("14 Feb 2024", date(2024, 2, 14)),
        ("14 February 2024", date(2024, 2, 14)),
        ("February 14, 2024", date(2024, 2, 14)),
        ("Feb. 14, 2024", date(2024, 2, 14)),
        ("Wednesday, February 14, 2024 10:30 am EST", date(2024, 2, 14)),
        ("Published: 14 February 2024 - 21:35", date(2024, 2, 14)),
        ("Wed, 14 Feb 2024 23:10:00 +0330", date(2024, 2, 14)),  # RFC 822
        ("Wed, 14 Feb 2024 10:00:00 GMT", date(2024, 2, 14)),
        ("2024-02-14T23:30:00+03:30", date(2024, 2, 14)),  # as written, not UTC
        ("2024-02-14T10:00:00Z", date(2024, 2, 14)),
        ("2024-02-30", None),
        ("02/03/2024", None),  # day/month order unknown
        ("last Tuesday", None),
        ("", None),
        (None, None),
        (datetime(2024, 2, 14, 23, tzinfo=UTC), date(2024, 2, 14)),
    ],
)
def test_normalise_date(raw: object, expected: date | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("first_paragraph", "dateline", "text_start"),
    [
        ("TEHRAN- Iran's envoy said", "TEHRAN", "Iran's envoy said"),
        ("ISLAMABAD — Pakistan said", "ISLAMABAD", "Pakistan said"),
        ("KABUL (AP) — The Taliban said", "KABUL", "The Taliban said"),
        ("WASHINGTON, Feb 14 (Reuters) - The US said", "WASHINGTON", "The US said"),
        ("UNITED NATIONS (AP) — A UN report", "UNITED NATIONS", "A UN report"),
        ("TAMPA, Fla. – In the past 24 hours", "TAMPA", "In the past 24 hours"),
        ("US-led forces struck", None, "US-led forces struck"),
        ("NATO said on Friday", None, "NATO said on Friday"),
    ],
)
def test_datelines(first_paragraph: str, dateline: str | None, text_start: str) -> None:
    parsed = parse_plain_text(f"Headline\n2024-02-14\n\n{first_paragraph} more.\n\nSecond.")
    assert parsed.dateline == dateline
    assert parsed.text.startswith(text_start)
    assert parsed.text.endswith("more.\n\nSecond.")


def test_plain_text_without_date_line() -> None:
    parsed = parse_plain_text("A headline\n\nFirst paragraph.\n\n\n\nSecond paragraph.\n")
    assert parsed.title == "A headline"
    assert parsed.published is None
    assert parsed.text == "First paragraph.\n\nSecond paragraph."


def test_single_long_paragraph_has_no_title() -> None:
    body = "Officials said " + "the talks went on " * 30 + "into the night."
    parsed = parse_plain_text(body)
    assert parsed.title is None
    assert parsed.text == body


def test_language_detection_defaults_to_english_for_short_text() -> None:
    assert detect_language("Kabul") == "en"
    assert detect_language("Der Gesandte sagte am Mittwoch, die Lage sei ernst und "
                           "die Regierung werde handeln.") == "de"
    assert detect_language("Officials in Pakistan said tens of thousands of Afghan nationals "
                           "had left the country this month.") == "en"
