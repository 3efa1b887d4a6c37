"""``tidings actors resolve`` prints the resolution and its evidence as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tidings.cli import main


def test_resolve_prints_json_with_evidence() -> None:
    result = CliRunner().invoke(main, ["actors", "resolve", "Taliban", "--date", "2020-05-01"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["date"] == "2020-05-01"
    assert out["actor"]["code"] == "AFGREB" and out["actor"]["country"] == "AFG"
    assert out["actor"]["evidence"] and "taliban" in out["actor"]["evidence"][0]


def test_resolve_with_user_dictionary(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text("patterns\tname\tcode\tstart\tend\trole\torigin\tsource\n"
                    "Qomi\tHassan Kazemi Qomi\tIRNGOV\t\t\tenvoy\tuser\tme\n", "utf-8")
    result = CliRunner().invoke(main, ["actors", "resolve", "Qomi", "--date", "2024-02-14",
                                       "--dict", str(user)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["actor"]["code"] == "IRNGOV"


def test_unresolvable_text_gives_null_actor() -> None:
    result = CliRunner().invoke(main, ["actors", "resolve", "puppies", "--date", "2024-01-01"])
    assert result.exit_code == 0 and json.loads(result.output)["actor"] is None


def test_bad_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["actors", "resolve", "Iran", "--date", "14/02/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_resolve_titled_member_keeps_the_persons_name() -> None:
    # a member the dictionaries do not know (Michael McCaul is in them since KB 2026.11.4)
    result = CliRunner().invoke(main, ["actors", "resolve",
                                       "House Foreign Affairs Committee Chairman Harold Pemberton",
                                       "--date", "2024-02-14"])
    assert result.exit_code == 0, result.output
    actor = json.loads(result.output)["actor"]
    assert actor["name"] == "Harold Pemberton" and actor["code"] == "USAGOVLEG"
    assert actor["role"] == "House Foreign Affairs Committee Chairman"
    assert "keeps the name" in actor["evidence"][0]
