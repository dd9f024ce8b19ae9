"""Build the one-folder ExitDesk app for this OS into dist/ and smoke-test it.

Usage, from anywhere:  python packaging/build.py [--report FILE] [--no-smoke-test]
Prints the build time, the size of dist/ExitDesk and the frozen app's --self-test time; exits
non-zero if the build or the frozen self-test fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "exitdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SMOKE_TIMEOUT_S = 300


def app_name() -> str:
    # Read from the checkout being built, the one source of truth, without importing Qt.
    sys.path.insert(0, str(ROOT / "src"))
    try:
        import exitdesk
    finally:
        sys.path.pop(0)
    return exitdesk.APP_NAME


def app_folder(dist: Path = DIST) -> Path:
    return dist / app_name()


def frozen_executable(dist: Path = DIST) -> Path:
    """The console executable of the build: on Windows the windowed one has no stdout."""
    name = app_name()
    if sys.platform == "win32":
        return app_folder(dist) / f"{name}-cli.exe"
    return app_folder(dist) / name


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def clean_environment(home: Path) -> dict[str, str]:
    """Run the frozen app as a new user would: its own home and data dirs, Qt offscreen, and a
    keyring backend that refuses, so nothing of the build machine's user is read or written."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "XDG_"))}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


@dataclass
class Run:
    returncode: int
    seconds: float
    stdout: str
    stderr: str


def run_frozen(*args: str, dist: Path = DIST) -> Run:
    with tempfile.TemporaryDirectory(prefix="exitdesk-frozen-home-") as home:
        env = clean_environment(Path(home))
        started = time.perf_counter()
        done = subprocess.run(
            [str(frozen_executable(dist)), *args],
            env=env,
            cwd=home,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
            check=False,
        )
        seconds = time.perf_counter() - started
    return Run(done.returncode, seconds, done.stdout, done.stderr)


def build(dist: Path = DIST, work: Path = WORK) -> float:
    """Run PyInstaller on the spec; returns the wall-clock seconds it took."""
    started = time.perf_counter()
    # A fresh work folder instead of --clean: --clean also empties PyInstaller's per-user cache,
    # which a build running at the same time may be reading.
    shutil.rmtree(work, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


@dataclass
class Report:
    app_folder: str
    build_seconds: float | None
    size_bytes: int
    version_output: str
    version_seconds: float
    self_test_returncode: int
    self_test_seconds: float
    self_test_output: str


def smoke_test(build_seconds: float | None, dist: Path = DIST) -> Report:
    version = run_frozen("--version", dist=dist)
    self_test = run_frozen("--self-test", dist=dist)
    return Report(
        app_folder=str(app_folder(dist)),
        build_seconds=build_seconds,
        size_bytes=folder_size(app_folder(dist)),
        version_output=(version.stdout + version.stderr).strip(),
        version_seconds=version.seconds,
        self_test_returncode=self_test.returncode,
        self_test_seconds=self_test.seconds,
        self_test_output=(self_test.stdout + self_test.stderr).strip(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="also write the figures as JSON to FILE")
    parser.add_argument("--no-build", action="store_true", help="smoke-test an existing build")
    parser.add_argument("--no-smoke-test", action="store_true", help="build only")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    parser.add_argument(
        "--work", type=Path, default=WORK, help="PyInstaller's work folder (default: build/)"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()

    build_seconds = None if args.no_build else build(dist, args.work.resolve())
    if build_seconds is not None:
        print(f"build: {build_seconds:.1f} s")
    print(f"size:  {folder_size(app_folder(dist)) / 2**20:.1f} MiB in {app_folder(dist)}")
    if args.no_smoke_test:
        return 0
    report = smoke_test(build_seconds, dist)
    print(f"--version: {report.version_output!r} in {report.version_seconds:.2f} s")
    print(report.self_test_output)
    print(
        f"--self-test: exit {report.self_test_returncode}, "
        f"start to exit {report.self_test_seconds:.2f} s"
    )
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return 0 if report.self_test_returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
