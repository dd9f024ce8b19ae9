"""``exitdesk --self-test``: a headless smoke test of this installation or frozen build on a
throwaway vault; one line per check, exit status 0 only when every check passes."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from uuid import UUID

from pydantic import ValidationError

from exitdesk import APP_NAME, __version__

if TYPE_CHECKING:
    from exitdesk.app.session import Session

TRANSLATION_LANGUAGES = ("fi", "sv")
_SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
_MAX_REASON_CHARS = 240


class CheckFailed(Exception):
    """A check found something wrong; the message is the plain line the report shows."""


@dataclass
class _Context:
    """What the checks share. Only synthetic data: a random passphrase and a marker alias."""

    workdir: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    marker: str = field(default_factory=lambda: f"Selftest {secrets.token_hex(6)}")
    # Imported lazily by the checks, so a module missing from a build fails one check, plainly.
    session: Session | None = None
    participant_uid: UUID | None = None
    participant_id: int | None = None


@dataclass(frozen=True)
class _Check:
    name: str
    run: Callable[[_Context], str]
    needs_vault: bool = True


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    seconds: float
    detail: str


def _session(ctx: _Context) -> Session:
    if ctx.session is None:
        raise CheckFailed("the vault is not open")
    return ctx.session


def _vault_dir(ctx: _Context) -> Path:
    return ctx.workdir / "vault"


# -- the checks -------------------------------------------------------------------------------


def _create_vault(ctx: _Context) -> str:
    from exitdesk.app.session import Options, create_vault
    from exitdesk.domain import Worker
    from exitdesk.vault import KdfParams

    # The floor keeps the self-test fast; the keyring stays untouched so no trace is left in it.
    created = create_vault(
        _vault_dir(ctx),
        ctx.passphrase,
        Worker(name="Self-test worker", party_id="fi-aggredi"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    ctx.session = created.session
    floor = KdfParams.FLOOR
    return f"Argon2id {floor.memory_kib // 1024} MiB, t={floor.iterations}, p={floor.lanes}"


def _write_and_read(ctx: _Context) -> str:
    session = _session(ctx)
    saved = session.add_participant(ctx.marker, birth_year=1990)
    if saved.id is None:
        raise CheckFailed("the vault did not give the new participant an id")
    ctx.participant_id, ctx.participant_uid = saved.id, saved.uid
    read = session.participant(saved.id)
    if (read.alias, read.birth_year, read.uid) != (ctx.marker, 1990, saved.uid):
        raise CheckFailed("the participant read back differs from the one written")
    return "1 participant"


def _reopen(ctx: _Context) -> str:
    from exitdesk.app.session import open_vault

    session = _session(ctx)
    session.lock()
    ctx.session = reopened = open_vault(_vault_dir(ctx), ctx.passphrase)
    if ctx.participant_id is None:
        raise CheckFailed("no participant was written")
    if reopened.participant(ctx.participant_id).alias != ctx.marker:
        raise CheckFailed("the participant did not survive locking and unlocking")
    return "unlocked with the passphrase"


def _integrity(ctx: _Context) -> str:
    report = _session(ctx).check()
    if not report.ok:
        raise CheckFailed(report.problems[0] if report.problems else "the check failed")
    return f"page HMACs and audit chain ({report.audit_entries} entries)"


def _encrypted_on_disk(ctx: _Context) -> str:
    from exitdesk.vault.store import DB_FILE_NAME

    _session(ctx).check()  # checkpoints the WAL, so the database file holds the latest pages
    database = _vault_dir(ctx) / DB_FILE_NAME
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


def _bundle_round_trip(ctx: _Context) -> str:
    from exitdesk.domain import Consent
    from exitdesk.domain.consent import ConsentMethod, ConsentRecipient, DataCategory
    from exitdesk.exchange.bundle import build_bundle, decrypt_bundle, open_bundle
    from exitdesk.exchange.canonical import canonical_json
    from exitdesk.exchange.consent_record import sign_consent
    from exitdesk.exchange.container import BundleKind, BundleRecord, RecordType
    from exitdesk.exchange.errors import BundleError
    from exitdesk.exchange.identity import Identity, PublicIdentity

    session = _session(ctx)
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


def _translations(ctx: _Context) -> str:
    return check_translations()


def check_translations(folder: Path | None = None) -> str:
    """Load the shipped Finnish and Swedish catalogues with Qt's own loader, and report which
    of Qt's catalogues (standard buttons) load too. Qt is imported here, not at module level,
    so the services stay importable without PySide6."""
    try:
        from PySide6.QtCore import QLibraryInfo, QTranslator
    except ImportError as error:
        raise CheckFailed(f"Qt (PySide6) cannot be loaded: {error}") from None
    if folder is None:
        folder = Path(str(resources.files("exitdesk").joinpath("resources", "i18n")))
    ours: list[str] = []
    for language in TRANSLATION_LANGUAGES:
        catalogue = folder / f"exitdesk_{language}.qm"
        if not catalogue.is_file():
            continue
        translator = QTranslator()
        if not translator.load(str(catalogue)) or translator.isEmpty():
            raise CheckFailed(f"the {language} translation ({catalogue.name}) does not load")
        ours.append(language)
    # Qt's catalogues are a nicety (English buttons otherwise), so they are reported, not required.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = [
        lang for lang in TRANSLATION_LANGUAGES if QTranslator().load(f"qtbase_{lang}", qt_dir)
    ]
    shipped = ", ".join(ours) if ours else "none shipped (English only)"
    return f"ExitDesk: {shipped}; Qt: {', '.join(qt_own) or 'none'}"


# The backend keyring needs on each platform for device binding; keyring imports it by name at
# run time, so only this check notices when a build left it out.
_PLATFORM_KEYRING_BACKENDS = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
    "linux": "keyring.backends.SecretService",
}


def _keyring_backend(ctx: _Context) -> str:
    """Which keyring device binding would use. Only looks: nothing is stored or read."""
    import importlib

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


def _cleanup(ctx: _Context) -> str:
    if ctx.session is not None:
        _session(ctx).lock()
        ctx.session = None
    return "vault locked"


CHECKS: tuple[_Check, ...] = (
    _Check("create a vault", _create_vault),
    _Check("write and read a participant", _write_and_read),
    _Check("lock and unlock", _reopen),
    _Check("integrity check", _integrity),
    _Check("encrypted on disk", _encrypted_on_disk),
    _Check("bundle build and verify", _bundle_round_trip),
    _Check("translations", _translations, needs_vault=False),
    _Check("keyring backend", _keyring_backend, needs_vault=False),
    _Check("lock the vault", _cleanup, needs_vault=False),
)


def plain_reason(error: BaseException) -> str:
    """One line for the report: the error's own words, never a traceback or input values."""
    if isinstance(error, ValidationError):
        errors = error.errors()
        text = str(errors[0].get("msg", "invalid value")) if errors else "invalid value"
    else:
        text = " ".join(str(error).split())
    if not isinstance(error, CheckFailed):
        from exitdesk.app.errors import AppError
        from exitdesk.domain.errors import DomainError

        known: tuple[type[BaseException], ...] = (AppError, DomainError)
        try:
            from exitdesk.exchange.errors import ExchangeError
            from exitdesk.vault.errors import VaultError

            known += (VaultError, ExchangeError)
        except ImportError:  # an incomplete installation is reported, not raised
            pass
        if not isinstance(error, known):
            # Unexpected errors keep their type name: in a frozen build it is the best clue.
            text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    text = text or type(error).__name__
    if len(text) > _MAX_REASON_CHARS:
        text = text[: _MAX_REASON_CHARS - 1] + "…"
    return text


def _run_check(check: _Check, ctx: _Context, blocked: bool) -> CheckResult:
    if blocked:
        return CheckResult(check.name, False, 0.0, "not run: an earlier check failed")
    started = time.perf_counter()
    try:
        detail = check.run(ctx)
        ok = True
    except Exception as error:  # every failure becomes one plain report line
        detail, ok = plain_reason(error), False
    return CheckResult(check.name, ok, time.perf_counter() - started, detail)


def run_checks(checks: tuple[_Check, ...] = CHECKS) -> list[CheckResult]:
    """Run ``checks`` in order in a private temporary folder, then remove the folder; the
    removal is reported as the last result."""
    results: list[CheckResult] = []
    temp = tempfile.TemporaryDirectory(prefix="exitdesk-selftest-")
    ctx = _Context(workdir=Path(temp.name))
    try:
        vault_failed = False
        for check in checks:
            result = _run_check(check, ctx, blocked=check.needs_vault and vault_failed)
            results.append(result)
            if not result.ok and check.needs_vault:
                vault_failed = True
    finally:
        if ctx.session is not None:
            try:
                _session(ctx).lock()
            except Exception:  # already failing; the removal below is what matters now
                ctx.session = None
        started = time.perf_counter()
        try:
            temp.cleanup()
            removed = not ctx.workdir.exists()
            reason = "" if removed else "the temporary folder is still there"
        except Exception as error:
            removed, reason = False, plain_reason(error)
        results.append(
            CheckResult(
                "remove temporary files",
                removed,
                time.perf_counter() - started,
                "nothing left behind" if removed else reason,
            )
        )
    return results


def write_report(results: list[CheckResult], out: TextIO, total_seconds: float) -> None:
    width = max(len(r.name) for r in results)
    for r in results:
        status = "ok" if r.ok else "FAILED"
        out.write(f"  {status:<6}  {r.name:<{width}}  {r.seconds:6.3f} s  {r.detail}\n")
    failed = sum(not r.ok for r in results)
    if failed:
        out.write(
            f"self-test FAILED: {failed} of {len(results)} checks failed ({total_seconds:.2f} s)\n"
        )
    else:
        out.write(f"self-test passed: {len(results)} checks ok in {total_seconds:.2f} s\n")


def run_self_test(out: TextIO) -> int:
    """Run the self-test, write the report to ``out``; 0 when every check passed, else 1."""
    started = time.perf_counter()
    out.write(f"{APP_NAME} {__version__} self-test\n")
    try:
        results = run_checks()
    except Exception as error:  # a failure outside any check still ends in one plain line
        out.write(f"self-test FAILED: {plain_reason(error)}\n")
        out.flush()
        return 1
    except KeyboardInterrupt:  # the temporary folder is already gone (run_checks' finally)
        out.write("self-test FAILED: cancelled\n")
        out.flush()
        return 1
    write_report(results, out, time.perf_counter() - started)
    out.flush()
    return 0 if all(r.ok for r in results) else 1
