"""Sort keys for names: case-free, Nordic letter order, and natural order of numbers
("Aalto-8" before "Aalto-79"); and bringing stored keys up to date when the rule changes."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Nordic letters sort after z (å, ä, ö in Swedish and Finnish order; æ/ø with their neighbours),
# and ü sorts as y, as in Finnish and Swedish dictionaries.
_NORDIC_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})
_DIGITS = re.compile(r"\d+")
# Numbers are compared by value: each run of digits is written at a fixed width, so a plain
# text comparison (what SQLite's index does) orders 8 before 79.
_NUMBER_WIDTH = 12
# Stored in the vault's meta table; a vault whose keys were made by another rule gets new ones.
SORT_KEY_VERSION = "2-natural"
_META_KEY = "sort_key_version"


def _number(match: re.Match[str]) -> str:
    digits = match.group(0).lstrip("0") or "0"
    return digits.rjust(_NUMBER_WIDTH, "0") if len(digits) <= _NUMBER_WIDTH else digits


def sort_key(text: str) -> str:
    """A case-free key that orders names the way a Finnish or Swedish reader expects."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_NORDIC_ORDER)
    # Other accents (é, á, ç) sort with their base letter.
    decomposed = unicodedata.normalize("NFD", folded)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _DIGITS.sub(_number, plain)


def sort_keys_current(conn: Any) -> bool:
    """Whether the stored sort keys were made by this rule."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    return row is not None and bool(row[0] == SORT_KEY_VERSION)


def refresh_sort_keys(conn: Any) -> bool:
    """Recompute the participants' stored sort keys if they were made by an older rule; True if
    they were. Runs inside the caller's transaction."""
    if sort_keys_current(conn):
        return False
    rows = conn.execute("SELECT id, alias, legal_name FROM participants").fetchall()
    conn.executemany(
        "UPDATE participants SET alias_sort = ?, legal_name_sort = ? WHERE id = ?",
        [(sort_key(a), sort_key(n) if n is not None else None, i) for i, a, n in rows],
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
        (_META_KEY, SORT_KEY_VERSION, SORT_KEY_VERSION),
    )
    return True
