"""Refresh the translation catalogues: lupdate over src/exitdesk, then lrelease.

The window's strings come from ``tr()`` in ``ui/``; the core's messages from its
``QT_TRANSLATE_NOOP("Errors", ...)`` templates (see ``exitdesk.domain.messages``).

Sources (edit these, in Qt Linguist): resources/i18n/exitdesk_<lang>.ts
Built (committed, never hand-edited): src/exitdesk/resources/i18n/exitdesk_<lang>.qm, and
exitdesk_<lang>.json beside it: the contexts the CLI needs, readable without Qt
(see ``exitdesk.app.translations``).

    python tools/update_translations.py          # update .ts from the code, rebuild .qm
    python tools/update_translations.py --check  # exit 1 if a committed .qm is out of date
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from exitdesk.app.translations import CONTEXTS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "exitdesk"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "exitdesk" / "resources" / "i18n"
LANGUAGES = ("fi", "sv")
# English needs a catalogue only for its plural forms ("1 record", "4 records").
PLURAL_ONLY = ("en",)
# The contexts the Qt-free catalogue carries: the ones the CLI looks up, named in one place.
JSON_CONTEXTS = CONTEXTS


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


def json_file(language: str, directory: Path = QM_DIR) -> Path:
    return directory / f"exitdesk_{language}.json"


def json_catalogue(language: str) -> str:
    """The finished translations of JSON_CONTEXTS in one .ts file, as stable JSON text."""
    root = ET.parse(ts_file(language)).getroot()  # noqa: S314 - our own committed source file
    entries: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in JSON_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                entries.setdefault(name, {})[source] = translation.text
    return json.dumps(entries, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(directory: Path) -> None:
    for language in LANGUAGES:
        json_file(language, directory).write_text(json_catalogue(language), encoding="utf-8")


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)  # noqa: S603


def update_sources() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_file(lang).relative_to(ROOT)) for lang in LANGUAGES]
    run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "relative",
         "-no-obsolete", str(SOURCES.relative_to(ROOT)), "-ts", *targets])  # fmt: skip
    plural = [str(ts_file(lang).relative_to(ROOT)) for lang in PLURAL_ONLY]
    run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "relative", "-no-obsolete",
         "-pluralonly", str(SOURCES.relative_to(ROOT)), "-ts", *plural])  # fmt: skip


def release(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES + PLURAL_ONLY:
        run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)),
             "-qm", str(qm_file(language, directory))])  # fmt: skip
    write_json(directory)


def stale_catalogues() -> list[str]:
    """Languages whose committed .qm or .json differs from what is built from the .ts now."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        release(fresh)
        return [
            lang
            for lang in LANGUAGES + PLURAL_ONLY
            if not qm_file(lang).exists()
            or qm_file(lang).read_bytes() != qm_file(lang, fresh).read_bytes()
            or (lang in LANGUAGES and not json_file(lang).exists())
            or (
                lang in LANGUAGES
                and json_file(lang).read_bytes() != json_file(lang, fresh).read_bytes()
            )
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
