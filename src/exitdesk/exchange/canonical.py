"""Canonical JSON and timestamps: the one byte form that every signature and hash covers.

The form is RFC 8785 (JCS) restricted to integers within +/-(2**53 - 1) and ASCII object keys,
which makes it identical to ``json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)`` encoded as UTF-8.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import accumulate, repeat
from operator import sub
from typing import Any, TypeAlias

JsonValue: TypeAlias = bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"] | None
JsonObject = dict[str, JsonValue]

MAX_SAFE_INT = 2**53 - 1
DEFAULT_MAX_DEPTH = 16
# The largest canonical text a bundle holds is its manifest (at most 4 MiB by default).
DEFAULT_MAX_BYTES = 4 * 1024 * 1024


class CanonicalJsonError(ValueError):
    """Bytes or values that have no canonical form. The message names the rule, not the data."""


class NestingTooDeepError(CanonicalJsonError):
    """Arrays and objects nested deeper than the limit."""


class DataTooLargeError(CanonicalJsonError):
    """More bytes than the caller allows; refused before any parsing."""


def _check_value(value: object, depth: int, max_depth: int) -> None:
    # Validation is separate from json.dumps so a bad value is refused with a plain reason
    # instead of silently serialised (floats, huge ints, non-ASCII keys, lone surrogates).
    # ``depth`` counts the arrays and objects enclosing ``value``, as ``nesting_depth`` does.
    # Plain text, the commonest value, needs no check here: a lone surrogate fails the UTF-8
    # encoding of the whole text in ``canonical_json``.
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return
    if kind is dict or kind is list:
        # The common shapes (what model_dump makes), checked without a call per plain item;
        # anything else, and any key not plain ASCII text, takes the general path below.
        if depth + 1 > max_depth:
            raise NestingTooDeepError("the data is nested too deeply")
        items: Iterable[object]
        if isinstance(value, dict):
            if not "".join(k if type(k) is str else "\x80" for k in value).isascii():
                _check_value_general(value, depth, max_depth)
                return
            items = value.values()
        else:
            assert isinstance(value, list)
            items = value
        for item in items:
            if type(item) is not str and item is not None:
                _check_value(item, depth + 1, max_depth)
        return
    _check_value_general(value, depth, max_depth)


def _check_value_general(value: object, depth: int, max_depth: int) -> None:
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
    return _encode(value)


_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# After _NOT_BRACKETS removes everything else, an opener becomes 2 and a closer 0, so that
# "byte - 1" is the change in depth.
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def _outside_strings(data: bytes) -> bytes:
    """The bytes of JSON text that lie outside string literals, found in four passes.

    Escapes occur only inside strings, and a run of backslashes pairs up from its left end,
    which is how ``bytes.replace`` scans; once every escaped backslash and escaped quote is
    gone, each remaining quote opens or closes a string. (A regular expression that skips
    strings restarts at every quote of an unterminated one: quadratic on crafted input.)
    Outside a string a backslash is invalid JSON, which the parser refuses; the parser never
    reads past an unterminated string either, so its text counts as inside."""
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    return b"".join(unescaped.split(b'"')[::2])


def nesting_depth(data: bytes) -> int:
    """Depth of ``[``/``{`` nesting in JSON text, ignoring brackets inside strings. Measured
    before parsing so hostile input cannot drive the recursive parser into a RecursionError;
    linear time (a fixed number of passes, all in C), whatever the input."""
    steps = _outside_strings(data).translate(_DEPTH_STEPS, _NOT_BRACKETS)
    return max(0, max(accumulate(map(sub, steps, repeat(1))), default=0))


def _refuse_float(_: str) -> object:
    raise CanonicalJsonError("fractional numbers are not allowed")


def _refuse_constant(_: str) -> object:
    raise CanonicalJsonError("NaN and Infinity are not allowed")


# The longest canonical integers, -(2**53 - 1) and 2**53 - 1, have 17 and 16 characters.
_MAX_INT_TEXT = len(str(-MAX_SAFE_INT))


def _safe_int(text: str) -> int:
    # Checked on the digits before converting: int() of a long digit run is superlinear.
    if len(text) > _MAX_INT_TEXT:
        raise CanonicalJsonError("a number is outside the safe integer range")
    value = int(text)
    if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        raise CanonicalJsonError("a number is outside the safe integer range")
    return value


def _strict_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise CanonicalJsonError("an object repeats a key")
    keys = list(result)
    if not "".join(keys).isascii():
        raise CanonicalJsonError("object keys must be ASCII text")
    # Refused as soon as the object closes rather than after the whole text is re-encoded.
    if keys != sorted(keys):
        raise CanonicalJsonError("the data is not in canonical form")
    return result


class _CollectorPaused:
    # Parsed JSON holds no reference cycles, yet each batch of new lists and dicts (the
    # parser's, and the encoder's scratch lists) triggers a collector pass over everything
    # alive: on a crafted megabyte of tiny containers that costs more than the work itself.
    # A plain class: a generator-based context manager cost more than parsing a small record.
    __slots__ = ("_was_enabled",)

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *_: object) -> None:
        if self._was_enabled:
            gc.enable()


def _collector_paused() -> _CollectorPaused:
    return _CollectorPaused()


# What json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False) uses, made
# once: dumps builds a new encoder for every call with arguments like these.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# The C encoder that _ENCODER.encode builds on every call, built once, without the cycle check
# (its ``markers``): nothing encoded here can hold a cycle, since canonical_json's check
# refuses nesting deeper than its limit first and parsed JSON never has one. None when
# CPython's C accelerator is missing; _ENCODER then does the same work in Python.
_MAKE_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)  # not in the stubs
_C_ENCODER: Callable[[object, int], Sequence[str]] | None = (
    None
    if _MAKE_C_ENCODER is None
    else _MAKE_C_ENCODER(
        None,  # markers
        _ENCODER.default,
        json.encoder.encode_basestring,  # ensure_ascii=False
        None,  # indent
        _ENCODER.key_separator,
        _ENCODER.item_separator,
        True,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan (no float reaches the encoder)
    )
)


def _encode(value: object) -> bytes:
    text = _ENCODER.encode(value) if _C_ENCODER is None else "".join(_C_ENCODER(value, 0))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalJsonError("a text value is not valid Unicode") from None


# What json.loads(text, parse_int=..., ...) would use, made once: loads builds a new decoder
# (and its C scanner) for every call with arguments, which cost ~3 µs of the ~8 a record's
# parse took. The hooks hold no state between texts. Every text this module parses goes
# through ``_DECODER.decode``: the reading-order tests count what reaches it.
_DECODER = json.JSONDecoder(
    parse_int=_safe_int,
    parse_float=_refuse_float,
    parse_constant=_refuse_constant,
    object_pairs_hook=_strict_object,
)


def parse_canonical_json(
    data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH, max_bytes: int = DEFAULT_MAX_BYTES
) -> JsonValue:
    """Parse bytes that must already be in canonical form; anything else is refused, so two
    different byte strings can never mean the same signed content.

    Linear in ``len(data)`` and bounded: the size and the nesting are checked before the
    parser runs, numbers before they are converted, keys as each object is built; the parsed
    value is then encoded once and compared byte for byte."""
    if len(data) > max_bytes:
        raise DataTooLargeError("the data is larger than allowed")
    # Text with no more openers than the limit, brackets in strings included, cannot nest
    # deeper than it (two counts in C); only other text needs the exact measure.
    if data.count(b"[") + data.count(b"{") > max_depth and nesting_depth(data) > max_depth:
        raise NestingTooDeepError("the data is nested too deeply")
    with _collector_paused():
        try:
            value: JsonValue = _DECODER.decode(data.decode("utf-8"))
        except CanonicalJsonError:
            raise
        except (ValueError, RecursionError):
            # UnicodeDecodeError and JSONDecodeError are ValueErrors.
            raise CanonicalJsonError("the data is not valid JSON") from None
        # Every value the parser can produce here is JSON-typed, within range and depth,
        # with ASCII keys, so the encoder needs no second validation pass.
        canonical = _encode(value)
    if canonical != data:
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
