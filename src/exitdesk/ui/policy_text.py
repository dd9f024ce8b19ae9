"""A data policy in the reader's language: for settings, the about box, the import preview and
the export wizard."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.policy import FIELD_NAMES, DataPolicy, PolicyField

_NOTHING = QT_TRANSLATE_NOOP("Policy", "nothing")
_OWN_EXPIRY = QT_TRANSLATE_NOOP("Policy", "until their own expiry date")
_DAYS = QT_TRANSLATE_NOOP("Policy", "%1 days")
_DATA_POLICY = QT_TRANSLATE_NOOP("Policy", "Data policy")
_MINIMAL = QT_TRANSLATE_NOOP("Policy", "minimal record")
_FULL = QT_TRANSLATE_NOOP("Policy", "the party's full record")
_NEVER = QT_TRANSLATE_NOOP("Policy", "Never stored")
_ENQUIRIES = QT_TRANSLATE_NOOP("Policy", "Enquiries that never start")
_AFTER = QT_TRANSLATE_NOOP("Policy", "deleted after %1 days")
_ENDED = QT_TRANSLATE_NOOP("Policy", "Ended cases")
_ENDED_AFTER = QT_TRANSLATE_NOOP("Policy", "deleted %1 days after they end")
_NOTES = QT_TRANSLATE_NOOP("Policy", "Notes kept")


def _t(text: str) -> str:
    return QCoreApplication.translate("Policy", text)


def field_names(fields: Iterable[PolicyField]) -> str:
    chosen = set(fields)
    return ", ".join(_t(FIELD_NAMES[f]) for f in PolicyField if f in chosen)


def policy_rows(policy: DataPolicy) -> list[tuple[str, str]]:
    """(label, value) rows describing what the vault keeps and for how long."""
    notes = (
        _t(_OWN_EXPIRY)
        if policy.note_days is None
        else _t(_DAYS).replace("%1", str(policy.note_days))
    )
    return [
        (_t(_DATA_POLICY), _t(_MINIMAL) if policy.minimal_record else _t(_FULL)),
        (_t(_NEVER), field_names(policy.drops) or _t(_NOTHING)),
        (_t(_ENQUIRIES), _t(_AFTER).replace("%1", str(policy.enquiry_days))),
        (_t(_ENDED), _t(_ENDED_AFTER).replace("%1", str(policy.ended_case_days))),
        (_t(_NOTES), notes),
    ]
