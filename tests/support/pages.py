"""Read a vault's database and WAL the way an attacker holding the data key would: every page
decrypted (SQLCipher 4 default layout), so a test can show deleted content is really gone.

A scan of the encrypted file for plaintext proves nothing; a scan of these pages does. The page
layout, measured on sqlcipher3 0.6.4 (SQLCipher 4.19): 4096-byte pages, 80 reserved bytes at the
end of each (a 16-byte IV, then a 64-byte HMAC-SHA512); AES-256-CBC over the rest with the raw
data key; on page 1 the first 16 bytes are the plaintext salt and stay unencrypted. A WAL file is
a 32-byte header, then frames of a 24-byte header and one page each."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVED = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + IV_SIZE]
    start = SALT_SIZE if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return (
        page[:start] + decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize()
    )


def database_pages(db: Path, key: bytes) -> list[bytes]:
    raw = db.read_bytes() if db.exists() else b""
    return [
        decrypt_page(raw[off : off + PAGE_SIZE], key, first=off == 0)
        for off in range(0, len(raw) - PAGE_SIZE + 1, PAGE_SIZE)
    ]


def wal_pages(wal: Path, key: bytes) -> list[bytes]:
    raw = wal.read_bytes() if wal.exists() else b""
    pages = []
    off = WAL_HEADER
    while off + WAL_FRAME_HEADER + PAGE_SIZE <= len(raw):
        page_number = int.from_bytes(raw[off : off + 4], "big")
        frame = raw[off + WAL_FRAME_HEADER : off + WAL_FRAME_HEADER + PAGE_SIZE]
        pages.append(decrypt_page(frame, key, first=page_number == 1))
        off += WAL_FRAME_HEADER + PAGE_SIZE
    return pages


def all_pages(db: Path, key: bytes) -> list[bytes]:
    """Every decrypted page of ``db`` and of its WAL, in file order."""
    return database_pages(db, key) + wal_pages(db.with_name(db.name + "-wal"), key)


def pages_containing(db: Path, key: bytes, needle: str) -> int:
    """How many decrypted pages hold ``needle`` (UTF-8, as SQLite stores text here)."""
    encoded = needle.encode("utf-8")
    return sum(encoded in page for page in all_pages(db, key))
