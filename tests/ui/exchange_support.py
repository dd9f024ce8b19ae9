"""Two workers with real vaults for the exchange screen's tests, and a dump that proves a refused
import changed nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import (
    ConsentMethod,
    DataCategory,
    FixedClock,
    LifecycleState,
    Participant,
    Worker,
)
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from exitdesk.vault import KdfParams

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def make_session(directory: Path, name: str, party_id: str, clock: FixedClock) -> Session:
    created = create_vault(
        directory,
        PASSPHRASE,
        Worker(name=name, party_id=party_id),
        Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False),
    )
    return created.session


def befriend(a: Session, b: Session) -> tuple[int, int]:
    """Cards both ways and verified; returns (b's contact id at a, a's contact id at b)."""
    at_a = a.exchange.add_contact(b.exchange.my_card()).contact
    at_b = b.exchange.add_contact(a.exchange.my_card()).contact
    a.exchange.verify_contact(at_a.id, at_b.safety_number)
    b.exchange.verify_contact(at_b.id, at_a.safety_number)
    return at_a.id, at_b.id


def grant(
    session: Session, participant_id: int, contact_id: int, categories: list[DataCategory]
) -> int:
    consent = session.exchange.grant_consent(
        participant_id,
        contact_ids=[contact_id],
        categories=categories,
        purpose="continuing support after release",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )
    assert consent.id is not None
    return consent.id


def dump(session: Session) -> list[tuple[object, ...]]:
    """Every row of every table."""
    rows: list[tuple[object, ...]] = []
    with session.vault.reading() as conn:
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            rows.append(("table", table))
            rows.extend(conn.execute(f'SELECT * FROM "{table}"').fetchall())
    return rows


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName() or type(widget).__name__
    assert widget.isVisible(), widget.objectName() or type(widget).__name__
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def add_shared(session: Session, alias: str, *parties: str) -> Participant:
    """An adult participant who chose this worker's party and ``parties``: consent and export
    go only to parties the participant chose."""
    chosen = frozenset({session.worker.party_id, *parties})
    return session.add_participant(alias, birth_year=1990, parties=chosen)


def start_active(session: Session, participant_id: int) -> Participant:
    """Assessment, both target-group answers yes, then active support: the programme's rule."""
    today = session.clock().date()
    if session.participant(participant_id).state is LifecycleState.ENQUIRY:
        session.change_lifecycle(participant_id, LifecycleState.ASSESSMENT)
    session.record_target_group(
        participant_id,
        TargetGroupAssessment(
            wants_to_leave=WantsToLeave.YES, wants_to_leave_on=today,
            needs_support=NeedsSupport.YES, needs_support_by=session.worker.party_id,
            needs_support_on=today,
        ),
    )  # fmt: skip
    return session.change_lifecycle(participant_id, LifecycleState.ACTIVE)
