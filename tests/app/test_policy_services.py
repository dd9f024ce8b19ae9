"""Policy the front-ends only ask about: passphrase strength, the KDF choice, reading a bundle
under its size cap, and the neutral names and atomic writing of outgoing files."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from exitdesk.app.context import KDF_ENV, Options
from exitdesk.app.errors import InputError
from exitdesk.app.exchange import (
    outgoing_file_name,
    read_bundle_file,
    save_acknowledgement,
    write_outgoing_file,
)
from exitdesk.app.passphrase_policy import assess, is_strong_enough, require_strong
from exitdesk.exchange import BundleKind, Limits
from exitdesk.vault import KdfParams


def test_a_weak_passphrase_is_refused_in_one_plain_line() -> None:
    with pytest.raises(InputError, match="too weak") as refused:
        require_strong("kesä2024")
    assert "\n" not in str(refused.value)
    assert not is_strong_enough("password1234")
    require_strong("violet harbour ninety lanterns")
    assert assess("violet harbour ninety lanterns").acceptable


def test_the_options_decide_the_kdf() -> None:
    assert Options.from_environment({KDF_ENV: "minimum"}).kdf_for_new_vault() == KdfParams.FLOOR
    assert Options.from_environment({}).kdf is None
    assert Options(kdf=KdfParams.FLOOR).kdf_for_new_vault() == KdfParams.FLOOR
    with pytest.raises(AttributeError):
        Options().kdf = KdfParams.FLOOR  # type: ignore[misc]


@pytest.mark.parametrize("kind", list(BundleKind))
def test_every_outgoing_kind_gets_a_neutral_name(kind: BundleKind) -> None:
    name = outgoing_file_name(kind)
    assert re.fullmatch(r"(bundle|ack)-[0-9a-f]{8}\.exitbundle", name)
    assert "withdraw" not in name and "termination" not in name
    assert name != outgoing_file_name(kind)


def test_reading_a_bundle_file_refuses_plainly(tmp_path: Path) -> None:
    with pytest.raises(
        InputError, match=r"^cannot read missing\.exitbundle: there is no such file$"
    ):
        read_bundle_file(tmp_path / "missing.exitbundle")
    with pytest.raises(InputError, match="is a folder"):
        read_bundle_file(tmp_path)
    big = tmp_path / "big.exitbundle"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="too large"):
        read_bundle_file(big, Limits(max_file_bytes=100))
    assert read_bundle_file(big, Limits(max_file_bytes=101)) == b"x" * 101


def test_an_unreadable_bundle_file_is_refused_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.exitbundle"
    locked.write_bytes(b"age")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"^cannot read locked\.exitbundle: permission denied$"):
        read_bundle_file(locked)


def test_outgoing_files_are_written_owner_only(tmp_path: Path) -> None:
    card = write_outgoing_file(tmp_path / "contact-card.txt", b"card")
    assert card.read_bytes() == b"card"
    ack = save_acknowledgement(b"ack", folder=tmp_path)
    assert ack.parent == tmp_path and ack.name.startswith("ack-")
    assert ack.read_bytes() == b"ack"
    chosen = save_acknowledgement(b"ack2", path=tmp_path / "chosen.exitbundle")
    assert chosen.read_bytes() == b"ack2"
    if os.name == "posix":
        assert ack.stat().st_mode & 0o077 == 0
