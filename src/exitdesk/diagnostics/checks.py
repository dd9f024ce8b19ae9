"""The self-test's Qt-free checks: create, write, reopen and verify a throwaway vault, build and
verify a bundle, and look at the keyring; front-ends add their own checks as providers."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from typing import TextIO

from exitdesk.diagnostics.runner import (
    Check,
    CheckContext,
    CheckFailed,
    CheckProvider,
    run_and_report,
)

_SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"

# The checks import what they test when they run, so a module missing from a build fails its
# own check with a plain line instead of stopping the whole self-test.


def _create_vault(ctx: CheckContext) -> str:
    from exitdesk.app.session import Options, create_vault
    from exitdesk.domain import Worker
    from exitdesk.vault import KdfParams

    # The floor keeps the self-test fast; the keyring stays untouched so no trace is left in it.
    created = create_vault(
        ctx.vault_dir,
        ctx.passphrase,
        Worker(name="Self-test worker", party_id="fi-aggredi"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    ctx.session = created.session
    floor = KdfParams.FLOOR
    return f"Argon2id {floor.memory_kib // 1024} MiB, t={floor.iterations}, p={floor.lanes}"


def _write_and_read(ctx: CheckContext) -> str:
    session = ctx.require_session()
    saved = session.add_participant(ctx.marker, birth_year=1990)
    if saved.id is None:
        raise CheckFailed("the vault did not give the new participant an id")
    ctx.participant_id, ctx.participant_uid = saved.id, saved.uid
    read = session.participant(saved.id)
    if (read.alias, read.birth_year, read.uid) != (ctx.marker, 1990, saved.uid):
        raise CheckFailed("the participant read back differs from the one written")
    return "1 participant"


def _reopen(ctx: CheckContext) -> str:
    from exitdesk.app.session import open_vault

    ctx.require_session().lock()
    ctx.session = reopened = open_vault(ctx.vault_dir, ctx.passphrase)
    if ctx.participant_id is None:
        raise CheckFailed("no participant was written")
    if reopened.participant(ctx.participant_id).alias != ctx.marker:
        raise CheckFailed("the participant did not survive locking and unlocking")
    return "unlocked with the passphrase"


def _integrity(ctx: CheckContext) -> str:
    report = ctx.require_session().check()
    if not report.ok:
        raise CheckFailed(report.problems[0] if report.problems else "the check failed")
    return f"page HMACs and audit chain ({report.audit_entries} entries)"


def _encrypted_on_disk(ctx: CheckContext) -> str:
    from exitdesk.vault.store import DB_FILE_NAME

    # The check checkpoints the WAL, so the database file holds the latest pages.
    ctx.require_session().check()
    database = ctx.vault_dir / DB_FILE_NAME
    if not database.is_file() or database.stat().st_size == 0:
        raise CheckFailed("the vault database file is missing")
    marker = ctx.marker.encode("utf-8")
    scanned = 0
    for path in sorted(p for p in ctx.workdir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        scanned += 1
        if data.startswith(_SQLITE_PLAINTEXT_HEADER):
            raise CheckFailed(f"{path.name} is a plaintext SQLite file: SQLCipher is not active")
        if marker in data:
            raise CheckFailed(f"{path.name} holds participant text in clear")
    return f"{scanned} files, no plaintext header, no clear text"


def _bundle_round_trip(ctx: CheckContext) -> str:
    from exitdesk.domain import Consent
    from exitdesk.domain.consent import ConsentMethod, ConsentRecipient, DataCategory
    from exitdesk.exchange.bundle import build_bundle, decrypt_bundle, open_bundle
    from exitdesk.exchange.canonical import canonical_json
    from exitdesk.exchange.consent_record import sign_consent
    from exitdesk.exchange.container import BundleKind, BundleRecord, RecordType
    from exitdesk.exchange.errors import BundleError
    from exitdesk.exchange.identity import Identity, PublicIdentity

    session = ctx.require_session()
    if ctx.participant_uid is None:
        raise CheckFailed("no participant was written")
    vault = session.vault
    me = Identity(vault.worker.name, vault.worker.party_id, vault.signing_key, vault.age_identity)
    # A bundle cannot name its own sender as recipient, so a throwaway colleague receives it;
    # the sender's own key is always an age recipient too (its outbox), which is checked below.
    colleague = Identity.generate("Self-test colleague", "fi-rise")
    now = session.clock()
    consent = Consent(
        participant_uid=ctx.participant_uid,
        recipients=(
            ConsentRecipient(
                party_id=colleague.party_id,
                contact_fingerprint=colleague.fingerprint,
                label="Self-test colleague",
            ),
        ),
        categories=frozenset({DataCategory.IDENTITY}),
        purpose="installation self-test",
        valid_from=now - timedelta(minutes=1),
        valid_until=now + timedelta(days=1),
        method=ConsentMethod.PAPER_FORM,
        recorded_by=me.name,
        recorded_at=now,
    )
    record = BundleRecord(
        str(ctx.participant_uid),
        RecordType.PARTICIPANT,
        DataCategory.IDENTITY,
        canonical_json({"alias": ctx.marker}),
    )
    data = build_bundle(
        me,
        [colleague.public],
        BundleKind.CASE_TRANSFER,
        [record],
        consent=sign_consent(consent, me),
        withdrawal=None,
        sequences={colleague.fingerprint: 1},
        participant_uid=ctx.participant_uid,
        clock=session.clock,
    )
    if ctx.marker.encode("utf-8") in data:
        raise CheckFailed("the bundle file holds participant text in clear")

    def pinned(fingerprint: str) -> PublicIdentity | None:
        return me.public if fingerprint == me.fingerprint else None

    opened = open_bundle(data, colleague, resolve_sender=pinned, clock=session.clock)
    if [r.data for r in opened.records] != [record.data] or opened.consent is None:
        raise CheckFailed("the opened bundle differs from the one built")
    decrypt_bundle(data, me)  # the sender can reopen its own outbox copy
    tampered = bytearray(data)
    tampered[-1] ^= 0x01
    try:
        open_bundle(bytes(tampered), colleague, resolve_sender=pinned, clock=session.clock)
    except BundleError:
        pass
    else:
        raise CheckFailed("a bundle changed after sending was accepted")
    return f"{len(data)} bytes, signed, consent checked, tampered copy refused"


# The backend keyring needs on each platform for device binding; keyring imports it by name at
# run time, so only this check notices when a build left it out.
_PLATFORM_KEYRING_BACKENDS = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
    "linux": "keyring.backends.SecretService",
}


def _keyring_backend(ctx: CheckContext) -> str:
    """Which keyring device binding would use. Only looks: nothing is stored or read."""

    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    module = _PLATFORM_KEYRING_BACKENDS.get(sys.platform)
    if module is not None:
        importlib.import_module(module)
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # backends raise whatever their platform library raises
        return f"none usable ({type(error).__name__}); new vaults run without device binding"
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        if os.environ.get("PYTHON_KEYRING_BACKEND"):
            return "turned off by PYTHON_KEYRING_BACKEND; new vaults run without device binding"
        if sys.platform in ("win32", "darwin"):
            # Windows and macOS always have a credential store: its absence is a broken build.
            raise CheckFailed(f"the {module} keyring backend is not usable in this installation")
        return "none available (no Secret Service); new vaults run without device binding"
    return f"{backend.name}: device binding available"


def _cleanup(ctx: CheckContext) -> str:
    if ctx.session is not None:
        ctx.session.lock()
        ctx.session = None
    return "vault locked"


VAULT_CHECKS: tuple[Check, ...] = (
    Check("create a vault", _create_vault),
    Check("write and read a participant", _write_and_read),
    Check("lock and unlock", _reopen),
    Check("integrity check", _integrity),
    Check("encrypted on disk", _encrypted_on_disk),
    Check("bundle build and verify", _bundle_round_trip),
)
PLATFORM_CHECKS: tuple[Check, ...] = (
    Check("keyring backend", _keyring_backend, needs_vault=False),
)
LOCK_CHECK = Check("lock the vault", _cleanup, needs_vault=False)


def self_test_checks(providers: Sequence[CheckProvider] = ()) -> tuple[Check, ...]:
    """Every check in report order: the vault's, then each provider's, then the platform's,
    and locking the vault last."""
    contributed = tuple(check for provider in providers for check in provider())
    return (*VAULT_CHECKS, *contributed, *PLATFORM_CHECKS, LOCK_CHECK)


def run_self_test(out: TextIO, providers: Sequence[CheckProvider] = ()) -> int:
    """Run the self-test with the checks ``providers`` add, write the report to ``out``; 0 when
    every check passed, else 1."""
    return run_and_report(out, lambda: self_test_checks(providers))
