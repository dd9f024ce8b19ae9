"""One version, one place: ``exitdesk.__version__``; the CHANGELOG, the CLI and the build
definition all agree with it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from exitdesk import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
# SemVer 2.0.0 core with optional pre-release, as the CHANGELOG describes.
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$")
RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] [–-] (?P<date>\S.*)$")


def changelog_top_version(text: str) -> str:
    """The version of the first release section; an ``[Unreleased]`` section above it is
    allowed, as Keep a Changelog suggests."""
    for line in text.splitlines():
        match = RELEASE_HEADING.match(line)
        if match and match["version"].lower() != "unreleased":
            return match["version"]
    raise AssertionError("CHANGELOG.md has no '## [X.Y.Z] – date' section")


def test_the_version_is_semver() -> None:
    assert SEMVER.match(__version__), __version__


def test_the_changelog_top_version_is_the_package_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog_top_version(text) == __version__


def test_the_changelog_reader_finds_the_first_release_not_a_later_one() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] – 2026-01-02\n\n## [1.1.0] – 2025-12-01\n"
    assert changelog_top_version(text) == "1.2.0"


def test_exitdesk_version_prints_the_package_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exitdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_no_other_file_declares_the_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    spec = (ROOT / "packaging" / "exitdesk.spec").read_text(encoding="utf-8")
    assert "exitdesk.__version__" in spec and "exitdesk.APP_NAME" in spec
    assert __version__ not in spec
