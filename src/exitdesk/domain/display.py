"""Text shown to a worker, made safe to look at: invisible and direction-changing characters
shown as visible escapes, and names that mix writing systems recognised.

A bidi control (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) can make "gnp.exe" read as "exe.png"
or reorder the digits of a date; a zero-width character can make two names that look the same
differ, or one name look like another. Refusing them everywhere would lose data that arrived in
a bundle, so every text that is shown passes through :func:`shown` (CLI and window alike), which
writes each such character as ``\\u202e``. Nothing stored is changed.
"""

from __future__ import annotations

import unicodedata

__all__ = ["mixed_scripts", "shown", "shown_lines"]

# Characters that are kept as they are in multi-line text.
_LINE_BREAKS = frozenset("\n")
_KEPT_CONTROLS = frozenset("\t")
# Letters of these writing systems are routinely written together (Japanese, Korean).
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "IDEOGRAPHIC": "CJK"}


def _hidden(char: str) -> bool:
    """Whether ``char`` is invisible or changes how the text around it is laid out: format
    characters (bidi controls, zero-width space/joiners, the BOM, tags), other controls, line
    and paragraph separators, private-use and unassigned code points."""
    category = unicodedata.category(char)
    return category[0] == "C" or category in ("Zl", "Zp")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(text: str) -> str:
    """``text`` for one line on screen: every hidden character (see above), line breaks and
    tabs included, written as a visible ``\\uXXXX`` escape."""
    if text.isprintable():  # the common case, fast: isprintable is false for all of them
        return text
    return "".join(_escape(c) if _hidden(c) or (c.isspace() and c != " ") else c for c in text)


def shown_lines(text: str) -> str:
    """``text`` that may span lines (notes, summaries): line breaks and tabs stay, every other
    hidden character is escaped as :func:`shown` does."""
    if text.isprintable():
        return text
    return "".join(
        c if c in _LINE_BREAKS or c in _KEPT_CONTROLS or not _hidden(c) else _escape(c)
        for c in text
    )


def _script(char: str) -> str | None:
    """The writing system of a letter, from its Unicode name ("LATIN SMALL LETTER A",
    "CYRILLIC SMALL LETTER A", "FULLWIDTH LATIN ...", "MATHEMATICAL BOLD ..."); ``None`` for
    what is not a letter. Fullwidth and mathematical letters count as scripts of their own:
    they are what look-alike names are made of."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "")
    if not name:
        return "UNKNOWN"
    first = name.split(" ", 1)[0]
    if first == "CJK":
        return "CJK"
    return _SCRIPT_FAMILIES.get(first, first)


def mixed_scripts(name: str) -> tuple[str, ...]:
    """The writing systems whose letters appear together in ``name``, when there is more than
    one (an empty tuple otherwise). "Аino" with a Cyrillic А gives ``("CYRILLIC", "LATIN")``:
    a name that looks like a known colleague's but is not theirs."""
    scripts = {s for s in map(_script, unicodedata.normalize("NFC", name)) if s is not None}
    return tuple(sorted(scripts)) if len(scripts) > 1 else ()
