"""The canonical-form check does work linear in the size of its input, however the input is
crafted (issue 9, finding 8: a crafted 40 KB container held the import for 14 s).

Work is counted, not timed, so the result is the same on a busy machine. The meter charges
one unit per Python bytecode run in ``exchange/canonical.py``, one per character handed to
the JSON parser or produced by the encoder (C scanners that read each character a fixed
number of times), and, for a regular-expression search over the input, what a backtracking
engine may do on n characters: start at each position and read on to the end, n(n+1)/2.
Single passes of C built-ins (``bytes.replace``, ``split``, ``translate``, ``accumulate``)
are not charged. This machine has no hardware instruction counter (``perf`` reports
"not supported"), so work inside C cannot be counted directly; ``benchmarks/bench_crafted.py``
shows the seconds.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from exitdesk.exchange import canonical
from exitdesk.exchange.canonical import CanonicalJsonError, parse_canonical_json

_REAL_DECODER = canonical._DECODER
_SEARCHES = frozenset({"sub", "subn", "search", "match", "fullmatch", "findall", "finditer"})


class _Meter:
    def __init__(self) -> None:
        self.units = 0


class _MeteredJson:
    def __init__(self, meter: _Meter) -> None:
        self._meter = meter

    def loads(self, text: str, **kwargs: Any) -> Any:
        self._meter.units += len(text)
        return json.loads(text, **kwargs)

    def decode(self, text: str) -> Any:  # stands in for canonical's kept decoder
        self._meter.units += len(text)
        return _REAL_DECODER.decode(text)

    def dumps(self, value: Any, **kwargs: Any) -> str:
        text = json.dumps(value, **kwargs)
        self._meter.units += len(text)
        return text


class _MeteredPattern:
    def __init__(self, pattern: re.Pattern[Any], meter: _Meter) -> None:
        self._pattern = pattern
        self._meter = meter

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in _SEARCHES:
            return method

        def charged(*args: Any, **kwargs: Any) -> Any:
            text = args[1] if name in ("sub", "subn") else args[0]
            self._meter.units += len(text) * (len(text) + 1) // 2
            return method(*args, **kwargs)

        return charged


def _work(meter: _Meter, data: bytes) -> int:
    """The units ``parse_canonical_json`` spends on ``data``, whether it accepts it or not."""
    source = canonical.__file__

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        if event == "opcode":
            meter.units += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        if frame.f_code.co_filename != source:
            return None
        frame.f_trace_opcodes = True
        return local

    meter.units = 0
    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        parse_canonical_json(data)
    except CanonicalJsonError:
        pass
    finally:
        sys.settrace(previous)
    return meter.units


@pytest.fixture
def meter(monkeypatch: pytest.MonkeyPatch) -> _Meter:
    found = _Meter()
    metered = _MeteredJson(found)
    monkeypatch.setattr(canonical, "json", metered)
    monkeypatch.setattr(canonical, "_DECODER", metered)
    for name, value in list(vars(canonical).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(canonical, name, _MeteredPattern(value, found))
    return found


def _tiny_keys(size: int) -> bytes:
    return b"{" + b",".join(b'"k%06d":0' % i for i in range(size // 12)) + b"}"


# Worst cases for a checker that skips strings with a backtracking expression, counts
# brackets byte by byte, or re-reads the text per key or per value.
CRAFTED: dict[str, Callable[[int], bytes]] = {
    "escaped quotes, string never closed": lambda n: b'["' + b'\\"' * (n // 2),
    "long escape run in a string": lambda n: b'["' + b"\\\\" * (n // 2) + b'"]',
    "quote after quote": lambda n: b"[" + b'"",' * (n // 3) + b"0]",
    "deep nesting": lambda n: b"[" * n,
    "nested to the limit, repeated": lambda n: (
        (b"[" + b"[" * 15 + b"0" + b"]" * 15 + (b",[" + b"[" * 14 + b"0" + b"]" * 15) * (n // 33))
        + b"]"
    ),
    "many tiny keys": _tiny_keys,
    "many tiny keys, out of order": lambda n: _tiny_keys(n).replace(b'"k000001"', b'"k999999"'),
    "a long integer": lambda n: b"[" + b"7" * n + b"]",
}


@pytest.mark.parametrize("shape", list(CRAFTED))
def test_canonical_check_work_grows_linearly_with_crafted_input(meter: _Meter, shape: str) -> None:
    craft = CRAFTED[shape]
    small, large = craft(8 * 1024), craft(16 * 1024)
    small_work, large_work = _work(meter, small), _work(meter, large)
    growth = large_work / small_work
    assert growth <= 2.5 * len(large) / (2 * len(small)), (
        f"{shape}: {len(small)} bytes cost {small_work} units, "
        f"{len(large)} bytes {large_work} ({growth:.1f}x for twice the input)"
    )
    assert large_work <= 32 * len(large), f"{shape}: {large_work} units for {len(large)} bytes"


def test_a_crafted_megabyte_is_refused_with_a_reason() -> None:
    """Every crafted shape at 1 MiB gets the plain reason a reader shows, not a crash."""
    reasons = set()
    for shape, craft in CRAFTED.items():
        data = craft(1024 * 1024)
        try:
            parse_canonical_json(data)
        except CanonicalJsonError as error:
            reasons.add(str(error))
        else:
            assert shape in {"long escape run in a string", "quote after quote", "many tiny keys",
                             "nested to the limit, repeated"}, shape  # fmt: skip
    assert reasons == {
        "the data is not valid JSON",
        "the data is nested too deeply",
        "the data is not in canonical form",
        "a number is outside the safe integer range",
    }
