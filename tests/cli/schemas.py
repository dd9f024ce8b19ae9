"""The JSON schemas documented in docs/cli.md, read from its tables, and a strict checker."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
_MARK = re.compile(r"<!-- schema: (.+?) -->")
_ROW = re.compile(r"^\| `([a-z_]+)` \| ([^|]+?) \|")
_SCALARS: dict[str, type | tuple[type, ...]] = {
    "integer": int,
    "string": str,
    "boolean": bool,
    "object": dict,
}


@cache
def schemas() -> dict[str, dict[str, str]]:
    """Schema name -> {field: type text}, from each ``<!-- schema: NAME -->`` table."""
    found: dict[str, dict[str, str]] = {}
    current: str | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        mark = _MARK.match(line)
        if mark:
            current = mark.group(1)
            found[current] = {}
            continue
        if current is None:
            continue
        row = _ROW.match(line)
        if row:
            found[current][row.group(1)] = row.group(2).strip()
        elif not line.startswith("|"):
            current = None if found[current] else current
    return found


def _check_type(value: Any, kind: str, where: str) -> None:
    if kind.endswith(" or null"):
        if value is None:
            return
        kind = kind.removesuffix(" or null")
    if kind.startswith("array of "):
        assert isinstance(value, list), f"{where}: expected an array, got {value!r}"
        for i, item in enumerate(value):
            _check_type(item, kind.removeprefix("array of "), f"{where}[{i}]")
        return
    if kind.startswith("`") and kind.endswith("`"):
        conforms(value, kind.strip("`"), where)
        return
    expected = _SCALARS[kind]
    # JSON booleans are not integers, whatever Python's bool subclassing says.
    assert isinstance(value, expected) and not (kind == "integer" and isinstance(value, bool)), (
        f"{where}: expected {kind}, got {value!r}"
    )


def conforms(value: Any, name: str, where: str = "$") -> None:
    """Assert ``value`` is an object with exactly the documented fields of schema ``name``."""
    schema = schemas()[name]
    assert isinstance(value, dict), f"{where}: expected a {name} object, got {value!r}"
    assert set(value) == set(schema), (
        f"{where} ({name}): fields {sorted(value)} differ from the documented {sorted(schema)}"
    )
    for field, kind in schema.items():
        _check_type(value[field], kind, f"{where}.{field}")


def conforms_list(value: Any, name: str) -> None:
    assert isinstance(value, list), f"expected an array of {name}, got {value!r}"
    for i, item in enumerate(value):
        conforms(item, name, f"$[{i}]")
