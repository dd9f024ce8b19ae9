"""Build the one-folder app with PyInstaller, as ``python packaging/build.py`` does, and run the
frozen executable offscreen: ``--version`` must print ``__version__`` and ``--self-test`` must
pass. Reports the build's size, build time and start time (terminal summary and
``build/frozen-build-report.txt``)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from exitdesk import APP_NAME, __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "exitdesk"
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
REPORT_FILE = ROOT / "build" / "frozen-build-report.txt"
BUILD_TIMEOUT_S = 30 * 60
GUI_ALIVE_S = 8


def _load_build_script() -> ModuleType:
    # Loaded by path: "packaging" is also the name of a popular library on sys.path.
    spec = importlib.util.spec_from_file_location("exitdesk_build_script", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class FrozenBuild:
    dist: Path
    folder: Path
    report: dict[str, object]
    script: ModuleType


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> FrozenBuild:
    assert importlib.util.find_spec("PyInstaller"), (
        "PyInstaller is needed for this test: pip install -e '.[test]'"
    )
    out = tmp_path_factory.mktemp("frozen")
    # A private dist, work folder and PyInstaller cache: builds run by other test sessions in
    # the same checkout (or the documented command writing dist/) cannot interfere.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(out / "pyinstaller-config")}
    report_json = out / "report.json"
    result = subprocess.run(
        [
            sys.executable,
            str(BUILD_SCRIPT),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--report",
            str(report_json),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, (result.stdout[-3000:], result.stderr[-3000:])
    script = _load_build_script()
    dist = out / "dist"
    return FrozenBuild(dist, dist / APP_NAME, json.loads(report_json.read_text()), script)


def test_the_frozen_app_prints_the_package_version(frozen: FrozenBuild) -> None:
    run = frozen.script.run_frozen("--version", dist=frozen.dist)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"{APP_NAME} {__version__}"


def test_the_frozen_app_passes_its_self_test_offscreen(
    frozen: FrozenBuild, build_report: list[str]
) -> None:
    run = frozen.script.run_frozen("--self-test", dist=frozen.dist)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"{APP_NAME} {__version__} self-test"
    assert lines[-1].startswith("self-test passed: ")
    assert not [line for line in lines[1:-1] if not line.lstrip().startswith("ok ")]
    # The shipped catalogues must load inside the frozen app, not only from the source tree.
    i18n = SRC / "resources" / "i18n"
    languages = [lang for lang in ("fi", "sv") if (i18n / f"exitdesk_{lang}.qm").is_file()]
    translations = next(line for line in lines if "  translations  " in line)
    expected = ", ".join(languages) if languages else "none shipped (English only)"
    assert f"ExitDesk: {expected};" in translations, translations
    assert translations.endswith("Qt: fi, sv"), translations
    # The platform's keyring backend was importable (the spec's hidden imports work); the
    # environment turned the keyring off, so nothing was stored.
    keyring_line = next(line for line in lines if "  keyring backend  " in line)
    assert "turned off by PYTHON_KEYRING_BACKEND" in keyring_line, keyring_line

    report = frozen.report
    size_mib = frozen.script.folder_size(frozen.folder) / 2**20
    figures = [
        f"PyInstaller one-folder build for {sys.platform}, {APP_NAME} {__version__}",
        f"  build time            {report['build_seconds']:.1f} s",
        f"  size of {APP_NAME}/       {size_mib:.1f} MiB",
        f"  --version start-exit  {report['version_seconds']:.2f} s",
        f"  --self-test start-exit {run.seconds:.2f} s ({lines[-1]})",
    ]
    build_report.extend(figures)
    REPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
    partial = REPORT_FILE.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text("\n".join(figures) + "\n", encoding="utf-8")
    partial.replace(REPORT_FILE)
    print("\n".join(figures))


def test_the_frozen_window_starts_offscreen_and_keeps_running(
    frozen: FrozenBuild, tmp_path: Path
) -> None:
    """The self-test never opens a window; this catches a GUI module or Qt plugin missing from
    the build, which would end the program at once with an import error."""
    executable = frozen.folder / (f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME)
    env = frozen.script.clean_environment(tmp_path)
    process = subprocess.Popen(
        [str(executable)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        early_exit = process.wait(timeout=GUI_ALIVE_S)
    except subprocess.TimeoutExpired:
        early_exit = None
    finally:
        process.kill()
        out, err = process.communicate(timeout=60)
    assert early_exit is None, f"the window exited with {early_exit}: {(out + err)[-3000:]}"
    assert "Traceback" not in out + err


def test_the_build_carries_its_data_and_leaves_out_what_is_not_used(
    frozen: FrozenBuild,
) -> None:
    internal = frozen.folder / "_internal"
    packaged = internal / "exitdesk"
    migrations = sorted(p.name for p in (SRC / "vault" / "migrations").glob("*.sql"))
    assert migrations
    assert sorted(p.name for p in (packaged / "vault" / "migrations").glob("*.sql")) == migrations
    catalogues = sorted(p.name for p in (SRC / "resources" / "i18n").glob("*.qm"))
    assert sorted(p.name for p in (packaged / "resources" / "i18n").glob("*.qm")) == catalogues
    word_lists = sorted(p.name for p in (SRC / "resources" / "demo").glob("*.json"))
    assert word_lists
    assert sorted(p.name for p in (packaged / "resources" / "demo").glob("*.json")) == word_lists
    assert not list(frozen.folder.rglob("*.ts"))
    pyside = internal / "PySide6"
    for needed in ("QtCore", "QtGui", "QtWidgets"):
        assert list(pyside.glob(f"{needed}.*")), f"{needed} is missing from the build"
    for unused in ("QtQml", "QtQuick", "QtNetwork", "QtWebEngineCore", "QtDesigner", "QtSql"):
        assert not list(pyside.glob(f"{unused}.*")), f"{unused} should be excluded"
    qt_catalogues = {p.name for p in (pyside / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_fi.qm", "qtbase_sv.qm"} <= qt_catalogues
    assert "qtbase_de.qm" not in qt_catalogues
    # Nothing from the test or build tooling ships.
    for tool in ("pytest", "PyInstaller", "mypy", "hypothesis"):
        assert not (internal / tool).exists(), tool
