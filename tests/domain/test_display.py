"""The display sanitiser: invisible and direction-changing characters become visible escapes,
ordinary text of any language passes unchanged, mixed-script names are recognised."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exitdesk.domain.display import mixed_scripts, shown, shown_lines

RLO = "\u202e"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"report{RLO}fdp.exe", "report\\u202efdp.exe"),  # reads as "reportexe.pdf"
        ("Kettu\u200b", "Kettu\\u200b"),  # zero-width space: two "Kettu" that differ
        ("Ket\u200dtu", "Ket\\u200dtu"),  # zero-width joiner
        ("\u2066Kettu\u2069", "\\u2066Kettu\\u2069"),  # isolates
        ("\ufeffKettu", "\\ufeffKettu"),  # byte-order mark
        ("a\u2028b", "a\\u2028b"),  # line separator
        ("tag\U000e0041", "tag\\U000e0041"),  # invisible tag letter
        ("two\nlines", "two\\u000alines"),
    ],
)
def test_hidden_characters_are_shown_as_escapes(raw: str, expected: str) -> None:
    assert shown(raw) == expected


@pytest.mark.parametrize(
    "text", ["Aino Virtanen", "Työntekijä Åström", "Ørjan Þór", "محمد", "李小龍", "Ольга", "a b"]
)
def test_ordinary_names_pass_unchanged(text: str) -> None:
    assert shown(text) == text
    assert shown_lines(text) == text


def test_notes_keep_their_lines_but_not_their_tricks() -> None:
    assert shown_lines(f"first\n\tsecond{RLO}") == "first\n\tsecond\\u202e"


def _unescaped(text: str) -> str:
    return re.sub(
        r"\\u([0-9a-f]{4})|\\U([0-9a-f]{8})",
        lambda m: chr(int(m.group(1) or m.group(2), 16)),
        text,
    )


@given(st.text().filter(lambda t: "\\" not in t))
def test_nothing_hidden_survives_and_nothing_is_lost(text: str) -> None:
    """Every character shown is visible (in notes, white space too), and undoing the
    escapes gives the text back: a worker sees exactly what is there."""
    assert all(c.isprintable() for c in shown(text))
    assert all(c.isprintable() or c.isspace() for c in shown_lines(text))
    assert _unescaped(shown(text)) == text
    assert _unescaped(shown_lines(text)) == text


@pytest.mark.parametrize(
    ("name", "scripts"),
    [
        ("\u0410ino Virtanen", ("CYRILLIC", "LATIN")),  # Cyrillic А
        ("Aino Virtan\u0435n", ("CYRILLIC", "LATIN")),  # Cyrillic е
        ("P\u03bflice", ("GREEK", "LATIN")),  # Greek ο
        ("\uff21ino", ("FULLWIDTH", "LATIN")),  # fullwidth A
        ("Aino Virtanen", ()),
        ("Työntekijä", ()),
        ("Ольга Петрова", ()),
        ("山田 たろう", ()),  # kanji with hiragana is one writing system here
        ("Aino 2", ()),
    ],
)
def test_mixed_script_names_are_recognised(name: str, scripts: tuple[str, ...]) -> None:
    assert mixed_scripts(name) == scripts
