"""The audit log in plain words: each action id as a short translated phrase, and its details
as phrases instead of key=value pairs (fingerprints and bundle ids stay in the tooltip)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from exitdesk.domain import LifecycleState
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.ui.participants.model import state_name

CONTEXT = "AuditWords"

ACTION_PHRASES: dict[str, str] = {
    "vault.created": QT_TRANSLATE_NOOP("AuditWords", "Vault created"),
    "vault.recovered": QT_TRANSLATE_NOOP("AuditWords", "Vault opened with the recovery code"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("AuditWords", "Passphrase changed"),
    "vault.rekeyed": QT_TRANSLATE_NOOP("AuditWords", "Vault key replaced"),
    "vault.backup_written": QT_TRANSLATE_NOOP("AuditWords", "Backup written"),
    "participant.open": QT_TRANSLATE_NOOP("AuditWords", "Participant added"),
    "participant.update": QT_TRANSLATE_NOOP("AuditWords", "Participant changed"),
    "participant.lifecycle": QT_TRANSLATE_NOOP("AuditWords", "Stage changed"),
    "participant.delete": QT_TRANSLATE_NOOP("AuditWords", "Participant deleted"),
    "note.add": QT_TRANSLATE_NOOP("AuditWords", "Note added"),
    "plan.goal": QT_TRANSLATE_NOOP("AuditWords", "Plan goal saved"),
    "plan.rating": QT_TRANSLATE_NOOP("AuditWords", "Progress rated"),
    "meeting.add": QT_TRANSLATE_NOOP("AuditWords", "Meeting added"),
    "safety.assess": QT_TRANSLATE_NOOP("AuditWords", "Safety assessed"),
    "consent.grant": QT_TRANSLATE_NOOP("AuditWords", "Consent recorded"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditWords", "Consent withdrawn"),
    "contact.add": QT_TRANSLATE_NOOP("AuditWords", "Contact added"),
    "contact.key_change": QT_TRANSLATE_NOOP("AuditWords", "Contact's key changed"),
    "contact.verify": QT_TRANSLATE_NOOP("AuditWords", "Contact verified"),
    "contact.revoke": QT_TRANSLATE_NOOP("AuditWords", "Contact revoked"),
    "exchange.export": QT_TRANSLATE_NOOP("AuditWords", "Bundle exported"),
    "exchange.import": QT_TRANSLATE_NOOP("AuditWords", "Bundle imported"),
    "exchange.purge": QT_TRANSLATE_NOOP("AuditWords", "Received records deleted"),
    "exchange.ack_received": QT_TRANSLATE_NOOP("AuditWords", "Acknowledgement received"),
    "exchange.termination_notice": QT_TRANSLATE_NOOP("AuditWords", "Termination notice"),
    "exchange.conflict_resolved": QT_TRANSLATE_NOOP("AuditWords", "Conflict resolved"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditWords", "Demo data generated"),
}

# Details that are counts: the phrase takes the number (Qt's %n picks the plural form).
_COUNTED = ("participants", "records", "notified", "bundles")


class AuditWords(QObject):
    """Only for the counted phrases: lupdate reads plural forms from ``tr(text, "", n)``."""

    def count(self, key: str, n: int) -> str:
        if key == "participants":
            return self.tr("%n participant(s)", "", n)
        if key == "records":
            return self.tr("%n record(s) deleted", "", n)
        if key == "notified":
            return self.tr("%n recipient(s) told", "", n)
        return self.tr("%n bundle(s) acknowledged", "", n)


# Details that are opaque ids or fingerprints: shown only as "which kind", the value in the tooltip.
_OPAQUE: dict[str, str] = {
    "from_": QT_TRANSLATE_NOOP("AuditWords", "from a contact"),
    "bundle": QT_TRANSLATE_NOOP("AuditWords", "one bundle"),
    "consent": QT_TRANSLATE_NOOP("AuditWords", "under one consent"),
    "path": QT_TRANSLATE_NOOP("AuditWords", "to a file"),
}
_BINDING: dict[str, str] = {
    "bound": QT_TRANSLATE_NOOP("AuditWords", "bound to this computer"),
    "unavailable": QT_TRANSLATE_NOOP("AuditWords", "not bound: no keyring"),
    "disabled": QT_TRANSLATE_NOOP("AuditWords", "not bound"),
}
_TOOK: dict[str, str] = {
    "theirs": QT_TRANSLATE_NOOP("AuditWords", "the incoming version kept"),
    "mine": QT_TRANSLATE_NOOP("AuditWords", "this vault's version kept"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_phrase(action: str) -> str:
    """A short phrase for an action id; an id written by newer code is shown as it is."""
    phrase = ACTION_PHRASES.get(action)
    return _tr(phrase) if phrase else action


def _state(value: object) -> str:
    try:
        return state_name(LifecycleState(str(value)))
    except ValueError:
        return str(value)


def detail_phrases(detail: Mapping[str, object]) -> list[str]:
    """The details of one entry as phrases, in a fixed order."""
    phrases: list[str] = []
    locale = QLocale()
    kdf = {k: detail[k] for k in ("kdf_memory_kib", "kdf_iterations", "kdf_lanes") if k in detail}
    if len(kdf) == 3:
        phrases.append(
            _tr(QT_TRANSLATE_NOOP("AuditWords", "key derivation: {mib} MiB, {t} passes")).format(
                mib=int(str(kdf["kdf_memory_kib"])) // 1024, t=kdf["kdf_iterations"]
            )
        )
    for key, value in sorted(detail.items()):
        if key in kdf and len(kdf) == 3:
            continue
        if key == "binding" and str(value) in _BINDING:
            phrases.append(_tr(_BINDING[str(value)]))
        elif key in _COUNTED and isinstance(value, int):
            phrases.append(AuditWords().count(key, value))
        elif key in _OPAQUE:
            phrases.append(_tr(_OPAQUE[key]))
        elif key == "state":
            phrases.append(
                _tr(QT_TRANSLATE_NOOP("AuditWords", "stage: {stage}")).format(stage=_state(value))
            )
        elif key == "bytes" and isinstance(value, int):
            phrases.append(locale.formattedDataSize(value))
        elif key == "urgent":
            phrases.append(
                _tr(QT_TRANSLATE_NOOP("AuditWords", "urgent"))
                if value
                else _tr(QT_TRANSLATE_NOOP("AuditWords", "not urgent"))
            )
        elif key == "took" and str(value) in _TOOK:
            phrases.append(_tr(_TOOK[str(value)]))
        elif key == "ended_by":
            phrases.append(
                _tr(QT_TRANSLATE_NOOP("AuditWords", "ended by: {who}")).format(who=value)
            )
        else:
            phrases.append(f"{key}: {value}")
    return phrases


def detail_tooltip(detail: Mapping[str, object]) -> str:
    """The raw details, for someone checking the log against a contact or a bundle file."""
    return "\n".join(f"{key} = {value}" for key, value in sorted(detail.items()))
