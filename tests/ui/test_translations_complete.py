"""Every entry of the translation catalogues is translated, and keeps the source's placeholders.

Sources: resources/i18n/exitdesk_<lang>.ts (see tools/update_translations.py). Entries lupdate
marks vanished or obsolete are not shown to anyone and are skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("fi", "sv")
# Finnish and Swedish both have two plural forms (one, other).
PLURAL_FORMS = {"fi": 2, "sv": 2}
SKIPPED = {"vanished", "obsolete"}
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]*\}")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_DIR / f"exitdesk_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _live(language: str) -> list[tuple[str, str, ET.Element]]:
    live = []
    for context, message in _messages(language):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in SKIPPED:
            continue
        live.append((context, message.findtext("source") or "", message))
    return live


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    entries = _live(language)
    assert entries, "the catalogue has no messages"
    problems = []
    for context, source, message in entries:
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{context}: {source!r} is unfinished")
        texts = _texts(message)
        if message.get("numerus") == "yes" and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms")
        if any(not text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language: str) -> None:
    problems = []
    for context, source, message in _live(language):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in _texts(message):
            found = sorted(set(PLACEHOLDER.findall(text)))
            if found != wanted:
                problems.append(f"{context}: {source!r} -> {text!r} ({found} != {wanted})")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_are_kept(language: str) -> None:
    """A source with a mnemonic (&x, not &&) keeps exactly one in its translation."""
    single = re.compile(r"&(?!&)(?=\S)")
    problems = []
    for context, source, message in _live(language):
        plain_source = source.replace("&&", "")
        for text in _texts(message):
            plain = text.replace("&&", "")
            if len(single.findall(plain)) != len(single.findall(plain_source)):
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert problems == []
