"""Every window and page of the app, in English, Finnish and Swedish: no Alt+letter used twice in
one window, no text wider than its widget at the default size, no English left in fi or sv."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.exchange import ContactView
from exitdesk.app.session import Session
from exitdesk.domain import Goal, LifecycleState, LifeDomain, SafetyAssessment, SafetyLevel
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from exitdesk.ui.about import AboutDialog
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.consent_dialog import RecordConsentDialog
from exitdesk.ui.participant.lifecycle import EndParticipationDialog
from exitdesk.ui.participant.meetings import MeetingDialog
from exitdesk.ui.participant.plan_dialogs import ActionDialog, GoalDialog, RatingDialog
from exitdesk.ui.participant.safety_dialog import SafetyDialog
from exitdesk.ui.participant.target_group import TargetGroupDialog
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.settings_dialog import SettingsDialog
from exitdesk.ui.shell import Shell
from exitdesk.ui.statistics import CoordinatorDialog
from tests.ui.conftest import make_vault, unlock
from tests.ui.window_walk import problems

LANGUAGES = ("en", "fi", "sv")


def _settle(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()


def _check(found: dict[str, list[str]], where: str, window: QWidget, language: str) -> None:
    trouble = problems(window, language)
    if trouble:
        found[where] = trouble


def _report(found: dict[str, list[str]]) -> str:
    return "\n" + "\n".join(f"{where}: {problem}" for where, ps in found.items() for problem in ps)


def _unlocked(qtbot: QtBot, shell: Shell, translations: Translations, language: str) -> Session:
    make_vault(shell.vaults_root)
    translations.set_language(language)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    return unlock(qtbot, shell)


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_run_and_unlock_windows(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    found: dict[str, list[str]] = {}
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    _settle(qtbot, wizard)
    _check(found, "first run: who you are", wizard, language)
    qtbot.keyClicks(wizard.worker_page.name, "Aino")
    wizard.button(QWizard.WizardButton.NextButton).click()
    _settle(qtbot, wizard)
    _check(found, "first run: passphrase", wizard, language)
    wizard.reject()
    make_vault(shell.vaults_root)
    shell.show_unlock()
    _settle(qtbot, shell.unlock_window)
    _check(found, "unlock", shell.unlock_window, language)
    restore = shell.unlock_window.restore_backup()
    _settle(qtbot, restore)
    _check(found, "restore from backup", restore, language)
    restore.reject()
    assert not found, _report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_window_pages(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    session = _unlocked(qtbot, shell, translations, language)
    session.add_participant("Kettu", legal_name="Kalle Kettunen", birth_year=1991)
    window = shell.main_window
    window.participants.refresh()
    qtbot.waitUntil(lambda: window.participants.model.rowCount() == 1, timeout=10_000)
    found: dict[str, list[str]] = {}
    for number in range(window.pages.count()):
        window.show_page(number)
        _settle(qtbot, window)
        _check(found, f"page {number}", window, language)
    assert not found, _report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_participant_view_tabs(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    session = _unlocked(qtbot, shell, translations, language)
    today = session.clock().date()
    # After release needs a release date that has come.
    participant = session.add_participant("Kettu", birth_year=1991, release_date=today)
    assert participant.id is not None
    # Active support needs both target-group answers to be yes.
    session.record_target_group(
        participant.id,
        TargetGroupAssessment(
            wants_to_leave=WantsToLeave.YES,
            wants_to_leave_on=today,
            needs_support=NeedsSupport.YES,
            needs_support_by=session.worker.party_id,
            needs_support_on=today,
        ),
    )
    session.save_safety(
        SafetyAssessment(
            participant_id=participant.id,
            assessed_on=date(2026, 11, 1),
            level=SafetyLevel.HIGH,
            urgent=True,
        )
    )
    window = shell.main_window
    window.participants.open_participant(participant.id)
    view = window.participants.detail
    assert isinstance(view, ParticipantView)
    qtbot.waitUntil(lambda: not view._pending, timeout=10_000)
    found: dict[str, list[str]] = {}
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        _settle(qtbot, window)
        _check(found, f"participant tab {index}", window, language)
    # Each stage offers other lifecycle buttons on the overview. A participant with details
    # already opens at assessment, so only a stage it is not at yet is a change; one with an
    # alias alone is still an enquiry.
    enquiry = session.add_participant("Ilves")
    assert enquiry.id is not None
    window.participants.open_participant(enquiry.id)
    view = window.participants.detail
    assert isinstance(view, ParticipantView)
    qtbot.waitUntil(lambda: not view._pending, timeout=10_000)
    _settle(qtbot, window)
    _check(found, "overview in enquiry", window, language)
    for state in (LifecycleState.ASSESSMENT, LifecycleState.ACTIVE, LifecycleState.AFTER_RELEASE):
        if session.participant(participant.id).state is not state:
            session.change_lifecycle(participant.id, state)
        window.participants.open_participant(participant.id)
        view = window.participants.detail
        assert isinstance(view, ParticipantView)
        qtbot.waitUntil(lambda v=view: not v._pending, timeout=10_000)
        _settle(qtbot, window)
        _check(found, f"overview in {state.value}", window, language)
    assert not found, _report(found)


_COORDINATOR = ContactView(
    id=1,
    name="Cecilia",
    party_id="fi-krp",
    fingerprint="0" * 64,
    verified=True,
    key_changed=False,
    revoked=False,
    safety_number=" ".join(["12345"] * 12),
)


def _dialogs(session: Session, shell: Shell, pid: int) -> list[tuple[str, Callable[[], QDialog]]]:
    runner = shell.runner
    parent = shell.main_window
    goal = session.save_goal(
        Goal(
            participant_id=pid,
            domain=LifeDomain.HOUSING,
            description="A flat",
            owner_party_id=session.worker.party_id,
        )
    )
    participant = session.participant(pid)
    # No birth year: the consent dialog then asks the worker to confirm an adult.
    unknown = session.add_participant("Ilves")
    return [
        (
            "consent, birth year unknown",
            lambda: RecordConsentDialog(session, runner, unknown, [], lambda *a: None, parent),
        ),
        (
            "target group",
            lambda: TargetGroupDialog(session, runner, pid, None, participant.parties, parent),
        ),
        ("action", lambda: ActionDialog(session, runner, goal, parent=parent)),
        ("rating", lambda: RatingDialog(session, runner, goal, parent=parent)),
        ("end participation", lambda: EndParticipationDialog(session, runner, participant, parent)),
        (
            "consent",
            lambda: RecordConsentDialog(session, runner, participant, [], lambda *a: None, parent),
        ),
        ("new participant", lambda: NewParticipantDialog(session, runner, parent)),
        ("safety", lambda: SafetyDialog(session, runner, pid, None, parent)),
        ("meeting", lambda: MeetingDialog(session, runner, pid, parent)),
        ("goal", lambda: GoalDialog(session, runner, pid, parent=parent)),
        ("settings", lambda: SettingsDialog(shell.settings, shell.translations, parent)),
        ("about", lambda: AboutDialog(session, parent)),
        ("statistics recipient", lambda: CoordinatorDialog([_COORDINATOR], parent)),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs(qtbot: QtBot, shell: Shell, translations: Translations, language: str) -> None:
    session = _unlocked(qtbot, shell, translations, language)
    participant = session.add_participant("Kettu", birth_year=1991)
    assert participant.id is not None
    found: dict[str, list[str]] = {}
    for name, make in _dialogs(session, shell, participant.id):
        dialog = make()
        _settle(qtbot, dialog)
        if isinstance(dialog, SafetyDialog):
            dialog.persons.add_row()
            dialog.arrangements.add_row()
            _settle(qtbot, dialog)
        _check(found, name, dialog, language)
        dialog.reject()
        dialog.deleteLater()
    assert not found, _report(found)
