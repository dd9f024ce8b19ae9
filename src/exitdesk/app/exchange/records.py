"""The record codec: domain models to bundle records and back, checked before anything is
written. The bytes of a record are part of the bundle format (test vectors pin them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import ValidationError

from exitdesk.app.errors import InputError
from exitdesk.app.repos import Repos
from exitdesk.domain import (
    DataCategory,
    Goal,
    LifecycleEvent,
    LifecycleState,
    Meeting,
    Participant,
    SafetyAssessment,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleRecord, RecordType
from exitdesk.vault import exchange_store as store

_LIFECYCLE_NAMESPACE = uuid5(NAMESPACE_URL, "https://exitdesk.invalid/lifecycle")

CATEGORY_TYPES: dict[DataCategory, RecordType] = {
    DataCategory.IDENTITY: RecordType.PARTICIPANT,
    DataCategory.STATUS: RecordType.LIFECYCLE,
    DataCategory.PLAN: RecordType.GOAL,
    DataCategory.MEETINGS: RecordType.MEETING,
    DataCategory.SAFETY: RecordType.SAFETY,
}


def _lifecycle_uid(participant_uid: UUID) -> UUID:
    return uuid5(_LIFECYCLE_NAMESPACE, str(participant_uid))


def participant_record(p: Participant) -> BundleRecord:
    obj: dict[str, Any] = {
        "alias": p.alias,
        "legal_name": p.legal_name,
        "birth_year": p.birth_year,
        "contact": p.contact,
        "institution": p.institution,
        "release_date": None if p.release_date is None else p.release_date.isoformat(),
        "parties": sorted(p.parties),
    }
    return BundleRecord.from_object(p.uid, RecordType.PARTICIPANT, DataCategory.IDENTITY, obj)


def lifecycle_record(p: Participant) -> BundleRecord:
    history = [event.model_dump(mode="json") for event in p.history]
    obj: dict[str, Any] = {
        "participant_uid": str(p.uid),
        "state": p.state.value,
        "history": history,
    }
    return BundleRecord.from_object(
        _lifecycle_uid(p.uid), RecordType.LIFECYCLE, DataCategory.STATUS, obj
    )


_CATEGORY_OF = {t: c for c, t in CATEGORY_TYPES.items()}
_LOCAL_KEYS = {"id", "participant_id"}


def _model_record(
    model: Goal | Meeting | SafetyAssessment, kind: RecordType, participant_uid: UUID | str
) -> BundleRecord:
    obj = model.model_dump(mode="json", exclude=_LOCAL_KEYS)
    obj["participant_uid"] = str(participant_uid)
    # The dump's "uid" is str(model.uid) already, spelled as a record id must be.
    return BundleRecord.from_object(obj["uid"], kind, _CATEGORY_OF[kind], obj)


def case_records(
    repos: Repos, participant: Participant, categories: Iterable[DataCategory]
) -> list[BundleRecord]:
    """The records of ``participant`` in the given categories, in a stable order."""
    assert participant.id is not None
    pid = participant.id
    uid = str(participant.uid)
    wanted = set(categories)
    records: list[BundleRecord] = []
    if DataCategory.IDENTITY in wanted:
        records.append(participant_record(participant))
    if DataCategory.STATUS in wanted:
        records.append(lifecycle_record(participant))
    if DataCategory.PLAN in wanted:
        for goal in repos.goals.list_for_participant(pid):
            records.append(_model_record(goal, RecordType.GOAL, uid))
    if DataCategory.MEETINGS in wanted:
        for meeting in repos.meetings.list_for_participant(pid):
            records.append(_model_record(meeting, RecordType.MEETING, uid))
    if DataCategory.SAFETY in wanted:
        for assessment in repos.safety.list_for_participant(pid):
            records.append(_model_record(assessment, RecordType.SAFETY, uid))
    return records


def local_record(
    repos: Repos, record: BundleRecord, local_ids: Mapping[str, int] | None = None
) -> BundleRecord | None:
    """The same record as it stands in this vault now, built the same way, or ``None``.
    ``local_ids``, when given, holds ``local_ids_for_uids`` of the record's type, read in
    this transaction since the last write."""
    kind = record.type
    if kind in (RecordType.PARTICIPANT, RecordType.LIFECYCLE):
        uid = (
            record.id if kind is RecordType.PARTICIPANT else str(record.object()["participant_uid"])
        )
        participant = repos.participants.get_by_uid(UUID(uid))
        if participant is None:
            return None
        if kind is RecordType.PARTICIPANT:
            return participant_record(participant)
        return lifecycle_record(participant)
    if local_ids is None:
        local_id = store.local_id_for_uid(repos.conn, kind.value, record.id)
    else:
        local_id = local_ids.get(record.id)
    if local_id is None:
        return None
    found: Goal | Meeting | SafetyAssessment | None
    if kind is RecordType.GOAL:
        found = repos.goals.get(local_id)
    elif kind is RecordType.MEETING:
        found = repos.meetings.get(local_id)
    else:
        found = repos.safety.get(local_id)
    if found is None or found.participant_id is None:
        return None
    owner = repos.participants.get(found.participant_id)
    assert owner is not None
    return _model_record(found, kind, owner.uid)


def record_participant_uid(record: BundleRecord) -> str | None:
    """The participant a record says it belongs to: a participant record is its own uid, a
    lifecycle record must also carry its participant's derived uid, every other type names
    ``participant_uid`` inside. ``None`` when the record does not say it consistently."""
    if record.type is RecordType.PARTICIPANT:
        return _uuid_text(record.id)
    inner = record.object().get("participant_uid")
    if not isinstance(inner, str):
        return None
    participant_uid = _uuid_text(inner)
    if participant_uid is None:
        return None
    if record.type is RecordType.LIFECYCLE and record.id != lifecycle_uid_of(UUID(participant_uid)):
        return None
    return participant_uid


# str(UUID(text)) is ``text`` itself exactly when it is already in this form (what every
# record carries), so only other spellings need the parse.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(text: str) -> str | None:
    """``str(UUID(text))``, or ``None`` when ``text`` is not a UUID."""
    if _CANONICAL_UUID.fullmatch(text):
        return text
    try:
        return str(UUID(text))
    except ValueError:
        return None


def stored_participant_uid(record: BundleRecord, current: BundleRecord | None) -> str | None:
    """The participant the record with this uid and type already belongs to here, or
    ``None`` when there is no such record (goals, meetings and safety are found by uid);
    ``current`` is ``local_record`` of it."""
    if current is None or record.type is RecordType.LIFECYCLE:
        return None
    if record.type is RecordType.PARTICIPANT:
        return str(UUID(current.id))
    return str(current.object()["participant_uid"])


def lifecycle_uid_of(participant_uid: UUID) -> str:
    return str(_lifecycle_uid(participant_uid))


def _without(obj: dict[str, Any], *keys: str) -> dict[str, Any]:
    copy = dict(obj)
    for key in keys:
        copy.pop(key, None)
    return copy


def is_termination(records: Sequence[BundleRecord]) -> bool:
    """Exactly one lifecycle record, and it says participation ended."""
    if [r.type for r in records] != [RecordType.LIFECYCLE]:
        return False
    try:
        state, _ = _lifecycle_from(records[0].object())
    except (ValidationError, ValueError, KeyError, TypeError):
        return False
    return state is LifecycleState.ENDED


CaseModel = Goal | Meeting | SafetyAssessment


def validate_record(record: BundleRecord) -> CaseModel | None:
    """A record must turn into a valid domain model; refuse the bundle before writing if not.
    Returns the goal, meeting or safety model (without its local participant id), so the
    import need not validate the same object again; ``None`` for the other types."""
    obj = record.object()
    try:
        if record.type is RecordType.PARTICIPANT:
            _participant_from(record.id, obj)
        elif record.type is RecordType.LIFECYCLE:
            _lifecycle_from(obj)
        else:
            return _MODELS[record.type].model_validate(_without(obj, "participant_uid"))
    except (ValidationError, ValueError, KeyError, TypeError):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "a {record_type} record in this bundle is not valid; nothing was imported"
            ),
            record_type=record.type.value,
        ) from None
    return None


def _participant_from(uid: str, obj: dict[str, Any]) -> Participant:
    return Participant.model_validate({**obj, "uid": uid})


def _lifecycle_from(obj: dict[str, Any]) -> tuple[LifecycleState, tuple[LifecycleEvent, ...]]:
    state = LifecycleState(obj["state"])
    history = tuple(LifecycleEvent.model_validate(e) for e in obj["history"])
    if (history[-1].state if history else LifecycleState.ENQUIRY) is not state:
        raise ValueError("state and history disagree")
    return state, history


_MODELS: dict[RecordType, type[Goal] | type[Meeting] | type[SafetyAssessment]] = {
    RecordType.GOAL: Goal,
    RecordType.MEETING: Meeting,
    RecordType.SAFETY: SafetyAssessment,
}


def add_new_records(repos: Repos, validated: Sequence[CaseModel], pid: int | None) -> None:
    """Insert verified goal, meeting and safety records that the import's plan, in this
    transaction, found no record of here: ``write_record`` of each, a statement per type.
    ``validated`` are the models ``validate_record`` returned for them while planning; only
    the local participant id is added here (a plain int, which the field takes as it is;
    meetings, most of a case, are written under it without a copy of each model)."""
    if not validated:
        return
    if pid is None:
        raise InputError(_NOT_HERE)
    rest = [
        m.model_copy(update={"participant_id": pid})
        for m in validated
        if not isinstance(m, Meeting)
    ]
    repos.goals.add_many([m for m in rest if isinstance(m, Goal)])
    repos.meetings.add_many([m for m in validated if isinstance(m, Meeting)], participant_id=pid)
    repos.safety.add_many([m for m in rest if isinstance(m, SafetyAssessment)])


_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors", "a record in this bundle belongs to a participant not in your vault"
)


def write_record(repos: Repos, record: BundleRecord, pid: int | None, now: datetime) -> int | None:
    """Insert or overwrite one verified record; returns the participant's local id."""
    obj = record.object()
    if record.type is RecordType.PARTICIPANT:
        incoming = _participant_from(record.id, obj)
        existing = repos.participants.get_by_uid(incoming.uid)
        if existing is None:
            saved = repos.participants.add(incoming.model_copy(update={"created_at": now}))
            return saved.id
        editable = ("alias", "legal_name", "birth_year", "contact", "institution", "release_date",
                    "parties")  # fmt: skip
        merged = existing.model_copy(update={k: getattr(incoming, k) for k in editable})
        repos.participants.update(merged)
        return existing.id
    if pid is None:
        raise InputError(_NOT_HERE)
    if record.type is RecordType.LIFECYCLE:
        state, history = _lifecycle_from(obj)
        store.replace_lifecycle(
            repos.conn,
            pid,
            state.value,
            [(e.state.value, e.at, bool(e.ended_by and e.ended_by.participant),
              None if e.ended_by is None else e.ended_by.party_id) for e in history],
            now,
        )  # fmt: skip
        return pid
    model = _MODELS[record.type].model_validate(
        {**_without(obj, "participant_uid"), "participant_id": pid}
    )
    existing_id = store.local_id_for_uid(repos.conn, record.type.value, record.id)
    if isinstance(model, Goal):
        if existing_id is None:
            repos.goals.add(model)
        else:
            repos.goals.update(model.model_copy(update={"id": existing_id}))
    elif isinstance(model, Meeting):
        if existing_id is None:
            repos.meetings.add(model)
        else:
            repos.meetings.update(model.model_copy(update={"id": existing_id}))
    else:
        if existing_id is None:
            repos.safety.add(model)
        else:
            repos.safety.update(model.model_copy(update={"id": existing_id}))
    return pid
