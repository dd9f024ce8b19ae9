"""Time to refuse crafted 1 MiB and 4 MiB bundles, the pre-authentication worst cases.

Each case is a real age file for the reader, so the clock runs from the size cap through age
decryption to the refusal, as an import would. The crafted JSON sits either in the manifest
(the one text a reader parses before the signature) or in the records, under a genuine,
validly signed manifest whose hashes do not match them. Every case runs in a child process
so a slow one can be stopped; "> N s" means it was still running after ``--timeout``.
"cpu" is the child's processor time, steadier than the wall clock on a busy machine.
Asserts nothing.

    python benchmarks/bench_crafted.py [--sizes 1024 4096] [--timeout 120]

``--sizes`` is in KiB. To time another version of the code, put its ``src`` first on
``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from uuid import UUID

from exitdesk.domain import Consent, ConsentMethod, ConsentRecipient, DataCategory, FixedClock
from exitdesk.exchange import (
    BundleError,
    BundleKind,
    BundleRecord,
    RecordType,
    build_container,
    encrypt_container,
    open_bundle,
    sign_consent,
)
from exitdesk.exchange.container import encode_container
from exitdesk.exchange.identity import Identity

MIB = 1024 * 1024
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PARTICIPANT = UUID("5d0c1f9e-7a0b-4c55-9d43-2f1e8a6b9c01")


def _tiny_keys(size: int) -> bytes:
    # Canonical but for the last key, so a checker learns it is wrong only at the very end.
    count = size // 12
    return b"{" + b",".join(b'"k%06d":0' % i for i in range(count - 1)) + b',"a":0}'


# Worst cases for the old checker, each ``size`` bytes long give or take a few.
SHAPES: dict[str, Callable[[int], bytes]] = {
    "escape run, never closed": lambda n: b'{"a":"' + b'\\"' * ((n - 6) // 2),
    "long escape run": lambda n: b'{"a":"' + b"\\\\" * ((n - 8) // 2) + b'"}',
    "deep nesting": lambda n: b"[" * n,
    "many tiny keys": _tiny_keys,
    "containers at the depth limit": lambda n: (
        b"[" + (b"[" * 15 + b"0" + b"]" * 15 + b",") * ((n - 33) // 32) + b"0]"
    ),
}


def _consent(reader: Identity) -> Consent:
    return Consent(
        participant_uid=PARTICIPANT,
        recipients=(
            ConsentRecipient(
                party_id=reader.party_id,
                contact_fingerprint=reader.fingerprint,
                label=reader.name,
            ),
        ),
        categories=frozenset({DataCategory.MEETINGS}),
        purpose="benchmark",
        valid_from=NOW - timedelta(days=1),
        valid_until=NOW + timedelta(days=30),
        method=ConsentMethod.PAPER_FORM,
        recorded_by="Sender",
        recorded_at=NOW - timedelta(days=1),
    )


def _in_manifest(size: int, craft: Callable[[int], bytes], *_: Identity) -> bytes:
    manifest = craft(min(size, 4 * MIB) - 14 - 64 - 4)
    return encode_container(manifest, bytes(64), [])


def _in_records(
    size: int, craft: Callable[[int], bytes], sender: Identity, reader: Identity
) -> bytes:
    """A genuine signed case transfer; its records swapped for crafted ones of up to 1 MiB."""
    count = max(1, size // MIB)
    genuine = [
        BundleRecord.from_object(
            UUID(int=i + 1), RecordType.MEETING, DataCategory.MEETINGS, {"summary": "genuine"}
        )
        for i in range(count)
    ]
    inner = build_container(sender, [reader.public], BundleKind.CASE_TRANSFER, genuine,
                            consent=sign_consent(_consent(reader), sender), withdrawal=None,
                            sequences={reader.fingerprint: 1}, participant_uid=PARTICIPANT,
                            clock=FixedClock(NOW))  # fmt: skip
    length = int.from_bytes(inner[10:14], "big")
    manifest, signature = inner[14 : 14 + length], inner[14 + length : 78 + length]
    per_record = min(MIB, (size - len(inner)) // count - 4)
    return encode_container(manifest, signature, [craft(per_record)] * count)


LOCATIONS = {"manifest": _in_manifest, "records": _in_records}


def run_one(location: str, shape: str, size: int) -> None:
    sender = Identity.generate("Sender", "fi-rise")
    reader = Identity.generate("Reader", "fi-aggredi")
    inner = LOCATIONS[location](size, SHAPES[shape], sender, reader)
    data = encrypt_container(inner, sender, [reader.public])
    contacts = {sender.fingerprint: sender.public}.get
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        open_bundle(data, reader, resolve_sender=contacts, clock=FixedClock(NOW))
        reason = "ACCEPTED"
    except BundleError as error:
        reason = str(error)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{elapsed * 1000:.1f}|{cpu * 1000:.1f}|{len(inner)}|{reason}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1024, 4096], help="KiB")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument("--one", nargs=3, metavar=("LOCATION", "SHAPE", "BYTES"))
    args = parser.parse_args()
    if args.one:
        location, shape, size = args.one
        run_one(location, shape, int(size))
        return
    import exitdesk

    print(f"code under test: {os.path.dirname(exitdesk.__file__)}")
    print(f"{'JSON in':8} {'shape':30} {'container':>9} {'wall':>9} {'cpu':>9}  reason")
    for size in (kib * 1024 for kib in args.sizes):
        for location in LOCATIONS:
            for shape in SHAPES:
                command = [sys.executable, __file__, "--one", location, shape, str(size)]
                try:
                    done = subprocess.run(command, capture_output=True, text=True,
                                          timeout=args.timeout, check=True)  # fmt: skip
                except subprocess.TimeoutExpired:
                    wall, cpu, reason = f"> {args.timeout:.0f} s", "-", "still running"
                    actual = f"{size / MIB:.2f} MiB"
                else:
                    ms, cpu_ms, length, reason = done.stdout.strip().split("|", 3)
                    wall, cpu = f"{float(ms):.0f} ms", f"{float(cpu_ms):.0f} ms"
                    actual = f"{int(length) / MIB:.2f} MiB"
                print(f"{location:8} {shape:30} {actual:>9} {wall:>9} {cpu:>9}  {reason}")


if __name__ == "__main__":
    main()
