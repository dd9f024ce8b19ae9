"""The window offers the due purge on unlock: it asks first, or purges at once when the setting
says so, and the settings page shows the policy and the next due date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, Worker
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.i18n import Translations
from exitdesk.ui.policy_text import policy_rows
from exitdesk.ui.retention_prompt import DuePurge
from exitdesk.ui.settings import PURGE_ON_UNLOCK, Settings
from exitdesk.ui.settings_dialog import SettingsPanel
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def session(tmp_path: Path, clock: FixedClock) -> Iterator[Session]:
    created = create_vault(
        tmp_path / "vault",
        "correct horse battery staple",
        Worker(name="Bertta", party_id="fi-aggredi"),
        Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False),
    )
    yield created.session
    created.session.lock()


@pytest.mark.parametrize("mode", ["ask", "automatic"])
def test_a_due_purge_is_offered_or_run_on_unlock(
    qtbot: QtBot, session: Session, clock: FixedClock, runner: TaskRunner, settings: Settings,
    mode: str,
) -> None:  # fmt: skip
    session.add_participant("Kanariakettu")
    parent = QWidget()
    qtbot.addWidget(parent)
    settings.set(PURGE_ON_UNLOCK, mode)
    prompt = DuePurge(runner, settings, parent)
    with qtbot.waitSignal(prompt.previewed, timeout=10_000) as nothing:
        prompt.check(session)
    assert nothing.args[0].total == 0 and prompt.question is None

    clock.advance(timedelta(days=31))  # Aggredi keeps an enquiry that never starts 30 days
    with qtbot.waitSignal(prompt.purged, timeout=10_000):
        prompt.check(session)
        if mode == "ask":
            qtbot.waitUntil(lambda: prompt.question is not None, timeout=10_000)
            assert prompt.question is not None
            assert "1 record is due" in prompt.question.text()
            prompt.question.button(QMessageBox.StandardButton.Yes).click()
    assert session.summaries(ParticipantQuery()) == []
    assert len(session.audit_entries("retention.purge")) == 1


def test_the_settings_page_shows_the_policy_and_the_next_due_date(
    qtbot: QtBot, session: Session, settings: Settings, translations: Translations
) -> None:
    panel = SettingsPanel(settings, translations)
    qtbot.addWidget(panel)
    panel.show_policy(policy_rows(session.policy.current()))
    assert "minimal record" in panel.policy.text()
    assert "legal name" in panel.policy.text()
    session.add_participant("Kettu")
    preview = session.retention.preview()
    assert preview.next_due is not None
    panel.show_next_due(preview.next_due.date(), preview.total)
    assert "Next deletion due" in panel.next_due.text()
    panel.purge.setCurrentIndex(panel.purge.findData("automatic"))
    assert settings.get(PURGE_ON_UNLOCK) == "automatic"
