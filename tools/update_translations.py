"""Refresh the translation catalogues: lupdate over src/exitdesk, then lrelease.

The window's strings come from ``tr()`` in ``ui/``; the core's messages from its
``QT_TRANSLATE_NOOP("Errors", ...)`` templates (see ``exitdesk.domain.messages``).

Sources (edit these, in Qt Linguist): resources/i18n/exitdesk_<lang>.ts
Built (committed, never hand-edited): src/exitdesk/resources/i18n/exitdesk_<lang>.qm

    python tools/update_translations.py          # update .ts from the code, rebuild .qm
    python tools/update_translations.py --check  # exit 1 if a committed .qm is out of date
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "exitdesk"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "exitdesk" / "resources" / "i18n"
LANGUAGES = ("fi", "sv")


def tool(name: str) -> str:
    """The Qt tool shipped with PySide6 beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"exitdesk_{language}.ts"


def qm_file(language: str, directory: Path = QM_DIR) -> Path:
    return directory / f"exitdesk_{language}.qm"


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)  # noqa: S603


def update_sources() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_file(lang).relative_to(ROOT)) for lang in LANGUAGES]
    run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "relative",
         "-no-obsolete", str(SOURCES.relative_to(ROOT)), "-ts", *targets])  # fmt: skip


def release(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)),
             "-qm", str(qm_file(language, directory))])  # fmt: skip


def stale_catalogues() -> list[str]:
    """Languages whose committed .qm differs from what lrelease builds from the .ts now."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        release(fresh)
        return [
            lang
            for lang in LANGUAGES
            if not qm_file(lang).exists()
            or qm_file(lang).read_bytes() != qm_file(lang, fresh).read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the .qm files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_catalogues()
        for language in stale:
            sys.stderr.write(f"{qm_file(language).name} is out of date; run {__file__}\n")
        return 1 if stale else 0
    update_sources()
    release(QM_DIR)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
