"""Smaller findings: no process-wide umask (it races with the GUI thread), the SQLCipher format
pinned, and keyless ``inspect`` strict about the age v1 header grammar and payload framing."""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
import sqlcipher3

from exitdesk.domain import Worker
from exitdesk.exchange.outer import inspect_without_keys
from exitdesk.vault import KdfParams, Vault
from exitdesk.vault.db import key_literal, open_database

PASSPHRASE = "correct horse battery staple"


def test_creating_and_opening_a_vault_never_changes_the_process_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    calls: list[int] = []
    real = os.umask
    previous = real(0o022)
    monkeypatch.setattr(os, "umask", lambda mask: calls.append(mask) or real(mask))
    try:
        directory = tmp_path / "parent" / "vault"
        created = Vault.create(
            directory, PASSPHRASE, Worker(name="A", party_id="fi-rise"), kdf=KdfParams.FLOOR
        )
        created.vault.lock()
        Vault.unlock(directory, PASSPHRASE).lock()
    finally:
        real(previous)
    assert calls == []
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(directory.parent.stat().st_mode) == 0o700
    for path in directory.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@pytest.fixture
def sqlcipher3_defaults() -> Iterator[sqlcipher3.Connection]:
    conn = sqlcipher3.connect(":memory:")
    yield conn
    conn.execute("PRAGMA cipher_default_compatibility = 4")
    conn.close()


def test_the_database_format_is_sqlcipher_4_whatever_the_library_default(
    tmp_path: Path, sqlcipher3_defaults: sqlcipher3.Connection
) -> None:
    key = os.urandom(32)
    sqlcipher3_defaults.execute("PRAGMA cipher_default_compatibility = 3")
    conn = open_database(tmp_path / "v.db", key)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    sqlcipher3_defaults.execute("PRAGMA cipher_default_compatibility = 4")
    reader = sqlcipher3.connect(str(tmp_path / "v.db"))
    reader.execute(f'PRAGMA key = "{key_literal(key)}"')
    assert reader.execute("SELECT x FROM t").fetchall() == [(1,)]
    reader.close()


# -- the age v1 header, keyless -------------------------------------------------------------


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _age(stanzas: list[bytes], payload: bytes) -> bytes:
    return (
        b"age-encryption.org/v1\n" + b"".join(stanzas) + b"--- " + _b64(b"m" * 32) + b"\n" + payload
    )


def _x25519(share: bytes) -> bytes:
    return b"-> X25519 " + _b64(share) + b"\n" + _b64(b"k" * 32) + b"\n"


GOOD_SHARE = bytes(range(1, 33))
NONCE = b"n" * 16
ONE_CHUNK = b"c" * 100
FULL_CHUNK = b"f" * (64 * 1024 + 16)


def test_a_well_formed_header_is_valid() -> None:
    assert inspect_without_keys(_age([_x25519(GOOD_SHARE)], NONCE + ONE_CHUNK)).is_age
    assert inspect_without_keys(_age([_x25519(GOOD_SHARE)], NONCE + b"t" * 16)).is_age
    assert inspect_without_keys(_age([_x25519(GOOD_SHARE)], NONCE + FULL_CHUNK)).is_age
    real = pyrage.x25519.Identity.generate()
    assert inspect_without_keys(pyrage.encrypt(b"hello", [real.to_public()])).is_age


P = 2**255 - 19
MALFORMED = {
    "identity share": _age([_x25519(bytes(32))], NONCE + ONE_CHUNK),
    "low-order share": _age([_x25519((1).to_bytes(32, "little"))], NONCE + ONE_CHUNK),
    "share p": _age([_x25519(P.to_bytes(32, "little"))], NONCE + ONE_CHUNK),
    "scrypt beside X25519": _age(
        [_x25519(GOOD_SHARE), b"-> scrypt " + _b64(b"s" * 16) + b" 10\n" + _b64(b"k" * 32) + b"\n"],
        NONCE + ONE_CHUNK,
    ),
    "scrypt work factor with leading zero": _age(
        [b"-> scrypt " + _b64(b"s" * 16) + b" 010\n" + _b64(b"k" * 32) + b"\n"], NONCE + ONE_CHUNK
    ),
    "scrypt salt too short": _age(
        [b"-> scrypt " + _b64(b"s" * 8) + b" 10\n" + _b64(b"k" * 32) + b"\n"], NONCE + ONE_CHUNK
    ),
    "empty last chunk after a full one": _age(
        [_x25519(GOOD_SHARE)], NONCE + FULL_CHUNK + b"t" * 16
    ),
    "last chunk shorter than its tag": _age([_x25519(GOOD_SHARE)], NONCE + FULL_CHUNK + b"t" * 5),
    "no chunk at all": _age([_x25519(GOOD_SHARE)], NONCE),
    "stanza body not ending with a short line": _age(
        [b"-> grease\n" + _b64(b"g" * 48) + b"\n"], NONCE + ONE_CHUNK
    ),
    "padded base64": _age(
        [b"-> X25519 " + base64.b64encode(GOOD_SHARE) + b"\n" + _b64(b"k" * 32) + b"\n"],
        NONCE + ONE_CHUNK,
    ),
    "carriage return in the header": _age([_x25519(GOOD_SHARE)], NONCE + ONE_CHUNK).replace(
        b"v1\n", b"v1\r\n"
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_keyless_inspect_calls_a_malformed_header_invalid(name: str) -> None:
    info = inspect_without_keys(MALFORMED[name])
    assert not info.is_age, name
    assert info.problem
