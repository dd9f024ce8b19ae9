"""The vault commands of the CLI: init, check, backup, restore, passwd, recover."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from exitdesk.app import secrets_input
from exitdesk.app.passphrase_policy import require_strong
from exitdesk.app.session import create_vault, open_vault, recover_vault, restore_vault
from exitdesk.cli.common import Subparsers, add_command, open_session, options, vault_dir
from exitdesk.cli.text import say
from exitdesk.domain import Worker, party_by_id
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault import BindingStatus

NEW_PASSPHRASE_HELP = (
    "read the new passphrase from FILE (otherwise "
    f"${secrets_input.NEW_PASSPHRASE_ENV}, otherwise a prompt that asks twice)"
)
RECOVERY_CODE_HELP = (
    "read the recovery code from FILE (otherwise "
    f"${secrets_input.RECOVERY_CODE_ENV}, otherwise a prompt)"
)
_SECRETS_EPILOG = (
    "environment:\n"
    f"  {secrets_input.PASSPHRASE_ENV}      the vault's passphrase\n"
    f"  {secrets_input.NEW_PASSPHRASE_ENV}  the new passphrase\n"
    f"  {secrets_input.RECOVERY_CODE_ENV}   the recovery code\n"
    "A file option wins over its variable; without either, a no-echo prompt asks."
)


def cmd_init(args: argparse.Namespace) -> int:
    party_by_id(args.party)  # an unknown id is refused with the list of valid ones
    worker = Worker(name=args.worker, party_id=args.party)
    if args.passphrase_file is not None or secrets_input.PASSPHRASE_ENV in os.environ:
        passphrase = secrets_input.read_passphrase(args.passphrase_file)
    else:
        passphrase = secrets_input.read_new_passphrase(secrets_input.PASSPHRASE_ENV)
    require_strong(passphrase)
    directory = vault_dir(args)
    new = create_vault(directory, passphrase, worker, options())
    new.session.lock()
    say(QT_TRANSLATE_NOOP("Cli", "Created a vault in {folder}"), folder=directory)
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Recovery code (write it down and keep it in a safe; it is shown only once):"
        )
    )
    print(f"  {new.recovery_code}")
    if new.binding is BindingStatus.BOUND:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Device binding: on (this vault also needs this computer's keyring to open)"
            )
        )
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Device binding: off ({detail})"), detail=new.binding_detail)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        report = session.check()
    if report.ok:
        say(QT_TRANSLATE_NOOP("Cli", "Vault is intact: page checksums and the audit chain verify"))
        return 0
    for problem in report.problems:
        print(f"exitdesk: {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        audited = session.backup(args.file)
    # Not {file}: that name is say's output stream.
    say(QT_TRANSLATE_NOOP("Cli", "Wrote an encrypted backup to {path}"), path=args.file)
    if not audited:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "exitdesk: the vault's disk is full, so the audit log could not record this backup",
            ),
            file=sys.stderr,
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    restore_vault(args.file, directory, options())
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Restored the vault into {folder}; open it with its passphrase or recovery code"
        ),
        folder=directory,
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    current = secrets_input.read_passphrase(args.passphrase_file)
    new = secrets_input.read_new_passphrase(passphrase_file=args.new_passphrase_file)
    require_strong(new)
    with open_vault(vault_dir(args), current, options()) as session:
        session.change_passphrase(current, new)
    say(QT_TRANSLATE_NOOP("Cli", "Passphrase changed"))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = secrets_input.read_recovery_code(args.recovery_code_file)
    new = secrets_input.read_new_passphrase(passphrase_file=args.new_passphrase_file)
    require_strong(new)
    with recover_vault(vault_dir(args), code, new, options()):
        pass
    say(QT_TRANSLATE_NOOP("Cli", "Vault opened with the recovery code; the new passphrase is set"))
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "init",
        cmd_init,
        "create a new vault",
        epilog=(
            "The new vault's passphrase comes from --passphrase-file, otherwise "
            f"${secrets_input.PASSPHRASE_ENV}, otherwise a prompt that asks twice; at least 12 "
            "characters. The recovery code is printed once."
        ),
    )
    p.add_argument(
        "--worker",
        required=True,
        metavar="NAME",
        help="your name as contacts will see it (1 to 200 characters)",
    )
    p.add_argument(
        "--party",
        required=True,
        metavar="PARTY_ID",
        help="your organisation: fi-rise, fi-aggredi, fi-krp, se-socialstyrelsen, "
        "se-polisen, se-kriminalvarden, se-sis or se-socialtjanst",
    )
    add_command(sub, "check", cmd_check, "verify page checksums and the audit chain")
    p = add_command(sub, "backup", cmd_backup, "write an encrypted backup file")
    p.add_argument("file", type=Path, metavar="FILE", help="the backup file to write")
    p = add_command(
        sub,
        "restore",
        cmd_restore,
        "restore a backup into a new folder",
        passphrase=False,
        epilog="No passphrase is needed: the backup opens later with the vault's passphrase "
        "or recovery code.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the backup file to read")
    p = add_command(sub, "passwd", cmd_passwd, "change the passphrase", epilog=_SECRETS_EPILOG)
    p.add_argument(
        "--new-passphrase-file", type=Path, default=None, metavar="FILE", help=NEW_PASSPHRASE_HELP
    )
    p = add_command(
        sub,
        "recover",
        cmd_recover,
        "open with the recovery code and set a new passphrase",
        passphrase=False,
        epilog=_SECRETS_EPILOG,
    )
    p.add_argument(
        "--recovery-code-file", type=Path, default=None, metavar="FILE", help=RECOVERY_CODE_HELP
    )
    p.add_argument(
        "--new-passphrase-file", type=Path, default=None, metavar="FILE", help=NEW_PASSPHRASE_HELP
    )
