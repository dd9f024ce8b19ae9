"""Fixed, published test identities and clock for the exchange tests and vectors. These keys
are public test data; never use them for anything real."""

from __future__ import annotations

from datetime import UTC, datetime

from exitdesk.domain.clock import FixedClock
from exitdesk.exchange.identity import Identity

VECTOR_TIME = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)

_SECRETS = {
    "rise": (
        "Anna Virtanen",
        "fi-rise",
        bytes(range(1, 33)),
        "AGE-SECRET-KEY-1MVDFYK8PM3DE5RL9HMQ2ZSCCH5EREJA0WCWW6ZAMJJZMCMXJA2YSUKJEW6",
    ),
    "aggredi": (
        "Björn Ek",
        "fi-aggredi",
        bytes(range(101, 133)),
        "AGE-SECRET-KEY-17HFX566CKLC4Q34LGDNDGYUXZYVD7GXPPSZTT7DQ2W3JTN6T4V7QTYL9AF",
    ),
    "police": (
        "Kaisa Korhonen",
        "fi-krp",
        bytes(range(201, 233)),
        "AGE-SECRET-KEY-1S90EV06JZR2T07CMGUQRRZHXCFQ375M6YAUQCRMVNAEPDQUQZ3FQWL2FQ6",
    ),
    "social": (
        "Sara Lind",
        "se-socialtjanst",
        bytes(32 * [7]),
        "AGE-SECRET-KEY-14ZD7MDXSPZKS2ZNWD679C2XN7CKERZ2GU8WCMRAPWRQJCV6ED30SH82VDL",
    ),
}


def fixed_identity(who: str) -> Identity:
    name, party, seed, age_secret = _SECRETS[who]
    return Identity.from_secrets(name, party, seed, age_secret)


def fixed_clock() -> FixedClock:
    return FixedClock(VECTOR_TIME)
