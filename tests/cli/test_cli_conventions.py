"""The CLI behaves like a standard tool: help for every option, quiet on a closed pipe, a new
line after Ctrl-C at a prompt, and bad input refused with one exact plain line."""

from __future__ import annotations

import argparse
import errno
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exitdesk.app.input_files import unreadable
from exitdesk.cli.main import EXIT_BROKEN_PIPE, build_parser
from exitdesk.exchange import Limits
from tests.cli.conftest import PASSPHRASE, Run, isolated_env

VALID_PARTIES = (
    "fi-aggredi, fi-krp, fi-rise, se-kriminalvarden, se-polisen, se-sis, se-socialstyrelsen, "
    "se-socialtjanst"
)


def _parsers(parser: argparse.ArgumentParser, path: str = "exitdesk") -> Iterator[
    tuple[str, argparse.ArgumentParser]
]:  # fmt: skip
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_option_of_every_command_has_help_and_says_its_range() -> None:
    problems = []
    commands = 0
    for path, parser in _parsers(build_parser()):
        commands += 1
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            name = "/".join(action.option_strings) or action.dest
            if not action.help:
                problems.append(f"{path} {name}: no help text")
                continue
            if action.choices is not None:
                missing = [str(c) for c in action.choices if str(c) not in action.help]
                if missing:
                    problems.append(f"{path} {name}: help does not list {missing}")
            if getattr(action.type, "__name__", "") == "whole number" and not any(
                word in action.help for word in (" to ", "between")
            ):
                problems.append(f"{path} {name}: help does not give the range")
        # What --help prints lists every option with its help.
        shown = parser.format_help()
        for action in parser._actions:
            for option in action.option_strings:
                assert option in shown, f"{path}: {option} missing from --help"
    assert commands > 40
    assert problems == []


def test_secret_options_and_variables_are_named_in_help() -> None:
    helps = {path: p.format_help() for path, p in _parsers(build_parser())}
    for command in ("exitdesk passwd", "exitdesk recover"):
        assert "EXITDESK_NEW_PASSPHRASE" in helps[command]
        assert "--new-passphrase-file" in helps[command]
    assert "EXITDESK_RECOVERY_CODE" in helps["exitdesk recover"]
    assert "--recovery-code-file" in helps["exitdesk recover"]
    # restore and recover take no vault passphrase, so they do not offer a file for one.
    assert "--passphrase-file" not in helps["exitdesk restore"]
    assert "--passphrase-file" not in helps["exitdesk recover"]
    assert "EXITDESK_PASSPHRASE" in helps["exitdesk participant list"]


def test_restore_refuses_a_passphrase_file_instead_of_ignoring_it(run: Run, tmp_path: Path) -> None:
    result = run("restore", tmp_path / "backup.bin", "--vault", tmp_path / "new",
                 "--passphrase-file", tmp_path / "pass.txt")  # fmt: skip
    assert result.code == 2
    assert "unrecognized arguments: --passphrase-file" in result.one_line_error()


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status(
    module_run: Run, module_vault: Path, module_dir: Path
) -> None:
    env = isolated_env(module_dir)
    env["EXITDESK_PASSPHRASE"] = PASSPHRASE
    proc = subprocess.Popen(
        [sys.executable, "-m", "exitdesk", "participant", "list", "--vault", str(module_vault)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the command writes, as after `head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == EXIT_BROKEN_PIPE == 141
    assert err == ""


def test_head_reads_one_line_and_the_command_ends_quietly(
    module_run: Run, module_vault: Path, module_dir: Path
) -> None:
    for alias in ("Kettu", "Susi", "Karhu"):
        assert module_run("participant", "add", "--vault", module_vault, "--alias", alias).code == 0
    env = isolated_env(module_dir)
    env["EXITDESK_PASSPHRASE"] = PASSPHRASE
    script = (
        f'"{sys.executable}" -m exitdesk participant list --vault "{module_vault}" | head -1; '
        'echo "status ${PIPESTATUS[0]}"'
    )
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True,
                            timeout=300)  # fmt: skip
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "Karhu" in lines[0]
    assert lines[1] in ("status 0", "status 141")  # 0 when everything fit in the pipe at once
    assert result.stderr == ""


def test_ctrl_c_at_the_passphrase_prompt_starts_a_new_line(
    module_vault: Path, module_dir: Path
) -> None:
    import fcntl
    import pty
    import termios

    master, slave = pty.openpty()

    def take_terminal() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = isolated_env(module_dir)
    proc = subprocess.Popen(
        [sys.executable, "-m", "exitdesk", "participant", "list", "--vault", str(module_vault)],
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=take_terminal,  # the child needs the pty as its terminal
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120
    while b"Passphrase: " not in seen and time.monotonic() < deadline:
        if select.select([master], [], [], 1)[0]:
            seen += os.read(master, 1024)
    assert b"Passphrase: " in seen, seen
    os.write(master, b"\x03")
    while True:
        try:
            chunk = os.read(master, 1024) if select.select([master], [], [], 30)[0] else b""
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 1
    lines = seen.decode().replace("\r", "").splitlines()
    assert "exitdesk: cancelled" in lines, lines
    assert lines[lines.index("exitdesk: cancelled") - 1] == "Passphrase: "


THIS_YEAR = datetime.now(UTC).year


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("participant", "add", "--alias", "Refused", "--birth-year", str(THIS_YEAR + 1)),
         f"the birth year cannot be later than this year ({THIS_YEAR})"),
        (("participant", "add", "--alias", "Refused", "--birth-year", "2099"),
         f"the birth year cannot be later than this year ({THIS_YEAR})"),
        (("participant", "add", "--alias", "Refused", "--birth-year", "1899"),
         "the birth year must be 1900 or more"),
        (("participant", "add", "--alias", "   "), "the alias cannot be blank"),
        (("participant", "add", "--alias", ""), "the alias cannot be empty"),
        (("participant", "add", "--alias", "Refu\nsed"),
         "the alias must be one line, without line breaks or control characters"),
        (("participant", "add", "--alias", "Refu\x1b[2Jsed"),
         "the alias must be one line, without line breaks or control characters"),
        (("participant", "add", "--alias", "Refused", "--legal-name", "x" * 201),
         "the legal name can be at most 200 characters long"),
        (("participant", "add", "--alias", "Refused", "--parties", "fi-rise,nowhere"),
         f"unknown party 'nowhere'; the valid ids are {VALID_PARTIES}"),
        (("lifecycle", "--participant", "1", "ended", "--ended-by", "nowhere"),
         f"unknown party 'nowhere'; the valid ids are {VALID_PARTIES}"),
        (("plan", "rate", "1", "11"),
         "argument SCORE: must be between 0 and 10, not 11 (see 'exitdesk --help')"),
        (("safety", "assess", "--participant", "1", "--level", "low", "--at-risk", "cousin"),
         "unknown value 'cousin' for --at-risk; use partner, child, parent, sibling, "
         "other_family, friend, other"),
        (("participant", "show", "999"), "there is no participant 999 in this vault"),
        (("meeting", "edit", "999", "--summary", "x"), "there is no meeting 999 in this vault"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_with_this_exact_line(
    module_run: Run, module_vault: Path, args: tuple[str, ...], expected: str
) -> None:
    nested = 2 if args[0] in ("participant", "plan", "safety", "meeting") else 1
    result = module_run(*args[:nested], "--vault", module_vault, *args[nested:])
    assert result.one_line_error() == f"exitdesk: {expected}"
    listed = module_run("participant", "list", "--vault", module_vault, "--search", "refu")
    assert listed.out == "No participant matches\n"  # nothing was added


def test_unknown_party_at_init_lists_the_valid_ids(run: Run, tmp_path: Path) -> None:
    result = run("init", "--vault", tmp_path / "v", "--worker", "A", "--party", "xx-nope")
    expected = f"exitdesk: unknown party 'xx-nope'; the valid ids are {VALID_PARTIES}"
    assert result.one_line_error() == expected
    assert not (tmp_path / "v").exists()


def test_an_empty_search_says_no_participant_matches(module_run: Run, module_vault: Path) -> None:
    result = module_run("participant", "list", "--vault", module_vault, "--search", "zzzz")
    assert result.code == 0, result.err
    assert result.out == "No participant matches\n"
    as_json = module_run("participant", "list", "--vault", module_vault, "--search", "zzzz",
                         "--json")  # fmt: skip
    assert as_json.out.strip() == "[]"


def test_cannot_read_says_why(module_run: Run, module_vault: Path, module_dir: Path) -> None:
    folder = module_dir / "a-folder.exitbundle"
    folder.mkdir()
    missing = module_dir / "missing.exitbundle"
    result = module_run("import", "--vault", module_vault, missing, folder)
    assert result.code == 1
    assert result.err.splitlines() == [
        "exitdesk: cannot read missing.exitbundle: there is no such file",
        "exitdesk: cannot read a-folder.exitbundle: it is a folder, not a file",
    ]
    secret = module_run("participant", "list", "--vault", module_vault, "--passphrase-file",
                        module_dir / "pass.txt", passphrase=None)  # fmt: skip
    assert secret.one_line_error() == "exitdesk: cannot read pass.txt: there is no such file"


def test_permission_denied_is_named() -> None:
    # Tests may run as root, for whom no file is unreadable: the reason is checked directly.
    error = unreadable(Path("/x/card.txt"), PermissionError(errno.EACCES, "denied"))
    assert str(error) == "cannot read card.txt: permission denied"


def test_too_large_names_the_file_once(module_run: Run, module_vault: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.exitbundle"
    with big.open("wb") as handle:
        handle.truncate(Limits().max_file_bytes + 1)  # sparse: costs no disk
    for command in ("import", "inspect"):
        result = module_run(command, "--vault", module_vault, big)
        line = result.one_line_error()
        assert line == "exitdesk: big.exitbundle is too large to be an ExitDesk bundle"
