"""Issue 14: a whole case done by keyboard alone. Every key goes to the widget that has the focus,
so the test proves the focus order, the mnemonics and the shortcuts, and the services show that
what was typed was saved exactly once."""

from __future__ import annotations

import re
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from exitdesk.domain import DataCategory, LifecycleState
from exitdesk.domain.target_group import NeedsSupport, WantsToLeave
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.consent_dialog import RecordConsentDialog
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.participant.meetings import MeetingDialog
from exitdesk.ui.participant.plan_dialogs import GoalDialog
from exitdesk.ui.participant.safety_dialog import SafetyDialog
from exitdesk.ui.participant.target_group import TargetGroupDialog
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.shell import Shell
from tests.ui.conftest import PASSPHRASE, make_vault

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
SUMMARY = "Talked about housing; she wants her own flat"
GOAL = "Own rented flat by spring"
SAFETY = "Old associates call her; no threats in person"
PURPOSE = "Support after release"
W = TypeVar("W", bound=QWidget)


def focus() -> QWidget:
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r}, {shown!r})"


def modal(qtbot: QtBot, kind: type[W]) -> W:
    """The dialog a key opened (some open once a worker-thread read has answered)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitActive(dialog)
    return dialog


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """After a dialog closes, the window manager activates the window below it; the offscreen
    platform does not, so the test does it. The focus inside the window is Qt's own."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitActive(window)


class Keys:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(focus(), key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focus(), text)

    def alt(self, target: QWidget) -> None:
        """Alt and the mnemonic shown on ``target`` (a button, or a field through its label),
        read from the text on screen, so it is the one of the language in use."""
        if isinstance(target, QAbstractButton):
            text = target.text()
        else:
            labels = [w for w in target.window().findChildren(QLabel) if w.buddy() is target]
            assert len(labels) == 1, f"no label gives {describe(target)} a mnemonic"
            text = labels[0].text()
        letters = re.findall(r"&([^&])", text.replace("&&", ""))
        assert len(letters) == 1, f"{text!r} has no mnemonic"
        self.press(Qt.Key(ord(letters[0].upper())), ALT)

    def tab_page(self, view: ParticipantView, page: QWidget, limit: int = 10) -> None:
        """Ctrl+Tab to a page of the participant's tabs."""
        for _ in range(limit):
            if view.tabs.currentWidget() is page:
                return
            self.press(Qt.Key.Key_Tab, CTRL)
        raise AssertionError(f"Ctrl+Tab never reached {describe(page)}")

    def tab_to(self, target: QWidget, limit: int = 60) -> None:
        seen = []
        for _ in range(limit):
            if focus() is target:
                return
            seen.append(describe(focus()))
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {describe(target)}: {seen}")


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_whole_case_by_keyboard(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    keys = Keys(qtbot)
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitActive(shell.unlock_window)
    assert focus() is shell.unlock_window.passphrase
    keys.type(PASSPHRASE)
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    session = shell.session
    assert session is not None
    window = shell.main_window
    qtbot.waitActive(window)
    keys.press(Qt.Key.Key_N, CTRL)
    new = modal(qtbot, NewParticipantDialog)
    assert focus() is new.alias
    keys.type("Kettu")
    keys.tab_to(new.party_checks["fi-krp"])
    keys.press(Qt.Key.Key_Space)
    assert new.party_checks["fi-krp"].isChecked()
    with qtbot.waitSignal(new.participantAdded, timeout=10_000):
        keys.alt(new.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    (row,) = session.summaries(ParticipantQuery())
    pid = row.id
    kettu = session.participant(pid)
    assert kettu.alias == "Kettu"
    assert kettu.parties == {"fi-rise", "fi-krp"}
    back_to(qtbot, window)
    keys.press(Qt.Key.Key_F, CTRL)
    page = window.participants
    assert focus() is page.search
    keys.type("Ket")
    qtbot.waitUntil(lambda: page.model.query.text == "Ket" and not page.model.loading)
    assert page.model.rowCount() == 1
    keys.press(Qt.Key.Key_Down)
    assert focus() is page.table
    keys.press(Qt.Key.Key_Return)
    view = page.detail
    assert isinstance(view, ParticipantView)
    qtbot.waitUntil(lambda: view.participant is not None)
    assert view.isAncestorOf(focus())

    # Assessment, and the target-group answers: yes, and yes as assessed by the own party.
    with qtbot.waitSignal(view.changed, timeout=10_000):
        keys.alt(view.overview.transition_buttons[LifecycleState.ASSESSMENT])
    qtbot.waitUntil(lambda: session.participant(pid).state is LifecycleState.ASSESSMENT)
    qtbot.waitUntil(view.overview.target_group_button.isVisible)  # the view reloads
    keys.alt(view.overview.target_group_button)
    target = modal(qtbot, TargetGroupDialog)
    assert focus() is target.wants, "the first field has the focus, not the explanation"
    keys.alt(target.needs)
    assert focus() is target.needs
    keys.press(Qt.Key.Key_Down)
    with qtbot.waitSignal(target.saved, timeout=10_000):
        keys.alt(target.ok_button)
    back_to(qtbot, window)
    answers = session.target_group(pid)
    assert answers is not None
    assert (answers.wants_to_leave, answers.needs_support) == (WantsToLeave.YES, NeedsSupport.YES)
    assert answers.needs_support_by == "fi-rise"
    assert view.isAncestorOf(focus()), describe(focus())
    with qtbot.waitSignal(view.changed, timeout=10_000):
        keys.alt(view.overview.transition_buttons[LifecycleState.ACTIVE])
    qtbot.waitUntil(lambda: session.participant(pid).state is LifecycleState.ACTIVE)
    assert view.isAncestorOf(focus()), describe(focus())

    # A meeting with a summary, in the meetings tab (Ctrl+Tab walks the tabs).
    keys.tab_page(view, view.meetings)
    keys.alt(view.meetings.add_button)
    meeting = modal(qtbot, MeetingDialog)
    keys.tab_to(meeting.summary)
    keys.type(SUMMARY)
    with qtbot.waitSignal(meeting.saved, timeout=10_000):
        keys.alt(meeting.ok_button)
    back_to(qtbot, window)
    (met,) = session.meetings(pid)
    assert met.summary == SUMMARY
    assert view.isAncestorOf(focus()), describe(focus())

    # A goal in the support plan.
    keys.tab_page(view, view.plan)
    keys.alt(view.plan.add_goal_button)
    goal_dialog = modal(qtbot, GoalDialog)
    keys.tab_to(goal_dialog.description)
    keys.type(GOAL)
    with qtbot.waitSignal(goal_dialog.saved, timeout=10_000):
        keys.alt(goal_dialog.ok_button)
    back_to(qtbot, window)
    (goal,) = session.goals(pid)
    assert goal.description == GOAL
    assert view.isAncestorOf(focus()), describe(focus())

    # A safety assessment: a level chosen with the arrow keys, and a summary.
    keys.tab_page(view, view.safety)
    keys.alt(view.safety.new_button)
    safety = modal(qtbot, SafetyDialog)
    keys.alt(safety.level)
    assert focus() is safety.level
    level = safety.level.currentData()
    keys.press(Qt.Key.Key_Down)
    assert safety.level.currentData() != level
    level = safety.level.currentData()
    keys.alt(safety.summary)
    assert focus() is safety.summary
    keys.type(SAFETY)
    with qtbot.waitSignal(safety.saved, timeout=10_000):
        keys.alt(safety.ok_button)
    back_to(qtbot, window)
    assessment = session.safety(pid)
    assert assessment is not None
    assert (assessment.level, assessment.summary) == (level, SAFETY)
    assert view.isAncestorOf(focus()), describe(focus())

    # A consent for the police: the party checked with Space, identity and stage shared.
    keys.tab_page(view, view.consents)
    keys.alt(view.consents.record_button)
    consent = modal(qtbot, RecordConsentDialog)
    assert focus() is consent.recipients
    police = party_name("fi-krp")
    for _ in range(consent.recipients.count()):
        item = consent.recipients.currentItem()
        if item is not None and item.text() == police:
            break
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    assert [r.party_id for r in consent.chosen_recipients()] == ["fi-krp"]
    for category in (DataCategory.IDENTITY, DataCategory.STATUS):
        keys.tab_to(consent.category_boxes[category])
        keys.press(Qt.Key.Key_Space)
    keys.alt(consent.purpose)
    assert focus() is consent.purpose
    keys.type(PURPOSE)
    keys.alt(consent.confirm_adult)
    assert focus() is consent.confirm_adult, "the mnemonic is shared with another field"
    qtbot.waitUntil(consent.confirm_adult.isChecked)  # a mnemonic clicks after a moment
    with qtbot.waitSignal(consent.saved, timeout=10_000):
        keys.alt(consent.ok_button)
    back_to(qtbot, window)
    (given,) = session.consents(pid)
    assert [r.party_id for r in given.recipients] == ["fi-krp"]
    assert given.categories == {DataCategory.IDENTITY, DataCategory.STATUS}
    assert given.purpose == PURPOSE
    assert view.isAncestorOf(focus()), describe(focus())

    # Escape leaves the participant for the list, and Ctrl+L locks.
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.detail is None)
    assert focus() is page.table
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        keys.press(Qt.Key.Key_L, CTRL)

    # Unlocked again by keyboard: everything is there once, as typed.
    back_to(qtbot, shell.unlock_window)
    assert focus() is shell.unlock_window.passphrase
    keys.type(PASSPHRASE)
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    again = shell.session
    assert again is not None
    assert [s.alias for s in again.summaries(ParticipantQuery())] == ["Kettu"]
    assert again.participant(pid).state is LifecycleState.ACTIVE
    assert [m.summary for m in again.meetings(pid)] == [SUMMARY]
    assert [g.description for g in again.goals(pid)] == [GOAL]
    assert [a.summary for a in again.safety_history(pid)] == [SAFETY]
    assert [c.purpose for c in again.consents(pid)] == [PURPOSE]
