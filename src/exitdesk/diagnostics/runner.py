"""Runs self-test checks in a throwaway folder and reports each as one plain line; the checks
themselves come from the core (``diagnostics.checks``) and from providers such as the window's."""

from __future__ import annotations

import secrets
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from uuid import UUID

from pydantic import ValidationError

from exitdesk import APP_NAME, __version__

if TYPE_CHECKING:
    from exitdesk.app.session import Session

_MAX_REASON_CHARS = 240


class CheckFailed(Exception):
    """A check found something wrong; the message is the plain line the report shows."""


@dataclass
class CheckContext:
    """What the checks share. Only synthetic data: a random passphrase and a marker alias."""

    workdir: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    marker: str = field(default_factory=lambda: f"Selftest {secrets.token_hex(6)}")
    # Imported lazily by the checks, so a module missing from a build fails one check, plainly.
    session: Session | None = None
    participant_uid: UUID | None = None
    participant_id: int | None = None

    def require_session(self) -> Session:
        if self.session is None:
            raise CheckFailed("the vault is not open")
        return self.session

    @property
    def vault_dir(self) -> Path:
        return self.workdir / "vault"


@dataclass(frozen=True)
class Check:
    """One named check; ``needs_vault`` checks are skipped once a vault check has failed."""

    name: str
    run: Callable[[CheckContext], str]
    needs_vault: bool = True


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    seconds: float
    detail: str


# Front-ends contribute checks the core cannot run itself (the window's Qt checks) as providers,
# so the core never imports what they need.
CheckProvider = Callable[[], Sequence[Check]]


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


def _run_check(check: Check, ctx: CheckContext, blocked: bool) -> CheckResult:
    if blocked:
        return CheckResult(check.name, False, 0.0, "not run: an earlier check failed")
    started = time.perf_counter()
    try:
        detail = check.run(ctx)
        ok = True
    except Exception as error:  # every failure becomes one plain report line
        detail, ok = plain_reason(error), False
    return CheckResult(check.name, ok, time.perf_counter() - started, detail)


def run_checks(checks: Sequence[Check]) -> list[CheckResult]:
    """Run ``checks`` in order in a private temporary folder, then remove the folder; the
    removal is reported as the last result."""
    results: list[CheckResult] = []
    temp = tempfile.TemporaryDirectory(prefix="exitdesk-selftest-")
    ctx = CheckContext(workdir=Path(temp.name))
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
                ctx.session.lock()
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


def run_and_report(out: TextIO, checks: Callable[[], Sequence[Check]]) -> int:
    """Run the checks ``checks()`` lists, write the report to ``out``; 0 when every check
    passed, else 1."""
    started = time.perf_counter()
    out.write(f"{APP_NAME} {__version__} self-test\n")
    try:
        results = run_checks(checks())
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
