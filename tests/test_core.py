"""The library's public surface, settings and the stage contract."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import tidings
from tidings import errors
from tidings.config import Settings, active_settings, load_settings, running_settings
from tidings.document import Document, Stage, stage
from tidings.errors import ConfigError, InputError, PipelineError, TidingsError
from tidings.pipeline import DEFAULT_STAGES, check_order
from tidings.records import Article, Span


def test_exported_members_exist() -> None:
    for name in tidings.__all__:
        assert getattr(tidings, name) is not None, name


def test_all_is_sorted_and_complete() -> None:
    public = {
        n
        for n in dir(tidings)
        if not n.startswith("_") and not isinstance(getattr(tidings, n), ModuleType)
    } - {"annotations"}
    assert public <= set(tidings.__all__) | {"Pipeline"}
    assert list(tidings.__all__) == sorted(tidings.__all__, key=str)


def test_every_error_derives_from_tidings_error() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, TidingsError), name


def test_input_error_carries_reason_and_source() -> None:
    exc = InputError("empty file", source="a.txt")
    assert exc.reason == "empty file"
    assert str(exc) == "a.txt: empty file"


def test_settings_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "tidings.toml"
    cfg.write_text('[tidings]\ndb = "sqlite:///from-file.db"\nbatch_size = 8\n')
    monkeypatch.setenv("TIDINGS_DB", "sqlite:///from-env.db")
    s = load_settings(cfg, batch_size=4)
    assert s.db == "sqlite:///from-env.db"  # env beats file
    assert s.batch_size == 4  # explicit override beats file


@pytest.mark.parametrize(
    "kwargs",
    [{"db": "mysql://x"}, {"goldstein_table": "nope"}, {"jobs": 0}],
)
def test_invalid_settings_are_config_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        load_settings(**kwargs)


def test_unknown_setting_in_file(tmp_path: Path) -> None:
    cfg = tmp_path / "t.toml"
    cfg.write_text("[tidings]\ncolour = 'red'\n")
    with pytest.raises(ConfigError, match="unknown settings"):
        load_settings(cfg)


def test_stages_read_the_running_pipelines_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Inside a pipeline's context its settings win over the environment; outside, a
    # changed TIDINGS_* variable is seen (the environment is read once per value).
    monkeypatch.setenv("TIDINGS_ONE_SIDED_EVENTS", "1")
    assert active_settings().one_sided_events is True
    with running_settings(Settings(one_sided_events=False, article_country=False)):
        assert active_settings().one_sided_events is False
        assert active_settings().article_country is False
    monkeypatch.setenv("TIDINGS_ONE_SIDED_EVENTS", "0")
    assert active_settings().one_sided_events is False


def test_default_stage_order_is_valid() -> None:
    check_order(DEFAULT_STAGES)


def test_misordered_pipeline_is_rejected() -> None:
    events = next(s for s in DEFAULT_STAGES if s.name == "events")
    with pytest.raises(PipelineError, match="events"):
        check_order([events])


def test_stage_with_unknown_field_fails_at_definition() -> None:
    with pytest.raises(ValueError, match="unknown document fields"):
        stage("bad", requires=("nonsense",))(lambda d: d)


def test_stage_marks_itself_done_and_keeps_document_frozen() -> None:
    @stage("test-noop", requires=(), assigns=())
    def noop(doc: Document) -> Document:
        return doc

    assert isinstance(noop, Stage)
    doc = Document(article=Article(id="a", text="x"))
    out = noop(doc)
    assert "test-noop" in out.done and "test-noop" not in doc.done


def test_span_rejects_inverted_offsets() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
