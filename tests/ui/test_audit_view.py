"""The audit view after unlock checks the signed audit chain only, so no full page check holds
the worker thread; the Verify button runs the full check. A broken chain is named either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.ui.audit_view import AuditView
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import IntegrityReport, KdfParams
from tests.ui.conftest import PASSPHRASE, WORKER


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    created = create_vault(
        tmp_path / "vault", PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR, use_keyring=False)
    )
    created.session.add_participant("Kettu")
    yield created.session
    created.session.lock()


def _spy_full_check(session: Session, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    full = session.check

    def counted() -> IntegrityReport:
        calls.append(1)
        return full()

    monkeypatch.setattr(session, "check", counted)
    return calls


def test_unlock_checks_the_chain_only_and_the_button_checks_everything(
    qtbot: QtBot, runner: TaskRunner, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_checks = _spy_full_check(session, monkeypatch)
    view = AuditView(runner)
    qtbot.addWidget(view)
    view.set_session(session)
    qtbot.waitUntil(lambda: view.chain_state.text().startswith("Verified"), timeout=10_000)
    assert full_checks == []
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: full_checks == [1], timeout=10_000)
    qtbot.waitUntil(lambda: view.chain_state.text().startswith("Verified"), timeout=10_000)
    view.set_session(None)


def test_the_chain_check_at_unlock_names_a_changed_entry(
    qtbot: QtBot, runner: TaskRunner, session: Session
) -> None:
    with session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail_json = '{}' WHERE seq = 1")
    report = session.verify_audit_chain()
    assert not report.ok
    assert "audit log entry 1 was changed after it was written" in report.problems
    view = AuditView(runner)
    qtbot.addWidget(view)
    view.set_session(session)
    qtbot.waitUntil(lambda: view.chain_state.text().startswith("Problem found"), timeout=10_000)
    assert "entry 1 was changed" in view.chain_state.text()
    view.set_session(None)
