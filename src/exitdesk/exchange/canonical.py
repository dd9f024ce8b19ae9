"""Canonical JSON and timestamps: the one byte form that every signature and hash covers.

The form is RFC 8785 (JCS) restricted to integers within +/-(2**53 - 1) and ASCII object keys,
which makes it identical to ``json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)`` encoded as UTF-8.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TypeAlias

JsonValue: TypeAlias = bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"] | None
JsonObject = dict[str, JsonValue]

MAX_SAFE_INT = 2**53 - 1
DEFAULT_MAX_DEPTH = 16


class CanonicalJsonError(ValueError):
    """Bytes or values that have no canonical form. The message names the rule, not the data."""


class NestingTooDeepError(CanonicalJsonError):
    """Arrays and objects nested deeper than the limit."""


def _check_value(value: object, depth: int, max_depth: int) -> None:
    # Validation is separate from json.dumps so a bad value is refused with a plain reason
    # instead of silently serialised (floats, huge ints, non-ASCII keys, lone surrogates).
    # ``depth`` counts the arrays and objects enclosing ``value``, as ``nesting_depth`` does.
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise CanonicalJsonError("a number is outside the safe integer range")
        return
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CanonicalJsonError("a text value is not valid Unicode") from None
        return
    if isinstance(value, Mapping | list | tuple) and depth + 1 > max_depth:
        raise NestingTooDeepError("the data is nested too deeply")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise CanonicalJsonError("object keys must be ASCII text")
            _check_value(item, depth + 1, max_depth)
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_value(item, depth + 1, max_depth)
        return
    raise CanonicalJsonError(f"values of type {type(value).__name__} are not allowed")


def canonical_json(value: JsonValue, *, max_depth: int = DEFAULT_MAX_DEPTH) -> bytes:
    """The canonical UTF-8 bytes of ``value``; ``CanonicalJsonError`` if it has none."""
    _check_value(value, 0, max_depth)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting_depth(data: bytes) -> int:
    """Depth of ``[``/``{`` nesting in JSON text, ignoring brackets inside strings. Measured
    before parsing so hostile input cannot drive the recursive parser into a RecursionError."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _refuse_float(_: str) -> object:
    raise CanonicalJsonError("fractional numbers are not allowed")


def _refuse_constant(_: str) -> object:
    raise CanonicalJsonError("NaN and Infinity are not allowed")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalJsonError("an object repeats a key")
        result[key] = value
    return result


def parse_canonical_json(data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH) -> JsonValue:
    """Parse bytes that must already be in canonical form; anything else is refused, so two
    different byte strings can never mean the same signed content."""
    if nesting_depth(data) > max_depth:
        raise NestingTooDeepError("the data is nested too deeply")
    try:
        text = data.decode("utf-8")
        value: JsonValue = json.loads(
            text,
            parse_float=_refuse_float,
            parse_constant=_refuse_constant,
            object_pairs_hook=_no_duplicates,
        )
    except CanonicalJsonError:
        raise
    except (ValueError, RecursionError):
        # UnicodeDecodeError and JSONDecodeError are ValueErrors; int-size limits too.
        raise CanonicalJsonError("the data is not valid JSON") from None
    if canonical_json(value, max_depth=max_depth) != data:
        raise CanonicalJsonError("the data is not in canonical form")
    return value


_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$")


def format_timestamp(when: datetime) -> str:
    """UTC, ``YYYY-MM-DDTHH:MM:SSZ``, with ``.ffffff`` only when microseconds are not zero:
    exactly one text per instant."""
    if when.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    utc = when.astimezone(UTC)
    if utc.microsecond:
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> datetime:
    """Inverse of ``format_timestamp``; ``ValueError`` for any other spelling."""
    if not _TIMESTAMP.match(text):
        raise ValueError("not a canonical timestamp")
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ" if "." in text else "%Y-%m-%dT%H:%M:%SZ"
    when = datetime.strptime(text, fmt).replace(tzinfo=UTC)
    if format_timestamp(when) != text:
        raise ValueError("not a canonical timestamp")
    return when
