"""The foundation CLI end to end, in subprocesses, as a worker would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import PASSPHRASE, Run, recovery_code_from

DISTINCTIVE = "Qwertzuiopå Zyxwvutsrq"


def _files_contain(directory: Path, needle: str) -> list[str]:
    hits = []
    for variant in (needle.encode("utf-8"), needle.encode("utf-16-le")):
        for path in directory.rglob("*"):
            if path.is_file() and variant in path.read_bytes():
                hits.append(path.name)
    return hits


def test_version_matches_the_package(run: Run) -> None:
    from exitdesk import __version__

    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"ExitDesk {__version__}"


def test_init_prints_a_recovery_code_once_and_the_binding_state(run: Run, tmp_path: Path) -> None:
    result = run("init", "--vault", tmp_path / "v", "--worker", "Aino", "--party", "fi-rise")
    assert result.code == 0, result.err
    code = recovery_code_from(result.out)
    assert len(code.replace("-", "").replace(" ", "")) == 48
    assert "Device binding: off" in result.out  # the test keyring backend is the failing one
    again = run("init", "--vault", tmp_path / "v", "--worker", "Aino", "--party", "fi-rise")
    assert "already" in again.one_line_error()


def test_add_list_search_and_no_name_in_any_vault_file(run: Run, vault: Path) -> None:
    added = run("participant", "add", "--vault", vault, "--alias", "Kettu",
                "--legal-name", DISTINCTIVE, "--birth-year", "1990",
                "--note", "Talked about housing in Tampere")  # fmt: skip
    assert added.code == 0, added.err
    new_id = int(added.out.strip())
    run("participant", "add", "--vault", vault, "--alias", "Susi")

    listed = run("participant", "list", "--vault", vault, "--json")
    rows = json.loads(listed.out)
    assert {r["alias"] for r in rows} == {"Kettu", "Susi"}
    assert next(r for r in rows if r["alias"] == "Kettu")["id"] == new_id

    found = json.loads(run("participant", "list", "--vault", vault, "--json",
                           "--search", "tamp").out)  # fmt: skip
    assert [r["alias"] for r in found] == ["Kettu"]

    assert _files_contain(vault, DISTINCTIVE) == []
    assert _files_contain(vault, "Tampere") == []
    assert _files_contain(vault, "Aino Worker") == []


def test_check_passes_on_a_fresh_vault(run: Run, vault: Path) -> None:
    run("participant", "add", "--vault", vault, "--alias", "Kettu")
    result = run("check", "--vault", vault)
    assert result.code == 0, result.err
    assert "intact" in result.out


def test_wrong_passphrase_is_one_line_and_changes_nothing(run: Run, vault: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()}
    result = run("participant", "list", "--vault", vault, passphrase="wrong horse battery staple")
    assert "passphrase is wrong" in result.one_line_error()
    after = {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()}
    assert before == after


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("participant", "list", "--vault", "{missing}"), "no ExitDesk vault"),
        (("participant", "add", "--vault", "{vault}"), "--alias"),
        (("participant", "add", "--vault", "{vault}", "--alias", "K", "--birth-year", "x"), "int"),
        (("init", "--vault", "{new}", "--worker", "A", "--party", "xx-nope"), "unknown party"),
        (("demo", "--vault", "{vault}", "--participants", "0"), "between 1 and 50000"),
        (("restore", "{missing}/backup.bin", "--vault", "{new}"), "backup"),
    ],
)
def test_bad_input_is_one_plain_line(
    run: Run, vault: Path, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    values = {"missing": tmp_path / "missing", "vault": vault, "new": tmp_path / "new"}
    result = run(*(a.format(**values) for a in args))
    assert expected in result.one_line_error()


def test_weak_passphrase_is_refused_at_init(run: Run, tmp_path: Path) -> None:
    result = run("init", "--vault", tmp_path / "v", "--worker", "A", "--party", "fi-rise",
                 passphrase="short")  # fmt: skip
    assert "too weak" in result.one_line_error()
    assert not (tmp_path / "v").exists()


def test_no_passphrase_and_no_terminal_is_a_plain_error(run: Run, vault: Path) -> None:
    result = run("participant", "list", "--vault", vault, passphrase=None)
    assert "no passphrase" in result.one_line_error()


def test_passphrase_file_is_read(run: Run, vault: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = run("participant", "list", "--vault", vault, "--passphrase-file", secret,
                 passphrase=None)  # fmt: skip
    assert result.code == 0, result.err


def test_backup_and_restore_round_trip(run: Run, vault: Path, tmp_path: Path) -> None:
    run("participant", "add", "--vault", vault, "--alias", "Kettu", "--legal-name", DISTINCTIVE)
    backup = tmp_path / "backup.bin"
    assert run("backup", "--vault", vault, backup).code == 0
    assert DISTINCTIVE.encode() not in backup.read_bytes()
    restored = tmp_path / "restored"
    result = run("restore", backup, "--vault", restored)
    assert result.code == 0, result.err
    rows = json.loads(run("participant", "list", "--vault", restored, "--json").out)
    assert [r["alias"] for r in rows] == ["Kettu"]
    assert run("check", "--vault", restored).code == 0


def test_passwd_then_recover(run: Run, tmp_path: Path) -> None:
    directory = tmp_path / "v"
    init = run("init", "--vault", directory, "--worker", "Aino", "--party", "fi-rise")
    code = recovery_code_from(init.out)

    new = "purple elephant dancing quietly"
    changed = run("passwd", "--vault", directory, EXITDESK_NEW_PASSPHRASE=new)
    assert changed.code == 0, changed.err
    assert run("participant", "list", "--vault", directory).code != 0
    assert run("participant", "list", "--vault", directory, passphrase=new).code == 0

    third = "seven orange kites over helsinki"
    recovered = run("recover", "--vault", directory, passphrase=None,
                    EXITDESK_RECOVERY_CODE=code, EXITDESK_NEW_PASSPHRASE=third)  # fmt: skip
    assert recovered.code == 0, recovered.err
    assert run("participant", "list", "--vault", directory, passphrase=third).code == 0

    bad = run("recover", "--vault", directory, passphrase=None,
              EXITDESK_RECOVERY_CODE="1" * 48, EXITDESK_NEW_PASSPHRASE=third)  # fmt: skip
    bad.one_line_error()


def test_demo_then_check(run: Run, vault: Path) -> None:
    result = run("demo", "--vault", vault, "--participants", "25")
    assert result.code == 0, result.err
    rows = json.loads(run("participant", "list", "--vault", vault, "--json").out)
    assert len(rows) == 25
    assert run("check", "--vault", vault).code == 0
