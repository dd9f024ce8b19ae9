"""The vault and case-record commands of the CLI; each calls one service and prints plainly."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exitdesk.app import secrets_input
from exitdesk.app.context import Options
from exitdesk.app.errors import InputError
from exitdesk.app.passphrase_policy import require_strong
from exitdesk.app.session import Session, create_vault, open_vault, recover_vault
from exitdesk.domain import Worker, party_by_id
from exitdesk.domain.views import MAX_PAGE, ParticipantQuery, ParticipantSummary
from exitdesk.vault import BindingStatus, Vault

AddOptions = Callable[[argparse.ArgumentParser], None]
Sub = Any  # argparse's _SubParsersAction is private


def _vault_dir(args: argparse.Namespace) -> Path:
    from exitdesk.cli import vault_dir

    return vault_dir(args)


def _open(args: argparse.Namespace) -> Session:
    passphrase = secrets_input.read_passphrase(args.passphrase_file)
    return open_vault(_vault_dir(args), passphrase)


def _require_strong(passphrase: str) -> None:
    require_strong(passphrase)


def cmd_init(args: argparse.Namespace) -> int:
    worker = Worker(name=args.worker, party_id=args.party)
    party_by_id(worker.party_id)
    if args.passphrase_file is not None or secrets_input.PASSPHRASE_ENV in os.environ:
        passphrase = secrets_input.read_passphrase(args.passphrase_file)
    else:
        passphrase = secrets_input.read_new_passphrase(secrets_input.PASSPHRASE_ENV)
    _require_strong(passphrase)
    directory = _vault_dir(args)
    new = create_vault(directory, passphrase, worker, Options.from_environment())
    new.session.lock()
    print(f"Created a vault in {directory}")
    print("Recovery code (write it down and keep it in a safe; it is shown only once):")
    print(f"  {new.recovery_code}")
    if new.binding is BindingStatus.BOUND:
        print("Device binding: on (this vault also needs this computer's keyring to open)")
    else:
        print(f"Device binding: off ({new.binding_detail})")
    return 0


def cmd_participant_add(args: argparse.Namespace) -> int:
    with _open(args) as session:
        saved = session.add_participant(
            args.alias, legal_name=args.legal_name, birth_year=args.birth_year, note=args.note
        )
    print(saved.id)
    return 0


def cmd_participant_list(args: argparse.Namespace) -> int:
    from exitdesk.cli import print_json

    rows: list[ParticipantSummary] = []
    with _open(args) as session:
        # The list query pages (at most MAX_PAGE rows a call); walk the pages.
        while True:
            page = session.summaries(
                ParticipantQuery(text=args.search or "", offset=len(rows), limit=MAX_PAGE)
            )
            rows.extend(page)
            if len(page) < MAX_PAGE:
                break
    if args.json:
        print_json([row.model_dump(mode="json") for row in rows])
        return 0
    for row in rows:
        urgent = "  URGENT" if row.urgent else ""
        print(f"{row.id:>6}  {row.alias:<24} {row.state.value:<14}{urgent}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.participants <= 10_000:
        raise InputError("--participants must be between 1 and 10000")
    with _open(args) as session:
        made = session.generate_demo(args.participants, seed=args.seed)
    print(f"Added {made} synthetic participants")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as session:
        report = session.check()
    if report.ok:
        print("Vault is intact: page checksums and the audit chain verify")
        return 0
    for problem in report.problems:
        print(f"exitdesk: {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as session:
        session.backup(args.file)
    print(f"Wrote an encrypted backup to {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    directory = _vault_dir(args)
    Vault.restore(args.file, directory)
    print(f"Restored the vault into {directory}; open it with its passphrase or recovery code")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    current = secrets_input.read_passphrase(args.passphrase_file)
    new = secrets_input.read_new_passphrase()
    _require_strong(new)
    with open_vault(_vault_dir(args), current) as session:
        session.change_passphrase(current, new)
    print("Passphrase changed")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = secrets_input.read_recovery_code()
    new = secrets_input.read_new_passphrase()
    _require_strong(new)
    with recover_vault(_vault_dir(args), code, new):
        pass
    print("Vault opened with the recovery code; the new passphrase is set")
    return 0


def register(sub: Sub, add_vault_options: AddOptions) -> None:
    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                parent: Sub = sub) -> argparse.ArgumentParser:  # fmt: skip
        parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
        add_vault_options(parser)
        parser.set_defaults(handler=handler)
        return parser

    p = command("init", cmd_init, "create a new vault")
    p.add_argument("--worker", required=True, metavar="NAME", help="your name")
    p.add_argument("--party", required=True, metavar="PARTY_ID", help="e.g. fi-rise, fi-aggredi")

    participant = sub.add_parser("participant", help="add or list participants")
    psub = participant.add_subparsers(dest="participant_command", metavar="ACTION", required=True,
                                      parser_class=type(participant))  # fmt: skip
    p = command("add", cmd_participant_add, "add a participant", psub)
    p.add_argument("--alias", required=True)
    p.add_argument("--legal-name", default=None)
    p.add_argument("--birth-year", type=int, default=None)
    p.add_argument("--note", default=None)
    p = command("list", cmd_participant_list, "list participants", psub)
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", default=None, metavar="TEXT")

    p = command("demo", cmd_demo, "add realistic synthetic participants")
    p.add_argument("--participants", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=0)

    command("check", cmd_check, "verify page checksums and the audit chain")
    p = command("backup", cmd_backup, "write an encrypted backup file")
    p.add_argument("file", type=Path, metavar="FILE")
    p = command("restore", cmd_restore, "restore a backup into a new folder")
    p.add_argument("file", type=Path, metavar="FILE")
    command("passwd", cmd_passwd, "change the passphrase")
    command("recover", cmd_recover, "open with the recovery code and set a new passphrase")

    from exitdesk.cli_exchange import register as register_exchange

    register_exchange(sub, command)
